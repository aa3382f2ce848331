"""`AsyncClient(transport="aiohttp")`: the SDK's own send path over aiohttp (`AsyncClient._exchange`,
`AiohttpTransport.exchange`, `Reply`), against loopback servers that record the bytes of every request.

What it must keep from httpx's path: the same request on the wire (signed or not, every venue), retries and
Retry-After, error mapping with status and raw response, `DecodeError` naming the operation and field, a signer's
flow closed when an attempt fails, nothing secret in the HTTP log. The placement rule over this path is covered by
tests/placement/test_faults.py (mode "aiohttp").
"""

from __future__ import annotations

import base64
import contextlib
import gzip
import importlib
import inspect
import json
import logging
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

import venuekit
from tests.bench_support.test_aiohttp_transport import LocalServer, Reply, Seen, run
from tests.contract.support import load_calls, load_spec, operations
from tests.contract.test_contract import _kwargs, _method
from venuekit import hashkey_mena
from venuekit.sandbox.spec import known_venues
from venuekit.transports import aiohttp as direct
from venuekit.transports.aiohttp import AiohttpTransport

SECRET = base64.b64encode(b"direct-path-test-secret-0123456789").decode()  # GOPAX wants base64; others take any
KEY = "direct-key-0123456789"
NOW_MS = 1_733_000_000_000
TICKER = [{"t": 1701093160541, "s": "BTCUSDT", "b": "30000.1", "bq": "1.2", "a": "30000.2", "aq": "0.5"}]


def ok(body: object = TICKER, **headers: str) -> Reply:
    return Reply(json.dumps(body).encode(), headers=headers)


def client(server: LocalServer, **kwargs: Any) -> hashkey_mena.AsyncClient:
    kwargs.setdefault("max_retries", 0)
    return hashkey_mena.AsyncClient(KEY, SECRET, base_url=server.base, transport="aiohttp", rate_limit=False, **kwargs)


class Sleeps:
    """The client's retry sleep, virtual: records each delay and returns at once."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


# --- the same request on the wire as httpx's path -----------------------------------------------------------


def _signer(package: Any) -> httpx.Auth:
    """The venue's signer on a fixed clock (and nonce), so that two runs sign the same values."""
    cls = type(package.Client.venue.auth(KEY, SECRET))
    options: dict[str, Any] = {"clock": lambda: NOW_MS}
    if "nonce" in inspect.signature(cls).parameters:
        options["nonce"] = lambda: "n" * 32
    signer: httpx.Auth = cls(KEY, SECRET, **options)
    return signer


def _operation_ids(venue: str) -> Iterator[str]:
    calls = load_calls(venue)
    yield from (operation_id for operation_id in operations(load_spec(venue)) if operation_id in calls)


def _wire(seen: Seen) -> tuple[str, str, bytes, dict[str, str]]:
    names = [line.partition(":")[0].strip().lower() for line in seen.header_lines]
    assert len(names) == len(set(names)), f"a header twice: {names}"
    return seen.method, seen.target, seen.body, seen.headers


async def _send_every_operation(venue: str, base: str, transport: str) -> list[str]:
    """Every operation of the venue's call table once, answered by a refusal; returns the operation ids sent."""
    package = importlib.import_module(f"venuekit.{venue}")
    if venue == "gopax":
        # Its nonces strictly increase per API key across signers: a fresh sequence per run signs the same nonce.
        importlib.import_module("venuekit.auth.gopax")._sequences.clear()
    sent = []
    async with package.AsyncClient(
        base_url=base, auth=_signer(package), transport=transport, max_retries=0, rate_limit=False
    ) as sdk:
        for operation_id in _operation_ids(venue):
            method = _method(sdk, venue, operation_id)
            with contextlib.suppress(venuekit.VenueError):  # the server refuses everything: only the request counts
                await method(**_kwargs(method, load_calls(venue)[operation_id].get("kwargs") or {}))
            sent.append(operation_id)
    return sent


