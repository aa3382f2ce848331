"""The connection loop of `venuekit.streams.Stream` on in-memory sockets and a virtual clock: the exact handshake
parameters, each heartbeat style (when pings go out, what a reply is, when a silent socket is declared dead), the
backoff between attempts and its log lines, what ends the stream for good and what is only retried, what closing
does to waiting requests and subscriptions, and the recorder hooks of the loop.

Each scenario runs on `run_virtual` (tests/virtual_time.py): `asyncio.sleep` takes no real time and the loop's
clock says exactly when each thing happened, whatever the machine's load."""

from __future__ import annotations

import asyncio
import gzip
import itertools
import json
import logging
import random
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosedError, ConnectionClosedOK, InvalidStatus
from websockets.frames import Close
from websockets.http11 import Response

import venuekit
import venuekit.streams.connection as connection
from venuekit.errors import ApiError, AuthenticationError
from venuekit.streams import (
    Channel,
    ConnectionLostError,
    Gap,
    Protocol,
    Stream,
    StreamClosedError,
    StreamOptions,
    TokenLifecycle,
)
from venuekit.streams.connection import Rpc
from venuekit.streams.playback import Replay
from venuekit.streams.recording import read

from ..virtual_time import run_virtual

NAME = "made-up"
PLAIN = Protocol(name=NAME, environments={"test": "wss://venue.example/ws"}, venue="made_up")
OPTIONS = StreamOptions(
    ping_interval=20.0, ping_timeout=5.0, reconnect_initial=1.0, reconnect_max=100.0, connect_attempts=3, proxy=None
)
TICKS = Channel(name="ticks", parse=dict, route={"ch": ("t",)}, subscribe={"op": "sub"}, unsubscribe={"op": "unsub"})

_END = object()


def _dropped() -> ConnectionClosedError:
    return ConnectionClosedError(None, None)  # the TCP connection went away: no close frame either way


class Wire:
    """One in-memory connection as the loop's `Socket`: the test puts frames (or an exception, or the end) in,
    and reads what the stream sent, with the virtual time of each send. `answer` may reply to each sent text."""

    def __init__(self, *frames: Any, answer: Callable[[Wire, Any], None] | None = None) -> None:
        self.incoming: asyncio.Queue[Any] = asyncio.Queue()
        for frame in frames:
            self.put(frame)
        self.answer = answer
        self.slow: Callable[[Any], bool] = lambda message: False
        """Which sends take a (virtual) second, as a send over a congested link would."""
        self.sent: list[tuple[float, Any]] = []
        self.close_exc: BaseException | None = None
        self.closed_at: float | None = None
        self.aborted_at: float | None = None

    def put(self, frame: Any) -> None:
        self.incoming.put_nowait(json.dumps(frame) if isinstance(frame, dict | list) else frame)

    def end(self, close_exc: BaseException | None = None) -> None:
        """The venue ends the connection (`close_exc`: what `websockets` would report)."""
        self.close_exc = close_exc
        self.incoming.put_nowait(_END)

    async def send(self, message: str) -> None:
        if self.closed_at is not None or self.aborted_at is not None:
            raise _dropped()
        await asyncio.sleep(1.0 if self.slow(json.loads(message)) else 0)  # a real send yields to the loop
        self.sent.append((asyncio.get_running_loop().time(), json.loads(message)))
        if self.answer is not None:
            self.answer(self, json.loads(message))

    def __aiter__(self) -> AsyncIterator[str | bytes]:
        return self._frames()

    async def _frames(self) -> AsyncIterator[str | bytes]:
        while True:
            item = await self.incoming.get()
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item

    async def close(self) -> None:
        self.closed_at = asyncio.get_running_loop().time()
        self.close_exc = self.close_exc or ConnectionClosedOK(Close(1000, ""), Close(1000, ""), True)
        self.incoming.put_nowait(_END)
        await asyncio.sleep(0)

    def abort(self) -> None:
        if self.aborted_at is None and self.closed_at is None:
            self.aborted_at = asyncio.get_running_loop().time()
        self.incoming.put_nowait(_END)

    def messages(self) -> list[Any]:
        return [message for _, message in self.sent]


class Memory(Stream):
    """A live stream (no `source`: the live code path) whose connections are the test's `Wire`s, handed out in
    order; an exception in the list is what that attempt raises. When the list runs out, attempts wait forever."""

    def __init__(self, wires: list[Any], protocol: Protocol = PLAIN, **more: Any) -> None:
        more.setdefault("options", OPTIONS)
        super().__init__(protocol, **more)
        self.wires = wires
        self.opened_at: list[float] = []
        self.urls: list[str] = []

    async def _open(self) -> Any:
        self.urls.append(await self._url())  # (the session token is fetched here)
        self.opened_at.append(asyncio.get_running_loop().time())
        if not self.wires:
            await asyncio.Event().wait()
        item = self.wires.pop(0)
        if isinstance(item, BaseException):
            raise item
        return item


def virtual(scenario: Callable[[asyncio.AbstractEventLoop], Coroutine[Any, Any, Any]]) -> Any:
    result, _ = run_virtual(scenario)
    return result


async def until(condition: Callable[[], bool], what: str = "condition") -> None:
    """Let the loop run (virtual time moves in small steps) until `condition()` holds."""
    for _ in range(4000):
        if condition():
            return
        await asyncio.sleep(0.25)
    raise AssertionError(f"never happened: {what}")


@pytest.fixture
def top_of_range(monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, float]]:
    """The backoff's jitter always draws the top of its range; the ranges it was asked for are kept."""
    drawn: list[tuple[float, float]] = []

    def uniform(low: float, high: float) -> float:
        drawn.append((low, high))
        return high

    monkeypatch.setattr(random, "uniform", uniform)
    return drawn


