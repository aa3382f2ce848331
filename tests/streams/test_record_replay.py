"""Record a stream, replay it through the same typed classes: a consumer cannot tell the difference.

For every venue a session is recorded against its sandbox and replayed from the file with the same consumer
code; the typed output must be identical. Disconnects replay as `Gap`s at the same place, WebSocket API
replies answer the same calls again, real-time replays keep the recorded pace (on an injected clock), gzip
works, nothing secret is written, and `python -m venuekit.streams.record` makes a replayable file.
"""

from __future__ import annotations

import asyncio
import dataclasses
import gzip
import importlib
import json
import subprocess
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

import venuekit.streams
from venuekit.sandbox import Sandbox
from venuekit.streams import Gap, Recorder, StreamClosedError, StreamOptions
from venuekit.streams.recording import read

from .conftest import fast
from .fakes import FakeVenue, eventually, run, take

Consumer = Callable[[Any], Awaitable[list[Any]]]


def _comparable(item: Any) -> Any:
    """A Gap's time differs between live and replay (it is when the consumer saw it); the rest must not."""
    return ("gap", item.reasons, item.dropped) if isinstance(item, Gap) else item


async def _collect(*feeds: tuple[Any, int]) -> list[Any]:
    found: list[Any] = []
    for feed, count in feeds:
        found += [_comparable(item) for item in await take(feed, count)]
    return found


async def _gmo(ws: Any) -> list[Any]:
    # (The docs' orderbooks example is a crossed book, so the raw channel, not order_book().)
    ticker, books, trades = ws.ticker("BTC"), ws.orderbooks("ETH"), ws.trades("BTC", option="TAKER_ONLY")
    return await _collect((ticker.with_gaps(), 1), (books, 1), (trades, 1))


async def _gmo_fx(ws: Any) -> list[Any]:
    return await _collect((ws.ticker("USD_JPY").with_gaps(), 1))


async def _hashkey(ws: Any) -> list[Any]:
    depth, trade = ws.depth("BTCUSD"), ws.trade("ETHUSD")
    return await _collect((depth, 1), (trade.with_gaps(), 1))


async def _gopax(ws: Any) -> list[Any]:
    books, tickers, trades = ws.order_book("BTC-KRW"), ws.tickers(), ws.trades("ETH-KRW")
    found = await _collect((tickers.with_gaps(), 2), (trades, 1))
    async for book in books:  # the answer, then the delta applied to it
        if book.sequence == (52,):
            return [*found, book.depth()]
    raise AssertionError("the book never reached the delta")


async def _bitunix(ws: Any) -> list[Any]:
    price = await ws.get_last_price(symbol="BTCUSDT")
    placed = await ws.create_order(symbol="BTCUSDT", side="BUY", type_="LIMIT", volume="0.01", price="30000")
    depth = await ws.get_depth(symbol="BTCUSDT", precision="0.01")
    opened = await ws.get_open_orders(symbol="BTCUSDT")
    return [price, placed, depth, opened]


SESSIONS: dict[str, tuple[str, Consumer]] = {
    "gmo_coin": ("PublicStream", _gmo),
    "gmo_coin_fx": ("PublicStream", _gmo_fx),
    "hashkey_mena": ("PublicStream", _hashkey),
    "gopax": ("PublicStream", _gopax),
    "bitunix": ("WebSocketApi", _bitunix),
}


