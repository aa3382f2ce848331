"""GOPAX client: amounts as JSON numbers stay exact, candles become typed rows, errors are typed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import httpx
import pytest

import venuekit
from venuekit import gopax
from venuekit.gopax.errors import ErrorCode, GopaxError

from .conftest import Recorder

SECRET = "dGVzdHNlY3JldA=="


def client(recorder: Recorder) -> gopax.Client:
    return gopax.Client("testkey", SECRET, httpx_args={"transport": recorder.transport()})


@pytest.mark.parametrize("literal", ["0.1", "123456789.123456789", "0.00000001", "1e-8", "10163500"])
def test_json_number_prices_arrive_as_exact_decimals(recorder: Recorder, literal: str) -> None:
    body = '{"price": LIT, "ask": LIT, "bid": LIT, "volume": LIT, "time": "2018-03-14T03:47:40.000Z"}'.replace(
        "LIT", literal
    )
    recorder.handler = lambda request: httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
    with client(recorder) as gx:
        ticker = gx.market.get_ticker(trading_pair="BTC-KRW")
    assert isinstance(ticker.price, Decimal)
    assert ticker.price == Decimal(literal)
    assert str(ticker.price) == str(Decimal(literal))  # the digits as sent, not a float's


def test_candles_become_typed_rows(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(
        200, content=b"[[1521004020000, 10081000, 10081001, 10081002, 10081003, 0.0398393, 99]]"
    )
    with client(recorder) as gx:
        (candle,) = gx.market.get_candles(trading_pair="BTC-KRW", start=1521004000000, end=1521004100000, interval=1)
    assert candle.time == dt.datetime(2018, 3, 14, 5, 7, tzinfo=dt.timezone.utc)
    assert (candle.low, candle.high, candle.open_, candle.close) == tuple(Decimal(n) for n in range(10081000, 10081004))
    assert candle.volume == Decimal("0.0398393") and isinstance(candle.volume, Decimal)
    assert candle.additional_properties == {"6": 99}  # a position the docs do not name is kept


@pytest.mark.parametrize(
    ("status", "body", "cls", "code"),
    [
        (400, {"errorMessage": "Insufficient balance", "errorCode": 201}, venuekit.InsufficientFundsError, "201"),
        (400, {"errorMessage": "Invalid Order Price", "errorCode": 108}, venuekit.InvalidParameterError, "108"),
        (404, {"errorMessage": "Unmatched order", "errorCode": 202}, venuekit.NotFoundError, "202"),
        (401, {"errorMessage": "Invalid API Key", "errorCode": 10155}, venuekit.AuthenticationError, "10155"),
        (200, {"errorMessage": "Too much value", "errorCode": 203}, venuekit.OrderRejectedError, "203"),
        (429, {"errormsg": "Too many requests"}, venuekit.RateLimitError, None),
        (403, {"errorMessage": "new code", "errorCode": 99999}, venuekit.PermissionDeniedError, "99999"),
    ],
)
def test_errors_map_to_typed_exceptions(
    recorder: Recorder, status: int, body: dict[str, object], cls: type[venuekit.ApiError], code: str | None
) -> None:
    recorder.handler = lambda request: httpx.Response(status, json=body)
    with client(recorder) as gx, pytest.raises(cls) as caught:
        gx.account.get_balances()
    assert isinstance(caught.value, GopaxError)
    assert (caught.value.code, caught.value.status_code) == (code, status)


def test_every_documented_code_is_known_by_name() -> None:
    seed = {"100", "101", "103", "104", "105", "106", "107", "108", "201", "202", "203", "204", "10155"}
    current_edition = {"10004", "10105", "10108", "10229", "10231", "10232", "10263", "10264", "10265"}
    assert {c.value for c in ErrorCode} == seed | current_edition


def test_timestamp_window_codes_are_clock_skew(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(401, json={"errorMessage": "too low", "errorCode": 10263})
    with client(recorder) as gx, pytest.raises(venuekit.ClockSkewError):
        gx.account.get_balances(max_retries=0)


def test_signed_call_carries_the_three_headers(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(200, json=[])
    with client(recorder) as gx:
        assert gx.account.get_balances() == []
    headers = recorder.requests[0].headers
    assert {"API-KEY", "SIGNATURE", "NONCE"} <= {h.upper() for h in headers}
    assert str(recorder.requests[0].url) == "https://api.gopax.co.kr/balances"


def test_timestamp_edition_through_the_client(recorder: Recorder) -> None:
    from venuekit.auth import GopaxAuth

    recorder.handler = lambda request: httpx.Response(200, json=[])
    auth = GopaxAuth("testkey", SECRET, clock=lambda: 1700000000000, edition="timestamp")
    with gopax.Client(auth=auth, httpx_args={"transport": recorder.transport()}) as gx:
        gx.account.get_balances()
    headers = recorder.requests[0].headers
    assert headers["timestamp"] == "1700000000000" and "NONCE" not in headers