def _logged(caplog: pytest.LogCaptureFixture) -> list[tuple[str, str]]:
    return [(r.levelname, r.getMessage()) for r in caplog.records if r.name == "venuekit.streams"]


# --- the handshake ------------------------------------------------------------------------------------------------


class _FakeConnection:
    """What `websockets.connect` returns, as far as `_LiveSocket` uses it."""

    def __init__(self) -> None:
        self.sent: list[str] = []
        self.close_exc = ConnectionClosedOK(Close(1000, "bye"), Close(1000, "bye"), True)
        self.closed = 0
        self.transport = self
        self.aborted = 0

    async def send(self, message: str) -> None:
        self.sent.append(message)

    def __aiter__(self) -> AsyncIterator[str]:
        return self._frames()

    async def _frames(self) -> AsyncIterator[str]:
        await asyncio.sleep(0.5)  # (the subscribe command goes out meanwhile)
        yield '{"ch":"t","n":1}'

    async def close(self) -> None:
        self.closed += 1

    def abort(self) -> None:
        self.aborted += 1


def test_the_handshake_takes_the_options_and_pings_only_where_the_spec_says(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, top_of_range: list[tuple[float, float]]
) -> None:
    calls: list[tuple[str, dict[str, Any]]] = []
    made: list[_FakeConnection] = []

    async def connect(url: str, **options: Any) -> _FakeConnection:
        calls.append((url, options))
        made.append(_FakeConnection())
        return made[-1]

    monkeypatch.setattr(connection, "connect", connect)
    options = StreamOptions(
        ping_interval=7.0, ping_timeout=3.0, open_timeout=4.0, close_timeout=2.5, max_size=1234, proxy="http://p:1",
        reconnect_initial=1.0, connect_attempts=1,
    )  # fmt: skip
    caplog.set_level(logging.INFO, logger="venuekit.streams")

    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        seen = []
        # The default heartbeat is the protocol-level one (websockets' pings); "message" pings are the stream's own.
        for protocol in (
            PLAIN,
            Protocol(name=NAME, environments={"test": "wss://venue.example/ws"}, heartbeat="message"),
        ):
            calls.append(("--", {}))
            stream = Stream(protocol, options=options)
            sub = stream.subscribe(TICKS)
            async with stream:
                assert await asyncio.wait_for(sub.__anext__(), 1) == {"ch": "t", "n": 1}
                await until(lambda: stream.reconnects == 1, "the normal close")  # noqa: B023 (awaited here)
                # A connection the venue closed normally: its close is the reason, as `websockets` reports it.
                assert isinstance(stream.last_error, ConnectionClosedOK)
                assert str(stream.last_error) == "received 1000 (OK) bye; then sent 1000 (OK) bye"
                seen.append((stream.state, made[-1].sent, made[-1].aborted))
        return tuple(seen)

    first, second = virtual(scenario)
    assert first == second == ("reconnecting", ['{"op":"sub"}'], 1)
    common = {"open_timeout": 4.0, "close_timeout": 2.5, "max_size": 1234, "proxy": "http://p:1"}
    pinged = ("wss://venue.example/ws", {**common, "ping_interval": 7.0, "ping_timeout": 3.0})
    unpinged = ("wss://venue.example/ws", {**common, "ping_interval": None, "ping_timeout": None})
    split = calls.index(("--", {}), 1)
    assert calls[0] == ("--", {}) and split >= 2 and len(calls) > split + 1  # each stream connected
    assert calls[1:split] == [pinged] * (split - 1)
    assert calls[split + 1 :] == [unpinged] * (len(calls) - split - 1)
    assert (
        "WARNING",
        "made-up: connection lost (received 1000 (OK) bye; then sent 1000 (OK) bye); attempt 2 in 1.00s",
    ) in _logged(caplog)


# --- heartbeats ---------------------------------------------------------------------------------------------------

MESSAGE_PINGS = Protocol(
    name=NAME, environments={"test": "wss://venue.example/ws"}, heartbeat="message",
    ping_message={"op": "ping", "ts": "{now_ms}"}, pong_field="pong",
)  # fmt: skip


def test_message_pings_go_out_on_schedule_and_a_silent_socket_is_dropped(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, top_of_range: list[tuple[float, float]]
) -> None:
    monkeypatch.setattr(time, "time_ns", lambda: 1_700_000_000_123_999_999)
    caplog.set_level(logging.INFO, logger="venuekit.streams")
    answered = 2

    def pong(wire: Wire, message: Any) -> None:
        nonlocal answered
        if message.get("op") == "ping" and answered:
            answered -= 1
            wire.put({"pong": message["ts"]})  # consumed by the stream, never routed

    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        first, second = Wire(answer=pong), Wire()
        stream = Memory([first, second], MESSAGE_PINGS)
        async with stream:
            await until(lambda: stream.attempts == 2 and stream.connected, "the reconnection")
            error = stream.last_error
        return first.sent, first.aborted_at, stream.opened_at, error, stream.unrouted, stream.reconnects

    sent, aborted_at, opened_at, error, unrouted, reconnects = virtual(scenario)
    # A ping every interval, the first one `interval - timeout` after connecting, each given `timeout` to be answered:
    # at 15 and 35 answered, at 55 not: the socket is declared dead at 60.
    ping = {"op": "ping", "ts": 1_700_000_000_123}
    assert sent == [(15.0, ping), (35.0, ping), (55.0, ping)]
    assert aborted_at == 60.0
    assert opened_at == [0.0, 61.0]  # the backoff's first wait: reconnect_initial
    assert isinstance(error, ConnectionLostError)
    assert str(error) == "made-up: no heartbeat reply within 5.0s"
    assert (unrouted, reconnects) == (0, 1)
    assert _logged(caplog) == [
        ("INFO", "made-up: connecting (attempt 1)"),
        ("WARNING", "made-up: connection lost (made-up: no heartbeat reply within 5.0s); attempt 2 in 1.00s"),
        ("INFO", "made-up: connecting (attempt 2)"),
    ]


