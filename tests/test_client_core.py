"""The shared request path (`venuekit.client`) and the small runtime modules around it, rule by rule: the
immutable `Venue` record, query values, the `Date` header, the retry log lines, the errors a call raises (exact
texts), the rate limiter's key, the lazy names of `venuekit`, `Rejection`, `Unset`. Each test states a rule a
surviving mutant of `make mutation` broke; the end-to-end suites reach these lines without pinning them."""

from __future__ import annotations

import copy
import datetime
import hashlib
import logging
import pickle
from typing import Any

import httpx
import pytest

import venuekit
from venuekit import bitunix, calls
from venuekit import client as client_module
from venuekit.bitunix.errors import BitunixError, BitunixOrderRejectedError
from venuekit.client import Venue, query_value
from venuekit.envelopes import http_status
from venuekit.errors import ErrorTable
from venuekit.types import UNSET, Unset

from .conftest import Recorder


# --- venuekit's lazy names ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["ApiResponse", "Call", "Operation"])
def test_the_request_records_are_named_by_the_package(name: str) -> None:
    assert getattr(venuekit, name) is getattr(calls, name)
    assert name in venuekit.__all__


@pytest.mark.parametrize("name", ["ApiResponse", "Call", "Operation", "Rejection"])
def test_the_request_records_are_named_by_the_client_module(name: str) -> None:
    assert getattr(client_module, name) is getattr(calls, name)


@pytest.mark.parametrize("name", ["apiresponse", "APIRESPONSE", "operation", "call", "rejection"])
def test_other_spellings_are_not_names_of_the_package(name: str) -> None:
    with pytest.raises(AttributeError) as caught:
        getattr(venuekit, name)
    assert str(caught.value) == f"module 'venuekit' has no attribute {name!r}"
    with pytest.raises(AttributeError) as caught:
        getattr(client_module, name)
    assert str(caught.value) == f"module 'venuekit.client' has no attribute {name!r}"


# --- Venue: an immutable record ------------------------------------------------------------------------------------
def _auth(key: str, secret: str) -> httpx.Auth:
    return httpx.BasicAuth(key, secret)


_TABLE = ErrorTable(venuekit.ApiError, {}, {})


def _venue(**changes: Any) -> Venue:
    fields: dict[str, Any] = {
        "name": "toy",
        "environments": {"production": "https://toy.test"},
        "env_prefix": "TOY",
        "auth": _auth,
        "errors": _TABLE,
    }
    fields.update(changes)
    return Venue(**fields)


def test_a_venue_keeps_every_field_as_given() -> None:
    envelope, limits = (lambda body, response, errors: None), {"buckets": list[Any]()}
    venue = Venue("toy", {"production": "https://toy.test"}, "TOY", _auth, _TABLE, envelope, limits)
    assert (venue.name, venue.environments, venue.env_prefix, venue.auth, venue.errors) == (
        "toy",
        {"production": "https://toy.test"},
        "TOY",
        _auth,
        _TABLE,
    )
    assert (venue.envelope, venue.rate_limits) == (envelope, limits)
    assert venue._values() == ("toy", {"production": "https://toy.test"}, "TOY", _auth, _TABLE, envelope, limits)
    defaults = _venue()
    assert (defaults.envelope, defaults.rate_limits) == (http_status, None)


def test_a_venue_compares_and_hashes_by_its_fields() -> None:
    first, same, other = _venue(environments=()), _venue(environments=()), _venue(environments=(), name="other")
    assert first == same and (first != same) is False
    assert first != other and (first == other) is False
    assert hash(first) == hash(same) == hash(("toy", (), "TOY", _auth, _TABLE, http_status, None))
    assert first.__eq__(("toy", (), "TOY", _auth, _TABLE, http_status, None)) is NotImplemented
    assert first != ("toy", (), "TOY", _auth, _TABLE, http_status, None)

    class Sub(Venue):
        __slots__ = ()

    assert first.__eq__(Sub(**{name: getattr(first, name) for name in Venue.__slots__})) is NotImplemented


