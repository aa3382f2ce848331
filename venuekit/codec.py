"""JSON and value conversions that keep money exact.

JSON numbers are decoded straight to `Decimal` (never through float), and `Decimal`s in request
bodies are written as JSON numbers with their exact digits. Generated models call the `parse_*`
helpers to turn wire values into Python types.

Decoding goes through msgspec's C parser (imported on the first decode, so that importing a venue package
does not pay for it), with the standard library's `json` as the fallback for what msgspec refuses and
`json` accepts (a byte-order mark, UTF-16/32, lone surrogates): the result is the same either way.
"""

from __future__ import annotations

import datetime as _dt
import decimal
import json
import re
import sys
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from .types import Unset

_DECIMAL_MARK = "\x00venuekit-decimal:"
_DECIMAL_TOKEN = re.compile(r'"\\u0000venuekit-decimal:([^"\\]+)"')


_DECODER = json.JSONDecoder(parse_float=Decimal)
"""One decoder for every call: `json.loads(data, parse_float=...)` builds a new JSONDecoder each time."""

_fast_decode: Callable[[bytes | str], Any] | None = None
"""msgspec's `Decoder(float_hook=Decimal).decode`, set on the first call of `loads`."""


def _json_loads(data: bytes | str) -> Any:
    if isinstance(data, bytes | bytearray):
        data = data.decode(json.detect_encoding(data), "surrogatepass")  # as json.loads does
    return _DECODER.decode(data)


def loads(data: bytes | str) -> Any:
    """Decode JSON; non-integral numbers become `Decimal`, integers stay exact `int`."""
    try:
        return (_fast_decode or fast_decoder())(data)
    except (ValueError, RecursionError):  # msgspec.DecodeError is a ValueError
        return _json_loads(data)  # the same result, or json's own error, for what msgspec does not read


def fast_decoder() -> Callable[[bytes | str], Any]:
    """The C decoder behind `loads`, for a loop that decodes many small documents (a stream's frames) and saves the
    call of `loads` itself. It gives `loads`'s result or raises ValueError/RecursionError; then call `loads`,
    which reads what the C decoder refuses (a byte-order mark, UTF-16/32, lone surrogates) or raises its error."""
    global _fast_decode
    if _fast_decode is None:
        import msgspec  # first decode only: keeps `import venuekit.<venue>` light

        _fast_decode = msgspec.json.Decoder(float_hook=Decimal).decode
    return _fast_decode