def test_any_frame_is_a_heartbeat_reply_and_without_an_interval_nothing_is_sent() -> None:
    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        busy = Wire()
        stream = Memory([busy], MESSAGE_PINGS)
        sub = stream.subscribe(TICKS)
        async with stream:
            await asyncio.sleep(7)
            for n in range(12):  # a message every 10 s (at 17, 27, ...): one within the timeout after each ping
                await asyncio.sleep(10)
                busy.put({"ch": "t", "n": n})
            assert stream.connected and busy.aborted_at is None
        quiet = Wire()
        lazy = Memory([quiet], MESSAGE_PINGS, options=StreamOptions(ping_interval=None, proxy=None))
        async with lazy:
            await asyncio.sleep(1000)
            assert lazy.connected and quiet.aborted_at is None
        untimed = Wire()
        patient = Memory([untimed], MESSAGE_PINGS, options=StreamOptions(ping_timeout=None, proxy=None))
        async with patient:
            await asyncio.sleep(1000)
            assert patient.connected and untimed.aborted_at is None
        return busy.messages(), len(sub.drain()), quiet.sent, untimed.sent

    pings, received, none, none_either = virtual(scenario)
    assert pings[0] == {"op": "sub"}
    assert len(pings) == 1 + 6 and all(p["op"] == "ping" for p in pings[1:])  # at 15, 35, ... 115
    assert (received, none, none_either) == (12, [], [])


SERVER_PINGS = Protocol(
    name=NAME, environments={"test": "wss://venue.example/ws"}, heartbeat="server", server_ping_field="ping",
    pong_field="pong",
)  # fmt: skip


def test_server_pings_are_answered_and_a_venue_that_stops_pinging_is_left(
    top_of_range: list[tuple[float, float]],
) -> None:
    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        wire, mute = Wire(), Wire()
        loop.call_at(94.0, mute.put, {"ping": 9})  # one ping 8 s into the second connection, then silence
        stream = Memory([wire, mute], SERVER_PINGS)
        async with stream:
            for n in (1, 2, 3):
                await asyncio.sleep(20)  # the venue pings every 20 s (the interval)
                wire.put({"ping": n})
            await until(lambda: stream.reconnects == 1, "the reconnection")
            error = stream.last_error
            await until(lambda: stream.reconnects == 2, "the second reconnection")
        return wire.sent, wire.aborted_at, error, stream.unrouted, stream.opened_at, mute.aborted_at

    sent, aborted_at, error, unrouted, opened_at, mute_aborted_at = virtual(scenario)
    assert sent == [(20.0, {"pong": 1}), (40.0, {"pong": 2}), (60.0, {"pong": 3})]
    assert aborted_at == 85.0  # nothing for interval + timeout after the last ping
    assert isinstance(error, ConnectionLostError) and str(error) == "made-up: no frame (nor ping) for 25.0s"
    assert unrouted == 0  # pings are not messages
    assert opened_at[:2] == [0.0, 86.0] and mute_aborted_at == 119.0  # interval + timeout after its only ping


RPC_PINGS = Protocol(
    name=NAME, environments={"test": "wss://venue.example/ws"}, heartbeat="rpc", ping_method="ping", rpc=Rpc(),
)  # fmt: skip


def test_rpc_pings_count_an_error_reply_as_alive_and_time_out_without_one() -> None:
    replies: list[dict[str, Any] | None] = [{"code": "0"}, {"code": "5", "msg": "busy"}, None]

    def answer(wire: Wire, message: Any) -> None:
        reply = replies.pop(0) if replies else None
        if reply is not None:
            wire.put({"id": message["id"], **reply})

    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        wire = Wire(answer=answer)
        stream = Memory([wire, Wire()], RPC_PINGS)
        async with stream:
            await until(lambda: stream.reconnects == 1, "the reconnection")
            error = stream.last_error
        return wire.sent, wire.aborted_at, error

    sent, aborted_at, error = virtual(scenario)
    assert sent == [
        (15.0, {"id": "1", "method": "ping", "params": {}}),
        (30.0, {"id": "2", "method": "ping", "params": {}}),  # answered at once: the next one `interval - timeout` on
        (45.0, {"id": "3", "method": "ping", "params": {}}),  # (the error reply still proves the socket alive)
    ]
    assert aborted_at == 50.0
    assert isinstance(error, ConnectionLostError) and str(error) == "made-up: no heartbeat reply within 5.0s"


# --- reconnecting -------------------------------------------------------------------------------------------------