@pytest.mark.parametrize("venue", sorted(SESSIONS))
def test_a_recorded_sandbox_session_replays_with_identical_typed_output(venue: str, tmp_path: Path) -> None:
    stream_name, consume = SESSIONS[venue]
    module = importlib.import_module(f"venuekit.{venue}.streams")
    cls = getattr(module, stream_name)
    path = tmp_path / (f"{venue}.jsonl.gz" if venue == "gopax" else f"{venue}.jsonl")  # gzip by its name

    async def live(sandbox: Sandbox) -> list[Any]:
        options = fast(cls.DEFAULT_OPTIONS)
        keys = ("replay-key", sandbox.secret) if cls.PROTOCOL.rpc is not None else ()
        async with cls(*keys, url=sandbox.stream_url(stream_name), options=options) as ws:
            ws.record(path)
            if cls.PROTOCOL.rpc is not None:
                await asyncio.sleep(0.5)  # let heartbeats (a ping every 0.15 s) into the recording: replays skip them
            return await consume(ws)

    async def replayed() -> tuple[list[Any], str]:
        async with module.replay(path) as ws:  # the module's entry point: it picks the class from the file
            assert type(ws) is cls and ws.replaying
            output = await consume(ws)
            return output, ws.state

    with Sandbox(venue) as sandbox:
        recorded = asyncio.run(live(sandbox))
    replay_output, _ = asyncio.run(replayed())
    assert replay_output == recorded
    assert recorded and ("gap", ("disconnected",), 0) not in recorded  # the session had no gap

    lines = list(read(path))
    assert lines[0]["event"] == "recording" and lines[-1]["event"] == "closed"
    assert {line["venue"] for line in lines} == {venue} and {line["stream"] for line in lines} == {stream_name}
    assert all(isinstance(line["t"], float) for line in lines)
    assert path.read_bytes()[:2] == (b"\x1f\x8b" if venue == "gopax" else b'{"')
    text = json.dumps(lines)
    assert "replay-key" not in text and '\\"sign\\"' not in text  # no key, no signature (requests: ids only)
    if cls.PROTOCOL.rpc is not None:
        assert {line["method"] for line in lines if line.get("event") == "request"} >= {"market.depth", "ping"}


def test_disconnects_replay_as_gaps_at_the_same_place(tmp_path: Path) -> None:
    protocol = venuekit.streams.Protocol(name="made-up", environments={"test": "unused"}, venue="made_up")
    channel = venuekit.streams.Channel(name="x", parse=dict, route={"ch": ("x",)}, subscribe={"op": "sub"})
    path = tmp_path / "gaps.jsonl"

    class MadeUp(venuekit.streams.Stream):
        PROTOCOL = protocol
        DEFAULT_OPTIONS = fast(StreamOptions())

        def __init__(self, *, url: str | None = None, options: Any = None, **kwargs: Any) -> None:
            super().__init__(self.PROTOCOL, url=url, options=options or self.DEFAULT_OPTIONS, **kwargs)

    async def live() -> list[Any]:
        async with FakeVenue() as venue, MadeUp(url=venue.url) as ws:
            ws.record(path)
            sub = ws.subscribe(channel)
            await eventually(lambda: len(venue.received) == 1)
            await venue.send({"ch": "x", "n": 1})
            await venue.send({"ch": "other"})  # unrouted: recorded with channel null
            first = await take(sub.with_gaps(), 1)
            venue.drop()
            await eventually(lambda: len(venue.received) == 2, what="resubscribed")
            await venue.send({"ch": "x", "n": 2})
            rest = await take(sub.with_gaps(), 2)
            return [_comparable(item) for item in first + rest]

    async def replayed() -> tuple[list[Any], list[Any], str]:
        async with MadeUp.replay(path) as ws:
            sub = ws.subscribe(channel)
            items = [_comparable(item) async for item in sub.with_gaps()]  # ends with the recording
            with pytest.raises(StreamClosedError):
                ws.subscribe(channel)
            return items, [ws.reconnects, ws.unrouted], ws.state

    recorded = asyncio.run(live())
    assert recorded == [{"ch": "x", "n": 1}, ("gap", ("disconnected",), 0), {"ch": "x", "n": 2}]
    items, counters, state = asyncio.run(replayed())
    assert items == recorded and counters == [1, 1] and state == "finished"
    events = [line.get("event") for line in read(path)]
    assert events.count("connected") == 2 and events.count("disconnected") == 1
    frames = [line for line in read(path) if "frame" in line]
    assert [f["channel"] for f in frames] == ["x", None, "x"]


