"""Bad parameters sent raw (httpx, past the SDK's own checks) get the venue's parameter-error envelope."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from venuekit.auth import BitunixAuth, GmoCoinAuth, GopaxAuth, HashKeyAuth

from .conftest import TLS, Serve

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
JSON = {"Content-Type": "application/json"}


def signed(venue: str, secret: str) -> httpx.Auth:
    if venue in ("gmo_coin", "gmo_coin_fx"):
        return GmoCoinAuth("raw-key", secret)
    if venue == "hashkey_mena":
        return HashKeyAuth("raw-key", secret)
    if venue == "gopax":
        return GopaxAuth("raw-key", secret)
    return BitunixAuth("raw-key", secret)


# (venue, method, path, body or query, expected HTTP status, expected error body)
GMO_ORDER = {"symbol": "BTC", "side": "BUY", "executionType": "LIMIT", "price": "430001", "size": "0.02"}
FX_ORDER = {"symbol": "USD_JPY", "side": "BUY", "size": "10000", "executionType": "LIMIT", "limitPrice": "130"}
HK_ORDER = {"symbol": "BTCUSD", "side": "BUY", "type": "LIMIT", "quantity": "0.01", "price": "30000"}
GX_ORDER = {"type": "limit", "side": "buy", "price": 1000000, "amount": 10, "tradingPairName": "ETH-KRW"}
BX_ORDER = {"side": 2, "type": 1, "volume": "0.01", "price": "30000", "symbol": "BTCUSDT"}

CASES: list[tuple[str, str, str, Any, int, Any]] = [
    # GMO Coin: {status: 1, messages: [{message_code, message_string}]} in HTTP 200.
    ("gmo_coin", "POST", "/private/v1/order", {**GMO_ORDER, "side": "HOLD"}, 200, "ERR-5106"),
    ("gmo_coin", "POST", "/private/v1/order", {k: v for k, v in GMO_ORDER.items() if k != "size"}, 200, "ERR-5106"),
    ("gmo_coin", "POST", "/private/v1/order", {**GMO_ORDER, "size": 0.02}, 200, "ERR-5106"),
    ("gmo_coin", "POST", "/private/v1/order", {**GMO_ORDER, "timeInForce": "GTC"}, 200, "ERR-5111"),
    ("gmo_coin", "POST", "/private/v1/cancelOrder", {"orderId": "abc"}, 200, "ERR-5106"),
    ("gmo_coin", "GET", "/private/v1/activeOrders", {"symbol": "BTC", "count": "1000"}, 200, "ERR-5106"),
    (
        "gmo_coin",
        "GET",
        "/public/v1/klines",
        {"symbol": "BTC", "interval": "2min", "date": "20210417"},
        200,
        "ERR-5207",
    ),
    ("gmo_coin", "GET", "/public/v1/nothing", {}, 404, "ERR-5204"),
    ("gmo_coin_fx", "POST", "/private/v1/order", {**FX_ORDER, "side": "HOLD"}, 200, "ERR-5106"),
    ("gmo_coin_fx", "POST", "/private/v1/order", {**FX_ORDER, "executionType": "STOP"}, 200, "ERR-5210"),
    ("gmo_coin_fx", "GET", "/private/v1/orders", {"orderId": "1", "rootOrderId": "2"}, 200, "ERR-5209"),
    # HashKey: {code, msg} with HTTP 400.
    ("hashkey_mena", "POST", "/api/v1.1/spot/order", {**HK_ORDER, "side": "HOLD"}, 400, -1117),
    ("hashkey_mena", "POST", "/api/v1.1/spot/order", {**HK_ORDER, "type": "STOP"}, 400, "0206"),
    ("hashkey_mena", "POST", "/api/v1.1/spot/order", {**HK_ORDER, "quantity": "lots"}, 400, -1126),
    ("hashkey_mena", "POST", "/api/v1.1/spot/order", {k: v for k, v in HK_ORDER.items() if k != "symbol"}, 400, "0001"),
    ("hashkey_mena", "GET", "/quote/v1/depth", {"symbol": "BTCUSD", "limit": "many"}, 400, -1130),
    ("hashkey_mena", "GET", "/quote/v1/depth", {}, 400, "0001"),
    # GOPAX: {errorMessage, errorCode} with HTTP 400.
    ("gopax", "POST", "/orders", {**GX_ORDER, "type": "stop"}, 400, 103),
    ("gopax", "POST", "/orders", {**GX_ORDER, "amount": "ten"}, 400, 107),
    ("gopax", "POST", "/orders", {**GX_ORDER, "side": "hold"}, 400, 10359),
    ("gopax", "GET", "/trading-pairs/BTC-KRW/candles", {"start": "1", "end": "2", "interval": "7"}, 400, 400),
    # Bitunix: {code, msg, data: null} in HTTP 200.
    ("bitunix", "POST", "/api/spot/v1/order/place_order", {**BX_ORDER, "side": 3}, 200, "2"),
    ("bitunix", "POST", "/api/spot/v1/order/place_order", {**BX_ORDER, "volume": 1}, 200, "2"),
    ("bitunix", "POST", "/api/spot/v1/order/place_order", {**BX_ORDER, "volume": "0"}, 200, "2"),
    ("bitunix", "GET", "/api/spot/v1/market/depth", {"symbol": "BTCUSDT"}, 200, "2"),
    # Money the venue cannot mean, and text it cannot take, whichever way it arrives (spec: exclusiveMinimum,
    # info.x-sdk.request-limits, strict decimal strings, no control characters).
    ("gmo_coin", "POST", "/private/v1/order", {**GMO_ORDER, "size": "1e-30"}, 200, "ERR-5106"),
    ("gmo_coin", "POST", "/private/v1/order", {**GMO_ORDER, "price": "-0"}, 200, "ERR-5106"),
    ("gmo_coin", "POST", "/private/v1/order", {**GMO_ORDER, "symbol": "BTC\u0000"}, 200, "ERR-5106"),
    ("gmo_coin_fx", "POST", "/private/v1/order", {**FX_ORDER, "size": " 1 "}, 200, "ERR-5106"),
    ("hashkey_mena", "POST", "/api/v1.1/spot/order", {**HK_ORDER, "quantity": "1_000"}, 400, -1126),
    ("hashkey_mena", "POST", "/api/v1.1/spot/order", {**HK_ORDER, "quantity": "0"}, 400, -1126),
    ("hashkey_mena", "POST", "/api/v1.1/spot/order", {**HK_ORDER, "price": "1" * 50}, 400, -1124),
    ("gopax", "POST", "/orders", {**GX_ORDER, "amount": -1}, 400, 107),
    ("gopax", "POST", "/orders", {**GX_ORDER, "price": 1e-30}, 400, 108),
    ("bitunix", "POST", "/api/spot/v1/order/place_order", {**BX_ORDER, "volume": "1E+999999999"}, 200, "2"),
    ("bitunix", "POST", "/api/spot/v1/order/place_order", {**BX_ORDER, "symbol": "x" * 100_000}, 200, "2"),
]


def error_code(body: Any) -> Any:
    if "messages" in body:
        assert body["status"] == 1 and set(body["messages"][0]) == {"message_code", "message_string"}
        return body["messages"][0]["message_code"]
    if "errorCode" in body:
        assert isinstance(body["errorMessage"], str) and body["errorMessage"]
        return body["errorCode"]
    assert set(body) >= {"code", "msg"} and body["msg"]
    return body["code"]


@pytest.mark.parametrize(("venue", "method", "path", "params", "status", "code"), CASES)
def test_bad_parameter_gets_the_venue_envelope(
    serve: Serve, venue: str, method: str, path: str, params: Any, status: int, code: Any
) -> None:
    sandbox = serve(venue)
    with httpx.Client(base_url=sandbox.url, auth=signed(venue, sandbox.secret), verify=TLS) as http:
        if method == "GET":
            response = http.get(path, params=params)
        elif venue == "hashkey_mena":
            response = http.request(method, path, data=params, headers=FORM)
        else:
            response = http.request(method, path, content=json.dumps(params), headers=JSON)
    assert response.status_code == status, response.text
    assert error_code(response.json()) == code, response.text


def test_unknown_order_ids(serve: Serve) -> None:
    """Not-found answers per venue: GMO ERR-5123, HashKey 0211, GOPAX 404/202, Bitunix data null."""
    answers = {}
    unknown: list[tuple[str, str, str, Any]] = [
        ("gmo_coin", "POST", "/private/v1/cancelOrder", {"orderId": 42}),
        ("hashkey_mena", "DELETE", "/api/v1/spot/order", {"orderId": "42"}),
        ("gopax", "DELETE", "/orders/42", None),
        ("bitunix", "GET", "/api/spot/v1/order/detail", {"orderId": "42"}),
    ]
    for venue, method, path, params in unknown:
        sandbox = serve(venue)
        with httpx.Client(base_url=sandbox.url, auth=signed(venue, sandbox.secret), verify=TLS) as http:
            if method == "POST":
                response = http.post(path, content=json.dumps(params), headers=JSON)
            else:
                response = http.request(method, path, params=params)
        answers[venue] = (response.status_code, response.json())
    assert answers["gmo_coin"][1]["messages"][0]["message_code"] == "ERR-5123"
    assert answers["hashkey_mena"] == (400, {"code": "0211", "msg": "Order not found"})
    assert answers["gopax"] == (
        404,
        {"errorMessage": "No such order ID", "errorCode": 202, "errorData": "Order server error: 202"},
    )
    assert answers["bitunix"] == (200, {"code": "0", "msg": "success", "data": None})
