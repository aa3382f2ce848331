"""Every refusal of venuekit.check word for word (the text a caller reads names the parameter and the rule), and
what each checker hands back: the whole contract of the checks the generated facades call before any I/O."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

import attrs
import pytest

from venuekit import ValidationError, check, rules


def refusal(checker: Any, name: str, value: object) -> str:
    with pytest.raises(ValidationError) as caught:
        checker(name, value)
    assert caught.value.parameter == name.split(".")[0] or caught.value.parameter.startswith(name)
    return str(caught.value)


class Side(enum.Enum):
    SELL = 1
    BUY = 2


class Kind(enum.Enum):
    LIMIT = "LIMIT"
    MARKET = "MARKET"


UTC = dt.timezone.utc


def test_scalar_checks_say_what_they_expected() -> None:
    assert refusal(check.required, "symbol", None) == "symbol: is required"
    assert check.required("symbol", 0) == 0
    assert refusal(check.string, "memo", 5) == "memo: expected str, got int"
    assert refusal(check.string, "memo", "") == "memo: must not be empty"
    assert refusal(check.string, "memo", "a\x00") == "memo: control character '\\x00' at index 1 is not allowed"
    assert refusal(check.string, "memo", "ab\ud800") == "memo: lone surrogate '\\ud800' at index 2 is not allowed"
    assert refusal(check.integer, "count", "1") == "count: expected int, got str"
    assert refusal(check.integer, "count", True) == "count: expected int, got bool"
    assert refusal(check.integer, "count", 2**63) == "count: outside the 64-bit integer range"
    assert check.integer("count", -(2**63)) == -(2**63)
    assert refusal(check.boolean, "flag", 1) == "flag: expected bool, got int"
    assert check.boolean("flag", False) is False
    assert refusal(check.decimal, "price", 0.5) == "price: float is not accepted for money; pass Decimal or str"
    assert refusal(check.decimal, "price", None) == "price: expected Decimal, int or str, got NoneType"
    assert refusal(check.decimal, "price", "1" * 201) == "price: a decimal number of 201 characters is not accepted"
    assert refusal(check.decimal, "price", "1e3") == (
        "price: not a plain decimal number (digits, an optional '.' and '-'): '1e3'"
    )
    assert refusal(check.decimal, "price", 10**900) == "price: an integer this large is not accepted as money"
    assert refusal(check.decimal, "price", Decimal("-Infinity")) == "price: must be finite, got Decimal('-Infinity')"
    assert refusal(check.path_segment, "id", "..") == "id: '..' is not allowed in a path (it would change the path)"
    assert check.path_segment("id", "...") == "..."


def test_datetimes_must_be_aware() -> None:
    assert refusal(check.datetime, "since", "2024-01-01") == "since: expected datetime, got str"
    assert refusal(check.datetime, "since", dt.date(2024, 1, 1)) == "since: expected datetime, got date"
    assert refusal(check.datetime, "since", dt.datetime(2024, 1, 1)) == (
        "since: naive datetime; give it a timezone (e.g. datetime.timezone.utc)"
    )
    aware = dt.datetime(2024, 1, 1, tzinfo=UTC)
    assert check.datetime("since", aware) is aware


def test_enums_take_members_values_and_for_numeric_codes_names() -> None:
    side = check.enum_of(Side)
    assert (side("side", Side.BUY), side("side", 1), side("side", "BUY")) == (Side.BUY, Side.SELL, Side.BUY)
    assert refusal(side, "side", "HOLD") == "side: 'HOLD' is not one of 1, 2, 'SELL', 'BUY'"
    assert refusal(side, "side", True) == "side: True is not one of 1, 2, 'SELL', 'BUY'"
    assert refusal(side, "side", Kind.LIMIT) == "side: <Kind.LIMIT: 'LIMIT'> is not one of 1, 2, 'SELL', 'BUY'"
    kind = check.enum_of(Kind)
    assert (kind("type", "LIMIT"), kind("type", Kind.MARKET)) == (Kind.LIMIT, Kind.MARKET)
    assert refusal(kind, "type", "limit") == "type: 'limit' is not one of 'LIMIT', 'MARKET'"
    assert refusal(kind, "type", 1) == "type: 1 is not one of 'LIMIT', 'MARKET'"


@attrs.define
class Item:
    """Shaped like a generated request model: optional fields and `additional_properties` outside __init__."""

    kind: Any = None
    size: Any = None
    price: Any = None
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)


FIELDS = {
    "kind": (check.enum_of(Kind), True),
    "size": (check.decimal, True),
    "price": (check.decimal, False),
}
PRICE_FOR_LIMIT = [rules.RequireIf("price", "kind", ("LIMIT",))]


def test_request_models_are_checked_field_by_field_into_a_copy() -> None:
    item = Item(kind="LIMIT", size="0.5", price="100")
    item.additional_properties = {"memo": "x"}
    checked = check.instance_of(Item, FIELDS, PRICE_FOR_LIMIT)("orders[0]", item)
    expected = Item(kind=Kind.LIMIT, size=Decimal("0.5"), price=Decimal("100"))
    expected.additional_properties = {"memo": "x"}
    assert checked == expected and checked is not item
    checked.additional_properties["memo"] = "y"
    assert item.additional_properties == {"memo": "x"}  # a copy, not the caller's dict
    market = check.instance_of(Item, FIELDS, PRICE_FOR_LIMIT)("orders[1]", Item(kind="MARKET", size=1))
    assert market == Item(kind=Kind.MARKET, size=Decimal(1)) and market.additional_properties == {}
    unchecked = Item(kind="anything")
    assert check.instance_of(Item)("order", unchecked) is unchecked


def test_request_model_refusals_name_the_field() -> None:
    checker = check.instance_of(Item, FIELDS, PRICE_FOR_LIMIT)
    assert refusal(checker, "orders[0]", {"kind": "LIMIT"}) == "orders[0]: expected Item, got dict"
    assert refusal(checker, "orders[0]", Item(size=1)) == "orders[0].kind: is required"
    assert refusal(checker, "orders[0]", Item(kind="LIMIT")) == "orders[0].size: is required"
    assert refusal(checker, "orders[0]", Item(kind="STOP", size=1)) == (
        "orders[0].kind: 'STOP' is not one of 'LIMIT', 'MARKET'"
    )
    assert refusal(checker, "orders[0]", Item(kind="LIMIT", size=1)) == (
        "orders[0].price: is required when kind is LIMIT"
    )


def test_lists_are_checked_item_by_item_within_their_bounds() -> None:
    pair = check.list_of(check.integer, min_items=1, max_items=2)
    assert pair("ids", (1, 2)) == [1, 2]
    assert refusal(pair, "ids", []) == "ids: at least 1 item(s), got 0"
    assert refusal(pair, "ids", [1, 2, 3]) == "ids: at most 2 items, got 3"
    assert refusal(pair, "ids", "12") == "ids: expected a list, got str"
    assert refusal(pair, "ids", {1, 2}) == "ids: expected a list, got set"
    assert refusal(pair, "ids", [1, "2"]) == "ids[1]: expected int, got str"
    assert check.items("ids", [], check.integer) == []


def test_limits_name_the_bound() -> None:
    text = check.limited(check.string, pattern="^[A-Z]+$", min_length=2, max_length=4)
    assert text("code", "ABC") == "ABC"
    assert refusal(text, "code", "ABCDE") == "code: at most 4 characters, got 5"
    assert refusal(text, "code", "A") == "code: at least 2 characters"
    assert refusal(text, "code", "ab") == "code: 'ab' does not match ^[A-Z]+$"
    inclusive = check.limited(check.integer, minimum=1, maximum=10)
    assert (inclusive("n", 1), inclusive("n", 10)) == (1, 10)
    assert refusal(inclusive, "n", 0) == "n: must be >= 1, got 0"
    assert refusal(inclusive, "n", 11) == "n: must be <= 10, got 11"
    exclusive = check.limited(check.decimal, exclusive_minimum=0, exclusive_maximum=1.5)
    assert exclusive("x", "0.1") == Decimal("0.1")
    assert refusal(exclusive, "x", "0") == "x: must be > 0, got 0"
    assert refusal(exclusive, "x", "1.5") == "x: must be < 1.5, got 1.5"
    digits = check.limited(check.decimal, integer_digits=2, fraction_digits=1)
    assert digits("x", "99.9") == Decimal("99.9")
    assert refusal(digits, "x", "100") == "x: at most 2 digits before the decimal point, got 3"
    assert refusal(digits, "x", "0.05") == "x: at most 1 digits after the decimal point, got 2"
    # Either digit bound alone is enforced (a spec may state only the fraction digits, as a tick size does).
    fraction_only = check.limited(check.decimal, fraction_digits=2)
    assert fraction_only("x", "123456789.12") == Decimal("123456789.12")
    assert refusal(fraction_only, "x", "0.123") == "x: at most 2 digits after the decimal point, got 3"
    integer_only = check.limited(check.decimal, integer_digits=3)
    assert integer_only("x", "999.123456") == Decimal("999.123456")
    assert refusal(integer_only, "x", "1000") == "x: at most 3 digits before the decimal point, got 4"
    flag = check.limited(check.boolean, minimum=1)
    assert flag("flag", False) is False  # bounds are for numbers; a bool is not one


def test_checked_values_come_back_as_the_plain_types() -> None:
    class Text(str):
        pass

    class Count(enum.IntEnum):
        TWO = 2

    text = check.string("memo", Text("abc"))
    assert (text, type(text)) == ("abc", str)
    number = check.integer("count", Count.TWO)
    assert (number, type(number)) == (2, int)
    money = check.decimal("price", "-0.00")
    assert (str(money), money.is_signed()) == ("0.00", False)
    assert (check.decimal("price", 7), check.decimal("price", "007.50")) == (Decimal(7), Decimal("7.50"))
    assert check.decimal("price", "9" * 200) == Decimal("9" * 200)


def test_rules_name_the_broken_parameter_with_the_prefix() -> None:
    one_of = [rules.OneOf(("a", "b"), 1, 1, None)]
    check.rules(one_of, {"a": 1})
    with pytest.raises(ValidationError) as caught:
        check.rules(one_of, {"a": 1, "b": 2}, prefix="orders[3].")
    assert caught.value.parameter == "orders[3].b"
    with pytest.raises(ValidationError) as missing:
        check.rules(one_of, {})
    assert missing.value.parameter == "a"
