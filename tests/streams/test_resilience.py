"""No silent hangs: a first connection that cannot be made fails after a bounded number of attempts, a
long-lived stream keeps reconnecting (and shows its state), hostile frames are decode errors, and a
request/response socket recovers from replies that never come, garbage and foreign ids."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
from typing import Any

import pytest
from websockets.asyncio.server import ServerConnection

import venuekit
from venuekit.streams import (
    Channel,
    Gap,
    Protocol,
    Stream,
    StreamConnectError,
    StreamDecodeError,
    StreamOptions,
)

from .conftest import fast
from .fakes import FakeVenue, ManualClock, eventually, run, take
from .test_bitunix_streams import Venue, api

MADE_UP = Protocol(name="made-up", environments={"test": "unused"}, venue="made_up")


def _closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _channel(name: str = "x", parse: Any = dict) -> Channel[Any]:
    return Channel(name=name, parse=parse, route={"ch": (name,)}, subscribe={"op": "sub", "ch": name})


async def _instant(delay: float) -> None:
    """Backoff sleeps that take no time (the attempts are what is being counted)."""
    await asyncio.sleep(0)


def test_a_first_connection_that_is_refused_fails_after_the_configured_attempts(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def scenario() -> None:
        url = f"ws://127.0.0.1:{_closed_port()}/ws"
        stream = Stream(MADE_UP, url=url, options=fast(StreamOptions(), connect_attempts=3), sleep=_instant)
        async with stream:
            sub = stream.subscribe(_channel())
            with pytest.raises(StreamConnectError) as raised:
                await asyncio.wait_for(anext(sub), 5)
            error = raised.value
            assert isinstance(error, venuekit.TransportError) and error.attempts == 3
            assert "3 attempt(s)" in str(error) and url in str(error)
            assert isinstance(error.__cause__, OSError)  # the last refusal
            assert stream.state == "failed" and stream.attempts == 3
            with pytest.raises(StreamConnectError):
                await stream.wait_connected(1)
            with pytest.raises(StreamConnectError):
                stream.subscribe(_channel("y"))

    with caplog.at_level(logging.INFO, logger="venuekit.streams"):
        run(scenario())
    attempts = [r.getMessage() for r in caplog.records if "connecting (attempt" in r.getMessage()]
    assert attempts == [f"made-up: connecting (attempt {n})" for n in (1, 2, 3)]


def test_a_handshake_refused_by_the_server_counts_as_a_failed_attempt() -> None:
    async def scenario() -> None:
        async with FakeVenue(reject=lambda path: 404) as venue:
            options = fast(StreamOptions(), connect_attempts=2)
            async with Stream(MADE_UP, url=venue.url + "/wrong", options=options, sleep=_instant) as stream:
                with pytest.raises(StreamConnectError, match="HTTP 404"):
                    await stream.wait_connected(5)
                assert stream.attempts == 2

    run(scenario())


def test_a_malformed_url_is_a_configuration_error_at_once() -> None:
    async def scenario() -> None:
        async with Stream(MADE_UP, url="not a websocket url", options=fast(StreamOptions())) as stream:
            with pytest.raises(venuekit.ConfigurationError, match="not a WebSocket URL"):
                await stream.wait_connected(5)
            assert stream.attempts == 1 and stream.state == "failed"

    run(scenario())


def test_a_stream_that_was_connected_keeps_reconnecting_past_the_attempt_limit() -> None:
    refusing = {"on": False}

    async def scenario() -> None:
        clock = ManualClock()
        async with FakeVenue(reject=lambda path: 503 if refusing["on"] else None) as venue:
            options = fast(StreamOptions(), connect_attempts=2, reconnect_initial=1.0, reconnect_max=8.0)
            stream = Stream(MADE_UP, url=venue.url, options=options, clock=clock, sleep=clock.sleep)
            async with stream:
                sub = stream.subscribe(_channel())
                await eventually(lambda: stream.state == "connected")
                refusing["on"] = True
                venue.drop()
                await eventually(lambda: stream.state == "reconnecting")
                for _ in range(6):  # six refused handshakes: three times the first-connection limit
                    await clock.advance(8.0)
                    await eventually(lambda: stream.attempts >= 3, what="attempts")
                assert stream.state == "reconnecting" and stream.attempts >= 6
                assert "503" in str(stream.last_error)
                refusing["on"] = False
                await clock.advance(8.0)
                await eventually(lambda: stream.state == "connected", what="reconnected")
                await venue.send({"ch": "x", "n": 1})
                items = await take(sub.with_gaps(), 2)
                assert isinstance(items[0], Gap) and items[0].reasons == ("disconnected",)
                assert items[1] == {"ch": "x", "n": 1}
                assert stream.reconnects == 1
                assert venue.messages()[-1] == {"op": "sub", "ch": "x"}  # subscribed again

    run(scenario())


def test_frames_nested_thousands_deep_are_decode_errors_not_recursion_errors() -> None:
    async def scenario() -> None:
        async with FakeVenue() as venue, Stream(MADE_UP, url=venue.url, options=fast(StreamOptions())) as stream:
            sub = stream.subscribe(_channel())
            await stream.wait_connected(2)
            await venue.send("[" * 100_000 + "]" * 100_000)
            await venue.send('{"ch": "x", "deep": ' + "[" * 50_000 + "]" * 50_000 + "}")
            await venue.send({"ch": "x", "n": 2})
            items = await take(sub.with_gaps(), 2)
            assert isinstance(items[0], Gap) and items[0].reasons == ("decode_error",) and items[0].dropped == 2
            assert items[1] == {"ch": "x", "n": 2}
            assert all(isinstance(e, StreamDecodeError) for e in stream.errors)
            assert "nested too deeply" in str(stream.errors[0])
            assert stream.state == "connected"

    run(scenario())


def test_a_parser_that_raises_anything_costs_one_message_not_the_stream() -> None:
    def fragile(message: dict[str, Any]) -> dict[str, Any]:
        if message.get("boom"):
            raise RuntimeError("unexpected")
        return message

    async def scenario() -> None:
        async with FakeVenue() as venue, Stream(MADE_UP, url=venue.url, options=fast(StreamOptions())) as stream:
            sub = stream.subscribe(_channel(parse=fragile))
            await stream.wait_connected(2)
            await venue.send({"ch": "x", "boom": True})
            await venue.send({"ch": "x", "n": 3})
            items = await take(sub.with_gaps(), 2)
            assert isinstance(items[0], Gap) and items[1] == {"ch": "x", "n": 3}
            assert "RuntimeError: unexpected" in str(stream.errors[-1])
            assert stream.reconnects == 0

    run(scenario())


def test_a_server_string_ping_is_answered_and_a_silent_server_is_left() -> None:
    protocol = Protocol(
        name="primus",
        environments={"test": "unused"},
        heartbeat="server",
        server_ping_pattern=r"primus::ping::(\d+)",
        server_pong=r"primus::pong::\g<1>",
    )
    pongs: list[Any] = []

    async def script(venue: FakeVenue, connection: ServerConnection, message: Any) -> None:
        pongs.append(message)

    async def scenario() -> None:
        async with FakeVenue(script) as venue:
            options = fast(StreamOptions(), ping_interval=0.2, ping_timeout=0.1)
            async with Stream(protocol, url=venue.url, options=options) as stream:
                await stream.wait_connected(2)
                await venue.send(json.dumps("primus::ping::1591318325140"))
                await eventually(lambda: pongs == ["primus::pong::1591318325140"], what="pong")
                assert stream.unrouted == 0 and not stream.errors
                await eventually(lambda: len(venue.connections) == 2, what="reconnect after 0.3 s of silence")
                assert "no frame" in str(stream.last_error)

    run(scenario())


# --- the Bitunix WebSocket API: one socket, many requests -------------------------------------------------
def test_requests_recover_from_a_missing_reply_garbage_and_a_foreign_id() -> None:
    async def scenario() -> None:
        script = Venue()
        async with FakeVenue(script) as venue, api(venue, request_timeout=0.3) as ws:

            def asked(method: str) -> int:
                return sum(m["method"] == method for m in venue.messages())

            script.silent.add("market.last_price")
            with pytest.raises(venuekit.TimeoutError, match=r"no reply within 0\.3s"):
                await ws.get_last_price(symbol="BTCUSDT")
            script.silent.clear()
            assert str(await ws.get_last_price(symbol="BTCUSDT")) == "10000.00"

            script.silent.add("market.depth")
            pending = asyncio.ensure_future(ws.get_depth(symbol="BTCUSDT", precision="0.01"))
            await eventually(lambda: asked("market.depth") == 1)
            await venue.send("<html>502 Bad Gateway</html>")  # garbage where the reply should be
            with pytest.raises(venuekit.TimeoutError, match="1 undecodable frame"):
                await pending
            pending = asyncio.ensure_future(ws.get_depth(symbol="BTCUSDT", precision="0.01"))
            await eventually(lambda: asked("market.depth") == 2)
            await venue.send({"id": "no-such-request", "code": "0", "msg": "success", "data": "pong"})
            with pytest.raises(venuekit.TimeoutError):
                await pending
            await venue.send("[" * 100_000)  # hostile: the stream must survive it
            script.silent.clear()
            depth = await ws.get_depth(symbol="BTCUSDT", precision="0.01")
            assert depth.asks and depth.bids
            assert str(await ws.get_last_price(symbol="BTCUSDT")) == "10000.00"
            assert ws.reconnects == 0 and ws.state == "connected"

    run(scenario())
