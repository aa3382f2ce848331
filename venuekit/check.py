"""Argument checks that run before any I/O.

Generated facade methods pass each argument through one of these; a bad value raises
`ValidationError` naming the parameter, so nothing malformed ever reaches a venue.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from .errors import ValidationError
from .rules import Rule, first_broken
from .types import Unset

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)
Checker = Callable[[str, Any], T]


def _type_name(value: object) -> str:
    return type(value).__name__


def required(name: str, value: T | None) -> T:
    if value is None:
        raise ValidationError(name, "is required")
    return value


def rules(declared: Sequence[Rule], values: Mapping[str, object], prefix: str = "") -> None:
    """The spec's rules between values (`x-sdk-*`, venuekit.rules): exactly-one-of, require-if, windows..."""
    broken = first_broken(declared, values)
    if broken is not None:
        raise ValidationError(prefix + broken.name, broken.problem)


# Control characters (C0, DEL, C1) and lone surrogates: the latter cannot be encoded as UTF-8 at all.
_UNSENDABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def string(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError(name, f"expected str, got {_type_name(value)}")
    if value == "":
        raise ValidationError(name, "must not be empty")
    bad = _UNSENDABLE.search(value)
    if bad is not None:
        kind = "lone surrogate" if "\ud800" <= bad.group() <= "\udfff" else "control character"
        raise ValidationError(name, f"{kind} {bad.group()!r} at index {bad.start()} is not allowed")
    return value if type(value) is str else str.__str__(value)


_INT64 = 2**63


def integer(name: str, value: object) -> int:
    """Integers the venues read as 64-bit (ids, counts, epoch times); bigger ones cannot be meant."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(name, f"expected int, got {_type_name(value)}")
    if not -_INT64 <= value < _INT64:
        raise ValidationError(name, "outside the 64-bit integer range")
    return int(value)


def boolean(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(name, f"expected bool, got {_type_name(value)}")
    return value


_DECIMAL_TEXT = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
"""What a decimal string may look like: no spaces, `_`, `+`, exponents, NaN/Infinity words or non-ASCII digits,
all of which `Decimal()` would accept."""
_LONGEST_DECIMAL = 200
"""Any declared digit bound is far below this; longer input is refused before it is parsed at all."""


def decimal(name: str, value: object) -> Decimal:
    """Money: Decimal, int or a strict decimal string. Floats are refused: they cannot hold 0.1 exactly."""
    if isinstance(value, float):
        raise ValidationError(name, "float is not accepted for money; pass Decimal or str")
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise ValidationError(name, f"expected Decimal, int or str, got {_type_name(value)}")
    if isinstance(value, str):
        if len(value) > _LONGEST_DECIMAL:
            raise ValidationError(name, f"a decimal number of {len(value)} characters is not accepted")
        if not _DECIMAL_TEXT.fullmatch(value):
            raise ValidationError(name, f"not a plain decimal number (digits, an optional '.' and '-'): {value!r}")
    elif isinstance(value, int) and value.bit_length() > 4 * _LONGEST_DECIMAL:
        raise ValidationError(name, "an integer this large is not accepted as money")
    result = Decimal(value)
    if not result.is_finite():
        raise ValidationError(name, f"must be finite, got {value!r}")
    if result.is_zero() and result.is_signed():
        result = result.copy_abs()  # "-0" would go out as "-0"
    return result


def _digits(result: Decimal) -> tuple[int, int]:
    """(digits before, digits after the point) as written out in plain notation; cheap for any exponent."""
    _, digits, exponent = result.as_tuple()
    assert isinstance(exponent, int)  # finite: checked before
    return max(len(digits) + exponent, 1), max(-exponent, 0)


def path_segment(name: str, value: str) -> str:
    """A value that becomes one path segment: `.` and `..` would re-target the request once resolved."""
    if value in (".", ".."):
        raise ValidationError(name, f"{value!r} is not allowed in a path (it would change the path)")
    return value


def datetime(name: str, value: object) -> _dt.datetime:
    if not isinstance(value, _dt.datetime):
        raise ValidationError(name, f"expected datetime, got {_type_name(value)}")
    if value.tzinfo is None:
        raise ValidationError(name, "naive datetime; give it a timezone (e.g. datetime.timezone.utc)")
    return value


def enum_of(cls: type[E]) -> Checker[E]:
    """Closed sets: only the documented values pass (responses are lenient, requests are not)."""
    known = {member.value: member for member in cls.__members__.values()}
    # Numeric codes (Bitunix side 1/2) also answer to their names ("SELL"/"BUY").
    by_name = {} if all(isinstance(v, str) for v in known) else dict(cls.__members__)

    def check(name: str, value: object) -> E:
        if isinstance(value, cls) and value.value in known:
            return value
        if isinstance(value, str | int) and not isinstance(value, bool):
            if value in known:
                return known[value]
            if isinstance(value, str) and value in by_name:
                return by_name[value]
        allowed = ", ".join([repr(v) for v in known] + [repr(n) for n in by_name])
        raise ValidationError(name, f"{value!r} is not one of {allowed}")

    return check


def instance_of(
    cls: type[T],
    fields: Mapping[str, tuple[Checker[Any], bool]] | None = None,
    declared: Sequence[Rule] = (),
) -> Checker[T]:
    """A request model argument (e.g. one item of a batch), checked field by field like keyword arguments.

    `fields` maps attribute name to (checker, required); `declared` are the rules of the model's schema.
    Returns a copy holding the checked values (`"SELL"` becomes `Side.SELL`, `"0.5"` a Decimal).
    """

    def check(name: str, value: object) -> T:
        if not isinstance(value, cls):
            raise ValidationError(name, f"expected {cls.__name__}, got {_type_name(value)}")
        if fields is None:
            return value
        checked: dict[str, Any] = {}
        for attr, (checker, required) in fields.items():
            given = getattr(value, attr)
            if given is None or isinstance(given, Unset):
                if required:
                    raise ValidationError(f"{name}.{attr}", "is required")
                continue
            checked[attr] = checker(f"{name}.{attr}", given)
        rules(declared, checked, prefix=f"{name}.")
        result = attrs.evolve(value, **checked)  # type: ignore[misc]  # an attrs class (generated model)
        extra = getattr(value, "additional_properties", None)
        if isinstance(extra, dict):  # not an __init__ argument, so evolve() leaves it empty
            setattr(result, "additional_properties", dict(extra))  # noqa: B010  # T is any generated model
        return result

    return check


def items(
    name: str, value: object, item: Checker[T], *, min_items: int | None = None, max_items: int | None = None
) -> list[T]:
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise ValidationError(name, f"expected a list, got {_type_name(value)}")
    if min_items is not None and len(value) < min_items:
        raise ValidationError(name, f"at least {min_items} item(s), got {len(value)}")
    if max_items is not None and len(value) > max_items:
        raise ValidationError(name, f"at most {max_items} items, got {len(value)}")
    return [item(f"{name}[{i}]", v) for i, v in enumerate(value)]


def list_of(item: Checker[T], *, min_items: int | None = None, max_items: int | None = None) -> Checker[list[T]]:
    """`items` as a checker, for list fields of request models."""

    def check(name: str, value: object) -> list[T]:
        return items(name, value, item, min_items=min_items, max_items=max_items)

    return check


def limited(
    inner: Checker[T],
    *,
    pattern: str | None = None,
    minimum: float | int | None = None,
    maximum: float | int | None = None,
    exclusive_minimum: float | int | None = None,
    exclusive_maximum: float | int | None = None,
    min_length: int | None = None,
    max_length: int | None = None,
    integer_digits: int | None = None,
    fraction_digits: int | None = None,
) -> Checker[T]:
    """Wrap a checker with the spec's limits for the value: pattern, bounds, length, digits (money)."""
    compiled = re.compile(pattern) if pattern is not None else None
    low = None if minimum is None else Decimal(str(minimum))
    high = None if maximum is None else Decimal(str(maximum))
    low_x = None if exclusive_minimum is None else Decimal(str(exclusive_minimum))
    high_x = None if exclusive_maximum is None else Decimal(str(exclusive_maximum))

    def check(name: str, value: object) -> T:
        result = inner(name, value)
        if isinstance(result, str):
            # length first: a pattern need not be run over a value far too long to pass anyway
            if max_length is not None and len(result) > max_length:
                raise ValidationError(name, f"at most {max_length} characters, got {len(result)}")
            if min_length is not None and len(result) < min_length:
                raise ValidationError(name, f"at least {min_length} characters")
            if compiled is not None and not compiled.search(result):
                raise ValidationError(name, f"{result!r} does not match {pattern}")
        if isinstance(result, Decimal) and (integer_digits is not None or fraction_digits is not None):
            before, after = _digits(result)
            if integer_digits is not None and before > integer_digits:
                raise ValidationError(name, f"at most {integer_digits} digits before the decimal point, got {before}")
            if fraction_digits is not None and after > fraction_digits:
                raise ValidationError(name, f"at most {fraction_digits} digits after the decimal point, got {after}")
        if isinstance(result, int | Decimal) and not isinstance(result, bool):
            number = Decimal(result)
            if low is not None and number < low:
                raise ValidationError(name, f"must be >= {minimum}, got {result}")
            if high is not None and number > high:
                raise ValidationError(name, f"must be <= {maximum}, got {result}")
            if low_x is not None and number <= low_x:
                raise ValidationError(name, f"must be > {exclusive_minimum}, got {result}")
            if high_x is not None and number >= high_x:
                raise ValidationError(name, f"must be < {exclusive_maximum}, got {result}")
        return result

    return check