def test_each_lost_connection_is_counted_gapped_logged_and_backed_off(
    caplog: pytest.LogCaptureFixture, top_of_range: list[tuple[float, float]]
) -> None:
    caplog.set_level(logging.INFO, logger="venuekit.streams")
    options = StreamOptions(ping_interval=None, reconnect_initial=1.0, reconnect_max=12.0, proxy=None)

    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        # A connection with frames, then five that drop before any frame: the waits double from the first
        # fruitless one, up to the ceiling; a connection with frames starts the count again.
        wires = [Wire({"ch": "t", "n": 1}, _dropped())] + [Wire(_dropped()) for _ in range(5)]
        wires += [Wire({"ch": "t", "n": 2}, _dropped()), Wire()]
        stream = Memory(wires, options=options)
        sub = stream.subscribe(TICKS)
        async with stream:
            await until(lambda: stream.reconnects == 7 and stream.connected, "the last connection")
            items = sub.drain()
            state = (stream.state, stream.attempts, stream.reconnects, str(stream.last_error))
        return stream.opened_at, items, state

    opened_at, items, state = virtual(scenario)
    assert [b - a for a, b in itertools.pairwise(opened_at)] == [1.0, 2.0, 4.0, 8.0, 12.0, 12.0, 1.0]
    assert top_of_range == [(0.5, 1.0), (1.0, 2.0), (2.0, 4.0), (4.0, 8.0), (6.0, 12.0), (6.0, 12.0), (0.5, 1.0)]
    assert state == ("connected", 8, 7, "no close frame received or sent")
    first, gaps, second, last = items
    assert first == {"ch": "t", "n": 1} and second == {"ch": "t", "n": 2}
    for gap in (gaps, last):  # one gap for six losses in a row; nothing dropped
        assert isinstance(gap, Gap) and (gap.reasons, gap.dropped) == (("disconnected",), 0)
        assert isinstance(gap.error, ConnectionClosedError) and str(gap.error) == "no close frame received or sent"
    lost = "connection lost (no close frame received or sent)"
    waits = ["1.00", "2.00", "4.00", "8.00", "12.00", "12.00", "1.00"]
    expected = []
    for attempt, wait in enumerate(waits, 1):
        expected += [("INFO", f"made-up: connecting (attempt {attempt})"),
                     ("WARNING", f"made-up: {lost}; attempt {attempt + 1} in {wait}s")]  # fmt: skip
    assert _logged(caplog) == [*expected, ("INFO", "made-up: connecting (attempt 8)")]


def test_an_unforeseen_error_while_connecting_is_logged_and_retried(
    caplog: pytest.LogCaptureFixture, top_of_range: list[tuple[float, float]]
) -> None:
    caplog.set_level(logging.INFO, logger="venuekit.streams")
    bug = RuntimeError("a bug while connecting")

    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        stream = Memory([bug, Wire()])
        async with stream:
            await until(lambda: stream.connected, "the second attempt")
            return stream.opened_at, stream.state, stream.reconnects, stream.last_error

    opened_at, state, reconnects, last_error = virtual(scenario)
    assert (opened_at, state, reconnects, last_error) == ([0.0, 1.0], "connected", 0, bug)
    assert _logged(caplog) == [
        ("INFO", "made-up: connecting (attempt 1)"),
        ("WARNING", "made-up: unexpected error while connecting"),
        ("WARNING", "made-up: connection failed (a bug while connecting); attempt 2 in 1.00s"),
        ("INFO", "made-up: connecting (attempt 2)"),
    ]
    unexpected = [r for r in caplog.records if r.getMessage() == "made-up: unexpected error while connecting"]
    assert [r.exc_info[1] if r.exc_info else None for r in unexpected] == [bug]  # with its traceback


class _Rejected(AuthenticationError):
    venue = "made_up"


def test_an_error_no_retry_can_fix_ends_the_stream_at_once(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="venuekit.streams")
    rejected = _Rejected("invalid API key", code="E401")

    async def create() -> str:
        raise rejected

    async def call(token: str) -> None:
        return None

    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        lifecycle = TokenLifecycle(create=create, extend=call, delete=call, ttl=60, refresh_every=30)
        protocol = Protocol(name=NAME, environments={"test": "wss://v.example/{token}"}, token_variable="token")
        stream = Memory([Wire()], protocol, lifecycle=lifecycle)
        sub = stream.subscribe(TICKS)
        async with stream:
            with pytest.raises(_Rejected) as waited:
                await stream.wait_connected(10)
            with pytest.raises(_Rejected) as iterated:
                await sub.__anext__()
            with pytest.raises(_Rejected) as later:
                stream.subscribe(TICKS)
            await stream.start()  # already started: nothing new runs
            outcome = (stream.state, stream.attempts, stream.last_error, stream.opened_at)
        return waited.value, iterated.value, later.value, outcome, stream.state

    waited, iterated, later, outcome, after_close = virtual(scenario)
    assert waited is iterated is later is rejected
    assert outcome == ("failed", 1, rejected, [])  # the token was never issued: no connection was tried
    assert after_close == "failed"  # closing keeps the reason it ended
    assert _logged(caplog) == [
        ("INFO", "made-up: connecting (attempt 1)"),
        ("ERROR", f"made-up: giving up: {rejected}"),
    ]


# --- closing ------------------------------------------------------------------------------------------------------

API = Protocol(name=NAME, environments={"test": "wss://venue.example/ws"}, rpc=Rpc(), server_ping_field="ping",
               pong_field="pong")  # fmt: skip


def test_closing_fails_waiting_requests_ends_subscriptions_and_is_not_a_lost_connection(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="venuekit.streams")

    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        wire = Wire()
        stream = Memory([wire, Wire()], API)
        sub = stream.subscribe(TICKS)
        await stream.start()
        await stream.start()  # a second start runs nothing more
        await stream.wait_connected(5)
        waiting = asyncio.create_task(stream.request("slow", {"a": 1}, dict))
        await until(lambda: len(wire.sent) == 2, "the request and the subscribe command")
        wire.slow = lambda message: "pong" in message
        wire.put({"ping": 7})  # answered in the background, over a slow link
        await asyncio.sleep(0.1)
        await stream.close()
        sent = wire.messages()
        outcome = (stream.state, stream.reconnects, stream.attempts, stream.opened_at, wire.closed_at is not None)
        await stream.close()  # once is enough
        with pytest.raises(StreamClosedError) as failed:
            await asyncio.wait_for(waiting, 1)
        assert [item async for item in sub] == []  # ended without an error
        refusals = []
        for attempt in (stream.start(), stream.wait_connected(1), stream.request("x", {}, dict)):
            with pytest.raises(StreamClosedError) as refused:
                await attempt
            refusals.append(str(refused.value))
        with pytest.raises(StreamClosedError) as subscribing:
            stream.subscribe(TICKS)
        refusals.append(str(subscribing.value))
        return outcome, str(failed.value), refusals, sent

    outcome, failed, refusals, sent = virtual(scenario)
    assert outcome == ("closed", 0, 1, [0.0], True)
    assert failed == "made-up: the stream was closed"
    assert refusals == ["made-up: the stream is closed"] * 4
    # Closing waits for what it had in flight: the answer to the venue's ping went out before the close returned.
    assert sent == [{"op": "sub"}, {"id": "1", "method": "slow", "params": {"a": 1}}, {"pong": 7}]
    assert _logged(caplog) == [("INFO", "made-up: connecting (attempt 1)")]  # no "connection lost"