def _mark_decimals(value: Any) -> Any:
    if isinstance(value, Decimal):
        return _DECIMAL_MARK + format(value, "f")
    if isinstance(value, dict):
        return {k: _mark_decimals(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_mark_decimals(v) for v in value]
    return value


def dumps(value: Any) -> bytes:
    """Compact JSON; a `Decimal` is written as a JSON number with exactly its digits."""
    text = json.dumps(_mark_decimals(value), separators=(",", ":"), allow_nan=False)
    return _DECIMAL_TOKEN.sub(r"\1", text).encode()


T = TypeVar("T")


def expect(value: object, kind: type[T], field: str) -> T:
    """A decoded JSON value of the type the schema promises; TypeError naming the field otherwise."""
    if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
        return value
    raise TypeError(f"{field}: expected {kind.__name__}, got {type(value).__name__} {value!r:.40}")


def expect_optional(value: object, kind: type[T], field: str) -> T | Unset:
    return value if isinstance(value, Unset) else expect(value, kind, field)


def expect_list(value: object, field: str, *, optional: bool = False) -> Any:
    """A JSON array (or UNSET where the field is optional); TypeError naming the field otherwise."""
    if optional and isinstance(value, Unset):
        return value
    if not isinstance(value, list):
        raise TypeError(f"{field}: expected a JSON array, got {type(value).__name__} {value!r:.40}")
    return value


def parse_int(value: object, field: str) -> int:
    """An integer sent as a JSON number or as a digit string (venues send both for the same field)."""
    if type(value) is int:
        return value
    if isinstance(value, str) and value.strip().removeprefix("-").isdecimal():  # what int() reads, and only that
        return int(value)
    raise TypeError(f"{field}: expected an integer or a digit string, got {type(value).__name__} {value!r:.40}")


def parse_decimal(value: object) -> Decimal:
    """A wire value (JSON string or number) as an exact, finite Decimal."""
    kind = type(value)
    if kind is str or kind is int or kind is Decimal:
        # Fast path for the exact types (bool is not one of them); the general path below gives the same result.
        try:
            result = Decimal(value)  # type: ignore[arg-type]
        except InvalidOperation:
            raise ValueError(f"not a decimal number: {value!r}") from None
        if not result.is_finite():
            raise ValueError(f"not a finite decimal number: {value!r}")
        return result
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise TypeError(f"expected a decimal string or number, got {type(value).__name__}")
    try:
        result = Decimal(value)  # Decimal() strips the same surrounding whitespace as str.strip()
    except InvalidOperation:
        raise ValueError(f"not a decimal number: {value!r}") from None
    if not result.is_finite():
        raise ValueError(f"not a finite decimal number: {value!r}")
    return result


def parse_decimal_field(value: object, field: str) -> Decimal:
    """`parse_decimal` for a model field: a bad value names the field."""
    kind = type(value)
    if kind is str or kind is int:  # the common case in one call (a model parses thousands of these)
        try:
            result = Decimal(value)  # type: ignore[arg-type]
        except InvalidOperation:
            pass
        else:
            if result.is_finite():
                return result
    try:
        return parse_decimal(value)
    except (TypeError, ValueError) as exc:
        raise type(exc)(f"{field}: {exc}") from None


def parse_decimal_rows(rows: object, field: str) -> list[list[Decimal]]:
    """A JSON array of arrays of decimals (an order book side: `[[price, size], ...]`) as new lists of `Decimal`.

    One call per side instead of one per value; a bad value names the field and its position. (The decoded body
    is left as it is: a stream message may be parsed by more than one subscription.)
    """
    if type(rows) is not list:
        expect_list(rows, field)
    assert isinstance(rows, list)
    D, str_, list_ = Decimal, str, list
    result: list[list[Decimal]] = []
    append = result.append
    for i, row in enumerate(rows):
        # The common level: two decimal strings. Anything else (other lengths, numbers, bad values) takes the
        # general path, which also names the field and position of a bad value.
        if type(row) is list_ and len(row) == 2:
            price, size = row
            if type(price) is str_ and type(size) is str_:
                try:
                    level = [D(price), D(size)]
                except InvalidOperation:
                    pass
                else:
                    if level[0].is_finite() and level[1].is_finite():
                        append(level)
                        continue
        if type(row) is not list_:
            expect_list(row, f"{field}[{i}]")
        append([parse_decimal_field(value, f"{field}[{i}][{j}]") for j, value in enumerate(row)])
    return result


def parse_decimal_or_none(value: object, field: str, *, empty: bool = False, null: bool = False) -> Decimal | None:
    """A decimal field that can say "no value": JSON null where `null`, the empty string where `empty`
    (the spec's `x-sdk-empty: null`) decode to None. Anything else must be an exact decimal: a string of
    spaces is not "empty", and `null` is not accepted where only `""` is declared."""
    if (empty and value == "" and type(value) is str) or (null and value is None):
        return None
    return parse_decimal_field(value, field)


_FAST_ISO = sys.version_info >= (3, 11)
"""3.11's fromisoformat reads `Z`, offsets and any number of fraction digits (truncating past 6, as below)."""


def parse_datetime(value: object) -> _dt.datetime:
    """An ISO-8601 timestamp; `Z` and offsets are honoured, naive values are taken as UTC."""
    if _FAST_ISO and type(value) is str and isinstance(value, str):
        try:
            result = _dt.datetime.fromisoformat(value)
        except ValueError:
            pass  # lower-case `z`, surrounding spaces, ...: the general path below
        else:
            return result if result.tzinfo is not None else result.replace(tzinfo=_dt.timezone.utc)
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO-8601 string, got {type(value).__name__}")
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    # Python 3.10's fromisoformat wants exactly 3 or 6 fractional digits.
    match = re.fullmatch(r"(.*T\d{2}:\d{2}:\d{2})\.(\d+)(.*)", text)
    if match:
        head, fraction, tail = match.groups()
        text = f"{head}.{fraction[:6].ljust(6, '0')}{tail}"
    result = _dt.datetime.fromisoformat(text)
    if result.tzinfo is None:
        result = result.replace(tzinfo=_dt.timezone.utc)
    return result


def parse_unix(value: object, *, scale: int) -> _dt.datetime:
    """Epoch time (`scale` units per second) as a UTC datetime, exact to the microsecond."""
    if 1_000_000 % scale == 0:
        # Whole numbers (exact int, or a string of ASCII digits): integer arithmetic, no regex, no Decimal.
        kind = type(value)
        if kind is int and isinstance(value, int):
            return _EPOCH + _dt.timedelta(microseconds=value * (1_000_000 // scale))
        if kind is str and isinstance(value, str) and value.isascii() and value.isdigit():
            return _EPOCH + _dt.timedelta(microseconds=int(value) * (1_000_000 // scale))
    if isinstance(value, bool):
        raise TypeError("expected an epoch time, got bool")
    if isinstance(value, str):
        value = value.strip()
        if not re.fullmatch(r"-?\d+(\.\d+)?", value):
            raise ValueError(f"not an epoch time: {value!r}")
    if not isinstance(value, str | int | Decimal):
        raise TypeError(f"expected an epoch time, got {type(value).__name__}")
    micros = int(_EPOCH_MATH.divide(_EPOCH_MATH.multiply(Decimal(value), 1_000_000), scale))
    return _EPOCH + _dt.timedelta(microseconds=micros)


_EPOCH_MATH = decimal.Context()
"""The standard context (28 digits, overflow trapped) for epoch arithmetic: a caller's thread may have set a lower
precision for its own sums, which would otherwise move `1769075420311.5` ms by more than an hour."""


def format_unix(value: _dt.datetime, *, scale: int) -> int:
    if value.tzinfo is None:
        raise ValueError("naive datetime: give it a timezone")
    delta = value - _EPOCH
    return (delta.days * 86_400_000_000 + delta.seconds * 1_000_000 + delta.microseconds) * scale // 1_000_000


def format_datetime(value: _dt.datetime) -> str:
    """ISO-8601 UTC with milliseconds and `Z`, the form every venue here accepts."""
    if value.tzinfo is None:
        raise ValueError("naive datetime: give it a timezone")
    utc = value.astimezone(_dt.timezone.utc)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)


def format_decimal(value: Decimal) -> str:
    """Plain notation, never scientific: `Decimal("1E-7")` goes out as `0.0000001`."""
    return format(value, "f")
