"""Tolerant, exact decoding: what the venues leave out or send empty, and what they must never get past.

- GMO FX executions without `amount` / `settledSwap` (the seed's own examples) parse; the fields stay UNSET.
- HashKey money fields declared `x-sdk-empty: null` decode `""` to None, a decimal string to an exact Decimal,
  and anything else to a DecodeError naming the field (sync and async clients, over a mock transport).
- Nullable decimals (`anyOf: [decimal, null]`) decode null to None and refuse non-numbers, where the
  openapi-python-client union used to hand the raw string back typed as Decimal.
- The codec helpers behind them, and the generator refusing a misplaced `x-sdk-empty`.
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest
from openapi_python_client import schema as oai

import venuekit
from generator import extensions
from tests.contract.support import load_spec, operations
from venuekit import UNSET, bitunix, codec, gmo_coin_fx, hashkey_mena

FX = load_spec("gmo_coin_fx")
HK = load_spec("hashkey_mena")
BX = load_spec("bitunix")


def _response(spec: dict[str, Any], operation_id: str, example: str = "doc") -> Any:
    media = operations(spec)[operation_id][3]["responses"]["200"]["content"]["application/json"]
    return copy.deepcopy(media["examples"][example]["value"])


def _answer(body: Any) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, json=_plain(body)))


def _plain(value: Any) -> Any:
    """The YAML example as JSON-serialisable data (exact decimals as their text)."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _both(make: Callable[[httpx.MockTransport, bool], Any], call: Callable[[Any], Any], body: Any) -> list[Any]:
    """`call` on a sync and an async client answering `body`: the two results, or the two exceptions."""
    results: list[Any] = []
    try:
        with make(_answer(body), False) as client:
            results.append(call(client))
    except venuekit.VenueError as exc:
        results.append(exc)

    async def run() -> Any:
        try:
            async with make(_answer(body), True) as client:
                return await call(client)
        except venuekit.VenueError as exc:
            return exc

    results.append(asyncio.run(run()))
    return results


def _fx(transport: httpx.MockTransport, is_async: bool) -> Any:
    kind = gmo_coin_fx.AsyncClient if is_async else gmo_coin_fx.Client
    return kind("testkey", "testsecret", httpx_args={"transport": transport}, rate_limit=False)  # decoding, not pacing


def _hk(transport: httpx.MockTransport, is_async: bool) -> Any:
    kind = hashkey_mena.AsyncClient if is_async else hashkey_mena.Client
    return kind("testkey", "testsecret", httpx_args={"transport": transport}, rate_limit=False)


def _bx(transport: httpx.MockTransport, is_async: bool) -> Any:
    kind = bitunix.AsyncClient if is_async else bitunix.Client
    return kind("testkey", "testsecret", httpx_args={"transport": transport}, rate_limit=False)


# --- GMO FX: fields the seed's examples omit ---------------------------------------------------------


@pytest.mark.parametrize(
    ("operation_id", "call"),
    [
        ("getExecutions", lambda c: c.executions.get_executions(order_id=223456789)),
        ("getLatestExecutions", lambda c: c.executions.get_latest_executions(symbol="USD_JPY")),
    ],
)
def test_fx_executions_without_amount_and_settled_swap_parse(operation_id: str, call: Callable[[Any], Any]) -> None:
    body = _response(FX, operation_id, "seed")
    assert all("amount" not in e and "settledSwap" not in e for e in body["data"]["list"])
    for page in _both(_fx, call, body):
        assert not isinstance(page, Exception), page
        assert [e.execution_id for e in page.list_] == [e["executionId"] for e in body["data"]["list"]]
        assert all(e.amount is UNSET and e.settled_swap is UNSET for e in page.list_)
        assert page.list_[0].price == Decimal("141.251")


def test_fx_executions_with_amount_and_settled_swap_keep_them_exact() -> None:
    body = _response(FX, "getExecutions")
    for page in _both(_fx, lambda c: c.executions.get_executions(order_id=223456789), body):
        assert not isinstance(page, Exception), page
        assert page.list_[0].amount == Decimal("16215.999")
        assert page.list_[0].settled_swap == Decimal("515.999")


def test_fx_execution_without_a_field_the_examples_all_carry_still_fails() -> None:
    body = _response(FX, "getExecutions", "seed")
    del body["data"]["list"][1]["executionId"]
    for result in _both(_fx, lambda c: c.executions.get_executions(order_id=223456789), body):
        assert isinstance(result, venuekit.DecodeError), result
        assert "executionId" in str(result)


# --- HashKey: "" for "no value yet" in a money field ---------------------------------------------------

WITHDRAWALS = _response(HK, "getWithdrawOrders")
TRADES = _response(HK, "getMyTrades")


def _withdrawals(value: object) -> Any:
    body = copy.deepcopy(WITHDRAWALS)
    body[0]["arriveQuantity"] = value
    return body


def _trades(value: object) -> Any:
    body = copy.deepcopy(TRADES)
    body[0]["hskDeductPrice"] = value
    return body


CASES = [
    ("arriveQuantity", _withdrawals, lambda c: c.wallet.get_withdraw_orders(), "arrive_quantity"),
    ("hskDeductPrice", _trades, lambda c: c.account.get_my_trades(symbol="BTCUSDT"), "hsk_deduct_price"),
]