def test_a_lost_connection_fails_the_waiting_request_and_a_reply_comes_once() -> None:
    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        wire = Wire()
        stream = Memory([wire, Wire()], API)
        async with stream:
            await stream.wait_connected(5)
            waiting = asyncio.create_task(stream.request("slow", {}, dict))
            await until(lambda: len(wire.sent) == 1, "the request")
            wire.put(_dropped())
            with pytest.raises(ConnectionLostError) as lost:
                await asyncio.wait_for(waiting, 1)
            await until(lambda: stream.connected, "the reconnection")
            # Two replies to one request in one go: the first is the answer, the second is not routed anywhere.
            answered = asyncio.create_task(stream.request("twice", {}, dict))
            await until(lambda: len(stream.wires) == 0 and stream._pending != {}, "the second request")
            stream.feed('{"id":"2","code":"0","n":1}')
            stream.feed('{"id":"2","code":"0","n":2}')
            reply = await asyncio.wait_for(answered, 1)
        return str(lost.value), reply, stream.unrouted

    lost, reply, unrouted = virtual(scenario)
    assert lost == "made-up: connection lost: no close frame received or sent"
    assert reply == {"id": "2", "code": "0", "n": 1}
    assert unrouted == 0  # the second reply named a pending request: consumed as a reply


# --- the recorder's view of the loop ------------------------------------------------------------------------------


def _broken(message: dict[str, Any]) -> dict[str, Any]:
    raise RuntimeError("a bug in a parser")


def test_recording_a_live_stream(tmp_path: Path) -> None:
    plain, packed = tmp_path / "live.jsonl", tmp_path / "live.data"

    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        wire = Wire()
        stream = Memory([wire], API)
        stream.subscribe(Channel(name="bad", parse=_broken, route={"ch": ("b",)}))
        async with stream:
            await stream.wait_connected(5)
            recorder = stream.record(plain, max_frames=2)  # connected already: the file says so at once
            with pytest.raises(venuekit.ConfigurationError) as twice:
                stream.record(tmp_path / "other.jsonl")
            wire.put({"ch": "b", "n": 1})  # a frame whose handling fails is still recorded, claimed by nobody
            wire.put({"ping": 1})
            wire.put({"ch": "b", "n": 2})  # past max_frames
            await until(lambda: len(stream.errors) == 2, "the frames")
            recorder.close()
            again = stream.record(packed, compress=True)  # a closed recorder can be replaced
            wire.put({"ping": 2})
            await until(lambda: len(wire.sent) == 2, "the second pong")
        return str(twice.value), [str(e) for e in stream.errors], again.compress

    twice, errors, compressed = virtual(scenario)
    assert twice == "made-up: this stream is already being recorded"
    assert errors == ["made-up: could not handle the frame (RuntimeError: a bug in a parser)"] * 2
    kept = [{k: v for k, v in line.items() if k != "t"} for line in read(plain)]
    head = {"venue": "made-up", "stream": "Memory"}  # a protocol without a venue package: its name
    assert kept == [
        {**head, "event": "recording", "format": 1},
        {**head, "event": "connected"},
        {**head, "channel": None, "frame": '{"ch": "b", "n": 1}'},
        {**head, "channel": None, "frame": '{"ping": 1}'},
        {**head, "event": "closed"},
    ]
    assert compressed is True and packed.read_bytes()[:2] == b"\x1f\x8b"
    lines = [json.loads(line) for line in gzip.decompress(packed.read_bytes()).splitlines()]
    assert [line.get("event") or line.get("frame") for line in lines] == [
        "recording",
        "connected",
        '{"ping": 2}',
        "closed",
    ]


def _recording(path: Path, *lines: dict[str, Any]) -> Path:
    head = {"venue": "made_up", "stream": "Memory"}
    path.write_text("".join(json.dumps({"t": 1000.0, **head, **line}) + "\n" for line in lines), encoding="utf-8")
    return path


def test_a_replayed_disconnect_is_a_gap_with_no_wait_and_the_end_finishes_the_stream(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="venuekit.streams")
    path = _recording(
        tmp_path / "two.jsonl",
        {"event": "recording", "format": 1}, {"event": "connected"}, {"channel": "ticks", "frame": '{"ch":"t","n":1}'},
        {"event": "disconnected", "reason": "drop"}, {"event": "connected"},
        {"channel": "ticks", "frame": '{"ch":"t","n":2}'}, {"event": "closed"},
    )  # fmt: skip
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        stream = Stream(PLAIN, options=OPTIONS, source=Replay(path), sleep=sleep)
        sub = stream.subscribe(TICKS)
        async with stream:
            items = [item async for item in sub.with_gaps()]
            with pytest.raises(StreamClosedError) as late:
                stream.subscribe(TICKS)
            state = (stream.state, stream.attempts, stream.reconnects, str(stream.last_error))
        return items, str(late.value), state, loop.time()

    items, late, state, took = virtual(scenario)
    first, gap, second = items
    assert (first, second) == ({"ch": "t", "n": 1}, {"ch": "t", "n": 2})
    assert isinstance(gap, Gap) and gap.reasons == ("disconnected",)
    assert str(gap.error) == "made-up: recorded disconnect: drop"
    assert late == "made-up: the recording has ended"
    assert state == ("finished", 2, 1, "made-up: recorded disconnect: drop")
    assert slept == [0.0]  # a replay reconnects at once, whatever the backoff options say
    assert took < 1.0
    assert _logged(caplog) == [("INFO", f"made-up: connecting (attempt {n})") for n in (1, 2)]


