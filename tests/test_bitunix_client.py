"""Bitunix client: rejected placements raise, codes as strings or numbers, clock offset from Date."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

import venuekit
from venuekit import bitunix
from venuekit.bitunix.errors import BitunixError, BitunixOrderRejectedError
from venuekit.bitunix.models import OrderType, Side

from .conftest import Recorder


def client(recorder: Recorder) -> bitunix.Client:
    return bitunix.Client("testkey", "testsecret", httpx_args={"transport": recorder.transport()})


def placed(**data: Any) -> dict[str, Any]:
    return {"code": "0", "msg": "Success", "data": data}


def test_successful_placement_returns_the_order(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(
        200, json=placed(orderId="1716285702461452288", placeStatus="1", side=2, type=1, volume="1", price="2.5")
    )
    with client(recorder) as bx:
        order = bx.orders.create_order(symbol="BTCUSDT", side=Side.BUY, type_=OrderType.LIMIT, volume="1", price="2.5")
    assert order.order_id == "1716285702461452288"
    body = json.loads(recorder.requests[0].content)
    assert (body["side"], body["type"], body["volume"], body["price"]) == (2, 1, "1", "2.5")


@pytest.mark.parametrize("status", ["0", 0])
def test_rejected_placement_raises_despite_envelope_success(recorder: Recorder, status: object) -> None:
    recorder.handler = lambda request: httpx.Response(
        200, json=placed(orderId=None, placeStatus=status, placeCode=10034, placeMsg="Insufficient balance")
    )
    with client(recorder) as bx, pytest.raises(BitunixOrderRejectedError) as caught:
        bx.orders.create_order(symbol="BTCUSDT", side="BUY", type_="LIMIT", volume="1", price="2.5")
    error = caught.value
    assert isinstance(error, venuekit.OrderRejectedError)
    assert (error.code, error.message, error.status_code) == ("10034", "Insufficient balance", 200)
    assert error.body["data"]["placeStatus"] == status


@pytest.mark.parametrize("code", [10001, "10001"])
def test_non_zero_code_raises_whether_string_or_number(recorder: Recorder, code: object) -> None:
    recorder.handler = lambda request: httpx.Response(200, json={"code": code, "msg": "Signature error", "data": None})
    with client(recorder) as bx, pytest.raises(BitunixError) as caught:
        bx.account.get_balances()
    assert caught.value.code == "10001" and caught.value.message == "Signature error"


def test_numeric_enums_take_names_and_numbers(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(200, json=placed(orderId="1", placeStatus="1"))
    with client(recorder) as bx:
        bx.orders.create_order(symbol="BTCUSDT", side=1, type_=2, volume=Decimal("0.5"), price="0")
        bx.orders.create_order(symbol="BTCUSDT", side="BUY", type_="MARKET", volume=Decimal("0.5"), price="0")
        with pytest.raises(venuekit.ValidationError, match="side"):
            bx.orders.create_order(symbol="BTCUSDT", side=3, type_=2, volume="1", price="0")  # type: ignore[arg-type]
    sent = [json.loads(r.content) for r in recorder.requests]
    assert [(b["side"], b["type"]) for b in sent] == [(1, 2), (2, 2)]


def test_clock_offset_from_the_date_header(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(
        200, json={"code": 0, "msg": "ok", "data": []}, headers={"Date": "Tue, 14 Nov 2023 22:13:40 GMT"}
    )
    with client(recorder) as bx:
        raw = bx.with_raw_response(bx.account.get_balances)
        # The header says 1700000020 s; the local clock reads 40 s earlier.
        assert bx.sync_clock(raw.http_response, now_ms=1_699_999_980_000) == 40_000
        assert getattr(bx.auth, "clock_offset_ms", None) == 40_000


@pytest.mark.parametrize(
    ("status", "body", "code", "message", "cls"),
    [
        (
            200,
            {"code": 2, "msg": "Parameter error", "data": None},
            "2",
            "Parameter error",
            venuekit.InvalidParameterError,
        ),
        (200, {"code": "10016"}, "10016", "", venuekit.AuthenticationError),  # no msg: an empty message, not "None"
        (500, {"error": "upstream"}, None, "HTTP 500 Internal Server Error", venuekit.ServerError),  # no code: HTTP
    ],
)
def test_errors_keep_the_venues_body(
    recorder: Recorder, status: int, body: dict[str, Any], code: str | None, message: str, cls: type[Exception]
) -> None:
    recorder.handler = lambda request: httpx.Response(status, json=body)
    with client(recorder) as bx, pytest.raises(BitunixError) as caught:
        bx.market.get_last_price(symbol="BTCUSDT", max_retries=0)
    error = caught.value
    assert isinstance(error, cls)
    assert (error.code, error.message, error.status_code) == (code, message, status)
    assert error.body == body  # the decoded reply, for the caller to inspect
