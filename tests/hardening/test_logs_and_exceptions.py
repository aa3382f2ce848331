"""Nothing secret or bearer-like reaches a log record or an exception's text, with everything at DEBUG.

Every venue's signed REST calls, WebSocket token calls (create, extend, delete) and stream sign-ins run
against the sandboxes with httpx, httpcore, websockets and venuekit logging at DEBUG (and the SDK's own
request/response trace on). The values looked for are the ones actually sent: signature headers and
parameters (captured by an httpx request hook, after signing), the WebSocket API's `sign` params
(captured by the sandbox), the session tokens and listen keys the sandbox issued, the API key in full
and the secret. Before the fix, httpx's INFO line showed HashKey's `signature=` and listen keys, and the
DEBUG lines of websockets the GMO token (handshake path) and Bitunix's key and signature (frames).
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import logging
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

import venuekit
from venuekit.sandbox import Sandbox

from .drip import Dripper
from .support import chain_text, record_stream_calls, record_tokens

KEY = "AKIDhardening-key-0123456789-full"
SIGNATURE_HEADERS = frozenset({"api-sign", "signature", "sign"})
LOGGERS = ("httpx", "httpcore", "websockets", "venuekit")


class Capture(logging.Handler):
    """Formats every record as a handler of a `basicConfig(level=DEBUG)` would, traceback included."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
        self.lines: list[tuple[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append((record.name, self.format(record)))


@pytest.fixture
def capture(monkeypatch: pytest.MonkeyPatch) -> Iterator[Capture]:
    monkeypatch.setenv("VENUEKIT_LOG_HTTP", "1")
    handler = Capture()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


class Sent:
    """The credentials that went on the wire, from an httpx request hook (it runs after signing)."""

    def __init__(self) -> None:
        self.values: set[str] = set()

    def hook(self, request: httpx.Request) -> None:
        for name, value in request.headers.items():
            if name.lower() in SIGNATURE_HEADERS:
                self.values.add(value)
        pairs = [*request.url.params.multi_items()]
        if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            pairs += parse_qsl(request.content.decode())
        self.values |= {value for name, value in pairs if name == "signature"}

    async def ahook(self, request: httpx.Request) -> None:
        self.hook(request)

    def args(self, *, is_async: bool = False) -> dict[str, Any]:
        return {"event_hooks": {"request": [self.ahook if is_async else self.hook]}}


def secret_for(venue: str) -> str:
    return Sandbox(venue).secret


SIGNED_CALLS: dict[str, list[Any]] = {
    "gmo_coin": [
        lambda c: c.account.get_assets(),
        lambda c: c.orders.create_order(symbol="BTC", side="BUY", execution_type="LIMIT", price="430001", size="0.02"),
    ],
    "gmo_coin_fx": [
        lambda c: c.account.get_assets(),
        lambda c: c.orders.create_order(
            symbol="USD_JPY", side="BUY", size="10000", execution_type="LIMIT", limit_price="130.5"
        ),
    ],
    "hashkey_mena": [
        lambda c: c.account.get_account(),
        lambda c: c.orders.create_order(symbol="BTCUSD", side="BUY", type_="LIMIT", quantity="0.01", price="30000"),
    ],
    "gopax": [
        lambda c: c.account.get_balances(),
        lambda c: c.orders.create_order(
            type_="limit", side="buy", amount="0.01", price="1000", trading_pair_name="BTC-KRW"
        ),
    ],
    "bitunix": [
        lambda c: c.account.get_balances(),
        lambda c: c.orders.create_order(symbol="BTCUSDT", side="BUY", type_="LIMIT", volume="0.01", price="30000"),
    ],
}


async def private_stream_round(venue: str, sandbox: Sandbox, sent: Sent) -> None:
    """Sign a private stream in, extend its token over REST, and close it (which deletes the token)."""
    package = importlib.import_module(f"venuekit.{venue}")
    streams = importlib.import_module(f"venuekit.{venue}.streams")
    options = dataclasses.replace(streams.PrivateStream.DEFAULT_OPTIONS, command_interval=0.0)
    async with package.AsyncClient(
        KEY, sandbox.secret, base_url=sandbox.url, rate_limit=False, httpx_args=sent.args(is_async=True)
    ) as rest:
        stream = streams.PrivateStream(rest=rest, url=sandbox.stream_url("PrivateStream"), options=options)
        async with stream as ws:
            await ws.wait_connected(5)
            token = stream.lifecycle.token
            assert token
            if venue == "hashkey_mena":
                await rest.user_stream.keep_alive_listen_key(listen_key=token)
            else:
                await rest.ws_auth.extend_ws_auth_token(token=token)


async def bitunix_websocket_round(sandbox: Sandbox) -> None:
    streams = importlib.import_module("venuekit.bitunix.streams")
    async with streams.WebSocketApi(KEY, sandbox.secret, url=sandbox.stream_url("WebSocketApi")) as ws:
        await ws.get_balances()
        await ws.create_order(symbol="BTCUSDT", side="BUY", type_="LIMIT", volume="0.01", price="30000")


def test_no_credential_in_any_log_record(capture: Capture) -> None:
    looked_for: set[str] = set()
    secrets: set[str] = set()
    for venue, calls in SIGNED_CALLS.items():
        package = importlib.import_module(f"venuekit.{venue}")
        with Sandbox(venue) as sandbox:
            secrets.add(sandbox.secret)
            sent = Sent()
            stream_calls = record_stream_calls(sandbox)
            issued = record_tokens(sandbox)
            with package.Client(
                KEY, sandbox.secret, base_url=sandbox.url, rate_limit=False, httpx_args=sent.args()
            ) as client:
                for call in calls:
                    call(client)
            if venue in ("gmo_coin", "gmo_coin_fx", "hashkey_mena"):
                asyncio.run(private_stream_round(venue, sandbox, sent))
                assert issued, f"{venue}: the sandbox issued no token"
                looked_for |= set(issued)
            if venue == "bitunix":
                asyncio.run(bitunix_websocket_round(sandbox))
                signs = {str(params["sign"]) for params in stream_calls}
                assert len(signs) >= 2
                looked_for |= signs
            assert len(sent.values) >= len(calls), f"{venue}: the test must see the signatures it looks for"
            looked_for |= sent.values

    loggers = {name.split(".", 1)[0] for name, _ in capture.lines}
    assert set(LOGGERS) <= loggers, f"every library must have logged something: {loggers}"
    assert any("signature=***" in line for _, line in capture.lines)  # HashKey's signed URL, masked
    for name, line in capture.lines:
        assert KEY not in line, (name, line)
        for secret in secrets:
            assert secret not in line, (name, line)
        for value in looked_for:
            assert value not in line, (name, value, line)


def test_no_credential_in_any_exception_text() -> None:
    """Failures of signed calls: the venue's refusal, a refused connection, a deadline, a 404, a stream."""
    errors: list[BaseException] = []
    sent = Sent()

    def catch(call: Any) -> None:
        try:
            call()
        except venuekit.VenueError as exc:
            errors.append(exc)
        else:
            pytest.fail("expected a failure")

    from venuekit import gopax, hashkey_mena

    with Sandbox("hashkey_mena") as sandbox:
        with hashkey_mena.Client(KEY, "wrong-secret", base_url=sandbox.url, httpx_args=sent.args()) as wrong:
            catch(lambda: wrong.account.get_account())
        closed_port = sandbox.url
    with hashkey_mena.Client(KEY, "s3cret-value", base_url=closed_port, httpx_args=sent.args(), max_retries=0) as gone:
        catch(lambda: gone.account.get_account())
    with (
        Dripper(drip_head=True, drip_body=False).running() as server,
        hashkey_mena.Client(KEY, "s3cret-value", base_url=server.url, httpx_args=sent.args()) as slow,
    ):
        catch(lambda: slow.account.get_account(deadline=0.3))
    with Sandbox("gopax") as sandbox:
        with gopax.Client(KEY, sandbox.secret, base_url=sandbox.url, httpx_args=sent.args()) as client:
            catch(lambda: client.orders.get_order(order_id="999999"))
        streams = importlib.import_module("venuekit.bitunix.streams")

        async def wrong_ws() -> None:
            with Sandbox("bitunix") as bitunix_sandbox:
                async with streams.WebSocketApi(KEY, "wrong", url=bitunix_sandbox.stream_url("WebSocketApi")) as ws:
                    await ws.get_balances()

        catch(lambda: asyncio.run(wrong_ws()))

    assert len(sent.values) >= 4
    kinds = {type(error).__mro__[1] for error in errors}
    assert len(errors) == 5 and len(kinds) >= 3, errors
    for error in errors:
        text = chain_text(error)
        assert KEY not in text and "s3cret-value" not in text and "wrong-secret" not in text, text
        for value in sent.values:
            assert value not in text, text
    transport_error = errors[1]
    assert isinstance(transport_error, venuekit.TransportError) and "GET 127.0.0.1" in str(transport_error)
    assert isinstance(errors[2], venuekit.TimeoutError)
    assert "/orders/999999" in str(errors[3])


@pytest.mark.parametrize(
    ("venue", "call"),
    [
        ("hashkey_mena", lambda c, token: c.user_stream.keep_alive_listen_key(listen_key=token)),  # form body
        ("hashkey_mena", lambda c, token: c.user_stream.close_listen_key(listen_key=token)),  # query string
        ("gmo_coin", lambda c, token: c.ws_auth.extend_ws_auth_token(token=token)),  # JSON body
    ],
)
def test_a_credential_the_caller_passes_in_is_masked_too(capture: Capture, venue: str, call: Any) -> None:
    """A token that did not come from this process (no lifecycle knows it): the spec's x-sdk-credential."""
    token = "caller-token-" + "7" * 40
    package = importlib.import_module(f"venuekit.{venue}")
    ok = {"status": 0, "responsetime": "2019-03-19T02:15:06.001Z"} if venue == "gmo_coin" else {}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=ok))
    with package.Client(KEY, "secret-for-the-mock", httpx_args={"transport": transport}, rate_limit=False) as client:
        call(client, token)
    assert any(name.startswith("venuekit") for name, _ in capture.lines)  # the request trace was logged
    for name, line in capture.lines:
        assert token not in line, (name, line)


def test_gopax_stream_sign_in_is_masked_in_logs(capture: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    """GOPAX signs its private stream in the connection's query string: the URL websockets logs."""
    from venuekit.auth.gopax import GopaxAuth

    signed: list[str] = []
    sign = GopaxAuth.sign_message

    def recording(self: GopaxAuth, message: bytes) -> str:
        signed.append(sign(self, message))
        return signed[-1]

    monkeypatch.setattr(GopaxAuth, "sign_message", recording)
    streams = importlib.import_module("venuekit.gopax.streams")

    async def round_trip(sandbox: Sandbox) -> None:
        url = sandbox.stream_url("PrivateStream")
        async with streams.PrivateStream(KEY, sandbox.secret, url=url) as ws:
            ws.orders()
            await ws.wait_connected(5)

    with Sandbox("gopax") as sandbox:
        asyncio.run(round_trip(sandbox))
    assert signed, "the stream must have signed its sign-in"
    assert any(name.startswith("websockets") for name, _ in capture.lines)
    for name, line in capture.lines:
        assert KEY not in line, (name, line)
        for value in signed:
            assert value not in line, (name, value, line)
