"""Argument checks that run before any I/O.

Generated facade methods pass each argument through one of these; a bad value raises
`ValidationError` naming the parameter, so nothing malformed ever reaches a venue.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from .errors import ValidationError

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)
Checker = Callable[[str, Any], T]


def _type_name(value: object) -> str:
    return type(value).__name__


def required(name: str, value: T | None) -> T:
    if value is None:
        raise ValidationError(name, "is required")
    return value


def required_if(name: str, value: object, trigger: str, trigger_value: object, values: tuple[object, ...]) -> None:
    """A parameter the venue requires only for some values of another (GMO `price` for LIMIT/STOP)."""
    wire = getattr(trigger_value, "value", trigger_value)
    if value is None and wire in values:
        raise ValidationError(name, f"is required when {trigger} is {wire}")


def string(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError(name, f"expected str, got {_type_name(value)}")
    if value == "":
        raise ValidationError(name, "must not be empty")
    return value


def integer(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(name, f"expected int, got {_type_name(value)}")
    return value


def boolean(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(name, f"expected bool, got {_type_name(value)}")
    return value


def decimal(name: str, value: object) -> Decimal:
    """Money: Decimal, int or a decimal string. Floats are refused: they cannot hold 0.1 exactly."""
    if isinstance(value, float):
        raise ValidationError(name, "float is not accepted for money; pass Decimal or str")
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise ValidationError(name, f"expected Decimal, int or str, got {_type_name(value)}")
    try:
        result = Decimal(value)
    except InvalidOperation:
        raise ValidationError(name, f"not a decimal number: {value!r}") from None
    if not result.is_finite():
        raise ValidationError(name, f"must be finite, got {value!r}")
    return result


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


def instance_of(cls: type[T]) -> Checker[T]:
    """A request model argument; its fields are checked by serializing it once, before anything is sent."""

    def check(name: str, value: object) -> T:
        if not isinstance(value, cls):
            raise ValidationError(name, f"expected {cls.__name__}, got {_type_name(value)}")
        to_dict = getattr(value, "to_dict", None)
        if to_dict is not None:
            try:
                to_dict()
            except (AttributeError, TypeError, ValueError) as exc:
                # e.g. a plain "SELL" where the model wants Side.SELL, or a float where it wants a Decimal
                raise ValidationError(name, f"invalid {cls.__name__}: {exc}") from None
        return value

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
) -> Checker[T]:
    """Wrap a checker with the spec's limits for the value: pattern, bounds, length."""
    compiled = re.compile(pattern) if pattern is not None else None
    low = None if minimum is None else Decimal(str(minimum))
    high = None if maximum is None else Decimal(str(maximum))
    low_x = None if exclusive_minimum is None else Decimal(str(exclusive_minimum))
    high_x = None if exclusive_maximum is None else Decimal(str(exclusive_maximum))

    def check(name: str, value: object) -> T:
        result = inner(name, value)
        if isinstance(result, str):
            if compiled is not None and not compiled.search(result):
                raise ValidationError(name, f"{result!r} does not match {pattern}")
            if min_length is not None and len(result) < min_length:
                raise ValidationError(name, f"at least {min_length} characters")
            if max_length is not None and len(result) > max_length:
                raise ValidationError(name, f"at most {max_length} characters")
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