def test_a_venue_repr_names_every_field_in_order() -> None:
    venue = _venue(environments={"production": "https://toy.test"}, rate_limits={"buckets": []})
    assert repr(venue) == (
        "Venue(name='toy', environments={'production': 'https://toy.test'}, env_prefix='TOY', "
        f"auth={_auth!r}, errors={_TABLE!r}, envelope={http_status!r}, rate_limits={{'buckets': []}})"
    )


def test_a_venue_cannot_be_changed() -> None:
    venue = _venue()
    with pytest.raises(AttributeError) as caught:
        venue.name = "other"
    assert str(caught.value) == "cannot assign to field 'name': Venue is immutable"
    with pytest.raises(AttributeError) as caught:
        del venue.env_prefix
    assert str(caught.value) == "cannot delete field 'env_prefix': Venue is immutable"
    assert venue.name == "toy" and venue.env_prefix == "TOY"


def test_a_venue_pickles_and_copies_whole() -> None:
    venue = _venue(environments={"production": "https://toy.test"})
    assert venue.__reduce__() == (Venue, venue._values())
    assert copy.copy(venue) == venue
    assert pickle.loads(pickle.dumps(venue, protocol=pickle.HIGHEST_PROTOCOL))._values()[:3] == (
        "toy",
        {"production": "https://toy.test"},
        "TOY",
    )


def test_the_env_prefix_names_the_keys_a_client_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BITUNIX_API_KEY", "key-from-env")
    monkeypatch.setenv("BITUNIX_API_SECRET", "secret-from-env")
    assert bitunix.Client.venue.env_prefix == "BITUNIX"
    with bitunix.Client(rate_limit=False) as bx:
        assert getattr(bx.auth, "api_key", None) == "key-from-env"


# --- query values --------------------------------------------------------------------------------------------------
class _Named:
    """An enum-like value: its wire form is `.value`."""

    def __init__(self, value: object) -> None:
        self.value = value


def test_query_values_take_their_wire_form() -> None:
    from decimal import Decimal

    assert query_value(True) == "true"
    assert query_value(False) == "false"
    assert query_value([1, "a", False, Decimal("1.50")]) == "1,a,false,1.50"
    assert query_value(("x",)) == "x"
    assert query_value(_Named("LIMIT")) == "LIMIT"
    assert query_value(_Named(_Named(2))) == "2"
    assert query_value(_Named(True)) == "true"
    assert query_value(Decimal("1E+2")) == "100"
    assert query_value(7) == "7" and query_value("s p") == "s p" and query_value(1.5) == "1.5"


def test_a_str_or_int_with_a_value_attribute_is_sent_as_itself() -> None:
    class Text(str):
        value = "other"

    class Number(int):
        value = "other"

    assert query_value(Text("mine")) == "mine"
    assert query_value(Number(3)) == "3"


def test_form_and_json_bodies() -> None:
    assert client_module.form_body({"a": True, "b": [1, 2], "c": "x y"}) == (
        b"a=true&b=1%2C2&c=x%20y",
        "application/x-www-form-urlencoded",
    )
    assert client_module.json_body({"a": 1}) == (b'{"a":1}', "application/json")


# --- the Date header (sync_clock) ----------------------------------------------------------------------------------
def _bitunix(recorder: Recorder, **kwargs: Any) -> bitunix.Client:
    return bitunix.Client("testkey", "testsecret", httpx_args={"transport": recorder.transport()}, **kwargs)


def test_sync_clock_reads_the_date_header_in_any_case() -> None:
    with bitunix.Client("testkey", "testsecret", rate_limit=False) as bx:
        response = httpx.Response(200, headers=[("date", "Tue, 14 Nov 2023 22:13:40 GMT")])
        assert bx.sync_clock(response, now_ms=1_700_000_000_000) == 20_000