@pytest.mark.parametrize(("field", "body", "call", "attribute"), CASES)
@pytest.mark.parametrize(
    ("wire", "expected"),
    [("", None), ("1.5", Decimal("1.5")), ("0.00000001", Decimal("0.00000001")), ("2.00000000", Decimal("2.00000000"))],
)
def test_hashkey_empty_money_decodes(
    field: str, body: Callable[[object], Any], call: Callable[[Any], Any], attribute: str, wire: str, expected: Any
) -> None:
    for result in _both(_hk, call, body(wire)):
        assert not isinstance(result, Exception), result
        value = getattr(result[0], attribute)
        assert value == expected and type(value) is type(expected)
        if expected is not None:
            assert codec.format_decimal(value) == wire  # exact: the digits the venue sent


@pytest.mark.parametrize(("field", "body", "call", "attribute"), CASES)
@pytest.mark.parametrize("wire", ["abc", " ", "NaN", "Infinity", None, True, [], {}])
def test_hashkey_empty_money_refuses_anything_else(
    field: str, body: Callable[[object], Any], call: Callable[[Any], Any], attribute: str, wire: object
) -> None:
    for result in _both(_hk, call, body(wire)):
        assert isinstance(result, venuekit.DecodeError), result
        assert field in str(result), str(result)


def test_hashkey_empty_money_round_trips_through_to_dict() -> None:
    order = hashkey_mena.models.WithdrawOrder.from_dict(_withdrawals("")[0])
    assert order.arrive_quantity is None
    assert order.to_dict()["arriveQuantity"] == ""
    order.arrive_quantity = Decimal("2.5")
    assert order.to_dict()["arriveQuantity"] == "2.5"


# --- nullable decimals: null is None, garbage is an error ----------------------------------------------


def _coins(value: object) -> Any:
    body = _response(BX, "getCoins")
    body["data"][0]["withdrawMin"] = value
    return body


@pytest.mark.parametrize(("wire", "expected"), [(None, None), ("0.001", Decimal("0.001")), ("7", Decimal("7"))])
def test_nullable_decimal_decodes_null_and_numbers(wire: object, expected: Any) -> None:
    for result in _both(_bx, lambda c: c.market.get_coins(), _coins(wire)):
        assert not isinstance(result, Exception), result
        value = result[0].withdraw_min
        assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize("wire", ["abc", "", True, [1]])
def test_nullable_decimal_refuses_non_numbers(wire: object) -> None:
    for result in _both(_bx, lambda c: c.market.get_coins(), _coins(wire)):
        assert isinstance(result, venuekit.DecodeError), result
        assert "withdrawMin" in str(result)


# --- codec ------------------------------------------------------------------------------------------


def test_parse_decimal_field_names_the_field() -> None:
    assert codec.parse_decimal_field("1.50", "price") == Decimal("1.50")
    with pytest.raises(ValueError, match=r"^price: not a decimal number: 'x'$"):
        codec.parse_decimal_field("x", "price")
    with pytest.raises(TypeError, match=r"^size: expected a decimal string or number, got bool$"):
        codec.parse_decimal_field(True, "size")


@pytest.mark.parametrize(
    ("value", "empty", "null", "expected"),
    [
        ("", True, False, None),
        (None, False, True, None),
        ("", True, True, None),
        (None, True, True, None),
        ("1.5", True, False, Decimal("1.5")),
        (7, False, True, Decimal(7)),
    ],
)
def test_parse_decimal_or_none(value: object, empty: bool, null: bool, expected: Decimal | None) -> None:
    assert codec.parse_decimal_or_none(value, "f", empty=empty, null=null) == expected


@pytest.mark.parametrize(
    ("value", "empty", "null"),
    [("", False, True), (None, True, False), (" ", True, True), ("", False, False), ("abc", True, True)],
)
def test_parse_decimal_or_none_refuses_what_is_not_declared(value: object, empty: bool, null: bool) -> None:
    with pytest.raises((TypeError, ValueError), match=r"^f: "):
        codec.parse_decimal_or_none(value, "f", empty=empty, null=null)


# --- the generator ----------------------------------------------------------------------------------


def _property(schema: dict[str, Any]) -> Any:
    class Config:
        field_prefix = "field_"

    return extensions._custom_property("f", True, oai.Schema.model_validate(schema), Config)


def test_generator_reads_x_sdk_empty_and_nullable_decimals() -> None:
    empty = _property({"type": "string", "format": "decimal", "x-sdk-empty": None})
    assert (empty.empty, empty.null, empty.get_type_string().as_unembedded_code()) == (True, False, "Decimal | None")
    nullable = _property({"anyOf": [{"type": "string", "format": "decimal"}, {"type": "null"}]})
    assert (nullable.empty, nullable.null, nullable.get_type_string().as_unembedded_code()) == (
        False,
        True,
        "Decimal | None",
    )
    plain = _property({"type": "string", "format": "decimal"})
    assert (plain.empty, plain.null, plain.get_type_string().as_unembedded_code()) == (False, False, "Decimal")


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "string", "x-sdk-empty": None},  # not a decimal
        {"type": "string", "format": "decimal", "x-sdk-empty": 0},  # only null is defined
        {"anyOf": [{"type": "string", "format": "decimal"}, {"type": "null"}], "x-sdk-empty": None},  # misplaced
    ],
)
def test_generator_refuses_a_misplaced_x_sdk_empty(schema: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="x-sdk-empty"):
        _property(schema)
