"""The shared request path (`venuekit.client`) and the small runtime modules around it, rule by rule: the
immutable `Venue` record, query values, the `Date` header, the retry log lines, the errors a call raises (exact
texts), the rate limiter's key, the lazy names of `venuekit`, `Rejection`, `Unset`. Each test states a rule a
surviving mutant of `make mutation` broke; the end-to-end suites reach these lines without pinning them."""

from __future__ import annotations

import asyncio
import copy
import datetime
import hashlib
import logging
import pickle
import types
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


# --- making a client -----------------------------------------------------------------------------------------------
def test_keys_come_from_the_arguments_or_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BITUNIX_API_KEY", raising=False)
    monkeypatch.delenv("BITUNIX_API_SECRET", raising=False)
    monkeypatch.delenv("BITUNIX_BASE_URL", raising=False)
    with bitunix.Client(rate_limit=False) as bx:
        assert bx.auth is None
    with bitunix.Client("only-a-key", rate_limit=False) as bx:
        assert bx.auth is None  # a key without a secret signs nothing
    monkeypatch.setenv("BITUNIX_API_KEY", "env-key-123")
    with bitunix.Client(rate_limit=False) as bx:
        assert bx.auth is None
    monkeypatch.setenv("BITUNIX_API_SECRET", "env-secret-123")
    with bitunix.Client(rate_limit=False) as bx:
        assert (getattr(bx.auth, "api_key", None), type(bx.auth).__name__) == ("env-key-123", "BitunixAuth")
    with bitunix.Client("arg-key-123", rate_limit=False) as bx:
        assert getattr(bx.auth, "api_key", None) == "arg-key-123"
    with bitunix.Client("", "", rate_limit=False) as bx:
        assert bx.auth is None  # empty arguments are not replaced by the environment's
    signer = httpx.BasicAuth("u", "p")
    with bitunix.Client("arg-key-123", "arg-secret", auth=signer, rate_limit=False) as bx:
        assert bx.auth is signer


def test_the_base_url_comes_from_the_argument_the_environment_or_the_named_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("BITUNIX_BASE_URL", raising=False)
    with bitunix.Client(rate_limit=False) as bx:
        assert (bx.base_url, bx._host) == ("https://openapi.bitunix.com", "openapi.bitunix.com")
    with bitunix.Client(environment="production", rate_limit=False) as bx:
        assert bx.base_url == "https://openapi.bitunix.com"
    with pytest.raises(venuekit.ConfigurationError) as caught:
        bitunix.Client(environment="testnet", rate_limit=False)
    assert str(caught.value) == "unknown environment 'testnet'; known: production"
    monkeypatch.setenv("BITUNIX_BASE_URL", "http://127.0.0.1:9/sandbox//")
    with bitunix.Client(environment="production", rate_limit=False) as bx:
        assert (bx.base_url, bx._host) == ("http://127.0.0.1:9/sandbox", "127.0.0.1")
    with pytest.raises(venuekit.ConfigurationError):
        bitunix.Client(environment="testnet", rate_limit=False)  # the name is still checked
    with bitunix.Client(base_url="https://other.test/", environment="testnet", rate_limit=False) as bx:
        assert bx.base_url == "https://other.test"
    with bitunix.Client(base_url="https://other.test/apiX//", rate_limit=False) as bx:
        assert bx.base_url == "https://other.test/apiX"  # only slashes are stripped
    monkeypatch.setenv("BITUNIX_BASE_URL", "")
    with bitunix.Client(rate_limit=False) as bx:
        assert bx.base_url == "https://openapi.bitunix.com"


def test_retries_deadline_timeout_and_logging_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    from venuekit.retry import RetryPolicy

    monkeypatch.delenv("VENUEKIT_LOG_HTTP", raising=False)
    with bitunix.Client(rate_limit=False) as bx:
        assert (bx.retry, bx.deadline, bx.rate_limiter) == (RetryPolicy(), 60.0, None)
        assert bx._http.timeout == httpx.Timeout(10.0, connect=5.0, pool=60.0)
        assert (bx.log.name, bx._log_http, bx._deadline_at_socket) == ("venuekit.bitunix", False, True)
    policy = RetryPolicy(max_retries=5, base_delay=1.0)
    with bitunix.Client(retry=policy, max_retries=1, deadline=None, timeout=3.0, rate_limit=False) as bx:
        assert bx.retry == RetryPolicy(max_retries=1, base_delay=1.0) and policy.max_retries == 5
        assert (bx.deadline, bx._http.timeout) == (None, httpx.Timeout(3.0))
    with bitunix.Client(retry=policy, max_retries=0, timeout=None, rate_limit=False) as bx:
        assert bx.retry.max_retries == 0 and bx._http.timeout == httpx.Timeout(None)
    for value, on in (("0", False), ("", False), ("1", True), ("yes", True)):
        monkeypatch.setenv("VENUEKIT_LOG_HTTP", value)
        with bitunix.Client(rate_limit=False) as bx:
            assert bx._log_http is on
    with bitunix.Client(httpx_args={"headers": {"X-Mine": "1"}, "transport": httpx.MockTransport(Recorder())}) as bx:
        assert bx._http.headers["x-mine"] == "1" and bx._deadline_at_socket is False
        assert bx.rate_limiter is not None and [b.name for b in bx.rate_limiter.buckets] == ["per-route"]


# --- one call on the wire ------------------------------------------------------------------------------------------
def _op(**fields: Any) -> calls.Operation:
    values: dict[str, Any] = {"name": "get_thing", "method": "GET", "path": "/v1/things", "retry_safe": True}
    values.update(fields)
    return calls.Operation(**values)


def _call(operation: calls.Operation, **fields: Any) -> calls.Call[Any]:
    return calls.Call(operation, lambda body: body, **fields)