@pytest.mark.parametrize("venue", known_venues())
def test_every_operation_goes_out_as_on_the_httpx_path(venue: str) -> None:
    """Method, target (path and query), body and every header, signed with the same clock: equal, operation by
    operation, between httpx's own transport and the direct aiohttp path."""

    async def scenario() -> tuple[list[Seen], list[Seen], list[str]]:
        refuse = Reply(b'{"code": "refused"}', status="400 Bad Request")
        async with LocalServer(lambda seen: refuse) as via_httpx, LocalServer(lambda seen: refuse) as via_aiohttp:
            ids = await _send_every_operation(venue, via_httpx.base, "httpx")
            assert await _send_every_operation(venue, via_aiohttp.base, "aiohttp") == ids
        return via_httpx.seen, via_aiohttp.seen, ids

    expected, got, ids = run(scenario())
    assert len(ids) > 3 and len(expected) == len(got) == len(ids)
    port_of = {a.headers["host"]: b.headers["host"] for a, b in zip(expected, got, strict=True)}
    assert len(port_of) == 1  # one server each; the Host headers differ only by port
    signed = 0
    for operation_id, want, have in zip(ids, expected, got, strict=True):
        want_method, want_target, want_body, want_headers = _wire(want)
        have_method, have_target, have_body, have_headers = _wire(have)
        if have_method == "DELETE" and not have_body:
            # The one difference: aiohttp always frames a bodiless DELETE with `Content-Length: 0` (httpx sends none).
            assert have_headers.pop("content-length") == "0"
        want_headers["host"] = have_headers["host"]
        assert (have_method, have_target, have_body, have_headers) == (
            want_method,
            want_target,
            want_body,
            want_headers,
        ), operation_id
        signed += any(KEY in value for value in want_headers.values()) or KEY in want_target
    assert signed > 0  # the comparison covered signed requests


# --- retries, errors, decoding --------------------------------------------------------------------------------


def test_a_429_waits_the_retry_after_then_succeeds() -> None:
    busy = Reply(
        b'{"code": -1003, "msg": "Too many requests"}', status="429 Too Many Requests", headers={"Retry-After": "3"}
    )
    replies = iter([busy, ok()])

    async def scenario() -> tuple[Any, list[float], int]:
        sleeps = Sleeps()
        async with LocalServer(lambda seen: next(replies)) as server, client(server, max_retries=2) as hk:
            hk._async_sleep = sleeps
            ticker = await hk.market.get_book_ticker(symbol="BTCUSDT")
        return ticker, sleeps.delays, len(server.seen)

    ticker, delays, requests = run(scenario())
    assert ticker[0].b == Decimal("30000.1")
    assert delays == [3.0] and requests == 2


def test_server_errors_are_retried_then_raised_with_status_and_raw_response() -> None:
    body = b"busy, try again"

    async def scenario() -> tuple[BaseException, list[float], int]:
        sleeps = Sleeps()
        busy = Reply(body, status="503 Service Unavailable")
        async with LocalServer(lambda seen: busy) as server, client(server, max_retries=2) as hk:
            hk._async_sleep = sleeps
            with pytest.raises(venuekit.VenueError) as raised:
                await hk.market.get_book_ticker(symbol="BTCUSDT")
        return raised.value, sleeps.delays, len(server.seen)

    error, delays, requests = run(scenario())
    assert isinstance(error, venuekit.ApiError) and error.status_code == 503  # HashKey: 503 is maintenance
    assert error.response is not None and error.response.content == body
    assert error.response.request.url.path == "/quote/v1/ticker/bookTicker"  # what was sent, built on demand
    assert len(delays) == 2 and requests == 3


