"""Only the SDK's own errors escape a call: hostile headers, bodies and statuses, unusable credentials.

The fuzz sends every venue's calls (public read, signed read, placement) through the client's whole path
(retries and their `Retry-After`, the clock resync and its `Date`, content decoding, the envelope, the
typed parse) against random statuses, headers and bodies; anything but a result or a `venuekit.VenueError`
is a bug. The table tests pin each case the attack run found.
"""

from __future__ import annotations

import contextlib
import gzip
import importlib
import json
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import venuekit
from venuekit import gopax
from venuekit.auth import GopaxAuth

from .support import chain, chain_text

KEY = "hardening-key-0123456789"
SECRET = "c2VjcmV0LXZhbHVlLXRoYXQtbXVzdC1uZXZlci1sZWFr"  # base64, as GOPAX wants
DATE = "Wed, 21 Oct 2015 07:28:00 GMT"


def client(venue: str, handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> Any:
    package = importlib.import_module(f"venuekit.{venue}")
    made = package.Client(
        KEY, SECRET, httpx_args={"transport": httpx.MockTransport(handler)}, rate_limit=False, **kwargs
    )
    made._sleep = lambda seconds: None
    return made


# --- the calls each venue is fuzzed with: a public read, a signed read, a placement -----------------------
CALLS: dict[str, list[Callable[[Any], Any]]] = {
    "gmo_coin": [
        lambda c: c.public.get_ticker(symbol="BTC"),
        lambda c: c.account.get_assets(),
        lambda c: c.orders.create_order(symbol="BTC", side="BUY", execution_type="LIMIT", price="1", size="1"),
    ],
    "gmo_coin_fx": [
        lambda c: c.public.get_ticker(),
        lambda c: c.account.get_assets(),
        lambda c: c.orders.create_order(
            symbol="USD_JPY", side="BUY", size="10000", execution_type="LIMIT", limit_price="130"
        ),
    ],
    "hashkey_mena": [
        lambda c: c.market.get_depth(symbol="BTCUSD"),
        lambda c: c.account.get_account(),
        lambda c: c.orders.create_order(symbol="BTCUSD", side="BUY", type_="LIMIT", quantity="1", price="1"),
    ],
    "gopax": [
        lambda c: c.market.get_trading_pairs(),
        lambda c: c.account.get_balances(),
        lambda c: c.orders.create_order(type_="limit", side="buy", amount="1", price="1", trading_pair_name="BTC-KRW"),
    ],
    "bitunix": [
        lambda c: c.market.get_last_price(symbol="BTCUSDT"),
        lambda c: c.account.get_balances(),
        lambda c: c.orders.create_order(symbol="BTCUSDT", side="BUY", type_="LIMIT", volume="1", price="1"),
    ],
}

CLOCK_SKEW_BODIES = {
    "gmo_coin": {"status": 1, "messages": [{"message_code": "ERR-5009", "message_string": "behind"}]},
    "gmo_coin_fx": {"status": 1, "messages": [{"message_code": "ERR-5009", "message_string": "behind"}]},
    "hashkey_mena": {"code": -1021, "msg": "outside recvWindow"},
    "gopax": {"errorCode": 10263, "errorMessage": "Timestamp Too Low"},
    "bitunix": {"code": 100008, "msg": "result.request.time.expired"},
}

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8) | st.just("1E+999999"),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=10,
)
HEADER_TEXT = st.one_of(
    st.sampled_from(
        [
            "²",
            "٣",
            "7",
            " 3 ",
            "-1",
            "1" * 400,
            "1e9",
            "nan",
            DATE,
            "Wed, 21 Oct 2015 07:28:00 -0000",
            "Mon, 01 Jan 99999 00:00:00 GMT",
            "Wed, 32 Foo 2015 99:99:99 +9999",
            "",
        ]
    ),
    st.text(st.characters(min_codepoint=1, max_codepoint=255, exclude_characters="\r\n"), max_size=40),
)
ENCODINGS = st.sampled_from([None, "gzip", "deflate", "br", "identity", "zstd", "x-garbage", "gzip, gzip"])


Reply = tuple[int, list[tuple[bytes, bytes]], bytes]


def build(reply: Reply) -> httpx.Response:
    """A fresh response each time (a body stream is read once); decoded when the client reads it."""
    status, headers, body = reply
    return httpx.Response(status, headers=headers, stream=httpx.ByteStream(body))


