"""Recordings of streams: the file format, `Recorder` (what `Stream.record` writes with) and `read`.

``python -m venuekit.streams.record`` records from the command line.

A recording is JSON Lines (UTF-8, one JSON object per line; gzip-compressed when asked or when the file
name ends in ``.gz``). Every line has ``t`` (receive time, epoch seconds with microseconds), ``venue`` and
``stream`` (the generated class), and one of:

- a frame: ``"frame"`` (the raw text exactly as received; ``"frame_b64"`` for a binary frame), ``"channel"``
  (the channel that took a message from it: a name, a list when several did, null for heartbeats, errors
  and frames no subscription claimed) and, for a WebSocket API reply, ``"reply_to"`` (the request's id);
- an event: ``"event"`` is ``"recording"`` (the first line, with ``"format": 1``), ``"connected"``,
  ``"disconnected"`` (with ``"reason"``: each one is a `Gap` on replay), ``"resubscribed"`` (``"channel"``),
  ``"request"`` (a WebSocket API request was sent: ``"id"`` and ``"method"``; never its params, which carry
  signatures) or ``"closed"`` (the last line).

Nothing secret is written: no URL (it may hold a session token or a signed query), no request params.
Replay a file with ``<Class>.replay(path)``, ``<venue>.streams.replay(path)`` or `venuekit.streams.replay`.

A recording of *polled* replies (`PollRecorder`: the books of a venue whose stream pushes none, polled over REST
for paper trading, `venuekit.sandbox.polling`) has the same file handling, with ``operation`` (the operationId)
instead of ``stream`` on every line, and reply lines ``"symbol"`` plus ``"body"`` (the reply's text exactly as
received). A poll that failed is an event line ``"poll-failed"`` with ``"symbol"`` and ``"reason"``. Feed one to
``PaperMarket.stepped`` / ``PaperMarket.replay``.
"""

from __future__ import annotations

import base64
import gzip
import json
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any, TypeVar

FORMAT = 1
_R = TypeVar("_R", bound="Recorder")
_GZIP_MAGIC = b"\x1f\x8b"


class Recorder:
    """Writes one stream's frames and events to a file (see the module docstring for the format)."""

    def __init__(
        self, path: str | Path, *, venue: str, stream: str, compress: bool | None = None, max_frames: int | None = None
    ) -> None:
        self.stream = stream
        self.max_frames = max_frames
        """Frames after this many are not written (`venuekit record --frames N`: exactly N, whatever arrives while
        the command stops); None: no limit."""
        self._open(path, {"venue": venue, "stream": stream}, compress)

    def _open(self, path: str | Path, head: dict[str, str], compress: bool | None) -> None:
        self.path = Path(path)
        self.venue = head["venue"]
        self._head = head
        self.compress = self.path.name.endswith(".gz") if compress is None else compress
        self.frames = 0
        self.closed = False
        # Plain files are line-buffered, so that a recording cut short (a crash) keeps every line written.
        self._file: IO[str] = (
            gzip.open(self.path, "wt", encoding="utf-8")  # noqa: SIM115 (kept open until close())
            if self.compress
            else open(self.path, "w", encoding="utf-8", buffering=1)  # noqa: SIM115
        )
        self._write({"event": "recording", "format": FORMAT})

    def __repr__(self) -> str:
        return (
            f"<Recorder {self.path} {self.venue} {self.stream} frames={self.frames}{' closed' if self.closed else ''}>"
        )

    def _write(self, record: dict[str, Any], when: float | None = None) -> None:
        if self.closed:
            return
        line: dict[str, Any] = {"t": round(time.time() if when is None else when, 6), **self._head}
        line.update(record)
        self._file.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")

    def frame(self, received: float, raw: str | bytes, channels: Sequence[str], reply_to: str | None = None) -> None:
        # Closed by its owner while the stream runs on, or full: `frames` counts what the file holds.
        if self.closed or (self.max_frames is not None and self.frames >= self.max_frames):
            return
        names = [name for name in dict.fromkeys(channels) if name]
        record: dict[str, Any] = {"channel": names[0] if len(names) == 1 else names or None}
        if reply_to is not None:
            record["reply_to"] = reply_to
        if isinstance(raw, bytes):
            record["frame_b64"] = base64.b64encode(raw).decode("ascii")
        else:
            record["frame"] = raw
        self._write(record, received)
        self.frames += 1

    def event(self, name: str, **fields: Any) -> None:
        self._write({"event": name, **{k: v for k, v in fields.items() if v is not None}})

    def request(self, request_id: str, method: str) -> None:
        self.event("request", id=request_id, method=method)

    def close(self) -> None:
        """Write the closing line and close the file (a stream closes its recorder when it closes)."""
        if not self.closed:
            self.event("closed")
            self.closed = True
            self._file.close()

    def __enter__(self: _R) -> _R:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class PollRecorder(Recorder):
    """Writes the replies of a polled REST operation (see the module docstring for the format)."""

    def __init__(self, path: str | Path, *, venue: str, operation: str, compress: bool | None = None) -> None:
        self.operation = operation
        self._open(path, {"venue": venue, "operation": operation}, compress)

    def __repr__(self) -> str:
        closed = " closed" if self.closed else ""
        return f"<PollRecorder {self.path} {self.venue} {self.operation} replies={self.frames}{closed}>"

    def reply(self, symbol: str, received: float, body: str) -> None:
        if self.closed:
            return
        self._write({"symbol": symbol, "body": body}, received)
        self.frames += 1

    def failed(self, symbol: str, reason: str) -> None:
        self.event("poll-failed", symbol=symbol, reason=reason)


def read(path: str | Path) -> Iterator[dict[str, Any]]:
    """The lines of a recording, decoded (gzip is detected from the file's first bytes)."""
    source = Path(path)
    with open(source, "rb") as probe:
        compressed = probe.read(2) == _GZIP_MAGIC
    opener: Any = gzip.open if compressed else open
    with opener(source, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"{source}:{number}: not a recording line: {exc}") from None
            if not isinstance(record, dict):
                raise ValueError(f"{source}:{number}: not a recording line")
            yield record


def raw_frame(record: dict[str, Any]) -> str | bytes:
    """The frame of a frame line, as it was received."""
    if "frame_b64" in record:
        return base64.b64decode(record["frame_b64"])
    return str(record["frame"])
