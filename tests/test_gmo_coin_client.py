"""GMO Coin client behaviour beyond the contract cassettes: errors, validation, credentials, raw access."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

import venuekit
from venuekit import gmo_coin
from venuekit.gmo_coin.errors import (
    ErrorCode,
    GmoCoinAuthenticationError,
    GmoCoinClockSkewError,
    GmoCoinError,
    GmoCoinInsufficientFundsError,
    GmoCoinInvalidParameterError,
    GmoCoinMaintenanceError,
    GmoCoinNotFoundError,
    GmoCoinOrderRejectedError,
    GmoCoinRateLimitError,
)
from venuekit.gmo_coin.models import Side

from .conftest import Recorder

OK_TIME = "2019-03-19T02:15:06.001Z"


def client(recorder: Recorder, **kwargs: Any) -> gmo_coin.Client:
    kwargs.setdefault("api_key", "testkey")
    kwargs.setdefault("api_secret", "testsecret")
    return gmo_coin.Client(httpx_args={"transport": recorder.transport()}, **kwargs)


def error_body(code: str, message: str, status: int = 1) -> dict[str, Any]:
    return {
        "status": status,
        "messages": [{"message_code": code, "message_string": message}],
        "responsetime": OK_TIME,
    }


@pytest.mark.parametrize(
    ("code", "cls", "runtime_cls", "name"),
    [
        ("ERR-5003", GmoCoinRateLimitError, venuekit.RateLimitError, ErrorCode.RATE_LIMIT_EXCEEDED),
        (
            "ERR-201",
            GmoCoinInsufficientFundsError,
            venuekit.InsufficientFundsError,
            ErrorCode.INSUFFICIENT_FUNDS,
        ),
        ("ERR-5010", GmoCoinAuthenticationError, venuekit.AuthenticationError, ErrorCode.INVALID_API_SIGN),
        ("ERR-5009", GmoCoinClockSkewError, venuekit.ClockSkewError, ErrorCode.API_TIMESTAMP_BEHIND),
        (
            "ERR-5106",
            GmoCoinInvalidParameterError,
            venuekit.InvalidParameterError,
            ErrorCode.INVALID_REQUEST_PARAMETER,
        ),
        ("ERR-5201", GmoCoinMaintenanceError, venuekit.MaintenanceError, ErrorCode.REGULAR_MAINTENANCE),
        ("ERR-5123", GmoCoinNotFoundError, venuekit.NotFoundError, ErrorCode.ORDER_NOT_FOUND),
        ("ERR-5122", GmoCoinOrderRejectedError, venuekit.OrderRejectedError, ErrorCode.ORDER_NOT_MODIFIABLE),
    ],
)
def test_error_envelope_maps_to_typed_exception(
    recorder: Recorder,
    code: str,
    cls: type[GmoCoinError],
    runtime_cls: type[venuekit.ApiError],
    name: ErrorCode,
) -> None:
    recorder.handler = lambda request: httpx.Response(200, json=error_body(code, "venue says no"))
    with client(recorder) as gmo, pytest.raises(cls) as caught:
        gmo.orders.cancel_order(order_id=1)
    error = caught.value
    assert isinstance(error, runtime_cls)
    assert isinstance(error, venuekit.VenueError)
    assert (error.code, error.code_name, error.message) == (code, name.name, "venue says no")
    assert error.status_code == 200
    assert error.body == error_body(code, "venue says no")
    assert error.response is not None and error.response.status_code == 200
    assert code in str(error) and name.name in str(error)


def test_every_documented_code_is_known_by_name() -> None:
    assert len(ErrorCode) == 43
    assert gmo_coin.client.VENUE.errors.codes["ERR-5003"] == ("RATE_LIMIT_EXCEEDED", "rate_limit")


def test_error_keeps_every_message(recorder: Recorder) -> None:
    body = {
        "status": 1,
        "messages": [
            {"message_code": "ERR-5106", "message_string": "first"},
            {"message_code": "ERR-5114", "message_string": "second"},
        ],
    }
    recorder.handler = lambda request: httpx.Response(200, json=body)
    with client(recorder) as gmo, pytest.raises(GmoCoinInvalidParameterError) as caught:
        gmo.public.get_status()
    assert caught.value.messages == [("ERR-5106", "first"), ("ERR-5114", "second")]


def test_maintenance_without_responsetime_and_on_http_503(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(
        503, json={"status": 5, "messages": [{"message_code": "ERR-5201", "message_string": "MAINTENANCE."}]}
    )
    with client(recorder) as gmo, pytest.raises(GmoCoinMaintenanceError) as caught:
        gmo.public.get_ticker(symbol="BTC")
    assert caught.value.status_code == 503


def test_status_5_without_a_code_is_maintenance(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(200, json={"status": 5})
    with client(recorder) as gmo, pytest.raises(GmoCoinMaintenanceError):
        gmo.public.get_status()


def test_html_error_page_raises_typed_http_error(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(404, text="<html>not found</html>")
    with client(recorder) as gmo, pytest.raises(GmoCoinNotFoundError) as caught:
        gmo.public.get_status()
    assert caught.value.code is None and caught.value.status_code == 404


def test_garbage_on_200_raises_decode_error(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(200, text="<html>oops</html>")
    with client(recorder) as gmo, pytest.raises(venuekit.DecodeError) as caught:
        gmo.public.get_status()
    assert caught.value.operation == "get_status" and caught.value.body == b"<html>oops</html>"


def test_missing_field_raises_decode_error_naming_it(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(
        200, json={"status": 0, "data": [{"symbol": "BTC"}], "responsetime": OK_TIME}
    )
    with client(recorder) as gmo, pytest.raises(venuekit.DecodeError, match="get_ticker: missing field"):
        gmo.public.get_ticker()


@pytest.mark.parametrize(
    ("kwargs", "parameter"),
    [
        ({"symbol": "BTC", "side": "BUYY", "execution_type": "LIMIT", "size": "1"}, "side"),
        ({"symbol": "BTC", "side": "BUY", "execution_type": "ICEBERG", "size": "1"}, "execution_type"),
        ({"symbol": "BTC", "side": "BUY", "execution_type": "LIMIT", "size": 0.1}, "size"),
        ({"symbol": "BTC", "side": "BUY", "execution_type": "LIMIT", "size": "abc"}, "size"),
        ({"symbol": "BTC", "side": "BUY", "execution_type": "LIMIT", "size": "NaN"}, "size"),
        ({"symbol": 7, "side": "BUY", "execution_type": "LIMIT", "size": "1"}, "symbol"),
        ({"symbol": None, "side": "BUY", "execution_type": "LIMIT", "size": "1"}, "symbol"),
        (
            {"symbol": "BTC", "side": "BUY", "execution_type": "LIMIT", "size": "1", "cancel_before": "yes"},
            "cancel_before",
        ),
    ],
)
def test_bad_input_fails_before_any_request(recorder: Recorder, kwargs: dict[str, Any], parameter: str) -> None:
    with client(recorder) as gmo, pytest.raises(venuekit.ValidationError) as caught:
        gmo.orders.create_order(**kwargs)
    assert caught.value.parameter == parameter
    assert parameter in str(caught.value)
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("call", "parameter"),
    [
        (lambda gmo: gmo.public.get_trades(symbol="BTC", count=101), "count"),
        (lambda gmo: gmo.public.get_trades(symbol="BTC", page=0), "page"),
        (lambda gmo: gmo.public.get_klines(symbol="BTC", interval="1min", date="2021-04-17"), "date"),
        (lambda gmo: gmo.public.get_klines(symbol="BTC", interval="2min", date="20210417"), "interval"),
        (lambda gmo: gmo.orders.get_orders(order_id=list(range(11))), "order_id"),
        (lambda gmo: gmo.orders.get_orders(order_id=[]), "order_id"),
        (lambda gmo: gmo.orders.get_orders(order_id=["1"]), "order_id[0]"),
        (lambda gmo: gmo.orders.cancel_order(order_id=True), "order_id"),
    ],
)
def test_limits_from_the_spec_fail_before_any_request(recorder: Recorder, call: Any, parameter: str) -> None:
    with client(recorder) as gmo, pytest.raises(venuekit.ValidationError) as caught:
        call(gmo)
    assert caught.value.parameter == parameter
    assert recorder.requests == []


def test_missing_required_argument_is_a_type_error_naming_it() -> None:
    with gmo_coin.Client() as gmo, pytest.raises(TypeError, match="symbol"):
        gmo.orders.create_order(side="BUY", execution_type="LIMIT", size="1")  # type: ignore[call-arg]


def test_enum_members_and_strings_are_both_accepted(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(200, json={"status": 0, "data": "1", "responsetime": OK_TIME})
    with client(recorder) as gmo:
        gmo.orders.create_order(symbol="BTC", side=Side.SELL, execution_type="MARKET", size=Decimal("1E-7"))
    sent = json.loads(recorder.requests[0].content)
    assert sent == {"symbol": "BTC", "side": "SELL", "executionType": "MARKET", "size": "0.0000001"}


def test_signed_call_without_keys_fails_before_io(recorder: Recorder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GMO_COIN_API_KEY", raising=False)
    monkeypatch.delenv("GMO_COIN_API_SECRET", raising=False)
    with (
        gmo_coin.Client(httpx_args={"transport": recorder.transport()}) as gmo,
        pytest.raises(venuekit.ConfigurationError, match="GMO_COIN_API_KEY"),
    ):
        gmo.account.get_assets()
    assert recorder.requests == []


def test_keys_come_from_the_environment(recorder: Recorder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GMO_COIN_API_KEY", "envkey-123456789")
    monkeypatch.setenv("GMO_COIN_API_SECRET", "envsecret")
    recorder.handler = lambda request: httpx.Response(200, json={"status": 0, "data": [], "responsetime": OK_TIME})
    with gmo_coin.Client(httpx_args={"transport": recorder.transport()}) as gmo:
        assert gmo.account.get_assets() == []
        assert "envsecret" not in repr(gmo)
    assert recorder.requests[0].headers["API-KEY"] == "envkey-123456789"


def test_public_calls_carry_no_auth_headers(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(
        200, json={"status": 0, "data": {"status": "OPEN"}, "responsetime": OK_TIME}
    )
    with client(recorder) as gmo:
        gmo.public.get_status()
    headers = recorder.requests[0].headers
    assert not {"API-KEY", "API-SIGN", "API-TIMESTAMP"} & {h.upper() for h in headers}
    assert str(recorder.requests[0].url) == "https://api.coin.z.com/public/v1/status"


def test_delete_sends_its_json_body(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(200, json={"status": 0, "responsetime": OK_TIME})
    with client(recorder) as gmo:
        gmo.ws_auth.delete_ws_auth_token(token="abc")
    request = recorder.requests[0]
    assert (request.method, request.content) == ("DELETE", b'{"token":"abc"}')
    assert request.headers["Content-Type"] == "application/json"


def test_comma_separated_ids_go_out_unescaped(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(
        200, json={"status": 0, "data": {"list": []}, "responsetime": OK_TIME}
    )
    with client(recorder) as gmo:
        gmo.orders.get_orders(order_id=[123456789, 223456789])
    assert recorder.requests[0].url.query == b"orderId=123456789,223456789"


def test_raw_response_and_per_call_timeout(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(
        200,
        json={"status": 0, "data": {"status": "OPEN"}, "responsetime": OK_TIME},
        headers={"X-Trace": "t1"},
    )
    with client(recorder) as gmo:
        raw = gmo.with_raw_response(gmo.public.get_status, timeout=1.5)
    assert raw.parsed.status == "OPEN"
    assert (raw.status_code, raw.headers["X-Trace"]) == (200, "t1")
    assert recorder.requests[0].extensions["timeout"] == {
        "connect": 1.5,
        "read": 1.5,
        "write": 1.5,
        "pool": 1.5,
    }


def test_base_url_override_and_unknown_environment(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(
        200, json={"status": 0, "data": {"status": "OPEN"}, "responsetime": OK_TIME}
    )
    with client(recorder, base_url="http://127.0.0.1:9/") as gmo:
        gmo.public.get_status()
    assert str(recorder.requests[0].url) == "http://127.0.0.1:9/public/v1/status"
    with pytest.raises(venuekit.ConfigurationError, match="unknown environment"):
        gmo_coin.Client(environment="moon")


def test_transport_failures_become_sdk_errors() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    for handler, cls in ((refuse, venuekit.TransportError), (slow, venuekit.TimeoutError)):
        with gmo_coin.Client(httpx_args={"transport": httpx.MockTransport(handler)}) as gmo:
            with pytest.raises(cls) as caught:
                gmo.public.get_status()
            assert caught.value.operation == "get_status"
            assert isinstance(caught.value, venuekit.VenueError)


def test_async_client_mirrors_sync(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(200, json=error_body("ERR-5003", "slow down"))

    async def run() -> None:
        async with gmo_coin.AsyncClient("k", "s", httpx_args={"transport": recorder.transport()}) as gmo:
            with pytest.raises(GmoCoinRateLimitError):
                await gmo.public.get_status()
            recorder.handler = lambda request: httpx.Response(
                200, json={"status": 0, "data": {"status": "OPEN"}, "responsetime": OK_TIME}
            )
            raw = await gmo.with_raw_response(gmo.public.get_status)
            assert raw.parsed.status == "OPEN" and raw.status_code == 200

    asyncio.run(run())


def test_unknown_enum_value_in_a_reply_still_parses(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(
        200, json={"status": 0, "data": {"status": "HALTED"}, "responsetime": OK_TIME}
    )
    with client(recorder) as gmo:
        status = gmo.public.get_status()
    assert status.status.value == "HALTED"


def test_price_is_required_for_limit_and_stop_orders_only(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(200, json={"status": 0, "data": "1", "responsetime": OK_TIME})
    with client(recorder) as gmo:
        for execution_type in ("LIMIT", "STOP"):
            with pytest.raises(
                venuekit.ValidationError, match=f"price: is required when execution_type is {execution_type}"
            ):
                gmo.orders.create_order(symbol="BTC", side="BUY", execution_type=execution_type, size="1")
        assert recorder.requests == []
        assert gmo.orders.create_order(symbol="BTC", side="BUY", execution_type="MARKET", size="1") == "1"


def test_the_first_message_is_the_error_even_when_a_rate_limit_message_follows(recorder: Recorder) -> None:
    # GMO Coin lists the cause first; a later ERR-5003 must not turn a refused order into a retried rate limit.
    body = {
        "status": 1,
        "messages": [
            {"message_code": "ERR-201", "message_string": "Insufficient funds."},
            {"message_code": "ERR-5003", "message_string": "Requests are too many."},
        ],
        "responsetime": OK_TIME,
    }
    recorder.handler = lambda request: httpx.Response(200, json=body)
    with client(recorder) as gmo, pytest.raises(venuekit.ApiError) as caught:
        gmo.account.get_assets()
    error = caught.value
    assert type(error) is GmoCoinInsufficientFundsError
    assert (error.code, error.code_name, error.message) == ("ERR-201", "INSUFFICIENT_FUNDS", "Insufficient funds.")
    assert error.messages == [("ERR-201", "Insufficient funds."), ("ERR-5003", "Requests are too many.")]
    assert len(recorder.requests) == 1  # not retried as a rate limit
