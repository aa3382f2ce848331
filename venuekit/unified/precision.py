"""Exact rounding of prices and amounts to a venue's increments, in `Decimal`, with the rounding mode stated.

A value is rounded to a whole number of increments by integer arithmetic on its decimal digits, never
through float and never through a division that could itself round:
`round_to_step(Decimal("0.00015"), Decimal("0.0001"), "ROUND_DOWN")` is exactly `Decimal("0.0001")`. Negative
input is refused (no venue takes a negative price or amount), and so is input that is more than 10**60
increments: no spec lets more than 38 digits be sent.
"""

from __future__ import annotations

import decimal
from decimal import Decimal
from typing import Literal

from .. import check
from ..errors import ValidationError

Rounding = Literal[
    "ROUND_DOWN", "ROUND_UP", "ROUND_FLOOR", "ROUND_CEILING", "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_HALF_EVEN"
]
"""The `decimal` rounding modes that round to an increment (the names, as `decimal.ROUND_DOWN` spells them)."""

ROUNDINGS: tuple[str, ...] = (
    decimal.ROUND_DOWN,
    decimal.ROUND_UP,
    decimal.ROUND_FLOOR,
    decimal.ROUND_CEILING,
    decimal.ROUND_HALF_UP,
    decimal.ROUND_HALF_DOWN,
    decimal.ROUND_HALF_EVEN,
)

MAX_STEPS_DIGITS = 60


def amount(parameter: str, value: object) -> Decimal:
    """A non-negative money value: a `Decimal`, an `int` or a plain decimal string (`venuekit.check.decimal`)."""
    number = check.decimal(parameter, value)
    if number < 0:
        raise ValidationError(parameter, f"{number} is negative")
    return number


def _exponent(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # finite: checked by the callers
    return exponent


def _scaled(value: Decimal, exponent: int) -> int:
    """`value / 10**exponent` as an exact integer (`exponent` is at most `value`'s own exponent)."""
    sign, digits, own = value.as_tuple()
    assert isinstance(own, int)
    number = int("".join(map(str, digits)) or "0") * int(10 ** (own - exponent))
    return -number if sign else number


def _too_many_steps(value: Decimal, step: Decimal) -> bool:
    return bool(value) and value.adjusted() - step.adjusted() > MAX_STEPS_DIGITS


def round_to_step(value: object, step: Decimal, rounding: str, *, parameter: str = "value") -> Decimal:
    """`value` rounded to a whole multiple of `step` with the `decimal` rounding mode `rounding`.

    Exact for every input it accepts. The result is written with the step's decimal places
    (`Decimal("0.0100")` for 0.01 at step 0.0001, `Decimal("4300002")` for 4300001.7 at step 1).
    """
    if rounding not in ROUNDINGS:
        raise ValidationError("rounding", f"{rounding!r} is not one of {', '.join(ROUNDINGS)}")
    number = amount(parameter, value)
    if not step.is_finite() or step <= 0:
        raise ValidationError("step", f"{step} is not a positive increment")
    if _too_many_steps(number, step):
        raise ValidationError(parameter, f"{number} is more than 10**{MAX_STEPS_DIGITS} increments of {step}")
    exponent = min(_exponent(number), _exponent(step))
    unit = _scaled(step, exponent)
    whole, rest = divmod(_scaled(number, exponent), unit)
    if rest:
        whole += _carry(whole, 2 * rest, unit, rounding)
    # Written with the step's own exponent (no finer than units): exact, whatever the context's precision.
    places = min(_exponent(step), 0)
    return Decimal(f"{whole * _scaled(step, places)}E{places}")


def _carry(whole: int, twice_rest: int, unit: int, rounding: str) -> int:
    """1 when `whole` increments plus a remainder (`twice_rest / 2` of an increment, not zero) round up."""
    if rounding in (decimal.ROUND_DOWN, decimal.ROUND_FLOOR):
        return 0
    if rounding in (decimal.ROUND_UP, decimal.ROUND_CEILING):
        return 1
    if twice_rest != unit:  # not a tie: the nearer multiple
        return int(twice_rest > unit)
    if rounding == decimal.ROUND_HALF_UP:
        return 1
    if rounding == decimal.ROUND_HALF_DOWN:
        return 0
    return whole % 2  # ROUND_HALF_EVEN: the even multiple


def is_multiple(value: Decimal, step: Decimal) -> bool:
    """Whether `value` is exactly a whole number of `step`s."""
    if _too_many_steps(value, step):
        return False
    exponent = min(_exponent(value), _exponent(step))
    return _scaled(value, exponent) % _scaled(step, exponent) == 0


def step_of_decimals(places: int) -> Decimal:
    """The increment of a venue that states precision as decimal places: 2 -> `Decimal("0.01")`."""
    return Decimal(f"1E{-places}")