def test_real_time_replays_keep_the_recorded_pace(tmp_path: Path) -> None:
    """A file written by hand in the documented format (gzip, as its name says), replayed at twice the pace."""
    path = tmp_path / "paced.jsonl.gz"
    ticker = {"channel": "ticker", "symbol": "BTC", "ask": "1", "bid": "1", "high": "1", "low": "1", "volume": "1"}
    ticker["timestamp"] = "2018-03-30T12:34:56.789Z"
    head = {"venue": "gmo_coin", "stream": "PublicStream"}
    lines = [{"t": 999.5, **head, "event": "recording", "format": 1}, {"t": 1000.0, **head, "event": "connected"}]
    for n, at in enumerate((1000.0, 1002.0, 1005.0)):
        lines.append({"t": at, **head, "channel": "ticker", "frame": json.dumps({**ticker, "last": str(n)})})
    lines.append({"t": 1006.0, **head, "event": "closed"})
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.writelines(json.dumps(line) + "\n" for line in lines)

    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    async def scenario() -> list[str]:
        gmo = importlib.import_module("venuekit.gmo_coin.streams")
        async with gmo.PublicStream.replay(path, speed=2.0, sleep=sleep) as ws:
            return [str(t.last) async for t in ws.ticker("BTC")]

    assert asyncio.run(scenario()) == ["0", "1", "2"]
    assert slept == [0.25, 1.0, 1.5, 0.5]  # every recorded interval, halved (the last one: until "closed")


def test_a_frame_limit_writes_exactly_that_many_frames(tmp_path: Path) -> None:
    """`venuekit record --frames N` stops after N frames; frames that arrive while it stops are not written."""
    path = tmp_path / "limited.jsonl"
    with Recorder(path, venue="gmo_coin", stream="PublicStream", max_frames=2) as recorder:
        for n in range(4):
            recorder.frame(1000.0 + n, json.dumps({"n": n}), ["ticker"])
        recorder.event("disconnected", reason="later events are still written")
    assert recorder.frames == 2
    lines = list(read(path))
    assert [json.loads(line["frame"])["n"] for line in lines if "frame" in line] == [0, 1]
    assert [line.get("event") for line in lines if "event" in line] == ["recording", "disconnected", "closed"]


def test_a_replay_of_another_venue_or_class_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "gopax.jsonl"
    Recorder(path, venue="gopax", stream="PublicStream").close()
    gmo = importlib.import_module("venuekit.gmo_coin.streams")
    with pytest.raises(venuekit.ConfigurationError, match="recorded from gopax PublicStream"):
        gmo.replay(path)
    stream = venuekit.streams.replay(path)  # the generic entry point imports the right venue
    assert type(stream).__module__ == "venuekit.gopax.streams" and type(stream).__name__ == "PublicStream"


def test_the_record_command_line_makes_a_replayable_file(tmp_path: Path) -> None:
    path = tmp_path / "cli.jsonl"
    with Sandbox("gmo_coin") as sandbox:
        command = [
            sys.executable,
            "-m",
            "venuekit.streams.record",
            "gmo_coin",
            "PublicStream",
            "ticker:symbol=ETH",
            "trades:symbol=BTC,option=TAKER_ONLY",
            "--url",
            sandbox.stream_url("PublicStream"),
            "--out",
            str(path),
            "--frames",
            "2",
            "--duration",
            "20",
        ]
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "2 frames recorded" in result.stderr

    async def scenario() -> list[Any]:
        async with venuekit.streams.replay(path) as ws:
            gmo: Any = ws
            return [await anext(gmo.ticker("ETH")), await anext(gmo.trades("BTC", option="TAKER_ONLY"))]

    ticker, trade = asyncio.run(scenario())
    assert ticker.symbol == "ETH" and trade.symbol == "BTC"


def test_the_record_command_line_names_a_missing_stream_and_bad_arguments() -> None:
    from venuekit.streams.record import main

    with pytest.raises(SystemExit, match="no stream 'Nope'"):
        main(["gmo_coin", "Nope", "ticker", "--out", "/dev/null"])
    with pytest.raises(SystemExit, match="expected NAME=VALUE with NAME one of: symbol"):
        main(["gmo_coin", "PublicStream", "ticker:sym=BTC", "--out", "/dev/null"])
    with pytest.raises(SystemExit, match="takes requests"):
        main(["bitunix", "WebSocketApi", "get_depth", "--out", "/dev/null"])


def test_a_stream_records_only_once_at_a_time(tmp_path: Path) -> None:
    async def scenario() -> None:
        gmo = importlib.import_module("venuekit.gmo_coin.streams")
        ws = gmo.PublicStream(options=dataclasses.replace(gmo.PublicStream.DEFAULT_OPTIONS, proxy=None))
        with ws.record(tmp_path / "a.jsonl"), pytest.raises(venuekit.ConfigurationError, match="already being"):
            ws.record(tmp_path / "b.jsonl")
        ws.record(tmp_path / "b.jsonl").close()  # after the first one closed
        await ws.close()

    run(scenario())
