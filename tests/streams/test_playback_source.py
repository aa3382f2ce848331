"""`venuekit.streams.playback.Replay` as a frame source, on its own: which recorded lines become frames, in which
connection, with which pauses; how recorded WebSocket API replies are readdressed to the consumer's requests; what
a recorded disconnect ends the connection with; and what `header` / `recorded_stream` read from a file."""

from __future__ import annotations

import asyncio
import json
import types
from pathlib import Path
from typing import Any, cast

import pytest

import venuekit
from venuekit.streams.connection import Rpc
from venuekit.streams.errors import ConnectionLostError
from venuekit.streams.playback import Replay, header, recorded_stream


def _write(path: Path, *lines: dict[str, Any]) -> Path:
    head = {"venue": "toyvenue", "stream": "ToyStream"}
    path.write_text("".join(json.dumps({**head, **line}) + "\n" for line in lines), encoding="utf-8")
    return path


class _Stream:
    """What a replayed connection reads of its stream: the protocol, and the wait for the consumers."""

    def __init__(self, rpc: Rpc | None = None) -> None:
        self.protocol = types.SimpleNamespace(name="toy", rpc=rpc, ping_method="ping")
        self.caught_up: list[float] = []

    async def _consumers_caught_up(self, patience: float) -> None:
        self.caught_up.append(patience)


async def _connection(replay: Replay, stream: Any) -> tuple[list[str | bytes], BaseException | None]:
    socket = await replay.open(stream)
    return [frame async for frame in socket], socket.close_exc


def test_connections_frames_and_pauses(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "session.jsonl",
        {"t": 100.0, "event": "recording", "format": 1},
        {"t": 100.0, "event": "connected"},
        {"t": 101.0, "channel": "ticker", "frame": "a"},
        {"t": 101.0, "event": "resubscribed", "channel": "ticker"},  # the stream makes its own: skipped
        {"t": 103.0, "channel": None, "frame_b64": "AP8="},
        {"t": 102.0, "channel": "ticker", "reply_to": "1", "frame": "b"},  # no WebSocket API: a frame like any
        {"t": 104.0, "event": "disconnected", "reason": "ping timeout"},
        {"t": 104.0, "channel": "ticker", "frame": "between connections"},
        {"t": 108.0, "event": "connected"},
        {"t": 110.0, "channel": "ticker", "frame": "c"},
        {"t": 111.0, "event": "closed"},
        {"t": 112.0, "channel": "ticker", "frame": "after the end"},
    )
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    async def scenario() -> None:
        replay = Replay(path, speed=2.0, sleep=sleep)
        assert (replay.venue, replay.stream, replay.patience) == ("toyvenue", "ToyStream", 1.0)
        assert repr(replay) == f"<Replay {path} toyvenue ToyStream speed=2.0>"
        stream = _Stream()
        frames, ended = await _connection(replay, stream)
        assert frames == ["a", b"\x00\xff", "b"]
        assert isinstance(ended, ConnectionLostError) and str(ended) == "toy: recorded disconnect: ping timeout"
        assert not replay.finished
        assert await _connection(replay, stream) == (["c"], None)
        assert replay.finished
        with pytest.raises(EOFError, match="the recording has ended"):
            await replay.open(stream)
        assert stream.caught_up == []  # paced by the clock, not by the consumers
        # Every forward step of the recorded clock, halved (the last one: looking past the end for a connection); a
        # step back (103 -> 102) is not waited for.
        assert slept == [0.5, 1.0, 0.5, 2.0, 1.0, 0.5, 0.5]

    asyncio.run(scenario())


def test_as_fast_as_the_consumers_and_a_recording_without_its_closing_line(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "cut.jsonl",
        {"t": 1.0, "event": "connected"},
        {"t": 2.0, "channel": "ticker", "frame": "a"},
        {"t": 3.0, "channel": "ticker", "frame": "b"},
    )

    async def scenario() -> None:
        replay = Replay(path, patience=0.25, sleep=_never)
        stream = _Stream()
        assert await _connection(replay, stream) == (["a", "b"], None)
        assert replay.finished  # the file ran out
        assert stream.caught_up == [0.25, 0.25]  # before each frame

    asyncio.run(scenario())


async def _never(seconds: float) -> None:
    raise AssertionError("speed=None never sleeps")


