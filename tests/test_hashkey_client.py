"""HashKey MENA client: environments, query/form signing through the client, typed errors, clock sync."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from urllib.parse import parse_qsl

import httpx
import pytest

import venuekit
from venuekit import hashkey_mena
from venuekit.auth import HashKeyAuth
from venuekit.hashkey_mena.errors import ErrorCode, HashKeyError
from venuekit.hashkey_mena.models import BatchOrderRequestItem, OrderType, Side

from .conftest import Recorder

TS = 1700000000000


def client(recorder: Recorder, **kwargs: object) -> hashkey_mena.Client:
    auth = HashKeyAuth("testkey", "testsecret", clock=lambda: TS)
    kwargs.setdefault("rate_limit", False)  # requests and errors are under test, not pacing
    made = hashkey_mena.Client(auth=auth, httpx_args={"transport": recorder.transport()}, **kwargs)  # type: ignore[arg-type]
    made._sleep = lambda seconds: None  # retries back off on no clock
    return made


def test_production_is_the_default_and_sandbox_is_a_switch(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(200, json={})
    with client(recorder) as hk:
        hk.general.ping()
    with client(recorder, environment="sandbox") as hk:
        hk.general.ping()
    with client(recorder, base_url="http://127.0.0.1:9") as hk:
        hk.general.ping()
    assert [str(r.url) for r in recorder.requests] == [
        "https://api-pro.hashkey.com/api/v1/ping",
        "https://api-pro.sim.hashkeydev.com/api/v1/ping",
        "http://127.0.0.1:9/api/v1/ping",
    ]
    assert all("X-HK-APIKEY" not in r.headers for r in recorder.requests)  # public: untouched


def test_order_is_signed_over_query_and_form_body_as_sent(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(400, json={"code": "-1130", "msg": "bad"})
    with client(recorder) as hk, pytest.raises(venuekit.InvalidParameterError):
        hk.orders.create_order(symbol="ETHUSD", side="BUY", type_="LIMIT", quantity="0.1", price="3000")
    request = recorder.requests[0]
    form = parse_qsl(request.content.decode())
    assert [k for k, _ in form][-1] == "signature"  # appended last
    assert ("timestamp", str(TS)) in form
    assert request.headers["X-HK-APIKEY"] == "testkey"
    assert request.headers["Content-Type"] == "application/x-www-form-urlencoded"


def test_batch_orders_send_a_json_array_with_the_signature_in_the_query(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(200, json={"code": 0, "result": [], "concentration": ""})
    orders = [
        BatchOrderRequestItem(
            symbol="BTCUSD", side=Side.SELL, type_=OrderType.LIMIT, quantity=Decimal("0.01"), price=Decimal("70000")
        )
    ]
    with client(recorder) as hk:
        result = hk.orders.create_batch_orders(orders=orders)
    assert result.code == 0
    request = recorder.requests[0]
    assert json.loads(request.content) == [
        {"symbol": "BTCUSD", "side": "SELL", "type": "LIMIT", "quantity": "0.01", "price": "70000"}
    ]
    assert [k for k, _ in request.url.params.multi_items()] == ["timestamp", "signature"]


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (400, "0001", venuekit.InvalidParameterError),
        (400, "0003", venuekit.RateLimitError),
        (400, "0102", venuekit.AuthenticationError),
        (400, "-1021", venuekit.ClockSkewError),
        (400, "0202", venuekit.PermissionDeniedError),
        (400, "0211", venuekit.NotFoundError),
        (400, "-2010", venuekit.OrderRejectedError),
        (400, "-4003", venuekit.InsufficientFundsError),
        (500, "-1001", venuekit.ServerError),
        (400, "-1101", venuekit.MaintenanceError),
        (200, "-1130", venuekit.InvalidParameterError),
        (429, "99999", venuekit.RateLimitError),  # undocumented code: the HTTP status decides
    ],
)
def test_error_codes_map_to_typed_exceptions(
    recorder: Recorder, status: int, code: str, cls: type[venuekit.ApiError]
) -> None:
    wire_code: object = int(code) if code.startswith("-") else code
    recorder.handler = lambda request: httpx.Response(status, json={"code": wire_code, "msg": "no"})
    with client(recorder) as hk, pytest.raises(cls) as caught:
        hk.account.get_account()
    error = caught.value
    assert isinstance(error, HashKeyError)
    assert (error.code, error.status_code, error.message) == (code, status, "no")
    if code != "99999":
        assert error.code_name == ErrorCode(code).name


def test_all_documented_codes_are_known() -> None:
    assert len(ErrorCode) == 168


def test_successful_bodies_with_a_status_code_do_not_raise(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(200, json={"code": "0000", "result": []})
    with client(recorder) as hk:
        assert hk.orders.cancel_orders_by_ids(ids=["1", "2"]).result == []
    assert recorder.requests[0].url.params["ids"] == "1,2"


def test_clock_sync_from_the_server_time_endpoint(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(200, json={"serverTime": TS + 1500})
    with client(recorder) as hk:
        server_time = hk.general.get_server_time().server_time
        assert server_time == dt.datetime.fromtimestamp((TS + 1500) / 1000, dt.timezone.utc)
        assert hk.sync_clock(server_time, now_ms=TS) == 1500
        assert isinstance(hk.auth, HashKeyAuth) and hk.auth.timestamp_ms() == TS + 1500


def test_a_malformed_nested_model_fails_before_any_request(recorder: Recorder) -> None:
    # Fields of a nested model are checked like keyword arguments, and named by their path.
    bad = BatchOrderRequestItem(symbol="BTCUSD", side=Side.SELL, type_=OrderType.LIMIT, quantity=1.5, price=Decimal(1))  # type: ignore[arg-type]
    with client(recorder) as hk, pytest.raises(venuekit.ValidationError) as caught:
        hk.orders.create_batch_orders(orders=[bad])
    assert caught.value.parameter == "orders[0].quantity"
    assert "float" in caught.value.problem
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("wire_code", "message", "code", "cls"),
    [
        # The table writes positive codes zero-padded; the venue may send them as JSON integers.
        (1, "Incorrect signature", "0001", venuekit.AuthenticationError),
        (1, "Required field quantity missing or invalid", "0001", venuekit.InvalidParameterError),
        (3, "Rate limit exceeded", "0003", venuekit.RateLimitError),
        (211, "Order not found", "0211", venuekit.NotFoundError),
        (-1021, "Timestamp outside recvWindow", "-1021", venuekit.ClockSkewError),  # negatives are never padded
    ],
)
def test_integer_codes_are_read_as_the_tables_zero_padded_codes(
    recorder: Recorder, wire_code: int, message: str, code: str, cls: type[venuekit.ApiError]
) -> None:
    # HTTP 400 on purpose: were the code not recognised, the status would make every one of them an
    # InvalidParameterError (a bad signature reported as a bad parameter).
    recorder.handler = lambda request: httpx.Response(400, json={"code": wire_code, "msg": message})
    with client(recorder, max_retries=0) as hk, pytest.raises(cls) as caught:
        hk.account.get_account()
    assert isinstance(caught.value, HashKeyError)
    assert (caught.value.code, caught.value.code_name) == (code, ErrorCode(code).name)