def test_a_venue_error_carries_its_code_and_is_not_retried() -> None:
    body = json.dumps({"code": -1121, "msg": "Invalid symbol."}).encode()

    async def scenario() -> tuple[BaseException, int]:
        refused = Reply(body, status="400 Bad Request")
        async with LocalServer(lambda seen: refused) as server, client(server, max_retries=2) as hk:
            with pytest.raises(venuekit.ApiError) as raised:
                await hk.market.get_book_ticker(symbol="NOPE")
        return raised.value, len(server.seen)

    error, requests = run(scenario())
    assert isinstance(error, venuekit.ApiError)
    assert (error.code, error.status_code, requests) == ("-1121", 400, 1)
    assert error.response is not None and error.response.json() == {"code": -1121, "msg": "Invalid symbol."}
    assert error.response.reason_phrase == "Bad Request"


def test_a_missing_field_is_a_decode_error_naming_the_operation_and_field() -> None:
    async def scenario() -> BaseException:
        no_symbol = ok([{"t": 1, "b": "1", "bq": "1", "a": "1", "aq": "1"}])
        async with LocalServer(lambda seen: no_symbol) as server, client(server) as hk:
            with pytest.raises(venuekit.DecodeError) as raised:
                await hk.market.get_book_ticker(symbol="BTCUSDT")
        return raised.value

    error = run(scenario())
    assert isinstance(error, venuekit.DecodeError)
    assert error.operation == "get_book_ticker" and "'s'" in str(error)


def test_a_gzip_body_is_decoded_and_a_broken_one_is_a_decode_error() -> None:
    good = gzip.compress(json.dumps(TICKER).encode())
    replies = iter(
        [Reply(good, headers={"Content-Encoding": "gzip"}), Reply(b"not gzip", headers={"Content-Encoding": "gzip"})]
    )

    async def scenario() -> tuple[Any, BaseException]:
        async with LocalServer(lambda seen: next(replies)) as server, client(server) as hk:
            ticker = await hk.market.get_book_ticker(symbol="BTCUSDT")
            with pytest.raises(venuekit.VenueError) as raised:
                await hk.market.get_book_ticker(symbol="BTCUSDT")
        return ticker, raised.value

    ticker, error = run(scenario())
    assert ticker[0].s == "BTCUSDT"
    assert isinstance(error, venuekit.DecodeError) and error.operation == "get_book_ticker"


class Garbage(Reply):
    def encode(self) -> bytes:
        return b"not HTTP at all\r\n\r\n"


def test_a_broken_reply_is_retried_for_a_read_and_a_refused_connection_mapped() -> None:
    replies = iter([Garbage(b""), ok()])

    async def scenario() -> tuple[Any, BaseException, int]:
        async with LocalServer(lambda seen: next(replies)) as server, client(server, max_retries=1) as hk:
            hk._async_sleep = Sleeps()
            ticker = await hk.market.get_book_ticker(symbol="BTCUSDT")
        # Nothing listens any more: a connection refused is a TransportError (after the retry too).
        async with client(server, max_retries=1) as hk:
            hk._async_sleep = Sleeps()
            with pytest.raises(venuekit.TransportError) as raised:
                await hk.market.get_book_ticker(symbol="BTCUSDT")
        return ticker, raised.value, len(server.seen)

    ticker, error, requests = run(scenario())
    assert ticker[0].s == "BTCUSDT" and requests == 2
    assert type(error) is venuekit.TransportError and "127.0.0.1" in str(error)


def test_a_lost_reply_to_an_order_is_status_unknown_and_never_resent() -> None:
    async def scenario() -> tuple[BaseException, int]:
        async with LocalServer(lambda seen: None) as server, client(server, timeout=0.2, max_retries=3) as hk:
            hk._async_sleep = Sleeps()
            with pytest.raises(venuekit.VenueError) as raised:
                await hk.orders.create_order(
                    symbol="BTCUSDT", side="BUY", type_="LIMIT", quantity=Decimal("0.01"), price=Decimal("30000")
                )
        return raised.value, len(server.seen)

    error, requests = run(scenario())
    assert isinstance(error, venuekit.OrderStatusUnknownError) and isinstance(error.cause, venuekit.TimeoutError)
    assert requests == 1


