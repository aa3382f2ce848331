"""The recording file format (`venuekit.streams.recording`), line by line: what `Recorder` and `PollRecorder` write,
byte for byte, their reprs and counts, and what `read` / `raw_frame` give back (or refuse)."""

from __future__ import annotations

import gzip
import locale
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from venuekit.streams.recording import PollRecorder, Recorder, raw_frame, read

NOW = 1700000000.1234567  # the clock for event lines (rounded to microseconds on the line)


@pytest.fixture(autouse=True)
def clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "time", lambda: NOW)  # the clock of event lines


@pytest.fixture
def ascii_locale() -> Iterator[None]:
    """A process whose locale encoding is ASCII (a recording must not depend on it)."""
    before = locale.setlocale(locale.LC_CTYPE)
    locale.setlocale(locale.LC_CTYPE, "C")
    try:
        yield
    finally:
        locale.setlocale(locale.LC_CTYPE, before)


HEAD = '{"t":%s,"venue":"gmo_coin","stream":"PublicStream",'


def test_a_recorder_writes_every_kind_of_line(tmp_path: Path, ascii_locale: None) -> None:
    path = tmp_path / "session.jsonl"
    recorder = Recorder(path, venue="gmo_coin", stream="PublicStream")
    assert (recorder.path, recorder.venue, recorder.stream, recorder.compress) == (
        path,
        "gmo_coin",
        "PublicStream",
        False,
    )
    assert repr(recorder) == f"<Recorder {path} gmo_coin PublicStream frames=0>"
    recorder.event("connected")
    recorder.frame(1700000001.0000004, '{"symbol":"板"}', ["ticker"])
    recorder.frame(1700000002.5, "{}", ["ticker", "", "trades", "ticker"])  # each channel once, in order
    recorder.frame(1700000003.25, "ping", [""])
    recorder.frame(1700000004.0, b"\x00\xff", [], reply_to="7")
    recorder.event("disconnected", reason="timeout", code=None)  # a field without a value is left out
    recorder.request("8", "subscribe")
    assert recorder.frames == 4
    assert repr(recorder) == f"<Recorder {path} gmo_coin PublicStream frames=4>"
    recorder.close()
    recorder.close()  # once is enough: no second closing line
    recorder.event("late")  # nothing is written after the close
    recorder.frame(1700000005.0, "late", ["ticker"])  # (a stream goes on after its owner closed the recorder)
    assert repr(recorder) == f"<Recorder {path} gmo_coin PublicStream frames=4 closed>"  # the frames in the file
    assert path.read_bytes()[:2] != b"\x1f\x8b"
    assert path.read_text(encoding="utf-8") == "".join(
        line + "\n"
        for line in (
            HEAD % "1700000000.123457" + '"event":"recording","format":1}',
            HEAD % "1700000000.123457" + '"event":"connected"}',
            HEAD % "1700000001.0" + '"channel":"ticker","frame":"{\\"symbol\\":\\"板\\"}"}',
            HEAD % "1700000002.5" + '"channel":["ticker","trades"],"frame":"{}"}',
            HEAD % "1700000003.25" + '"channel":null,"frame":"ping"}',
            HEAD % "1700000004.0" + '"channel":null,"reply_to":"7","frame_b64":"AP8="}',
            HEAD % "1700000000.123457" + '"event":"disconnected","reason":"timeout"}',
            HEAD % "1700000000.123457" + '"event":"request","id":"8","method":"subscribe"}',
            HEAD % "1700000000.123457" + '"event":"closed"}',
        )
    )
    lines = list(read(path))
    assert [raw_frame(line) for line in lines if "channel" in line] == ['{"symbol":"板"}', "{}", "ping", b"\x00\xff"]


def test_gzip_when_asked_or_named_so(tmp_path: Path) -> None:
    named = Recorder(tmp_path / "a.jsonl.gz", venue="v", stream="S")
    asked = Recorder(tmp_path / "b.jsonl", venue="v", stream="S", compress=True)
    refused = Recorder(tmp_path / "c.jsonl.gz", venue="v", stream="S", compress=False)
    with named, asked, refused:
        named.frame(1.0, "x", ["c"])
        asked.frame(1.0, "x", ["c"])
        refused.frame(1.0, "x", ["c"])
    assert (named.compress, asked.compress, refused.compress) == (True, True, False)
    expected = (
        '{"t":1700000000.123457,"venue":"v","stream":"S","event":"recording","format":1}\n'
        '{"t":1.0,"venue":"v","stream":"S","channel":"c","frame":"x"}\n'
        '{"t":1700000000.123457,"venue":"v","stream":"S","event":"closed"}\n'
    )
    for path in (named.path, asked.path):
        assert gzip.decompress(path.read_bytes()).decode() == expected
        assert [line["event"] for line in read(path) if "event" in line] == ["recording", "closed"]
    assert refused.path.read_text(encoding="utf-8") == expected
    assert repr(named) == f"<Recorder {named.path} v S frames=1 closed>"


def test_a_poll_recorder_writes_replies_and_failures(tmp_path: Path) -> None:
    path = tmp_path / "books.jsonl"
    recorder = PollRecorder(path, venue="bitunix", operation="get_depth")
    assert (recorder.venue, recorder.operation, recorder.compress) == ("bitunix", "get_depth", False)
    assert repr(recorder) == f"<PollRecorder {path} bitunix get_depth replies=0>"
    recorder.reply("BTCUSDT", 1700000001.5, '{"asks":[]}')
    recorder.failed("ETHUSDT", "HTTP 503")
    recorder.reply("ETHUSDT", 1700000002.0, "{}")
    assert repr(recorder) == f"<PollRecorder {path} bitunix get_depth replies=2>"
    recorder.close()
    recorder.reply("BTCUSDT", 1700000003.0, "late")  # not written, not counted
    assert repr(recorder) == f"<PollRecorder {path} bitunix get_depth replies=2 closed>"
    head = '{"t":%s,"venue":"bitunix","operation":"get_depth",'
    assert path.read_text(encoding="utf-8") == "".join(
        line + "\n"
        for line in (
            head % "1700000000.123457" + '"event":"recording","format":1}',
            head % "1700000001.5" + '"symbol":"BTCUSDT","body":"{\\"asks\\":[]}"}',
            head % "1700000000.123457" + '"event":"poll-failed","symbol":"ETHUSDT","reason":"HTTP 503"}',
            head % "1700000002.0" + '"symbol":"ETHUSDT","body":"{}"}',
            head % "1700000000.123457" + '"event":"closed"}',
        )
    )


def test_read_skips_blank_lines_and_names_a_bad_one(tmp_path: Path) -> None:
    path = tmp_path / "hand.jsonl"
    path.write_text('{"a":1}\n\n   \n{"b":"板"}\n', encoding="utf-8")
    assert list(read(path)) == [{"a": 1}, {"b": "板"}]
    path.write_text('{"a":1}\n[1]\n', encoding="utf-8")
    with pytest.raises(ValueError) as bad:
        list(read(path))
    assert str(bad.value) == f"{path}:2: not a recording line"
    path.write_bytes(gzip.compress(b'{"a":1}\n\n{oops\n'))
    with pytest.raises(ValueError) as bad:
        list(read(path))
    assert str(bad.value) == f"{path}:3: not a recording line: Expecting property name enclosed in double quotes: " + (
        "line 1 column 2 (char 1)"
    )