def test_api_replies_answer_the_consumers_requests(tmp_path: Path) -> None:
    rpc = Rpc()
    path = _write(
        tmp_path / "api.jsonl",
        {"t": 1.0, "event": "connected"},
        {"t": 1.0, "event": "request", "id": "r1", "method": "get_depth"},
        {"t": 1.0, "event": "request", "id": "r2", "method": "ping"},
        {"t": 1.0, "event": "request", "id": "r3", "method": "get_depth"},
        {"t": 2.0, "channel": None, "reply_to": "r2", "frame": '{"id":"r2","result":"pong"}'},  # a heartbeat
        {"t": 2.0, "channel": None, "reply_to": "r9", "frame": '{"id":"r9"}'},  # a reply to nothing recorded
        {"t": 2.0, "channel": None, "reply_to": "r1", "frame": '{"id":"r1","result":1}'},
        {"t": 2.0, "channel": None, "reply_to": "r3", "frame": '{"id":"r3","result":3}'},
        {"t": 3.0, "channel": None, "reply_to": "r3", "frame": "[1]"},  # not an object: nothing to readdress
        {"t": 3.0, "event": "closed"},
    )

    async def scenario() -> None:
        replay = Replay(path, speed=1000.0, sleep=_instant)
        stream = _Stream(rpc)
        socket = await replay.open(cast(Any, stream))
        await socket.send('{"op":"pong"}')  # no method or id: not a request
        await socket.send('{"method":"get_depth"}')
        await socket.send('{"id":7}')
        await socket.send("[1, 2]")
        await socket.send('{"method":"get_depth","id":7}')
        await socket.send('{"method":"get_depth","id":"x8"}')
        await socket.send('{"method":"get_depth","id":9}')
        assert {method: list(ids) for method, ids in replay._asked.items()} == {"get_depth": ["7", "x8", "9"]}
        frames = [json.loads(frame) async for frame in socket]
        assert frames == [{"id": "7", "result": 1}, {"id": "x8", "result": 3}, [1]]
        assert replay.finished and socket.close_exc is None

    asyncio.run(scenario())


async def _instant(seconds: float) -> None:
    return None


def test_what_a_consumer_sends_goes_nowhere_without_an_api(tmp_path: Path) -> None:
    path = _write(tmp_path / "s.jsonl", {"t": 1.0, "event": "connected"}, {"t": 1.0, "event": "closed"})

    async def scenario() -> None:
        replay = Replay(path)
        socket = await replay.open(cast(Any, _Stream()))
        await socket.send('{"method":"subscribe","id":1}')
        assert dict(replay._asked) == {}

    asyncio.run(scenario())


def test_a_speed_must_be_positive(tmp_path: Path) -> None:
    path = _write(tmp_path / "s.jsonl", {"t": 1.0, "event": "closed"})
    for speed in (0.0, -1.0):
        with pytest.raises(ValueError) as refused:
            Replay(path, speed=speed)
        assert str(refused.value) == "speed must be positive (or None: as fast as the consumers go)"


def test_header_and_the_recorded_stream(tmp_path: Path) -> None:
    assert header(_write(tmp_path / "a.jsonl", {"event": "recording"})) == ("toyvenue", "ToyStream")
    bare = tmp_path / "bare.jsonl"
    bare.write_text('\n{"event":"recording"}\n{"venue":"later","stream":"Later"}\n', encoding="utf-8")
    assert header(bare) == ("", "")  # only the first line counts
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(ValueError) as refused:
        header(empty)
    assert str(refused.value) == f"{empty}: empty recording"

    assert recorded_stream(tmp_path / "a.jsonl", "toyvenue", {"ToyStream", "Other"}) == "ToyStream"
    for path, venue, names, recorded in (
        (tmp_path / "a.jsonl", "gopax", {"PublicStream"}, "toyvenue ToyStream"),
        (tmp_path / "a.jsonl", "toyvenue", {"Zeta", "Alpha"}, "toyvenue ToyStream"),
        (bare, "toyvenue", {"ToyStream"}, " "),
    ):
        with pytest.raises(venuekit.ConfigurationError) as wrong:
            recorded_stream(path, venue, names)
        assert str(wrong.value) == (
            f"{path} was recorded from {recorded}, not one of {venue}: {', '.join(sorted(names))}"
        )


def test_a_closed_or_aborted_connection_reads_no_further(tmp_path: Path) -> None:
    def connection(t: float) -> list[dict[str, Any]]:
        return [{"t": t, "event": "connected"}, *({"t": t, "channel": "c", "frame": f"{t}:{n}"} for n in range(3))]

    path = _write(tmp_path / "s.jsonl", *connection(1.0), *connection(2.0), *connection(3.0))

    async def scenario() -> None:
        replay = Replay(path, sleep=_never)
        for t, stop in ((1.0, "close"), (2.0, "abort")):
            socket = await replay.open(cast(Any, _Stream()))
            frames = socket.__aiter__()
            assert await anext(frames) == f"{t}:0"
            await socket.close() if stop == "close" else socket.abort()
            assert [frame async for frame in frames] == []
            assert not replay.finished
        assert await _connection(replay, _Stream()) == (["3.0:0", "3.0:1", "3.0:2"], None)
        assert replay.finished

    asyncio.run(scenario())