@st.composite
def replies(draw: st.DrawFn, venue: str) -> Reply:
    status = draw(st.sampled_from([200, 200, 201, 204, 301, 400, 401, 403, 404, 418, 429, 500, 502, 503, 504, 599]))
    kind = draw(st.sampled_from(["json", "skew", "bytes", "deep", "gzip-json"]))
    body: bytes
    if kind == "json":
        body = json.dumps(draw(JSON)).encode()
    elif kind == "skew":
        body = json.dumps(CLOCK_SKEW_BODIES[venue]).encode()
    elif kind == "deep":
        body = draw(st.sampled_from([b"[" * 50_000, b'{"a":' * 20_000, b'{"status":0,"data":' + b"[" * 30_000]))
    elif kind == "gzip-json":
        body = gzip.compress(json.dumps(draw(JSON)).encode())
    else:
        body = draw(st.binary(max_size=64))
    headers: list[tuple[bytes, bytes]] = []
    for name in draw(st.lists(st.sampled_from(["Retry-After", "Date", "Content-Type"]), max_size=3, unique=True)):
        text = draw(HEADER_TEXT)
        codec = draw(st.sampled_from(["latin-1", "utf-8"]))  # httpx reads either; "²" as latin-1 is one byte
        headers.append((name.encode(), text.encode(codec, "replace")))
    encoding = draw(ENCODINGS)
    if encoding is not None:
        headers.append((b"Content-Encoding", encoding.encode()))
    return status, headers, body


@pytest.mark.parametrize("venue", sorted(CALLS))
def test_fuzzed_replies_raise_only_venue_errors(venue: str) -> None:
    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(reply=st.lists(replies(venue), min_size=1, max_size=4), which=st.integers(0, 2))
    def check(reply: list[Reply], which: int) -> None:
        queue = list(reply)

        def answer(request: httpx.Request) -> httpx.Response:
            return build(queue.pop(0) if len(queue) > 1 else queue[0])

        # Anything but a result or a VenueError fails the test.
        with client(venue, answer, max_retries=3) as c, contextlib.suppress(venuekit.VenueError):
            CALLS[venue][which](c)

    check()


# --- table tests ------------------------------------------------------------------------------------------
def respond(*steps: httpx.Response) -> Callable[[httpx.Request], httpx.Response]:
    queue = list(steps)
    return lambda request: queue.pop(0) if len(queue) > 1 else queue[0]


def test_a_non_ascii_retry_after_is_ignored_and_the_backoff_applies() -> None:
    ok = {"status": 0, "data": {"status": "OPEN"}, "responsetime": "2019-03-19T02:15:06.001Z"}
    busy = httpx.Response(503, headers=[(b"Retry-After", "²".encode("latin-1"))], text="busy")
    sleeps: list[float] = []
    with client("gmo_coin", respond(busy, httpx.Response(200, json=ok))) as c:
        c._sleep = sleeps.append
        assert c.public.get_status().status == "OPEN"
    assert len(sleeps) == 1 and 0 <= sleeps[0] <= c.retry.base_delay  # the backoff, not 2 seconds


def test_a_body_that_does_not_decompress_is_a_decode_error() -> None:
    garbage = (200, [(b"Content-Encoding", b"gzip")], b"not gzip at all")
    with client("gmo_coin", lambda request: build(garbage)) as c, pytest.raises(venuekit.DecodeError) as caught:
        c.public.get_status()
    assert isinstance(caught.value.__cause__, httpx.DecodingError)


@pytest.mark.parametrize("body", [b"[" * 100_000, b'{"status":0,"data":' * 20_000])
def test_json_nested_thousands_deep_is_a_decode_error(body: bytes) -> None:
    with client("gmo_coin", respond(httpx.Response(200, content=body))) as c, pytest.raises(venuekit.DecodeError):
        c.public.get_status()


@pytest.mark.parametrize("date", ["Wed, 21 Oct 2015 07:28:00 -0000", "Wed, 21 Oct 2015 07:28:00", "garbage", "²"])
def test_an_untrustworthy_date_during_the_automatic_resync_leaves_the_venues_refusal(date: str) -> None:
    skew = httpx.Response(200, headers=[(b"Date", date.encode("latin-1"))], json=CLOCK_SKEW_BODIES["gmo_coin"])
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return skew

    with client("gmo_coin", answer) as c, pytest.raises(venuekit.ClockSkewError):
        c.account.get_assets()
    assert len(seen) == 1 and c.auth.clock_offset_ms == 0


