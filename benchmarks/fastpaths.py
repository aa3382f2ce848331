"""Candidate fast paths for the runtime and the generated models, used by `benchmarks.experiments` to measure
the proposals in RESULTS.md by monkeypatching them into the benchmark process.

Each keeps the behaviour of what it replaces: the common case (exact `str`/`int` inputs, well-formed wire
values) takes a short path, and everything else falls through to the current implementation, errors and all.
`tests/bench_support/test_fastpaths.py` checks that they agree with the originals.
"""

from __future__ import annotations

import datetime as _dt
import json
import sys
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from venuekit import codec

_ORIGINAL_PARSE_DECIMAL = codec.parse_decimal
_ORIGINAL_PARSE_UNIX = codec.parse_unix
_ORIGINAL_PARSE_DATETIME = codec.parse_datetime
_ORIGINAL_LOADS = codec.loads

_DECODER = json.JSONDecoder(parse_float=Decimal)
_detect_encoding: Callable[[bytes], str] = json.detect_encoding


def loads(data: bytes | str) -> Any:
    """`codec.loads` with one shared decoder: `json.loads(..., parse_float=Decimal)` builds a new
    `JSONDecoder` on every call (any keyword argument does), which costs more than decoding a ticker."""
    if isinstance(data, bytes | bytearray):
        data = data.decode(_detect_encoding(data), "surrogatepass")
    elif not isinstance(data, str):
        return _ORIGINAL_LOADS(data)
    return _DECODER.decode(data)


def parse_decimal(value: object) -> Decimal:
    """`codec.parse_decimal` with an exact-type fast path. `Decimal()` already ignores surrounding whitespace
    (and accepts underscores) exactly as `Decimal(value.strip())` did."""
    kind = type(value)
    if kind is str or kind is int or kind is Decimal:
        try:
            result = Decimal(value)  # type: ignore[arg-type]
        except InvalidOperation:
            raise ValueError(f"not a decimal number: {value!r}") from None
        if not result.is_finite():
            raise ValueError(f"not a finite decimal number: {value!r}")
        return result
    return _ORIGINAL_PARSE_DECIMAL(value)


_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)
_timedelta = _dt.timedelta


def parse_unix(value: object, *, scale: int) -> _dt.datetime:
    """`codec.parse_unix` without Decimal arithmetic or a regex for whole numbers (ints, ASCII digit strings)."""
    if 1_000_000 % scale == 0:
        kind = type(value)
        if kind is int and isinstance(value, int):  # exact int: bool is refused by the original
            return _EPOCH + _timedelta(microseconds=value * (1_000_000 // scale))
        if kind is str and isinstance(value, str) and value.isascii() and value.isdigit():
            return _EPOCH + _timedelta(microseconds=int(value) * (1_000_000 // scale))
    return _ORIGINAL_PARSE_UNIX(value, scale=scale)


_UTC = _dt.timezone.utc
_fromisoformat = _dt.datetime.fromisoformat
_FAST_ISO = sys.version_info >= (3, 11)  # 3.11's fromisoformat reads `Z` and any number of fraction digits


def parse_datetime(value: object) -> _dt.datetime:
    """`codec.parse_datetime` trying `datetime.fromisoformat` first (3.11+); the regex path only on failure."""
    if _FAST_ISO and type(value) is str:
        try:
            result = _fromisoformat(value)
        except ValueError:
            return _ORIGINAL_PARSE_DATETIME(value)
        return result if result.tzinfo is not None else result.replace(tzinfo=_UTC)
    return _ORIGINAL_PARSE_DATETIME(value)


# --- generated model templates ------------------------------------------------------------------------
def order_book_from_dict(cls: Any, src_dict: Mapping[str, Any]) -> Any:
    """`hashkey_mena.models.OrderBook.from_dict` as the proposed template would emit it for
    `list[list[Decimal]]`: nested comprehensions with the parser bound to a local."""
    parse = parse_decimal
    d = dict(src_dict)
    t = parse_unix(d.pop("t"), scale=1000)
    b = [[parse(x) for x in codec.expect_list(level, "b[]")] for level in codec.expect_list(d.pop("b"), "b")]
    a = [[parse(x) for x in codec.expect_list(level, "a[]")] for level in codec.expect_list(d.pop("a"), "a")]
    result = cls(t=t, b=b, a=a)
    result.additional_properties = d
    return result


def make_kline_from_dict(original: Callable[[Any], Any]) -> Callable[[Any, Any], Any]:
    """`hashkey_mena.models.Kline.from_dict` for the positional-array form: index the array directly instead of
    building a dict of it and popping every field; extra positions are kept by index as before. `original`
    (the current bound `from_dict`) handles objects and short arrays."""

    def from_dict(cls: Any, src: Any) -> Any:
        if isinstance(src, Mapping) or len(src) < 11:
            return original(src)
        parse, unix = parse_decimal, parse_unix
        result = cls(
            open_time=unix(src[0], scale=1000),
            open_=parse(src[1]),
            high=parse(src[2]),
            low=parse(src[3]),
            close=parse(src[4]),
            volume=parse(src[5]),
            close_time=unix(src[6], scale=1000),
            quote_volume=parse(src[7]),
            trades=codec.expect(src[8], int, "trades"),
            taker_buy_base_volume=parse(src[9]),
            taker_buy_quote_volume=parse(src[10]),
        )
        result.additional_properties = {str(i): v for i, v in enumerate(src) if i >= 11}
        return result

    return from_dict


# --- streams ------------------------------------------------------------------------------------------
_MISSING = object()


def _lookup(message: Mapping[str, Any], path: str) -> str | None:
    """As `venuekit.streams.connection._lookup`."""
    value: Any = message
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value if isinstance(value, str) else json.dumps(value)


def compile_route(route: Mapping[str, tuple[str, ...]]) -> Callable[[Mapping[str, Any]], bool]:
    """A channel's route as one precompiled test: one dict lookup per single-segment path (the common case),
    the generic dotted-path walk otherwise."""
    simple = [(path, frozenset(allowed)) for path, allowed in route.items() if "." not in path]
    dotted = {path: allowed for path, allowed in route.items() if "." in path}

    def matches(message: Mapping[str, Any]) -> bool:
        for key, allowed in simple:
            value = message.get(key, _MISSING)
            if type(value) is str:
                if value not in allowed:
                    return False
            elif value is _MISSING or json.dumps(value) not in allowed:
                return False
        return all(_lookup(message, path) in choices for path, choices in dotted.items())

    return matches


def make_fast_matches() -> Callable[[Mapping[str, Any], Mapping[str, tuple[str, ...]]], bool]:
    """A drop-in for `venuekit.streams.connection._matches` that compiles each route once (cached per route)."""
    cache: dict[int, tuple[Mapping[str, tuple[str, ...]], Callable[[Mapping[str, Any]], bool]]] = {}

    def matches(message: Mapping[str, Any], route: Mapping[str, tuple[str, ...]]) -> bool:
        entry = cache.get(id(route))
        if entry is None or entry[0] is not route:
            entry = cache[id(route)] = (route, compile_route(route))
        return entry[1](message)

    return matches