def test_sync_clock_refuses_a_reply_without_a_date() -> None:
    with (
        bitunix.Client("testkey", "testsecret", rate_limit=False) as bx,
        pytest.raises(venuekit.ConfigurationError) as caught,
    ):
        bx.sync_clock(httpx.Response(200), now_ms=0)
    assert str(caught.value) == "the response has no Date header"
    assert getattr(bx.auth, "clock_offset_ms", None) == 0


def test_sync_clock_refuses_a_malformed_date_naming_its_first_40_characters() -> None:
    date = "not a date at all, and longer than forty characters by far"
    with bitunix.Client("testkey", "testsecret", rate_limit=False) as bx, pytest.raises(venuekit.DecodeError) as caught:
        bx.sync_clock(httpx.Response(200, headers={"Date": date}), now_ms=0)
    error = caught.value
    assert str(error) == f"sync_clock: the Date header is not an HTTP date: {date[:40]!r}"
    assert (error.operation, error.body, error.status_code) == ("sync_clock", b"", 0)
    assert isinstance(error.__cause__, ValueError | TypeError | IndexError)


def test_sync_clock_refuses_a_date_without_a_time_zone() -> None:
    date = "Tue, 14 Nov 2023 22:13:40 -0000 (a zone-less date with a long comment)"
    with bitunix.Client("testkey", "testsecret", rate_limit=False) as bx, pytest.raises(venuekit.DecodeError) as caught:
        bx.sync_clock(httpx.Response(200, headers={"Date": date}), now_ms=0)
    error = caught.value
    assert str(error) == f"sync_clock: the Date header has no time zone: {date[:40]!r}"
    assert (error.operation, error.body, error.status_code) == ("sync_clock", b"", 0)


def test_sync_clock_takes_a_datetime() -> None:
    with bitunix.Client("testkey", "testsecret", rate_limit=False) as bx:
        moment = datetime.datetime(2023, 11, 14, 22, 13, 40, tzinfo=datetime.timezone.utc)
        assert bx.sync_clock(moment, now_ms=1_700_000_021_000) == -1_000
        assert getattr(bx.auth, "clock_offset_ms", None) == -1_000


# --- retries: what the log says ------------------------------------------------------------------------------------
@pytest.fixture
def no_jitter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("venuekit.retry.random.uniform", lambda low, high: high)


def _retry_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "venuekit.bitunix" and r.levelno == logging.WARNING]


def test_a_retry_after_a_venue_error_logs_its_class_and_code(
    recorder: Recorder, caplog: pytest.LogCaptureFixture, no_jitter: None
) -> None:
    replies = iter(
        [
            httpx.Response(503, json={"code": "10006", "msg": "busy"}),
            httpx.Response(429, json={"error": "slow down"}),
            httpx.Response(200, json={"code": 0, "msg": "ok", "data": "1.5"}),
        ]
    )
    recorder.handler = lambda request: next(replies)
    slept: list[float] = []
    caplog.set_level(logging.WARNING, logger="venuekit.bitunix")
    with _bitunix(recorder, rate_limit=False) as bx:
        bx._sleep = slept.append
        bx.market.get_last_price(symbol="BTCUSDT")
    assert slept == [0.25, 0.5]
    assert _retry_lines(caplog) == [
        "get_last_price: retry 1/2 in 0.250s after BitunixMaintenanceError 10006",
        "get_last_price: retry 2/2 in 0.500s after BitunixRateLimitError 429",
    ]


def test_a_retry_after_a_transport_error_logs_its_class(
    recorder: Recorder, caplog: pytest.LogCaptureFixture, no_jitter: None
) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused")

    recorder.handler = refuse
    slept: list[float] = []
    caplog.set_level(logging.WARNING, logger="venuekit.bitunix")
    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(venuekit.TransportError) as caught:
        bx._sleep = slept.append
        bx.market.get_last_price(symbol="BTCUSDT", max_retries=1)
    assert slept == [0.25]
    assert _retry_lines(caplog) == ["get_last_price: retry 1/1 in 0.250s after ConnectError"]
    assert str(caught.value) == "get_last_price: GET openapi.bitunix.com: connection refused"
    assert type(caught.value) is venuekit.TransportError