@pytest.mark.parametrize("date", ["Wed, 21 Oct 2015 07:28:00 -0000", "garbage", "Mon, 01 Jan 99999 00:00:00 GMT"])
def test_sync_clock_refuses_a_hostile_or_zoneless_date(date: str) -> None:
    with client("gmo_coin", respond(httpx.Response(200))) as c, pytest.raises(venuekit.DecodeError, match="Date"):
        c.sync_clock(httpx.Response(200, headers=[(b"Date", date.encode("latin-1"))]))
    assert c.sync_clock(httpx.Response(200, headers={"Date": DATE}), now_ms=1445412480000) == 0


def test_gopax_secret_that_is_not_base64_is_a_configuration_error_without_the_secret() -> None:
    secret = "not*base64*at*all-" + uuid.uuid4().hex
    for make in (lambda: GopaxAuth(KEY, secret), lambda: gopax.Client(KEY, secret)):
        with pytest.raises(venuekit.ConfigurationError, match="base64") as caught:
            make()
        assert secret not in chain_text(caught.value)


@pytest.mark.parametrize(
    ("key", "secret", "named"),
    [
        ("key-\ud800-x", SECRET, "api_key"),
        ("키-non-latin-1", SECRET, "api_key"),
        ("key-é-latin-1-but-not-ascii", SECRET, "api_key"),
        ("key-with-newline\n", SECRET, "api_key"),
        (KEY, "secret-\udfff-lone-surrogate", "api_secret"),
    ],
)
@pytest.mark.parametrize("venue", sorted(CALLS))
def test_credentials_that_cannot_be_sent_are_configuration_errors(
    venue: str, key: str, secret: str, named: str
) -> None:
    package = importlib.import_module(f"venuekit.{venue}")
    with pytest.raises(venuekit.ConfigurationError, match=named) as caught:
        package.Client(key, secret)
    text = chain_text(caught.value)
    assert key not in text and secret not in text


def test_timeout_error_is_also_the_builtin() -> None:
    def slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with client("gmo_coin", slow, max_retries=0) as c:
        try:
            c.public.get_status()
        except TimeoutError as caught:  # the built-in name, as user code writes it
            assert isinstance(caught, venuekit.TimeoutError)
        else:
            pytest.fail("no timeout")


def test_transport_errors_name_method_and_host_never_path_or_query() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with client("hashkey_mena", refuse, max_retries=0) as c, pytest.raises(venuekit.TransportError) as caught:
        c.account.get_account()
    text = str(caught.value)
    assert "GET api-pro.hashkey.com" in text
    assert "signature" not in chain_text(caught.value) and "/api/" not in text


def test_a_404_names_the_path() -> None:
    missing = httpx.Response(404, json={"errorMessage": "Not found", "errorCode": 404})
    with client("gopax", respond(missing)) as c, pytest.raises(venuekit.NotFoundError) as caught:
        c.orders.get_order(order_id="12345")
    assert "GET /orders/12345" in str(caught.value)


def test_a_closed_client_is_a_configuration_error() -> None:
    c = client("gmo_coin", respond(httpx.Response(200)))
    c.close()
    with pytest.raises(venuekit.ConfigurationError, match="closed"):
        c.public.get_status()


def test_every_error_keeps_its_cause() -> None:
    """Whatever the failure, the original exception is chained for debugging."""

    def boom(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("peer closed", request=request)

    with client("gmo_coin", boom, max_retries=0) as c, pytest.raises(venuekit.TransportError) as caught:
        c.public.get_status()
    assert any(isinstance(e, httpx.RemoteProtocolError) for e in chain(caught.value))


@pytest.mark.parametrize("venue", ["gmo_coin", "hashkey_mena"])
def test_async_clients_map_the_same_failures(venue: str) -> None:
    import asyncio

    package = importlib.import_module(f"venuekit.{venue}")
    garbage: Reply = (200, [(b"Content-Encoding", b"gzip")], b"nope")

    async def run() -> None:
        async with package.AsyncClient(
            KEY, SECRET, httpx_args={"transport": httpx.MockTransport(lambda r: build(garbage))}, rate_limit=False
        ) as c:
            await (c.public.get_status() if venue == "gmo_coin" else c.market.get_depth(symbol="BTCUSD"))

    with pytest.raises(venuekit.DecodeError):
        asyncio.run(run())