def test_the_generic_replay_refuses_a_recording_of_an_unknown_class(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"t":1,"venue":"gmo_coin","stream":"Nope","event":"recording","format":1}\n', encoding="utf-8")
    with pytest.raises(venuekit.ConfigurationError) as refused:
        connection.replay(path)
    assert str(refused.value) == f"{path}: gmo_coin.streams has no stream class 'Nope'"
    path.write_text('{"t":1,"venue":"gmo_coin","stream":"Protocol","event":"recording","format":1}\n', encoding="utf-8")
    with pytest.raises(venuekit.ConfigurationError) as not_a_stream:
        connection.replay(path)
    assert str(not_a_stream.value) == f"{path}: gmo_coin.streams has no stream class 'Protocol'"


# --- frames nobody takes ------------------------------------------------------------------------------------------


def test_an_unclaimed_message_is_counted_and_logged_in_debug_only(caplog: pytest.LogCaptureFixture) -> None:
    stream = Stream(API, options=OPTIONS)
    stream.subscribe(TICKS)
    caplog.set_level(logging.INFO, logger="venuekit.streams")
    stream.feed('{"ch":"other"}')
    assert caplog.records == [] and stream.unrouted == 1
    caplog.set_level(logging.DEBUG, logger="venuekit.streams")
    stream.feed(b'{"ch":"other","n":1}')
    long = '{"ch":"x","pad":"' + "a" * 300 + '"}'
    stream.feed(long)
    assert _logged(caplog) == [
        ("DEBUG", 'made-up: no subscription for b\'{"ch":"other","n":1}\''),
        ("DEBUG", "made-up: no subscription for " + repr(long.encode())[:200]),
    ]
    assert stream.unrouted == 3
    stream.feed('{"ping":5}')  # a venue ping while no socket is open: nothing to answer on, nothing routed
    assert stream.unrouted == 3 and not stream._spawned and list(stream.errors) == []


# --- the first connection, commands, timeouts ---------------------------------------------------------------------


def test_the_first_connection_gives_up_after_its_attempts_and_says_why(
    caplog: pytest.LogCaptureFixture, top_of_range: list[tuple[float, float]]
) -> None:
    caplog.set_level(logging.ERROR, logger="venuekit.streams")
    refusals = [OSError(f"refused {n}") for n in (1, 2, 3)]

    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        stream = Memory([*refusals, Wire()])
        async with stream:
            states: list[str] = []
            for _ in range(2):
                await until(lambda: len(stream.opened_at) > len(states), "an attempt")
                states.append(stream.state)
            with pytest.raises(venuekit.streams.StreamConnectError) as failed:
                await stream.wait_connected(10)
            return failed.value, states, stream.state, stream.last_error, stream.opened_at

    error, states, state, last_error, opened_at = virtual(scenario)
    message = "made-up: could not connect to wss://venue.example/ws in 3 attempt(s); last error: refused 3"
    assert (str(error), error.attempts, error.__cause__, error.operation) == (message, 3, refusals[2], NAME)
    assert (states, state, last_error, opened_at) == (["connecting", "connecting"], "failed", error, [0.0, 1.0, 3.0])
    assert _logged(caplog) == [("ERROR", message)]


def test_without_an_attempt_limit_the_first_connection_is_tried_for_ever(
    top_of_range: list[tuple[float, float]],
) -> None:
    options = StreamOptions(connect_attempts=None, reconnect_initial=1.0, reconnect_max=4.0, proxy=None)

    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        stream = Memory([*(OSError("refused") for _ in range(9)), Wire()], options=options)
        async with stream:
            await stream.wait_connected(100)
            return stream.attempts, stream.opened_at[-1], stream.reconnects

    assert virtual(scenario) == (10, 1 + 2 + 4 * 7, 0)


def test_waiting_for_a_connection_has_a_limit() -> None:
    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        stream = Memory([])  # the attempt never completes
        async with stream:
            with pytest.raises(asyncio.TimeoutError):
                await stream.wait_connected(7.5)
            return loop.time(), stream.state, stream.connected, stream.replaying

    assert virtual(scenario) == (7.5, "connecting", False, False)


def test_commands_are_paced_across_reconnects_and_dropped_while_disconnected() -> None:
    options = StreamOptions(command_interval=2.0, ping_interval=None, reconnect_initial=0.5, proxy=None)
    channels = [
        Channel(
            name=f"c{n}",
            parse=dict,
            route={"ch": (f"c{n}",)},
            subscribe={"sub": n, "opt": None},
            unsubscribe={"unsub": n},
        )
        for n in range(3)
    ]

    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        first, second = Wire(), Wire()
        stream = Memory([first, second], options=options)
        subs = [stream.subscribe(channel) for channel in channels[:2]]  # before connecting: sent on connect
        async with stream:
            await stream.wait_connected(5)
            stream.subscribe(channels[2])  # connected: sent now (after the two, paced)
            extra = stream.subscribe(channels[2])  # the same channel again: nothing more to send
            await until(lambda: len(first.sent) == 3, "three subscriptions")
            await extra.close()  # another subscription still needs the channel: no unsubscribe
            first.put(_dropped())
            await until(lambda: not stream.connected, "the drop")
            await subs[0].close()  # while disconnected: nothing is sent, and the channel is not renewed
            await until(lambda: len(second.sent) == 2, "the renewals")
            await subs[1].close()
            await until(lambda: len(second.sent) == 3, "the unsubscribe")
            await subs[1].close()  # closed already: nothing more
            await subs[1].resubscribe()  # no longer subscribed: nothing to renew
            await asyncio.sleep(10)
        return first.sent, second.sent

    first, second = virtual(scenario)
    assert first == [(0.0, {"sub": 0}), (2.0, {"sub": 1}), (4.0, {"sub": 2})]
    # The venue's limit counts across connections: the renewals keep the pace from before the drop.
    assert second[0][0] >= 6.0 and [t - second[0][0] for t, _ in second] == [0.0, 2.0, 4.0]
    assert [message for _, message in second] == [{"sub": 1}, {"sub": 2}, {"unsub": 1}]