# --- the request a reply carries, the signer's flow, the log ----------------------------------------------------


def test_the_reply_knows_the_request_that_was_sent() -> None:
    async def scenario() -> tuple[Any, Any, list[Seen]]:
        def script(seen: Seen) -> Reply:
            return ok() if "ticker" in seen.target else ok({"balances": [], "userId": "1"})

        async with LocalServer(script) as server, client(server) as hk:
            public = await hk.with_raw_response(hk.market.get_book_ticker, symbol="BTCUSDT")
            private = await hk.with_raw_response(hk.account.get_account)
        return public, private, server.seen

    public, private, seen = run(scenario())
    request = public.http_response.request
    assert str(request.url) == f"http://{seen[0].headers['host']}{seen[0].target}"
    assert request.headers["user-agent"] == seen[0].headers["user-agent"]
    signed = private.http_response.request
    assert signed.url.raw_path.decode() == seen[1].target and signed.headers["x-hk-apikey"] == KEY
    assert public.http_response.headers["content-type"] == "application/json"


def test_a_failed_attempt_closes_the_signers_flow_at_once() -> None:
    """GOPAX holds its API key's turn (nonces in order) until the reply; a failed attempt must hand it back
    before the call returns, not whenever the abandoned flow is collected."""
    from venuekit import gopax

    async def scenario() -> bool:
        async with LocalServer(lambda seen: None) as server:
            auth = _signer(gopax)
            async with gopax.AsyncClient(
                base_url=server.base, auth=auth, transport="aiohttp", timeout=0.2, max_retries=0, rate_limit=False
            ) as gp:
                with pytest.raises(venuekit.TimeoutError):
                    await gp.account.get_balances()
                turns = auth._nonces.turns  # type: ignore[attr-defined]
                free = bool(turns.acquire(0.0))
                if free:
                    turns.release()
                return free

    assert run(scenario()) is True


