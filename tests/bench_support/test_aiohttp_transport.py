"""`venuekit.transports.aiohttp.AiohttpTransport` against a local HTTP server (127.0.0.1, ephemeral port).

The server is a raw asyncio protocol in this process that records the exact bytes of each request and answers
from a script, so the tests see what aiohttp put on the wire. Skipped when aiohttp is not installed.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import hmac
import json
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

import venuekit
from venuekit import hashkey_mena
from venuekit.transports.aiohttp import AiohttpTransport

KEY = "test-key-0123456789"
SECRET = "test-secret-0123456789"

ACCOUNT = {
    "balances": [{"asset": "BTC", "assetId": "BTC", "assetName": "BTC", "total": "1.5", "free": "1", "locked": "0.5"}],
    "userId": "1",
}
NEW_ORDER = {
    "accountId": "1",
    "symbol": "BTCUSDT",
    "symbolName": "BTCUSDT",
    "clientOrderId": "bot-1",
    "orderId": "2",
    "transactTime": "1701093160541",
    "price": "30000",
    "origQty": "0.01",
    "executedQty": "0",
    "status": "NEW",
    "timeInForce": "GTC",
    "type": "LIMIT",
    "side": "BUY",
    "reqAmount": "0",
    "concentration": "",
}


class Reply:
    def __init__(self, body: bytes, *, status: str = "200 OK", headers: dict[str, str] | None = None) -> None:
        self.body = body
        self.status = status
        self.headers = {"Content-Type": "application/json", **(headers or {})}

    def encode(self) -> bytes:
        head = f"HTTP/1.1 {self.status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in self.headers.items())
        return (head + f"Content-Length: {len(self.body)}\r\n\r\n").encode() + self.body


class Seen:
    """One request as received: request line, headers (names lower-cased) and body, all as bytes on the wire."""

    def __init__(self, head: bytes, body: bytes) -> None:
        lines = head.decode("latin-1").split("\r\n")
        self.method, self.target, _ = lines[0].split(" ", 2)
        self.header_lines = lines[1:]
        self.headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
        self.body = body


Script = Callable[[Seen], Reply | None]


class LocalServer:
    """A loopback HTTP/1.1 server; `script(request)` gives the reply (None: never answer)."""

    def __init__(self, script: Script) -> None:
        self.script = script
        self.seen: list[Seen] = []
        self.server: asyncio.base_events.Server | None = None
        self.port = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def __aenter__(self) -> LocalServer:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                seen = Seen(head[:-4], b"")
                seen.body = await reader.readexactly(int(seen.headers.get("content-length", "0")))
                self.seen.append(seen)
                reply = self.script(seen)
                if reply is None:
                    await asyncio.sleep(30)
                    return
                writer.write(reply.encode())
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


def run(coro: Awaitable[Any]) -> Any:
    async def bounded() -> Any:
        return await asyncio.wait_for(coro, 20)

    return asyncio.run(bounded())


SETUP = ["httpx_args"]


@pytest.fixture(autouse=True, params=["httpx_args", "transport='aiohttp'"])
def setup(request: pytest.FixtureRequest) -> None:
    """Every test runs with both set-ups: the transport through httpx_args (httpx's client sends), and
    `transport="aiohttp"` (the SDK sends through the transport itself)."""
    SETUP[0] = request.param


def client(server: LocalServer, **kwargs: Any) -> hashkey_mena.AsyncClient:
    if SETUP[0] == "httpx_args":
        kwargs["httpx_args"] = {"transport": AiohttpTransport()}
    else:
        kwargs["transport"] = "aiohttp"
    return hashkey_mena.AsyncClient(KEY, SECRET, base_url=server.base, max_retries=0, **kwargs)


def test_the_direct_set_up_skips_httpx_send() -> None:
    async def scenario() -> None:
        async with LocalServer(lambda seen: Reply(json.dumps(ACCOUNT).encode())) as server:
            async with client(server) as hk:
                raw = await hk.with_raw_response(hk.account.get_account)
            assert raw.parsed.balances[0].total == Decimal("1.5")
            assert raw.http_response.request.url.path == "/api/v1/account" and raw.status_code == 200
            assert (hk._direct is not None) == (SETUP[0] != "httpx_args")

    run(scenario())


def test_a_silent_server_is_stopped_by_the_deadline() -> None:
    async def scenario() -> None:
        async with LocalServer(lambda seen: None) as server, client(server, deadline=0.3) as hk:
            with pytest.raises(venuekit.TimeoutError):
                await hk.market.get_depth(symbol="BTCUSDT")

    run(scenario())


def test_transport_aiohttp_refuses_a_second_transport() -> None:
    with pytest.raises(venuekit.ConfigurationError, match="transport"):
        hashkey_mena.AsyncClient(transport="aiohttp", httpx_args={"transport": AiohttpTransport()})
    with pytest.raises(venuekit.ConfigurationError, match="'httpx' or 'aiohttp'"):
        hashkey_mena.AsyncClient(transport="curl")


def test_a_signed_get_goes_out_exactly_as_signed() -> None:
    async def scenario() -> None:
        async with LocalServer(lambda seen: Reply(json.dumps(ACCOUNT).encode())) as server:
            async with client(server) as hk:
                account = await hk.account.get_account()
            assert account.balances[0].total == Decimal("1.5")
            (seen,) = server.seen
            path, _, query = seen.target.partition("?")
            assert (seen.method, path) == ("GET", "/api/v1/account")
            params = dict(parse_qsl(query))
            signed = query.rpartition("&signature=")[0]
            expected = hmac.new(SECRET.encode(), signed.encode(), hashlib.sha256).hexdigest()
            assert params["signature"] == expected
            assert seen.headers["x-hk-apikey"] == KEY
            # Only httpx's headers: aiohttp added no User-Agent or Accept of its own.
            assert seen.headers["user-agent"].startswith("python-httpx/")
            assert sum(line.lower().startswith("user-agent:") for line in seen.header_lines) == 1

    run(scenario())


def test_a_form_post_sends_the_signed_body_byte_for_byte() -> None:
    async def scenario() -> None:
        async with LocalServer(lambda seen: Reply(json.dumps(NEW_ORDER).encode())) as server:
            async with client(server) as hk:
                order = await hk.orders.create_order(
                    symbol="BTCUSDT",
                    side="BUY",
                    type_="LIMIT",
                    quantity=Decimal("0.01"),
                    price=Decimal("30000"),
                    new_client_order_id="bot-1",
                )
            assert order.order_id == "2"
            (seen,) = server.seen
            assert seen.method == "POST"
            assert seen.headers["content-type"] == "application/x-www-form-urlencoded"
            assert int(seen.headers["content-length"]) == len(seen.body)
            body = seen.body.decode()
            signed, _, signature = body.rpartition("&signature=")
            assert signature == hmac.new(SECRET.encode(), signed.encode(), hashlib.sha256).hexdigest()
            assert "symbol=BTCUSDT" in signed and "price=30000" in signed

    run(scenario())


def test_a_gzip_body_is_decoded_once_by_httpx() -> None:
    body = gzip.compress(json.dumps(ACCOUNT).encode())

    async def scenario() -> None:
        async with LocalServer(lambda seen: Reply(body, headers={"Content-Encoding": "gzip"})) as server:
            async with client(server) as hk:
                account = await hk.account.get_account()
            assert account.user_id == "1"

    run(scenario())


def test_a_large_body_is_streamed() -> None:
    payload = b"x" * 200_000

    async def scenario() -> None:
        async with LocalServer(lambda seen: Reply(payload, headers={"Content-Type": "text/plain"})) as server:
            transport = AiohttpTransport(buffer_limit=1024)
            async with (
                httpx.AsyncClient(transport=transport) as http,
                http.stream("GET", server.base + "/big") as response,
            ):
                chunks = [chunk async for chunk in response.aiter_bytes()]
            assert b"".join(chunks) == payload
            assert response.http_version == "HTTP/1.1"

    run(scenario())


def test_http_errors_still_raise_the_venue_errors() -> None:
    error = json.dumps({"code": -1121, "msg": "Invalid symbol."}).encode()

    async def scenario() -> None:
        async with LocalServer(lambda seen: Reply(error, status="400 Bad Request")) as server:
            async with client(server) as hk:
                with pytest.raises(venuekit.ApiError) as raised:
                    await hk.account.get_account()
            assert raised.value.status_code == 400

    run(scenario())


def test_a_refused_connection_is_a_transport_error() -> None:
    async def scenario() -> None:
        async with LocalServer(lambda seen: None) as server:
            base = server.base
        # The server is gone: nothing listens on the port any more.
        async with hashkey_mena.AsyncClient(
            base_url=base, httpx_args={"transport": AiohttpTransport()}, max_retries=0
        ) as hk:
            with pytest.raises(venuekit.TransportError):
                await hk.market.get_depth(symbol="BTCUSDT")

    run(scenario())


def test_a_silent_server_is_a_timeout() -> None:
    async def scenario() -> None:
        async with LocalServer(lambda seen: None) as server, client(server, timeout=0.3) as hk:
            with pytest.raises(venuekit.TimeoutError):
                await hk.market.get_depth(symbol="BTCUSDT")

    run(scenario())


def test_httpx_exceptions_come_back_from_the_transport() -> None:
    async def scenario() -> None:
        async with (
            LocalServer(lambda seen: None) as server,
            httpx.AsyncClient(transport=AiohttpTransport(), timeout=0.3) as http,
        ):
            with pytest.raises(httpx.ReadTimeout):
                await http.get(server.base + "/slow")

    run(scenario())


def test_a_closed_transport_refuses_requests() -> None:
    async def scenario() -> None:
        transport = AiohttpTransport()
        await transport.aclose()
        with pytest.raises(RuntimeError, match="closed"):
            await transport.handle_async_request(httpx.Request("GET", "http://127.0.0.1:9/"))

    run(scenario())