@pytest.mark.parametrize(
    ("raised", "kind", "text"),
    [
        (httpx.ConnectError(""), venuekit.TransportError, "ConnectError"),
        (httpx.ReadTimeout(""), venuekit.TimeoutError, "ReadTimeout"),
        (httpx.RemoteProtocolError(""), venuekit.TransportError, "RemoteProtocolError"),
        (httpx.ReadTimeout("read timed out"), venuekit.TimeoutError, "read timed out"),
        (httpx.TooManyRedirects(""), venuekit.TransportError, "TooManyRedirects"),  # not a transport failure
        (httpx.TooManyRedirects("3 redirects"), venuekit.TransportError, "3 redirects"),
    ],
)
def test_a_transport_error_without_a_message_is_named_by_its_class(
    recorder: Recorder, raised: Exception, kind: type[Exception], text: str
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise raised

    recorder.handler = fail
    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(venuekit.TransportError) as caught:
        bx.market.get_last_price(symbol="BTCUSDT", max_retries=0)
    assert type(caught.value) is kind
    assert str(caught.value) == f"get_last_price: GET openapi.bitunix.com: {text}"
    assert caught.value.__cause__ is raised


def test_a_body_that_does_not_decode_names_the_failure(recorder: Recorder) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.DecodingError("bad gzip")

    recorder.handler = fail
    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(venuekit.DecodeError) as caught:
        bx.market.get_last_price(symbol="BTCUSDT", max_retries=0)
    assert str(caught.value) == "get_last_price: the response body could not be decoded: bad gzip"
    assert (caught.value.body, caught.value.status_code) == (b"", 0)


# --- the errors of a reply -----------------------------------------------------------------------------------------
def test_a_reply_that_is_not_json_is_a_decode_error(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(200, content=b"<html>maintenance</html>")
    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(venuekit.DecodeError) as caught:
        bx.market.get_last_price(symbol="BTCUSDT")
    error = caught.value
    assert str(error) == "get_last_price: response is not JSON"
    assert (error.operation, error.body, error.status_code) == ("get_last_price", b"<html>maintenance</html>", 200)


def test_a_rejected_order_in_a_successful_envelope_raises(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(
        200, json={"code": 0, "msg": "ok", "data": {"orderId": None, "placeStatus": 0, "placeCode": 10034}}
    )
    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(BitunixOrderRejectedError) as caught:
        bx.orders.create_order(symbol="BTCUSDT", side="BUY", type_="LIMIT", volume="1", price="2.5")
    assert (caught.value.code, caught.value.message) == ("10034", "order rejected")  # no placeMsg: a plain reason


def test_lookup_of_an_order_without_one_names_what_is_missing() -> None:
    cause = venuekit.TimeoutError("timed out", operation="create_order")
    with bitunix.Client("testkey", "testsecret", rate_limit=False) as bx:
        for key, tail in ((None, " and none was sent"), ("abc", "")):
            error = venuekit.OrderStatusUnknownError(
                operation="create_order", cause=cause, key_parameter="clientId", client_order_id=key
            )
            with pytest.raises(venuekit.ConfigurationError) as caught:
                bx.resolve_order(error)
            assert str(caught.value) == (
                f"create_order: bitunix offers no lookup by client order id{tail}: "
                "check the open orders and recent executions"
            )
    assert not isinstance(caught.value, BitunixError)


# --- the client itself ---------------------------------------------------------------------------------------------
def test_a_client_repr_names_its_class_url_and_auth() -> None:
    with bitunix.Client(base_url="https://venue.test/", rate_limit=False) as bx:
        assert repr(bx) == "Client(base_url='https://venue.test', auth=None)"
    signer = httpx.BasicAuth("u", "p")
    ax = bitunix.AsyncClient(auth=signer, rate_limit=False)
    assert repr(ax) == f"AsyncClient(base_url='https://openapi.bitunix.com', auth={signer!r})"


def test_the_rate_limits_are_counted_per_the_signers_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from venuekit import ratelimit

    made: list[dict[str, Any]] = []

    class Spy(ratelimit.RateLimiter):
        def __init__(self, buckets: Any, **kwargs: Any) -> None:
            made.append(kwargs)
            super().__init__(buckets, **kwargs)

    monkeypatch.setattr(ratelimit, "RateLimiter", Spy)
    signer = bitunix.Client.venue.auth("signer-key", "signer-secret")
    with bitunix.Client(auth=signer) as bx:
        assert bx.auth is signer
    with bitunix.Client("plain-key", "plain-secret", base_url="http://127.0.0.1:8080/x"):
        pass
    with bitunix.Client():
        pass
    assert made == [
        {
            "scope": ("bitunix", "https://openapi.bitunix.com:"),
            "key": hashlib.sha256(b"signer-key").hexdigest(),
        },
        {"scope": ("bitunix", "http://127.0.0.1:8080"), "key": hashlib.sha256(b"plain-key").hexdigest()},
        {"scope": ("bitunix", "https://openapi.bitunix.com:"), "key": ""},
    ]


# --- Rejection, Unset ----------------------------------------------------------------------------------------------
class _Rejected(venuekit.OrderRejectedError):
    pass


_REJECTIONS = ErrorTable(venuekit.ApiError, {"order_rejected": _Rejected}, {})
_RULE = calls.Rejection(at="data", status="state", rejected=("0", 0), code="why", message="text")


def test_a_rejection_raises_the_venues_code_and_message() -> None:
    response = httpx.Response(200)
    body = {"data": {"state": 0, "why": 10034, "text": "Insufficient balance"}}
    with pytest.raises(_Rejected) as caught:
        _RULE.check(body, response, _REJECTIONS)
    error = caught.value
    assert (error.code, error.message, error.status_code, error.body, error.response) == (
        "10034",
        "Insufficient balance",
        200,
        body,
        response,
    )


@pytest.mark.parametrize(
    ("result", "code", "message"),
    [
        ({"state": "0"}, None, "order rejected"),
        ({"state": "0", "why": "E1", "text": ""}, "E1", "order rejected"),
        ({"state": "0", "why": 0, "text": None}, "0", "order rejected"),
        ({"state": 0, "text": 5}, None, "5"),
    ],
)
def test_a_rejection_without_a_message_or_code(result: dict[str, Any], code: str | None, message: str) -> None:
    with pytest.raises(_Rejected) as caught:
        _RULE.check({"data": result}, httpx.Response(200), _REJECTIONS)
    assert (caught.value.code, caught.value.message) == (code, message)


@pytest.mark.parametrize(
    "body",
    [
        None,
        [],
        "0",
        {"data": None},
        {"data": [{"state": 0}]},
        {"data": {"state": 1, "why": 1}},
        {"data": {"state": "1"}},
        {"data": {}},
        {"other": {"state": 0}},
        [{"data": {"state": 0}}],
    ],
)
def test_anything_else_is_not_a_rejection(body: Any) -> None:
    _RULE.check(body, httpx.Response(200), _REJECTIONS)  # no exception: the reply stands


def test_unset_is_false_and_shows_as_unset() -> None:
    assert bool(UNSET) is False and not UNSET
    assert UNSET.__bool__() is False
    assert repr(UNSET) == "UNSET" and str(UNSET) == "UNSET" and f"{[UNSET]}" == "[UNSET]"
    assert isinstance(UNSET, Unset) and venuekit.UNSET is UNSET