def test_the_url_quotes_path_parameters_whole_and_keeps_commas_in_the_query(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(200, json={"code": 0, "data": 1})
    op = _op(path="/v1/things/{id}/{part}", prefix="/api")
    call = _call(op, path_params={"id": "a/b c", "part": "é"}, query=[("s", "x,y/z"), ("t", "1 2&3")])
    with _bitunix(recorder, rate_limit=False) as bx:
        assert bx.send(call).parsed == {"code": 0, "data": 1}
        bx.send(call)
    url = "https://openapi.bitunix.com/api/v1/things/a%2Fb%20c/%C3%A9?s=x,y%2Fz&t=1%202%263"
    assert [str(r.url) for r in recorder.requests] == [url, url]
    assert recorder.requests[0].method == "GET" and "content-type" not in recorder.requests[0].headers


def test_parsed_urls_are_kept_and_dropped_together_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(client_module, "_PARSED_URLS", 2)
    op = _op(path="/v1/{n}")
    with bitunix.Client(rate_limit=False) as bx:
        first = bx._url(_call(op, path_params={"n": "1"}))
        assert bx._url(_call(op, path_params={"n": "1"})) is first
        bx._url(_call(op, path_params={"n": "2"}))
        assert len(bx._parsed_urls) == 2
        third = bx._url(_call(op, path_params={"n": "3"}, query=[("a", "b")]))
        assert list(bx._parsed_urls.values()) == [third]
        assert str(third) == "https://openapi.bitunix.com/v1/3?a=b"
        assert bx._url(_call(op, path_params={"n": "1"})) is not first


def test_a_body_goes_out_with_its_content_type(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(200, json={"code": 0})
    op = _op(method="POST", retry_safe=False)
    with _bitunix(recorder, rate_limit=False) as bx:
        bx.send(_call(op, content=b'{"a":1}', content_type="application/json"))
        bx.send(_call(op, content=b"a=1"))
    first, second = recorder.requests
    assert (first.content, first.headers["content-type"]) == (b'{"a":1}', "application/json")
    assert second.content == b"a=1" and "content-type" not in second.headers


def test_a_signed_call_without_keys_names_the_variables_to_set(recorder: Recorder) -> None:
    bx = bitunix.Client(rate_limit=False, httpx_args={"transport": recorder.transport()})
    with bx, pytest.raises(venuekit.ConfigurationError) as caught:
        bx.send(_call(_op(signed=True)))
    assert str(caught.value) == (
        "get_thing is a signed call: pass api_key and api_secret, or set BITUNIX_API_KEY and BITUNIX_API_SECRET"
    )
    assert recorder.requests == []


def test_a_closed_client_sends_nothing(recorder: Recorder) -> None:
    bx = _bitunix(recorder, rate_limit=False)
    bx.close()
    with pytest.raises(venuekit.ConfigurationError) as caught:
        bx.send(_call(_op()))
    assert str(caught.value) == "get_thing: the client is closed"
    assert recorder.requests == []


def test_session_credentials_sent_or_received_are_masked(recorder: Recorder) -> None:
    from venuekit import redact

    replies = iter(
        [
            httpx.Response(200, json={"listenKey": "received-key-0001", "code": 0}),
            httpx.Response(200, content=b"not json"),
            httpx.Response(200, json={"listenKey": 12345678901}),
            httpx.Response(200, json={"listenKey": "received-key-0001"}),
        ]
    )
    recorder.handler = lambda request: next(replies)
    op = _op(method="POST", credential="listenKey")
    with _bitunix(recorder, rate_limit=False) as bx:
        bx.send(_call(op, query=[("listenKey", "query-key-0001"), ("other", "plain-value-001")]))
        with pytest.raises(venuekit.DecodeError):
            bx.send(_call(op, content=b"listenKey=form-key-0001&x=1", content_type="application/x-www-form-urlencoded"))
        bx.send(
            _call(op, content=b'{"listenKey":"json-key-0001","n":"plain-value-002"}', content_type="application/json")
        )
        bx.send(_call(op, query=[("listenKey", "query-key-0001")]))  # known already: kept once
        assert list(bx.sensitive_values()) == [
            ("query-key-0001", "***"),
            ("received-key-0001", "***"),
            ("form-key-0001", "***"),
            ("json-key-0001", "***"),
        ]
        assert redact.scrub("a json-key-0001 b received-key-0001 plain-value-001") == "a *** b *** plain-value-001"
    with _bitunix(Recorder(lambda request: httpx.Response(200, json={})), rate_limit=False) as bx:
        form = b"listenKey=form-key-0002&note=\xff"  # not UTF-8: read with replacement characters
        bx.send(_call(op, content=form, content_type="application/x-www-form-urlencoded"))
        assert list(bx.sensitive_values()) == [("form-key-0002", "***")]
    with _bitunix(Recorder(lambda request: httpx.Response(200, json={"listenKey": "x" * 20})), rate_limit=False) as bx:
        bx.send(_call(_op(), query=[("listenKey", "not-a-credential-here")]))
        assert list(bx.sensitive_values()) == []  # the operation declares no credential


def test_the_credentials_kept_are_the_last_32() -> None:
    with bitunix.Client(rate_limit=False) as bx:
        op = _op(credential="token")
        for n in range(40):
            bx._remember_credentials(op, [("token", f"token-{n:04}"), ("other", "x")], {"token": f"body-{n:04}"})
        values = [value for value, _ in bx.sensitive_values()]
    assert len(values) == 32 and values[0] == "token-0024" and values[-1] == "body-0039"


def test_the_http_log_line(
    recorder: Recorder, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VENUEKIT_LOG_HTTP", "1")
    # The log shows the first 2000 bytes: here they end inside the two bytes of "é".
    reply = b'{"code":0,"data":"' + b"z" * 1981 + "é".encode() + b"z" * 1000 + b'"}'
    recorder.handler = lambda request: httpx.Response(201, content=reply)
    op = _op(method="POST", retry_safe=False)
    call = _call(op, query=[("signature", "deadbeef"), ("a", "1")], content=b"sign=cafe&b=\xfe")
    with _bitunix(recorder, rate_limit=False) as bx:
        caplog.set_level(logging.INFO, logger="venuekit.bitunix")
        bx.send(call)
        assert [r for r in caplog.records if r.levelno == logging.DEBUG] == []
        caplog.set_level(logging.DEBUG, logger="venuekit.bitunix")
        bx.send(call)
    (record,) = [r for r in caplog.records if r.levelno == logging.DEBUG and r.name == "venuekit.bitunix"]
    headers = {
        "host": "openapi.bitunix.com",
        "accept": "*/*",
        "accept-encoding": "gzip, deflate",
        "connection": "keep-alive",
        "user-agent": f"python-httpx/{httpx.__version__}",
        "content-length": "13",
    }
    body = '{"code":0,"data":"' + "z" * 1981 + "\ufffd"
    assert record.getMessage() == (
        f"POST https://openapi.bitunix.com/v1/things?signature=***&a=1 headers={headers} body=sign=***&b=\ufffd "
        f"-> 201 body={body}"
    )
    monkeypatch.setenv("VENUEKIT_LOG_HTTP", "0")
    caplog.clear()
    with _bitunix(recorder, rate_limit=False) as bx:
        bx.send(call)
    assert [r for r in caplog.records if r.levelno == logging.DEBUG and r.name == "venuekit.bitunix"] == []


# --- what a reply becomes ------------------------------------------------------------------------------------------
def test_an_empty_or_blank_body_is_parsed_as_none(recorder: Recorder) -> None:
    bodies = iter([b"", b" \r\n\t ", b"null"])
    recorder.handler = lambda request: httpx.Response(200, content=next(bodies))
    with _bitunix(recorder, rate_limit=False) as bx:
        assert [bx.send(_call(_op())).parsed for _ in range(3)] == [None, None, None]


@pytest.mark.parametrize(
    ("raised", "text"),
    [
        (KeyError("price"), "missing field 'price'"),
        (TypeError("price: expected str, got int 5"), "price: expected str, got int 5"),
        (ValueError("not a decimal"), "not a decimal"),
        (AttributeError("no .x"), "no .x"),
        (IndexError("list index out of range"), "list index out of range"),
        (ArithmeticError("overflow"), "overflow"),
        (RecursionError("too deep"), "too deep"),
    ],
)
def test_a_body_the_model_cannot_take_is_a_decode_error(recorder: Recorder, raised: Exception, text: str) -> None:
    recorder.handler = lambda request: httpx.Response(202, content=b'{"code":0}')

    def parse(body: Any) -> Any:
        raise raised

    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(venuekit.DecodeError) as caught:
        bx.send(calls.Call(_op(), parse))
    error = caught.value
    assert (str(error), error.operation, error.body, error.status_code) == (
        f"get_thing: {text}",
        "get_thing",
        b'{"code":0}',
        202,
    )
    assert error.__cause__ is raised


def test_a_body_handed_over_unread_that_does_not_decode() -> None:
    class Unread(httpx.Response):
        @property
        def content(self) -> bytes:
            raise httpx.DecodingError("bad deflate")

    with bitunix.Client(rate_limit=False) as bx, pytest.raises(venuekit.DecodeError) as caught:
        bx._finish(_call(_op()), Unread(299))
    assert (str(caught.value), caught.value.body, caught.value.status_code) == (
        "get_thing: the response body could not be decoded: bad deflate",
        b"",
        299,
    )
    assert isinstance(caught.value.__cause__, httpx.DecodingError)


def test_with_raw_response_gives_the_parsed_result_and_its_response(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(200, json={"code": 0, "msg": "ok", "data": "1.5"})
    with _bitunix(recorder, rate_limit=False) as bx:
        raw = bx.with_raw_response(bx.market.get_last_price, symbol="BTCUSDT")
        assert isinstance(raw, calls.ApiResponse)
        assert str(raw.parsed) == "1.5" and raw.status_code == 200
        assert raw.http_response.request.url.params["symbol"] == "BTCUSDT"
        assert client_module._raw_sink.get() is None  # reset after the call
        with pytest.raises(IndexError):
            bx.with_raw_response(lambda: None)  # nothing was sent: no response to give
        assert client_module._raw_sink.get() is None


def test_a_lookup_without_the_key_means_not_placed(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(200, content=b"")
    lookup = _call(_op(name="get_order"))
    error = venuekit.OrderStatusUnknownError(
        operation="create_order",
        cause=venuekit.TimeoutError("t", operation="create_order"),
        key_parameter="clientId",
        client_order_id="abc",
        lookup=lookup,
    )
    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(venuekit.NotFoundError) as caught:
        bx.resolve_order(error)
    assert isinstance(caught.value, BitunixError)
    assert (caught.value.code, caught.value.message, caught.value.status_code) == (
        None,
        "no clientId='abc' at the venue: not placed",
        200,
    )
    recorder.handler = lambda request: httpx.Response(200, json={"orderId": "1"})
    with _bitunix(recorder, rate_limit=False) as bx:
        assert bx.resolve_order(error, timeout=2.0) == {"orderId": "1"}
    assert recorder.requests[-1].extensions["timeout"] == {"connect": 2.0, "read": 2.0, "write": 2.0, "pool": 2.0}


def test_timeouts_of_a_call_are_passed_on(recorder: Recorder) -> None:
    recorder.handler = lambda request: httpx.Response(200, json={})
    with _bitunix(recorder, rate_limit=False, timeout=httpx.Timeout(4.0, connect=1.0)) as bx:
        bx.send(_call(_op()))
        bx.send(_call(_op()), timeout=7.5, deadline=None)
        bx.send(_call(_op()), deadline=3.0)
    default, given, cut = (r.extensions["timeout"] for r in recorder.requests)
    assert default == {"connect": 1.0, "read": 4.0, "write": 4.0, "pool": 4.0}
    assert given == {"connect": 7.5, "read": 7.5, "write": 7.5, "pool": 7.5}
    assert cut["connect"] == 1.0 and 2.0 < cut["read"] <= 3.0 and cut["read"] == cut["write"] == cut["pool"]


# --- the clock -----------------------------------------------------------------------------------------------------
def test_sync_clock_uses_the_signers_clock_and_sets_only_a_signers_offset() -> None:
    when = datetime.datetime(2023, 11, 14, 22, 13, 40, tzinfo=datetime.timezone.utc)
    basic = httpx.BasicAuth("u", "p")
    with bitunix.Client(auth=basic, rate_limit=False) as bx:
        assert bx.sync_clock(when, now_ms=1_700_000_000_000) == 20_000
        assert not hasattr(basic, "clock_offset_ms")
    with bitunix.Client("k", "s", rate_limit=False) as bx:
        bx.auth.local_ms = lambda: 1_700_000_019_500  # type: ignore[union-attr]
        assert bx.sync_clock(when) == 500
        assert bx.auth.clock_offset_ms == 500  # type: ignore[union-attr]


def test_sync_clock_without_a_signers_clock_reads_the_system_clock_in_ms(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    when = datetime.datetime(2023, 11, 14, 22, 13, 40, tzinfo=datetime.timezone.utc)
    monkeypatch.setattr(time, "time_ns", lambda: 1_700_000_019_250_999_999)
    with bitunix.Client(auth=httpx.BasicAuth("u", "p"), rate_limit=False) as bx:
        assert bx.sync_clock(when) == 750
    with bitunix.Client(rate_limit=False) as bx:
        assert bx.sync_clock(when) == 750


# --- rate limits and the deadline ----------------------------------------------------------------------------------
def test_a_rate_limit_wait_past_the_deadline_fails_the_call(recorder: Recorder, no_jitter: None) -> None:
    replies = iter([httpx.Response(500, json={"error": "busy"})])
    recorder.handler = lambda request: next(replies)
    with _bitunix(recorder) as bx:
        limiter = bx.rate_limiter
        assert limiter is not None
        waits: list[float | None] = []
        refusal = venuekit.TimeoutError("rate limit: no slot before the deadline", operation="get_thing")

        def acquire(operation: Any, *, max_wait: float | None) -> Any:
            waits.append(max_wait)
            if len(waits) > 1:
                raise refusal
            return types.SimpleNamespace(release=lambda: None)

        limiter.acquire = acquire  # type: ignore[method-assign,assignment]
        bx._sleep = lambda seconds: None
        with pytest.raises(venuekit.TimeoutError) as caught:
            bx.send(_call(_op()), deadline=30.0)
    assert caught.value is refusal
    assert isinstance(caught.value.__cause__, venuekit.ServerError)
    assert len(waits) == 2 and all(w is not None and 29 < w <= 30 for w in waits)


# --- the async client ----------------------------------------------------------------------------------------------
def test_the_transport_choice_is_checked() -> None:
    with pytest.raises(venuekit.ConfigurationError) as caught:
        bitunix.AsyncClient(transport="requests", rate_limit=False)
    assert str(caught.value) == "transport must be 'httpx' or 'aiohttp', got 'requests'"


@pytest.mark.parametrize(
    ("args", "named"),
    [
        ({"transport": None}, "['transport']"),
        ({"mounts": {}}, "['mounts']"),
        ({"event_hooks": {}}, "['event_hooks']"),
        ({"cookies": {}}, "['cookies']"),
        ({"follow_redirects": True}, "['follow_redirects']"),
        ({"params": {"a": "1"}, "cookies": {}, "transport": None, "headers": {}}, "['cookies', 'params', 'transport']"),
    ],
)
def test_the_aiohttp_transport_refuses_httpx_only_arguments(args: dict[str, Any], named: str) -> None:
    with pytest.raises(venuekit.ConfigurationError) as caught:
        bitunix.AsyncClient(transport="aiohttp", httpx_args=args, rate_limit=False)
    assert str(caught.value) == f"transport='aiohttp' cannot be combined with httpx_args {named}"


def test_the_aiohttp_transport_is_set_up_like_httpxs_path() -> None:
    from venuekit.transports.aiohttp import AiohttpTransport

    async def scenario() -> None:
        ax = bitunix.AsyncClient(transport="aiohttp", rate_limit=False, httpx_args={"headers": {"X-Mine": "1"}})
        assert isinstance(ax._direct, AiohttpTransport) and ax._http._transport is ax._direct
        assert ax._direct._limit == 100 and ax._deadline_at_socket is False
        assert ax._direct_headers == [
            ("Host", "openapi.bitunix.com"),
            ("accept", "*/*"),
            ("accept-encoding", "gzip, deflate"),
            ("connection", "keep-alive"),
            ("user-agent", f"python-httpx/{httpx.__version__}"),
            ("x-mine", "1"),
        ]
        await ax.aclose()
        limited = httpx.Limits(max_connections=7)
        ax = bitunix.AsyncClient(
            transport="aiohttp", base_url="http://127.0.0.1:8080", httpx_args={"limits": limited}, rate_limit=False
        )
        assert ax._direct is not None and ax._direct._limit == 7 and ax._direct_headers[0] == ("Host", "127.0.0.1:8080")
        await ax.aclose()
        ax = bitunix.AsyncClient(transport="aiohttp", httpx_args={"limits": httpx.Limits()}, rate_limit=False)
        assert ax._direct is not None and ax._direct._limit == 0  # no limit
        await ax.aclose()
        ax = bitunix.AsyncClient(rate_limit=False)
        assert (ax._direct, ax._direct_headers, ax._deadline_at_socket) == (None, [], True)
        await ax.aclose()

    asyncio.run(scenario())


class _TwoStep(httpx.Auth):
    """A signer that asks twice: the first reply (401) tells it what to add."""

    def __init__(self) -> None:
        self.closed = False

    async def async_auth_flow(self, request: httpx.Request) -> Any:
        try:
            request.headers["X-Step"] = "1"
            response = yield request
            request.headers["X-Step"] = "2"
            request.headers["X-Nonce"] = response.headers["X-Nonce"]
            yield request
        finally:
            self.closed = True


class _Closing(httpx.Response):
    closed_by_client = False

    async def aclose(self) -> None:
        type(self).closed_by_client = True
        await super().aclose()


def test_the_direct_path_hands_the_transport_what_httpx_would_send() -> None:
    seen: list[tuple[Any, ...]] = []

    async def scenario() -> Any:
        ax = bitunix.AsyncClient(transport="aiohttp", rate_limit=False, auth=_TwoStep())
        assert ax._direct is not None

        async def exchange(method: str, url: httpx.URL, headers: Any, body: Any, timeout: Any, **kw: Any) -> Any:
            seen.append((method, str(url), list(headers), body, timeout, kw))
            if len(seen) == 2:
                return _Closing(401, headers={"X-Nonce": "n1"})
            return httpx.Response(200, json={"code": 0, "data": "ok"})

        ax._direct.exchange = exchange  # type: ignore[method-assign]
        op = _op(method="POST", retry_safe=False)
        unsigned = await ax.send(_call(op, content=b"{}", content_type="application/json"), timeout=2.0)
        signed = await ax.send(_call(_op(signed=True), query=[("a", "1")]))
        await ax.aclose()
        return unsigned, signed, ax.auth

    unsigned, signed, auth = asyncio.run(scenario())
    assert unsigned.parsed == {"code": 0, "data": "ok"} and signed.parsed == {"code": 0, "data": "ok"}
    base = [
        ("Host", "openapi.bitunix.com"),
        ("accept", "*/*"),
        ("accept-encoding", "gzip, deflate"),
        ("connection", "keep-alive"),
        ("user-agent", f"python-httpx/{httpx.__version__}"),
    ]
    first, second, third = seen
    assert first == (
        "POST",
        "https://openapi.bitunix.com/v1/things",
        [*base, ("Content-Type", "application/json")],
        b"{}",
        httpx.Timeout(2.0),
        {},
    )
    lower = [(k.lower(), v) for k, v in base]
    assert second[:5] == (
        "GET",
        "https://openapi.bitunix.com/v1/things?a=1",
        [*lower, ("x-step", "1")],  # no Content-Length: aiohttp frames the body itself
        b"",
        httpx.Timeout(10.0, connect=5.0, pool=60.0),
    )
    assert third[2] == [*lower, ("x-step", "2"), ("x-nonce", "n1")]
    assert isinstance(second[5]["request"], httpx.Request) and third[5]["request"].headers["x-step"] == "2"
    assert _Closing.closed_by_client is True and auth.closed is True


def test_an_attempt_the_deadline_cannot_reach_at_the_socket_is_bounded_whole() -> None:
    async def never(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(3600)
        raise AssertionError("not reached")

    async def scenario() -> BaseException:
        ax = bitunix.AsyncClient(rate_limit=False, httpx_args={"transport": httpx.MockTransport(never)})
        assert ax._deadline_at_socket is False
        try:
            await ax.send(_call(_op()), deadline=0.0)
        except venuekit.VenueError as exc:
            return exc
        finally:
            await ax.aclose()
        raise AssertionError("no error")

    error = asyncio.run(scenario())
    assert type(error) is venuekit.TimeoutError
    assert str(error) == "get_thing: GET openapi.bitunix.com: the call's deadline passed"
    assert isinstance(error.__cause__, httpx.ReadTimeout) and error.__cause__.request.url.path == "/v1/things"


def test_the_async_client_retries_and_logs_like_the_sync_one(caplog: pytest.LogCaptureFixture, no_jitter: None) -> None:
    replies = iter([httpx.Response(500, json={"error": "x"}), httpx.Response(200, json={"code": 0, "data": 5})])
    recorder = Recorder(lambda request: next(replies))
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    async def scenario() -> Any:
        async with bitunix.AsyncClient(rate_limit=False, httpx_args={"transport": recorder.transport()}) as ax:
            ax._async_sleep = sleep
            raw = await ax.with_raw_response(ax.send, _call(_op()))
        assert ax._http.is_closed
        return raw

    caplog.set_level(logging.WARNING, logger="venuekit.bitunix")
    raw = asyncio.run(scenario())
    assert isinstance(raw, calls.ApiResponse) and raw.parsed.parsed == {"code": 0, "data": 5}
    assert raw.http_response.status_code == 200 and client_module._raw_sink.get() is None
    assert slept == [0.25]
    assert _retry_lines(caplog) == ["get_thing: retry 1/2 in 0.250s after BitunixServerError 500"]


def test_the_async_client_fails_a_call_whose_rate_limit_wait_is_refused() -> None:
    replies = iter([httpx.Response(500, json={"error": "x"})])
    recorder = Recorder(lambda request: next(replies))
    refusal = venuekit.TimeoutError("no slot", operation="get_thing")
    waits: list[float | None] = []

    async def scenario() -> BaseException:
        ax = bitunix.AsyncClient(httpx_args={"transport": recorder.transport()})
        limiter = ax.rate_limiter
        assert limiter is not None

        async def acquire_async(operation: Any, *, max_wait: float | None) -> Any:
            waits.append(max_wait)
            if len(waits) > 1:
                raise refusal
            return types.SimpleNamespace(release=lambda: None)

        async def sleep(seconds: float) -> None:
            pass

        limiter.acquire_async = acquire_async  # type: ignore[method-assign,assignment]
        ax._async_sleep = sleep
        try:
            await ax.send(_call(_op()), deadline=20.0)
        except venuekit.VenueError as exc:
            return exc
        finally:
            await ax.aclose()
        raise AssertionError("no error")

    error = asyncio.run(scenario())
    assert error is refusal and isinstance(error.__cause__, venuekit.ServerError)
    assert len(waits) == 2 and all(w is not None and 19 < w <= 20 for w in waits)


def test_the_async_client_resolves_an_order() -> None:
    recorder = Recorder(lambda request: httpx.Response(200, content=b""))
    error = venuekit.OrderStatusUnknownError(
        operation="create_order",
        cause=venuekit.TimeoutError("t", operation="create_order"),
        key_parameter="clientId",
        client_order_id="k1",
        lookup=_call(_op(name="get_order")),
    )

    async def scenario() -> BaseException:
        async with bitunix.AsyncClient(rate_limit=False, httpx_args={"transport": recorder.transport()}) as ax:
            try:
                await ax.resolve_order(error, timeout=1.5)
            except venuekit.NotFoundError as exc:
                return exc
        raise AssertionError("no error")

    caught = asyncio.run(scenario())
    assert str(caught) == "[bitunix] no clientId='k1' at the venue: not placed (HTTP 200)"
    assert recorder.requests[0].extensions["timeout"]["read"] == 1.5


# --- failures, attempt by attempt ----------------------------------------------------------------------------------
def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return _retry_lines(caplog)


def _script(recorder: Recorder, *replies: httpx.Response | Exception) -> None:
    queue = list(replies)

    def answer(request: httpx.Request) -> httpx.Response:
        reply = queue.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    recorder.handler = answer


_SKEW = {"code": "100008", "msg": "expired"}


def test_a_clock_skew_refusal_resyncs_from_the_date_and_tries_once_more(
    recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    date = {"Date": "Tue, 14 Nov 2023 22:13:40 GMT"}
    _script(recorder, httpx.Response(401, json=_SKEW, headers=date), httpx.Response(200, json={"code": 0}))
    slept: list[float] = []
    caplog.set_level(logging.WARNING, logger="venuekit.bitunix")
    with _bitunix(recorder, rate_limit=False, max_retries=0) as bx:
        bx.auth.local_ms = lambda: 1_700_000_000_000  # type: ignore[union-attr]
        bx._sleep = slept.append
        assert bx.send(_call(_op(retry_safe=False))).parsed == {"code": 0}
        assert bx.auth.clock_offset_ms == 20_000  # type: ignore[union-attr]
    assert slept == [0.0] and len(recorder.requests) == 2
    assert _warnings(caplog) == ["get_thing: clock off by 20000 ms; resynced"]


@pytest.mark.parametrize(
    "headers",
    [{}, {"Date": "garbage"}],
    ids=["no Date", "bad Date"],
)
def test_a_clock_skew_refusal_without_a_usable_date_is_raised(recorder: Recorder, headers: dict[str, str]) -> None:
    _script(recorder, httpx.Response(401, json=_SKEW, headers=headers))
    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(venuekit.ClockSkewError) as caught:
        bx.send(_call(_op()))
    assert (caught.value.code, caught.value.message, caught.value.__cause__) == ("100008", "expired", None)
    assert len(recorder.requests) == 1


def test_a_second_clock_skew_refusal_is_raised(recorder: Recorder) -> None:
    date = {"Date": "Tue, 14 Nov 2023 22:13:40 GMT"}
    _script(recorder, httpx.Response(401, json=_SKEW, headers=date), httpx.Response(401, json=_SKEW, headers=date))
    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(venuekit.ClockSkewError):
        bx._sleep = lambda seconds: None
        bx.send(_call(_op()))
    assert len(recorder.requests) == 2


def test_a_retry_is_made_only_when_its_backoff_ends_before_the_deadline(
    recorder: Recorder, monkeypatch: pytest.MonkeyPatch, no_jitter: None
) -> None:
    from venuekit import deadline

    _script(recorder, *[httpx.Response(500, json={}) for _ in range(3)])
    with _bitunix(recorder, rate_limit=False) as bx:
        bx._sleep = lambda seconds: None
        monkeypatch.setattr(deadline, "remaining", lambda: 0.25)  # the first backoff is 0.25 s: it does not fit
        with pytest.raises(venuekit.ServerError):
            bx.send(_call(_op()))
        assert len(recorder.requests) == 1
        monkeypatch.setattr(deadline, "remaining", lambda: 0.2501)
        with pytest.raises(venuekit.ServerError):
            bx.send(_call(_op()))  # 0.25 s fits, the next 0.5 s does not
        assert len(recorder.requests) == 3


def _placing(scope: str = "none", key: str | None = "abc") -> calls.Call[Any]:
    from venuekit.placement import Placement

    placement = Placement(key="clientId", key_scope=scope, duplicate_codes=frozenset({"D1"}), unknown_codes={"U1"})  # type: ignore[arg-type]
    return _call(_op(name="create_order", method="POST", retry_safe=False, placement=placement), key=key)


def _unknown(caught: pytest.ExceptionInfo[venuekit.OrderStatusUnknownError], cause: type[Exception]) -> None:
    error = caught.value
    assert type(error.cause) is cause and error.__cause__ is error.cause
    assert (error.operation, error.key_parameter, error.client_order_id, error.lookup) == (
        "create_order",
        "clientId",
        "abc",
        None,
    )
    assert str(error) == (
        f"create_order: order status unknown after {cause.__name__}: {error.cause}; "
        "clientId='abc': check the open orders and recent executions for it"
    )


def test_a_server_error_after_a_placement_leaves_its_status_unknown(
    recorder: Recorder, caplog: pytest.LogCaptureFixture
) -> None:
    from venuekit.bitunix.errors import BitunixServerError

    _script(recorder, httpx.Response(500, json={"error": "x"}))
    caplog.set_level(logging.WARNING, logger="venuekit.bitunix")
    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(venuekit.OrderStatusUnknownError) as caught:
        bx.send(_placing())
    _unknown(caught, BitunixServerError)
    assert len(recorder.requests) == 1
    assert _warnings(caplog) == ["create_order: order status unknown after BitunixServerError; not sent again"]


def test_a_venue_status_unknown_code_leaves_it_unknown_too(recorder: Recorder) -> None:
    from venuekit.bitunix.errors import BitunixError as Base

    _script(recorder, httpx.Response(200, json={"code": "U1", "msg": "status unknown"}))
    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(venuekit.OrderStatusUnknownError) as caught:
        bx.send(_placing())
    _unknown(caught, Base)
    assert caught.value.cause.code == "U1"  # type: ignore[attr-defined]


def test_a_plain_refusal_of_a_placement_is_raised_as_it_is(recorder: Recorder) -> None:
    _script(recorder, httpx.Response(400, json={"code": "X9", "msg": "bad size"}))
    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(BitunixError) as caught:
        bx.send(_placing())
    assert not isinstance(caught.value, venuekit.OrderStatusUnknownError)
    assert (caught.value.code, caught.value.message, caught.value.__cause__) == ("X9", "bad size", None)


def test_a_key_refused_for_life_is_resent_and_its_duplicate_refusal_means_placed_before(
    recorder: Recorder, caplog: pytest.LogCaptureFixture, no_jitter: None
) -> None:
    from venuekit.bitunix.errors import BitunixServerError

    _script(recorder, httpx.Response(500, json={}), httpx.Response(400, json={"code": "D1", "msg": "duplicate"}))
    caplog.set_level(logging.WARNING, logger="venuekit.bitunix")
    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(venuekit.OrderStatusUnknownError) as caught:
        bx._sleep = lambda seconds: None
        bx.send(_placing("lifetime"))
    _unknown(caught, BitunixServerError)
    assert [r.content for r in recorder.requests] == [b"", b""]
    assert _warnings(caplog) == [
        "create_order: retry 1/2 in 0.250s after BitunixServerError 500",
        "create_order: order status unknown after BitunixServerError; not sent again",
    ]
    _script(recorder, httpx.Response(400, json={"code": "D1", "msg": "duplicate"}))
    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(BitunixError) as plain:
        bx.send(_placing("lifetime"))  # a duplicate on the first attempt is the venue's word: raised as it is
    assert plain.value.code == "D1" and not isinstance(plain.value, venuekit.OrderStatusUnknownError)


def test_a_key_refused_for_life_after_a_lost_reply_is_resent(recorder: Recorder, no_jitter: None) -> None:
    _script(recorder, httpx.ReadTimeout("lost"), httpx.Response(200, json={"code": 0, "data": 1}))
    with _bitunix(recorder, rate_limit=False) as bx:
        bx._sleep = lambda seconds: None
        assert bx.send(_placing("lifetime")).parsed == {"code": 0, "data": 1}
    assert len(recorder.requests) == 2


def test_a_lost_reply_to_a_placement_is_never_resent_without_a_lifetime_key(recorder: Recorder) -> None:
    _script(recorder, httpx.ReadTimeout("lost"))
    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(venuekit.OrderStatusUnknownError) as caught:
        bx.send(_placing())
    _unknown(caught, venuekit.TimeoutError)
    assert str(caught.value.cause) == "create_order: POST openapi.bitunix.com: lost"


def test_a_placement_that_never_connected_is_sent_again(recorder: Recorder, no_jitter: None) -> None:
    for never_sent in (httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("busy")):
        _script(recorder, never_sent, httpx.Response(200, json={"code": 0}))
        with _bitunix(recorder, rate_limit=False) as bx:
            bx._sleep = lambda seconds: None
            assert bx.send(_placing()).parsed == {"code": 0}
    assert len(recorder.requests) == 6


def test_a_reply_to_a_placement_that_cannot_be_read_leaves_it_unknown(recorder: Recorder) -> None:
    _script(recorder, httpx.Response(200, content=b"<html>"))
    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(venuekit.OrderStatusUnknownError) as caught:
        bx.send(_placing())
    _unknown(caught, venuekit.DecodeError)
    _script(recorder, httpx.Response(200, content=b"<html>"))
    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(venuekit.DecodeError) as plain:
        bx.send(_call(_op()))
    assert str(plain.value) == "get_thing: response is not JSON"


def test_after_a_lost_reply_a_refused_connection_still_leaves_the_first_failure(
    recorder: Recorder, no_jitter: None
) -> None:
    _script(recorder, httpx.ReadTimeout("lost"), httpx.ConnectError("refused"), httpx.ConnectError("refused"))
    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(venuekit.OrderStatusUnknownError) as caught:
        bx._sleep = lambda seconds: None
        bx.send(_placing("lifetime"))
    _unknown(caught, venuekit.TimeoutError)
    assert len(recorder.requests) == 3


def test_an_unknown_environment_lists_the_known_ones() -> None:
    class Toy(client_module.SyncClient):
        venue = _venue(environments={"production": "https://toy.test", "testnet": "https://test.toy.test"})

    with pytest.raises(venuekit.ConfigurationError) as caught:
        Toy(environment="staging")
    assert str(caught.value) == "unknown environment 'staging'; known: production, testnet"
    with Toy(environment="testnet") as toy:
        assert toy.base_url == "https://test.toy.test"
    with Toy() as toy:
        assert toy.base_url == "https://toy.test"  # the first one named


def test_a_duplicate_code_on_a_server_error_before_any_unknown_is_retried(recorder: Recorder, no_jitter: None) -> None:
    _script(recorder, httpx.Response(500, json={"code": "D1", "msg": "dup?"}), httpx.Response(200, json={"code": 0}))
    with _bitunix(recorder, rate_limit=False) as bx:
        bx._sleep = lambda seconds: None
        assert bx.send(_placing("lifetime")).parsed == {"code": 0}
    assert len(recorder.requests) == 2


def test_the_first_failure_that_left_a_placement_open_is_its_cause(recorder: Recorder, no_jitter: None) -> None:
    _script(recorder, httpx.ReadTimeout("lost"), httpx.Response(500, json={}), httpx.Response(500, json={}))
    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(venuekit.OrderStatusUnknownError) as caught:
        bx._sleep = lambda seconds: None
        bx.send(_placing("lifetime"))
    _unknown(caught, venuekit.TimeoutError)
    assert len(recorder.requests) == 3


def test_the_direct_path_sends_a_signed_body_without_httpxs_framing_headers() -> None:
    seen: list[Any] = []

    class Sign(httpx.Auth):
        def auth_flow(self, request: httpx.Request) -> Any:
            request.headers["X-Sig"] = "s"
            yield request

    async def scenario() -> None:
        ax = bitunix.AsyncClient(transport="aiohttp", rate_limit=False, auth=Sign())
        assert ax._direct is not None

        async def exchange(method: str, url: httpx.URL, headers: Any, body: Any, timeout: Any, **kw: Any) -> Any:
            seen.append((headers, body, kw["request"].headers["content-length"]))
            return httpx.Response(200, json={})

        ax._direct.exchange = exchange  # type: ignore[method-assign]
        await ax.send(_call(_op(method="POST", signed=True), content=b"a=1", content_type="text/plain"))
        await ax.aclose()

    asyncio.run(scenario())
    ((headers, body, length),) = seen
    assert body == b"a=1" and length == "3"  # httpx's request has it; aiohttp writes its own
    assert [k for k, _ in headers] == [
        "host",
        "accept",
        "accept-encoding",
        "connection",
        "user-agent",
        "content-type",
        "x-sig",
    ]


def test_the_whole_attempt_bound_is_the_time_left(monkeypatch: pytest.MonkeyPatch) -> None:
    bounds: list[float] = []
    real = asyncio.wait_for

    async def wait_for(awaitable: Any, timeout: float) -> Any:
        bounds.append(timeout)
        return await real(awaitable, timeout)

    monkeypatch.setattr(asyncio, "wait_for", wait_for)
    recorder = Recorder(lambda request: httpx.Response(200, json={}))

    async def scenario() -> None:
        async with bitunix.AsyncClient(rate_limit=False, httpx_args={"transport": recorder.transport()}) as ax:
            await ax.send(_call(_op()), deadline=30.0)
            with pytest.raises(venuekit.TimeoutError):
                await ax.send(_call(_op()), deadline=-1.0)
            await ax.send(_call(_op()), deadline=None)  # the client's 60 s
            ax.deadline = None
            await ax.send(_call(_op()))  # no deadline: no bound

    asyncio.run(scenario())
    assert len(bounds) == 3 and 29 < bounds[0] <= 30 and bounds[1] == 0.0 and 59 < bounds[2] <= 60


def test_a_failed_attempt_lets_go_of_its_rate_limit_slot_before_the_backoff(no_jitter: None) -> None:
    events: list[str] = []

    def slot(operation: Any, *, max_wait: float | None) -> Any:
        events.append("acquire")
        return types.SimpleNamespace(release=lambda: events.append("release"))

    async def slot_async(operation: Any, *, max_wait: float | None) -> Any:
        return slot(operation, max_wait=max_wait)

    def fail(request: httpx.Request) -> httpx.Response:
        events.append("send")
        raise httpx.ConnectError("refused")

    with bitunix.Client(httpx_args={"transport": httpx.MockTransport(fail)}, max_retries=1) as bx:
        assert bx.rate_limiter is not None
        bx.rate_limiter.acquire = slot  # type: ignore[method-assign,assignment]
        bx._sleep = lambda seconds: events.append(f"sleep {seconds}")
        with pytest.raises(venuekit.TransportError):
            bx.send(_call(_op()))
    sync_events, events[:] = list(events), []

    async def sleep(seconds: float) -> None:
        events.append(f"sleep {seconds}")

    async def scenario() -> None:
        async with bitunix.AsyncClient(httpx_args={"transport": httpx.MockTransport(fail)}, max_retries=1) as ax:
            assert ax.rate_limiter is not None
            ax.rate_limiter.acquire_async = slot_async  # type: ignore[method-assign,assignment]
            ax._async_sleep = sleep
            with pytest.raises(venuekit.TransportError):
                await ax.send(_call(_op()))

    asyncio.run(scenario())
    expected = ["acquire", "send", "release", "sleep 0.25", "release", "acquire", "send", "release", "release"]
    assert sync_events == expected and events == expected  # released twice: harmless (Slot.release)


def test_a_key_with_a_lone_surrogate_still_gets_its_own_rate_limit_count(monkeypatch: pytest.MonkeyPatch) -> None:
    from venuekit import ratelimit

    keys: list[str] = []

    class Spy(ratelimit.RateLimiter):
        def __init__(self, buckets: Any, **kwargs: Any) -> None:
            keys.append(kwargs["key"])
            super().__init__(buckets, **kwargs)

    monkeypatch.setattr(ratelimit, "RateLimiter", Spy)
    signer = httpx.BasicAuth("u", "p")
    signer.api_key = "key\udc80"  # type: ignore[attr-defined]  # a user's signer: the SDK does not check its key
    with bitunix.Client(auth=signer):
        pass
    assert keys == [hashlib.sha256("key\udc80".encode("utf-8", "surrogatepass")).hexdigest()]


def test_a_lost_replys_error_keeps_httpxs_exception_as_its_cause(recorder: Recorder) -> None:
    lost = httpx.ReadTimeout("lost")
    _script(recorder, lost)
    with _bitunix(recorder, rate_limit=False) as bx, pytest.raises(venuekit.OrderStatusUnknownError) as caught:
        bx.send(_placing())
    assert caught.value.cause.__cause__ is lost


def test_the_shared_core_makes_no_http_client_of_its_own() -> None:
    class Bare(client_module._ClientCore):
        venue = _venue()

    with pytest.raises(NotImplementedError):
        Bare(rate_limit=False)