def test_a_recording_cut_short_ends_quietly_and_a_stalled_consumer_does_not_stall_the_replay(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="venuekit.streams")
    frames = [{"channel": "ticks", "frame": json.dumps({"ch": "t", "n": n})} for n in range(4)]
    # No "closed" line: the recorder never closed (a crash after a disconnect); the replay ends where the file does,
    # when it looks for the next connection.
    path = _recording(
        tmp_path / "cut.jsonl", {"event": "recording", "format": 1}, {"event": "connected"}, *frames,
        {"event": "disconnected", "reason": "crash"},
    )  # fmt: skip

    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        stream = Stream(PLAIN, options=OPTIONS, source=Replay(path, patience=2.5))
        sub = stream.subscribe(TICKS)
        async with stream:
            first = await asyncio.wait_for(sub.__anext__(), 1)  # one taken, then the consumer stops reading
            await until(lambda: stream.state == "finished", "the end of the recording")
            ended = loop.time()
            rest = sub.drain()
        return first, rest, ended, stream.replaying, stream.attempts, str(stream.last_error)

    first, rest, ended, replaying, attempts, last_error = virtual(scenario)
    assert first == {"ch": "t", "n": 0} and rest[:3] == [{"ch": "t", "n": n} for n in (1, 2, 3)]
    [gap] = rest[3:]
    assert isinstance(gap, Gap) and str(gap.error) == "made-up: recorded disconnect: crash"
    # Each frame after the first waited `patience` for the stalled consumer (frames 2 and 3), then went on.
    assert 5.0 <= ended < 5.5
    assert (replaying, attempts, last_error) == (True, 2, "made-up: recorded disconnect: crash")
    assert _logged(caplog) == [("INFO", "made-up: connecting (attempt 1)"), ("INFO", "made-up: connecting (attempt 2)")]


# --- session tokens -----------------------------------------------------------------------------------------------


class _Maintenance(Exception):
    code = "M1"


def test_session_tokens_through_refusals_a_reissue_and_the_close(top_of_range: list[tuple[float, float]]) -> None:
    calls: list[tuple[float, str, str]] = []

    def refused(status: int) -> InvalidStatus:
        return InvalidStatus(Response(status, "refused", Headers()))

    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        async def create() -> str:
            token = f"tok/{sum(call == 'create' for _, call, _ in calls) + 1}"
            calls.append((loop.time(), "create", token))
            return token

        async def extend(token: str) -> None:
            calls.append((loop.time(), "extend", token))
            raise _Maintenance("maintenance over")

        async def delete(token: str) -> None:
            calls.append((loop.time(), "delete", token))

        lifecycle = TokenLifecycle(
            create=create, extend=extend, delete=delete, ttl=60, refresh_every=30, reissue_codes={"M1"},
            clock=loop.time, sleep=asyncio.sleep,
        )  # fmt: skip
        protocol = Protocol(name=NAME, environments={"test": "wss://v.example/ws/{token}"}, token_variable="token")
        first, second = Wire(), Wire()
        stream = Memory([refused(401), refused(503), first, second], protocol, lifecycle=lifecycle)
        async with stream:
            await until(lambda: stream.reconnects == 1 and stream.connected, "the reconnection with a new token")
            lost = str(stream.last_error)
        return stream.urls, stream.opened_at, first.aborted_at, lost, calls

    urls, opened_at, aborted_at, lost, made = virtual(scenario)
    # 401 (in reissue_statuses): the token is dropped and the next attempt gets a new one; 503: it is kept.
    assert urls == [f"wss://v.example/ws/tok%2F{n}" for n in (1, 2, 2, 3)]
    assert opened_at == [0.0, 1.0, 3.0, 35.0]
    # The extension due 30 s after the token was made fails with a reissue code: the open socket is dropped at once
    # so that the stream reconnects with a new token (after its backoff: no frame came on that connection).
    assert (aborted_at, lost) == (31.0, "made-up: session token replaced")
    assert made == [
        (0.0, "create", "tok/1"),
        (1.0, "delete", "tok/1"),
        (1.0, "create", "tok/2"),
        (31.0, "extend", "tok/2"),
        (35.0, "delete", "tok/2"),
        (35.0, "create", "tok/3"),
        (35.0, "delete", "tok/3"),  # closing the stream deletes its token
    ]