def test_the_http_log_shows_no_secret(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VENUEKIT_LOG_HTTP", "1")

    async def scenario() -> None:
        async with LocalServer(lambda seen: ok({"balances": [], "userId": "1"})) as server, client(server) as hk:
            await hk.account.get_account()
        signature = server.seen[0].target.rpartition("signature=")[2]
        assert len(signature) == 64
        text = caplog.text
        assert "/api/v1/account" in text and signature not in text and KEY not in text and SECRET not in text

    with caplog.at_level(logging.DEBUG, logger="venuekit"):
        run(scenario())


# --- the transport's pieces --------------------------------------------------------------------------------------


def test_reply_has_the_state_of_a_read_httpx_response() -> None:
    headers = [(b"Content-Type", b"application/json"), (b"X-Id", b"7")]
    body = json.dumps(TICKER).encode()
    extensions = {"http_version": b"HTTP/1.1", "reason_phrase": b"OK"}
    request = httpx.Request("GET", "http://127.0.0.1/x")
    reply = direct.Reply(200, headers, body, dict(extensions), request, None)
    expected = httpx.Response(
        200, headers=headers, stream=httpx.ByteStream(body), extensions=extensions, request=request
    )
    expected.read()
    # Every attribute httpx sets is set (its content decoder is made on demand, and not needed for a read body).
    assert set(vars(expected)) - {"_decoder"} <= set(vars(reply)) | {"headers"}
    for name in (
        "status_code",
        "content",
        "text",
        "is_closed",
        "is_stream_consumed",
        "reason_phrase",
        "http_version",
        "is_success",
        "encoding",
        "num_bytes_downloaded",
        "request",
        "next_request",
        "history",
    ):
        assert getattr(reply, name) == getattr(expected, name), name
    assert reply.json() == TICKER and list(reply.headers.multi_items()) == list(expected.headers.multi_items())


def test_an_encoded_body_is_decoded_by_httpx() -> None:
    body = json.dumps(TICKER).encode()
    packed = gzip.compress(body)
    reply = direct.Reply(
        200, [(b"Content-Encoding", b"gzip")], packed, {}, lambda: httpx.Request("GET", "http://h/"), "gzip"
    )
    assert reply.content == body and reply.request.url == "http://h/"
    with pytest.raises(httpx.DecodingError):
        direct.Reply(
            200, [(b"Content-Encoding", b"gzip")], b"plain", {}, lambda: httpx.Request("GET", "http://h/"), "gzip"
        )


def test_phases_are_cut_to_the_deadline_and_a_read_timeout_it_would_end_first_sets_no_timer() -> None:
    from venuekit import deadline

    assert direct._timeouts(5.0, 10.0, 60.0).sock_read == 10.0  # no deadline
    with deadline.within(60.0):
        kept = direct._timeouts(5.0, 10.0, 60.0)
    with deadline.within(2.0):
        dropped = direct._timeouts(5.0, 10.0, 60.0)
    assert kept.sock_read == 10.0 and kept.total is not None and 59 < kept.total <= 60
    assert dropped.sock_read is None and dropped.total is not None and dropped.total <= 2.0
    # Connecting stays bounded as a connect (a request never sent), cut to what is left, like the pool wait.
    assert kept.sock_connect == 5.0 and kept.connect is not None and 64 < kept.connect <= 65
    assert dropped.sock_connect is not None and dropped.connect is not None
    assert 1 < dropped.sock_connect <= 2.0 and dropped.connect <= 4.0


def test_aiohttp_adds_no_header_of_its_own() -> None:
    """With httpx's Accept, Accept-Encoding and User-Agent given, aiohttp adds nothing; without them (or with a body
    or a POST but no Content-Type) it is told not to add its own either."""
    headers = [("Accept", "*/*"), ("Accept-Encoding", "gzip"), ("User-Agent", "me")]
    assert direct._skip_auto_headers("GET", headers, None) is None
    assert direct._skip_auto_headers("DELETE", headers, b"x") is not None
    assert direct._skip_auto_headers("POST", headers, None) is not None  # aiohttp types every POST's body
    assert direct._skip_auto_headers("POST", [*headers, ("content-type", "text/plain")], b"x") is None
    assert direct._skip_auto_headers("GET", headers[1:], None) is not None

    async def scenario() -> list[Seen]:
        async with LocalServer(lambda seen: ok()) as server:
            transport = AiohttpTransport()
            try:
                url = httpx.URL(server.base + "/p?q=1")
                await transport.exchange("POST", url, [], b"raw", httpx.Timeout(5.0))
                await transport.exchange("GET", url, headers, None, httpx.Timeout(5.0))
            finally:
                await transport.aclose()
        return server.seen

    bare, full = run(scenario())
    assert set(bare.headers) == {"host", "content-length"} and bare.body == b"raw" and bare.target == "/p?q=1"
    assert set(full.headers) == {"host", "accept", "accept-encoding", "user-agent"}
    assert full.headers["user-agent"] == "me"


def test_the_parsed_url_is_kept_per_client_url_not_per_text() -> None:
    transport = AiohttpTransport()

    async def scenario() -> tuple[int, int]:
        async with LocalServer(lambda seen: ok()) as server:
            try:
                url = httpx.URL(server.base + "/a")
                for _ in range(3):
                    await transport.exchange("GET", url, [], None, httpx.Timeout(5.0))
                kept = len(transport._urls)
                signed = httpx.Request("GET", server.base + "/a?signature=1")
                await transport.exchange("GET", signed.url, [], None, httpx.Timeout(5.0), request=signed)
                return kept, len(transport._urls)
            finally:
                await transport.aclose()

    assert run(scenario()) == (1, 1)  # one entry for the repeated URL; none for a signed (one-off) URL
