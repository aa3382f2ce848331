"""The runtime checks and rules at their boundaries (venuekit.check, venuekit.rules), and the generator's
refusal of rules that name nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from generator.rest import SpecError, Venue
from venuekit import ValidationError, check, rules

MONEY = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)
NON_NEGATIVE = check.limited(check.decimal, minimum=0, integer_digits=20, fraction_digits=18)


@pytest.mark.parametrize(
    "value",
    ["9" * 20, "0." + "0" * 17 + "1", "9" * 20 + "." + "9" * 18, Decimal("1E+19"), 10**19, "0.10", "007"],
)
def test_money_inside_the_digit_bounds_is_kept_exactly(value: object) -> None:
    result = MONEY("price", value)
    assert result == Decimal(value) and isinstance(result, Decimal)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("9" * 21, "at most 20 digits before the decimal point, got 21"),
        ("0." + "0" * 18 + "1", "at most 18 digits after the decimal point, got 19"),
        (Decimal("1E+20"), "got 21"),
        (Decimal("1E+999999999"), "got 1000000000"),
        ("0", "must be > 0"),
        ("-0", "must be > 0"),
        ("1e5", "not a plain decimal number"),
        (" 1", "not a plain decimal number"),
        ("1" * 201, "201 characters"),
        (Decimal("NaN"), "must be finite"),
        (0.5, "float is not accepted"),
        (True, "expected Decimal, int or str"),
    ],
)
def test_money_outside_the_rules_names_the_rule(value: object, words: str) -> None:
    with pytest.raises(ValidationError, match="price") as caught:
        MONEY("price", value)
    assert words in caught.value.problem


def test_negative_zero_is_zero_where_zero_is_allowed() -> None:
    result = NON_NEGATIVE("price", "-0")
    assert str(result) == "0" and not result.is_signed()
    with pytest.raises(ValidationError, match=r">= 0"):
        NON_NEGATIVE("price", "-0.1")


@pytest.mark.parametrize("value", ["BTC-KRW", "한국어", "emoji \U0001f600", "tab-free text", "\u00a0nbsp"])
def test_ordinary_text_passes(value: str) -> None:
    assert check.string("memo", value) == value


@pytest.mark.parametrize(
    ("value", "words"),
    [("a\x00", "control character '\\x00' at index 1"), ("\x9b", "control character"), ("x\ud800", "lone surrogate")],
)
def test_unsendable_text_is_refused(value: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check.string("memo", value)
    assert words in caught.value.problem and caught.value.parameter == "memo"


def test_string_length_is_checked_before_the_pattern() -> None:
    limited = check.limited(check.string, pattern="^[a-z]+$", max_length=5)
    with pytest.raises(ValidationError, match="at most 5 characters, got 100000"):
        limited("id", "A" * 100_000)


def test_integers_fit_64_bits() -> None:
    assert check.integer("id", 2**63 - 1) == 2**63 - 1
    assert check.integer("id", -(2**63)) == -(2**63)
    with pytest.raises(ValidationError, match="64-bit"):
        check.integer("id", 2**63)


@pytest.mark.parametrize("value", ["...", ".a", "a.", "a/b", "%2e"])
def test_only_dot_segments_are_refused_in_paths(value: str) -> None:
    assert check.path_segment("order_id", value) == value


@pytest.mark.parametrize("value", [".", ".."])
def test_dot_segments_are_refused(value: str) -> None:
    with pytest.raises(ValidationError, match=r"order_id: .* would change the path"):
        check.path_segment("order_id", value)


WINDOW = rules.TimeWindow("from_timestamp", "to_timestamp", 1800, "ERR-846")


@pytest.mark.parametrize(
    ("start", "end", "ok"),
    [
        ("2024-05-01T10:00:00.000Z", "2024-05-01T10:30:00.000Z", True),
        ("2024-05-01T10:00:00.000Z", "2024-05-01T10:30:00.001Z", False),
        ("2024-05-01T10:30:00.001Z", "2024-05-01T10:00:00.000Z", False),  # either order
        ("2024-05-01T10:00:00.000Z", None, True),  # the venue fills in from + 30 minutes
        ("not a time", "2024-05-01T12:00:00.000Z", True),  # the value's own check reports it
    ],
)
def test_time_window(start: str, end: str | None, ok: bool) -> None:
    broken = WINDOW.broken({"from_timestamp": start, "to_timestamp": end})
    assert (broken is None) == ok
    if broken is not None:
        assert (broken.name, broken.code) == ("to_timestamp", "ERR-846")
        assert broken.problem == "must be at most 30 minutes from from_timestamp"


def test_time_window_on_epoch_values_uses_the_declared_scale() -> None:
    ms = rules.TimeWindow("startTime", "endTime", 30 * 86_400, "-2027", scale=1000)
    assert ms.broken({"startTime": 0, "endTime": 30 * 86_400_000}) is None
    assert ms.broken({"startTime": "0", "endTime": str(30 * 86_400_000 + 1)}) is not None
    utc = dt.timezone.utc
    start, end = dt.datetime(2024, 1, 1, tzinfo=utc), dt.datetime(2024, 2, 1, tzinfo=utc)
    assert ms.broken({"startTime": start, "endTime": end}) is not None  # 31 days
    assert ms.broken({"startTime": start, "endTime": end.replace(tzinfo=None)}) is None  # naive: the checks refuse it


def test_conditions_compare_wire_values() -> None:
    import enum

    class Side(enum.Enum):
        BUY = "BUY"

    rule = rules.ForbidIf("lower_bound", "side", ("BUY",), code="ERR-5211")
    assert rule.broken({"side": Side.BUY, "lower_bound": Decimal(1)}) is not None
    assert rule.broken({"side": "SELL", "lower_bound": Decimal(1)}) is None
    only_true = rules.ForbidIf("cancel_before", "side", ("BUY",), value=True)
    assert only_true.broken({"side": "BUY", "cancel_before": False}) is None
    broken = only_true.broken({"side": "BUY", "cancel_before": True})
    assert broken is not None and broken.problem == "true is not allowed when side is BUY"


def test_groups() -> None:
    exactly = rules.OneOf(("order_id", "execution_id"), 1, 1, "ERR-5208")
    none = exactly.broken({})
    both = exactly.broken({"order_id": 1, "execution_id": [2]})
    assert none is not None and (none.name, none.missing, none.code) == ("order_id", True, None)
    assert both is not None and (both.name, both.missing, both.code) == ("execution_id", False, "ERR-5208")
    assert exactly.broken({"execution_id": [2]}) is None
    at_least = rules.OneOf(("a", "b"), 1, None, "X1")
    broken = at_least.broken({"a": "", "b": []})  # empty values are absent
    assert broken is not None and broken.code == "X1"


@pytest.mark.parametrize(
    "node",
    [
        {"x-sdk-exactly-one-of": [["a", "b"]]},  # a bare list instead of {of: [...]}
        {"x-sdk-exactly-one-of": [{"of": ["a"]}]},  # a group of one
        {"x-sdk-require-if": [{"parameter": "a"}]},
        {"x-sdk-time-window": [{"from": "a", "to": "b"}]},
        {"x-sdk-forbid-if": {"parameter": "a"}},
    ],
)
def test_malformed_declarations_are_refused(node: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="x-sdk-"):
        rules.from_spec(node)


def test_the_generator_refuses_rules_about_unknown_parameters() -> None:
    venue = Venue("gopax")
    declared = rules.from_spec({"x-sdk-require-if": [{"parameter": "prize", "when": "type", "in": ["limit"]}]})
    with pytest.raises(SpecError, match="unknown parameters: \\['prize'\\]"):
        venue._rules_code(declared, {"price": "price", "type": "type_"}, "createOrder")