def test_a_recording_keeps_each_connection_each_reply_and_each_loss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(time, "time", lambda: 1700000000.25)  # when each frame and event was received
    path = tmp_path / "api.jsonl"

    def answer(wire: Wire, message: Any) -> None:
        if message.get("method") == "slow":
            wire.put({"id": message["id"], "code": "0", "ok": True})
        elif "method" in message:
            wire.put({"id": message["id"], "code": 7, "msg": "refused"})

    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        first, second = Wire(answer=answer), Wire(answer=answer)
        stream = Memory([first, second], API)
        stream.record(path)  # before connecting: each connection is written when it opens
        async with stream:
            reply = await stream.request("slow", {"a": 1}, dict)
            first.put(_dropped())
            await until(lambda: stream.reconnects == 1 and stream.connected, "the reconnection")
            with pytest.raises(ApiError) as refused:
                await stream.request("bad", {}, lambda r: r)  # a refusal is recorded like any reply
        return reply, refused.value

    reply, refused = virtual(scenario)
    assert reply == {"id": "1", "code": "0", "ok": True}
    assert (type(refused), refused.code, refused.message, refused.body) == (
        ApiError, "7", "refused", {"id": "2", "code": 7, "msg": "refused"},
    )  # fmt: skip
    head = {"t": 1700000000.25, "venue": "made-up", "stream": "Memory"}
    assert list(read(path)) == [
        {**head, "event": "recording", "format": 1},
        {**head, "event": "connected"},
        {**head, "event": "request", "id": "1", "method": "slow"},
        {**head, "channel": "slow", "reply_to": "1", "frame": '{"id": "1", "code": "0", "ok": true}'},
        {**head, "event": "disconnected", "reason": "no close frame received or sent"},
        {**head, "event": "connected"},
        {**head, "event": "request", "id": "2", "method": "bad"},
        {**head, "channel": "bad", "reply_to": "2", "frame": '{"id": "2", "code": 7, "msg": "refused"}'},
        {**head, "event": "closed"},
    ]


def test_errors_are_logged_by_default_and_the_latest_hundred_kept(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="venuekit.streams")
    stream = Stream(PLAIN, options=OPTIONS)  # no on_error: each error is a warning on venuekit.streams
    for n in range(150):
        stream.feed(f"bad {n}")
    assert len(stream.errors) == 100 and str(stream.errors[0]).startswith("made-up: not JSON: ")
    kept: list[Any] = list(stream.errors)
    assert [e.body for e in kept[::50]] == [b"bad 50", b"bad 100"] and kept[-1].body == b"bad 149"  # newest last
    logged = _logged(caplog)
    assert logged == [("WARNING", "made-up: not JSON: Expecting value: line 1 column 1 (char 0)")] * 150


def test_queue_sizes_pings_without_a_pong_field_and_numbers_in_routes() -> None:
    options = StreamOptions(max_queue=3)
    protocol = Protocol(name=NAME, environments={"test": "unused"}, server_ping_field="ping")  # no pong_field
    stream = Stream(protocol, options=options)
    default = stream.subscribe(TICKS)
    small = stream.subscribe(TICKS, max_queue=1)
    priced = stream.subscribe(Channel(name="p", parse=dict, route={"p": ("1.50",)}))
    for n in range(5):
        stream.feed(json.dumps({"ch": "t", "n": n, "ping": n}))  # a "ping" key is only a ping with a pong to send
    stream.feed('{"p": 1.50}')  # a decoded number is compared as its exact JSON text
    stream.feed('{"p": 1.5}')
    shown = [
        [(i.reasons, i.dropped) if isinstance(i, Gap) else i["n"] for i in sub.drain()] for sub in (default, small)
    ]
    assert shown == [[(("overflow",), 2), 2, 3, 4], [(("overflow",), 4), 4]]
    assert [str(m["p"]) for m in priced.drain() if not isinstance(m, Gap)] == ["1.50"] and stream.unrouted == 1


def test_a_request_is_signed_and_its_timeout_counts_the_garbage_that_came_instead() -> None:
    def signer(params: Any) -> dict[str, Any]:
        return {**params, "sig": "s"}

    async def scenario(loop: asyncio.AbstractEventLoop) -> tuple[Any, ...]:
        wire = Wire()
        stream = Memory([wire], API, options=StreamOptions(request_timeout=4.0, proxy=None), signer=signer)
        async with stream:
            await stream.wait_connected(1)
            asked = loop.time()
            waiting = asyncio.create_task(stream.request("slow", {"a": 1}, dict, timeout=3))
            await asyncio.sleep(1)
            wire.put("<html>502</html>")
            wire.put(b"\xff")
            with pytest.raises(venuekit.TimeoutError) as garbled:
                await waiting
            took = loop.time() - asked
            with pytest.raises(venuekit.TimeoutError) as quiet:
                await stream.request("quiet", {}, dict)  # the default limit; no garbage this time
        return str(garbled.value), took, str(quiet.value), wire.messages()

    garbled, took, quiet, sent = virtual(scenario)
    assert garbled == "made-up slow: no reply within 3s (2 undecodable frame(s) arrived meanwhile: see `errors`)"
    assert took == 3.0
    assert quiet == "made-up quiet: no reply within 4.0s"
    assert sent == [
        {"id": "1", "method": "slow", "params": {"a": 1, "sig": "s"}},
        {"id": "2", "method": "quiet", "params": {"sig": "s"}},
    ]


def test_heartbeats_replies_and_error_reports_are_never_messages() -> None:
    reported: list[venuekit.VenueError] = []
    protocol = Protocol(
        name=NAME, environments={"test": "unused"}, pong_field="pong", server_ping_field="ping", error_field="error",
        error_pattern=r"^(E\d+) (.*)$", rpc=Rpc(),
    )  # fmt: skip
    stream = Stream(protocol, options=OPTIONS, on_error=reported.append)
    everything = stream.subscribe(Channel(name="all", parse=dict, route={}))  # a route that claims every message
    for frame in ('{"pong":1}', '{"ping":2}', '{"error":"E5 slow down"}', '{"id":"9","code":"0"}', '{"n":1}'):
        stream.feed(frame)
    # Only the plain message reaches the subscription (a reply to no pending request is a message like any other).
    assert everything.drain() == [{"id": "9", "code": "0"}, {"n": 1}]
    assert [(type(e), str(e)) for e in reported] == [(ApiError, "[E5] slow down")]
    assert stream.unrouted == 0
