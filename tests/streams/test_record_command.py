"""`python -m venuekit.streams.record` in-process: every message it prints, its exit statuses, when it stops, what
it hands the stream and the poller, and the options it offers.

A toy venue module (`venuekit.toyvenue.streams`, put in `sys.modules` for the test) holds stream classes whose
channels deliver a scripted number of frames through a real `Recorder`; the command runs on a virtual-time loop,
so "stop after --duration" and "stop after --frames" are checked at exact instants. The polled mode gets a
stand-in for `venuekit.sandbox.polling.record_polls` that records what it was asked.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import types
from collections.abc import AsyncIterator, Coroutine
from pathlib import Path
from typing import Any, ClassVar

import pytest

import venuekit.sandbox.polling
from venuekit.streams import record as command
from venuekit.streams.connection import Stream
from venuekit.streams.errors import StreamClosedError, StreamConnectError
from venuekit.streams.recording import Recorder, read

from ..virtual_time import run_virtual


class _Toy(Stream):
    """A stream without a network: each channel method delivers `FRAMES[name]` frames, then waits until the
    stream closes. Every instance is kept in `made` with what the command gave it."""

    PROTOCOL: ClassVar[Any] = types.SimpleNamespace(rpc=None, name="toy")
    FRAMES: ClassVar[dict[str, int]] = {"ticker": 2, "trades": 1}
    made: ClassVar[list[_Toy]] = []
    not_callable = "an attribute, not a channel"

    def __init__(self, *, url: str | None = None, environment: str | None = None) -> None:  # no super(): no I/O
        self.given = (url, environment)
        self.state: Any = "idle"
        self.last_error: BaseException | None = None
        self.subscribed: list[tuple[str, dict[str, Any]]] = []
        self.recorded: tuple[Path, bool | None, int | None] | None = None
        self.closed_at: float | None = None
        self._done = asyncio.Event()
        self._log: Recorder | None = None
        type(self).made.append(self)

    def record(self, path: str | Path, *, compress: bool | None = None, max_frames: int | None = None) -> Recorder:
        self.recorded = (Path(path), compress, max_frames)
        self._log = Recorder(
            path, venue="toyvenue", stream=type(self).__name__, compress=compress, max_frames=max_frames
        )
        return self._log

    async def __aenter__(self) -> _Toy:
        self.state = "connected"
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.closed_at = asyncio.get_running_loop().time()
        self._done.set()
        if self._log is not None:
            self._log.close()

    async def _deliver(self, name: str) -> AsyncIterator[int]:
        for number in range(self.FRAMES.get(name, 0)):
            assert self._log is not None
            self._log.frame(0.0, f'{{"n":{number}}}', [name])
            yield number
        await self._done.wait()
        raise StreamClosedError("toy: the stream was closed")

    def ticker(self, symbol: str, depth: int = 0, *, max_queue: int | None = None) -> AsyncIterator[int]:
        self.subscribed.append(("ticker", {"symbol": symbol, "depth": depth}))
        return self._deliver("ticker")

    def trades(self, symbol: str) -> AsyncIterator[int]:
        self.subscribed.append(("trades", {"symbol": symbol}))
        return self._deliver("trades")

    def quiet(self) -> AsyncIterator[int]:
        self.subscribed.append(("quiet", {}))
        return self._deliver("quiet")

    def _hidden(self) -> AsyncIterator[int]:
        raise AssertionError("a private method is never a channel")


class _Failing(_Toy):
    """The first connection cannot be made: the stream fails as soon as it starts."""

    async def __aenter__(self) -> _Failing:
        self.state = "failed"
        self.last_error = StreamConnectError("could not connect (refused)", operation="toy", attempts=3)
        return self


class _Interrupted(_Toy):
    async def __aenter__(self) -> _Interrupted:
        raise KeyboardInterrupt


class _Api(_Toy):
    PROTOCOL: ClassVar[Any] = types.SimpleNamespace(rpc=object(), name="toy-api")


@pytest.fixture
def toy(monkeypatch: pytest.MonkeyPatch) -> list[_Toy]:
    """`venuekit.toyvenue.streams` importable; `asyncio.run` on a virtual clock. The streams the command made."""
    module = types.ModuleType("venuekit.toyvenue.streams")
    module.__dict__.update(
        ToyStream=_Toy, FailingStream=_Failing, InterruptedStream=_Interrupted, ApiStream=_Api,
        NotAStream=dict, answer=42, helper=len,
    )  # fmt: skip
    monkeypatch.setitem(sys.modules, "venuekit.toyvenue.streams", module)

    def virtual_run(coroutine: Coroutine[Any, Any, int]) -> int:
        return run_virtual(lambda loop: coroutine)[0]

    monkeypatch.setattr(asyncio, "run", virtual_run)
    made: list[_Toy] = []
    monkeypatch.setattr(_Toy, "made", made)
    return made


def _main(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = command.main(list(argv))
    out, err = capsys.readouterr()
    assert out == ""  # everything goes to stderr: stdout stays free for a pipe
    return status, err


def _refusal(*argv: str) -> object:
    with pytest.raises(SystemExit) as refused:
        command.main(list(argv))
    return refused.value.code


# --- recording a stream -----------------------------------------------------------------------------------------


def test_records_until_the_frames_asked_for(
    toy: list[_Toy], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "toy.jsonl"
    argv = ["toyvenue", "ToyStream", "ticker:symbol=BTC,depth=5", "trades:symbol=ETH", "--out", str(out)]
    status, err = _main(capsys, *argv, "--frames", "3", "--duration", "10", "--url", "ws://x", "--environment", "t")
    assert status == 0
    assert err == (
        f"recording toyvenue ToyStream to {out}\n"
        f"3 frames recorded to {out} (ticker:symbol=BTC,depth=5: 2, trades:symbol=ETH: 1)\n"
    )
    [stream] = toy
    assert stream.given == ("ws://x", "t")
    assert stream.subscribed == [("ticker", {"symbol": "BTC", "depth": 5}), ("trades", {"symbol": "ETH"})]
    assert stream.recorded == (out, None, 3)  # --frames is the recorder's limit: exactly 3 written
    # The frames arrive before the first look at the count (0.05 s): it stops there, not at --duration.
    assert stream.closed_at == 0.05
    lines = list(read(out))
    assert [line.get("channel") for line in lines] == [None, "ticker", "ticker", "trades", None]
    assert (lines[0]["event"], lines[-1]["event"]) == ("recording", "closed")


def test_frames_alone_are_enough_to_stop(toy: list[_Toy], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "counted.jsonl"
    status, err = _main(capsys, "toyvenue", "ToyStream", "ticker:symbol=BTC", "--out", str(out), "--frames", "2")
    assert status == 0
    assert err == f"recording toyvenue ToyStream to {out}\n2 frames recorded to {out} (ticker:symbol=BTC: 2)\n"
    [stream] = toy
    assert (stream.recorded, stream.closed_at) == ((out, None, 2), 0.05)  # no --duration: the count alone stops it


def test_stops_at_the_duration_and_says_when_nothing_came(
    toy: list[_Toy], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "quiet.jsonl.data"
    status, err = _main(capsys, "toyvenue", "ToyStream", "quiet", "--out", str(out), "--duration", "0.1", "--gzip")
    assert status == 0
    assert err == f"recording toyvenue ToyStream to {out}\n0 frames recorded to {out} (no messages)\n"
    [stream] = toy
    assert stream.closed_at == 0.1  # not one check later
    assert stream.recorded == (out, True, None)  # --gzip compresses whatever the name
    assert out.read_bytes()[:2] == b"\x1f\x8b"
    assert [line["event"] for line in read(out)] == ["recording", "closed"]


def test_a_zero_duration_stops_at_once(toy: list[_Toy], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "none.jsonl"
    status, err = _main(capsys, "toyvenue", "ToyStream", "ticker:symbol=BTC", "--out", str(out), "--duration", "0")
    assert (status, toy[0].closed_at) == (0, 0.0)
    assert err.splitlines()[-1] == f"0 frames recorded to {out} (no messages)"


def test_a_stream_that_cannot_connect_stops_at_once_with_status_1(
    toy: list[_Toy], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "failed.jsonl"
    status, err = _main(capsys, "toyvenue", "FailingStream", "quiet", "--out", str(out), "--duration", "30")
    assert status == 1
    assert err == (
        f"recording toyvenue FailingStream to {out}\n"
        "error: toy: could not connect (refused)\n"
        f"0 frames recorded to {out} (no messages)\n"
    )
    assert toy[0].closed_at == 0.0  # it does not wait out --duration for a stream that failed


def test_ctrl_c_exits_130(toy: list[_Toy], tmp_path: Path) -> None:
    assert command.main(["toyvenue", "InterruptedStream", "quiet", "--out", str(tmp_path / "x.jsonl")]) == 130


def test_refusals_name_the_problem(toy: list[_Toy], tmp_path: Path) -> None:
    out = ["--out", str(tmp_path / "x.jsonl")]
    assert _refusal("toyvenue", "Nope", "ticker", *out) == (
        "toyvenue has no stream 'Nope'; streams: ApiStream, FailingStream, InterruptedStream, ToyStream"
    )
    assert _refusal("toyvenue", "NotAStream", "ticker", *out) == (
        "toyvenue has no stream 'NotAStream'; streams: ApiStream, FailingStream, InterruptedStream, ToyStream"
    )
    assert _refusal("toyvenue", "ApiStream", "ticker", *out) == (
        "ApiStream takes requests, not subscriptions: record it from code (stream.record(path))"
    )
    for channel in ("_hidden", "missing", "not_callable"):
        assert _refusal("toyvenue", "ToyStream", f"{channel}:a=1", *out) == (
            f"ToyStream has no channel method {channel!r}"
        )
    assert _refusal("toyvenue", "ToyStream", *out) == "give a stream class and at least one channel method (or --poll)"
    assert _refusal("toyvenue", *out) == "give a stream class and at least one channel method (or --poll)"
    assert toy == [] or all(s.subscribed == [] and s.recorded is None for s in toy)  # refused before recording
    assert not (tmp_path / "x.jsonl").exists()


def test_run_takes_a_namespace_without_the_poll_options() -> None:
    # `run` is the entry point the `venuekit record` command shares; a namespace made without --poll means no poll.
    with pytest.raises(SystemExit) as refused:
        command.run(argparse.Namespace(venue="toyvenue", stream=None, channels=[]))
    assert refused.value.code == "give a stream class and at least one channel method (or --poll)"


# --- channel arguments ------------------------------------------------------------------------------------------


def _ticker(symbol: str, depth: int = 0, offset: int | None = None, *, max_queue: int | None = None) -> None: ...


def _nothing(*, max_queue: int | None = None) -> None: ...


def test_channel_arguments_become_keywords_with_integers_converted() -> None:
    assert command._channel_arguments("ticker", _ticker) == {}
    assert command._channel_arguments("ticker:", _ticker) == {}
    assert command._channel_arguments("ticker:symbol=BTC,depth=-5,offset=7,", _ticker) == {
        "symbol": "BTC",
        "depth": -5,
        "offset": 7,
    }
    # A string parameter keeps digits as text; an integer parameter keeps what is not a number (the method
    # then refuses it); a value may hold ':' and '=' (only the first of each splits).
    assert command._channel_arguments("ticker:symbol=10,depth=deep,offset=1.5", _ticker) == {
        "symbol": "10",
        "depth": "deep",
        "offset": "1.5",
    }
    assert command._channel_arguments("ticker:symbol=BTC:JPY=1", _ticker) == {"symbol": "BTC:JPY=1"}
    assert command._channel_arguments("ticker:max_queue=3", _ticker) == {"max_queue": 3}


def test_channel_arguments_refuse_unknown_names_listing_the_known_ones() -> None:
    for spec in ("ticker:sym=BTC", "ticker:symbol", "ticker:symbol=BTC,depth"):
        with pytest.raises(SystemExit) as refused:
            command._channel_arguments(spec, _ticker)
        assert refused.value.code == f"{spec}: expected NAME=VALUE with NAME one of: symbol, depth, offset"
    with pytest.raises(SystemExit) as refused:
        command._channel_arguments("events:symbol=BTC", _nothing)
    assert refused.value.code == "events:symbol=BTC: expected NAME=VALUE with NAME one of: (no parameters)"


# --- polled books -----------------------------------------------------------------------------------------------


class _Polled:
    def __init__(self, frames: int) -> None:
        self.frames = frames
        self.calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
        self.error: ValueError | None = None

    async def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append((args, kwargs))
        if self.error is not None:
            raise self.error
        return types.SimpleNamespace(frames=self.frames)


def _poller(monkeypatch: pytest.MonkeyPatch, frames: int) -> _Polled:
    polled = _Polled(frames)
    monkeypatch.setattr(venuekit.sandbox.polling, "record_polls", polled)
    return polled


def test_poll_hands_every_option_to_the_poller(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    polled = _poller(monkeypatch, 4)
    out = tmp_path / "books.jsonl"
    argv = ["toyvenue", "--poll", "--symbols", " BTCUSDT, ,ETHUSDT ,", "--out", str(out), "--frames", "4"]
    status, err = _main(capsys, *argv, "--url", "http://127.0.0.1:1", "--environment", "test", "--interval", "0.5")
    assert (status, err) == (0, f"4 replies recorded to {out}\n")
    assert polled.calls == [
        (
            ("toyvenue", ["BTCUSDT", "ETHUSDT"], out),
            {
                "url": "http://127.0.0.1:1",
                "environment": "test",
                "interval": 0.5,
                "replies": 4,
                "duration": None,
                "compress": None,
            },
        )
    ]
    polled.calls.clear()
    status, _ = _main(
        capsys, "toyvenue", "--poll", "--symbols", "BTCUSDT", "--out", str(out), "--duration", "2.5", "--gzip"
    )
    assert polled.calls == [
        (
            ("toyvenue", ["BTCUSDT"], out),
            {"url": None, "environment": None, "interval": None, "replies": None, "duration": 2.5, "compress": True},
        )
    ]


def test_poll_with_no_reply_recorded_exits_1(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _poller(monkeypatch, 0)
    out = tmp_path / "empty.jsonl"
    status, err = _main(capsys, "toyvenue", "--poll", "--symbols", "X", "--out", str(out), "--duration", "1")
    assert (status, err) == (1, f"0 replies recorded to {out}\n")


def test_poll_refusals(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    polled = _poller(monkeypatch, 1)
    out = ["--out", str(tmp_path / "x.jsonl")]
    assert _refusal("toyvenue", "ToyStream", "--poll", "--symbols", "X", "--frames", "1", *out) == (
        "--poll records the venue's declared order-book operation: give no stream or channels"
    )
    assert _refusal("toyvenue", "ToyStream", "ticker", "--poll", "--symbols", "X", "--frames", "1", *out) == (
        "--poll records the venue's declared order-book operation: give no stream or channels"
    )
    assert _refusal("toyvenue", "--poll", "--frames", "1", *out) == "--poll needs --symbols"
    assert _refusal("toyvenue", "--poll", "--symbols", " , ", "--frames", "1", *out) == "--poll needs --symbols"
    assert _refusal("toyvenue", "--poll", "--symbols", "X", *out) == (
        "--poll needs --duration or --frames (it would poll forever)"
    )
    assert polled.calls == []
    polled.error = ValueError("toyvenue: its OpenAPI spec declares no order-book operation to poll (info.x-sdk.paper)")
    assert _refusal("toyvenue", "--poll", "--symbols", "X", "--frames", "1", *out) == str(polled.error)


# --- the options ------------------------------------------------------------------------------------------------


def test_the_options_offered() -> None:
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    # (argparse's own `required` of a positional varies between Python versions: only the options' is compared.)
    options = [
        (
            a.dest,
            a.option_strings,
            a.nargs,
            a.metavar,
            a.required if a.option_strings else None,
            a.type,
            a.default,
            a.help,
        )
        for a in parser._actions
        if a.dest != "help"
    ]
    assert options == [
        ("venue", [], None, None, None, None, None, "venue package, e.g. gmo_coin"),
        ("stream", [], "?", None, None, None, None, "stream class, e.g. PublicStream (not with --poll)"),
        (
            "channels", [], "*", "METHOD[:NAME=VALUE,...]", None, None, None,
            "channel methods to subscribe (not with --poll)",
        ),
        ("out", ["--out"], None, None, True, Path, None, "file to write (.gz: gzip)"),
        ("gzip", ["--gzip"], 0, None, False, None, False, "compress even if the name does not end in .gz"),
        ("duration", ["--duration"], None, "SECONDS", False, float, None, "stop after this long"),
        ("frames", ["--frames"], None, "N", False, int, None, "stop after N frames (--poll: N polls)"),
        (
            "url", ["--url"], None, None, False, None, None,
            "connect here instead of the venue (e.g. a sandbox; --poll: its REST origin)",
        ),
        (
            "environment", ["--environment"], None, None, False, None, None,
            "one of the stream's (--poll: the client's) environments",
        ),
        ("poll", ["--poll"], 0, None, False, None, False, "poll the venue's order-book operation instead"),
        ("symbols", ["--symbols"], None, None, False, None, None, "comma-separated symbols to poll, e.g. BTCUSDT"),
        (
            "interval", ["--interval"], None, "SECONDS", False, float, None,
            "seconds between polls (default: the spec's)",
        ),
    ]  # fmt: skip
    [group] = [g for g in parser._action_groups if g.title == "polled books"]
    assert group.description == (
        "venues whose stream pushes no order book (Bitunix): record the order-book operation their spec declares "
        "for paper trading, polled over REST"
    )
    assert [a.dest for a in group._group_actions] == ["poll", "symbols", "interval"]


def test_help_names_the_program_and_shows_an_example(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    for given in (None, "venuekit record"):
        prog = given or "python -m venuekit.streams.record"
        with pytest.raises(SystemExit) as done:
            command.main(["--help"], **({"prog": given} if given else {}))
        assert done.value.code == 0
        text = " ".join(capsys.readouterr().out.split())
        assert text.startswith(f"usage: {prog} [-h] --out OUT ")
        assert f" {command.DESCRIPTION} " in text
        assert text.endswith(
            f"example: {prog} gmo_coin PublicStream ticker:symbol=BTC order_book:symbol=BTC "
            "--out btc.jsonl.gz --duration 60"
        )
    assert command.DESCRIPTION == (
        "Record a venue stream to a JSON Lines file (replay it with <venue>.streams.replay(path))."
    )
