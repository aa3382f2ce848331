"""Replay a recording (`venuekit.streams.recording`) through the stream classes themselves.

`Replay` is a `FrameSource`: the stream's connection loop opens it instead of a socket, so every frame goes
through the same decoding, routing, typed models, order books and `Gap`s as live; a recorded disconnect
ends the replayed connection (a ``disconnected`` `Gap`, then the next recorded connection), and the end of
the recording ends the subscriptions. What the consumer sends goes nowhere, except WebSocket API requests:
each one is answered by the recorded reply to the same method, in order (the recorded heartbeats are
skipped), with the consumer's own request id.

Timing: ``speed=None`` hands over the next frame as soon as every subscription that is being iterated has
taken what it was given (or no consumer took anything for `patience` seconds); ``speed=1.0`` keeps the
recorded gaps between frames, ``speed=10.0`` makes them ten times shorter.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict, deque
from collections.abc import AsyncIterator, Collection, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import codec
from ..errors import ConfigurationError
from .auth import Sleep
from .errors import ConnectionLostError
from .recording import raw_frame, read

if TYPE_CHECKING:
    from .connection import Stream


def header(path: str | Path) -> tuple[str, str]:
    """(venue package, stream class) a recording was made with."""
    for record in read(path):
        return str(record.get("venue", "")), str(record.get("stream", ""))
    raise ValueError(f"{path}: empty recording")


class Replay:
    """A recording as the source of a stream's connections (see the module docstring)."""

    def __init__(
        self, path: str | Path, *, speed: float | None = None, sleep: Sleep | None = None, patience: float = 1.0
    ) -> None:
        if speed is not None and speed <= 0:
            raise ValueError("speed must be positive (or None: as fast as the consumers go)")
        self.path = Path(path)
        self.speed = speed
        self.patience = patience
        self.finished = False
        self.venue, self.stream = header(self.path)
        self._sleep: Sleep = sleep or asyncio.sleep
        self._records: Iterator[dict[str, Any]] = read(self.path)
        self._last_t: float | None = None
        self._recorded_requests: dict[str, str] = {}  # recorded request id -> method
        self._asked: defaultdict[str, deque[str]] = defaultdict(deque)  # method -> ids the consumer sent
        self._asked_event = asyncio.Event()

    def __repr__(self) -> str:
        return f"<Replay {self.path} {self.venue} {self.stream} speed={self.speed}>"

    async def open(self, stream: Stream) -> _ReplaySocket:
        """The next recorded connection; at the end of the recording `finished` is set and EOFError raised."""
        for record in self._records:
            await self._pace(record)
            if record.get("event") == "connected":
                return _ReplaySocket(self, stream)
            if record.get("event") == "closed":
                break
        self.finished = True
        raise EOFError(f"{self.path}: the recording has ended")

    async def _pace(self, record: Mapping[str, Any]) -> None:
        when = record.get("t")
        if not isinstance(when, int | float):
            return
        if self.speed is not None and self._last_t is not None and when > self._last_t:
            await self._sleep((when - self._last_t) / self.speed)
        self._last_t = max(when, self._last_t or when)

    def _requested(self, method: str, request_id: str) -> None:
        self._asked[method].append(request_id)
        self._asked_event.set()

    async def _answering(self, method: str) -> str:
        """The id of the consumer's next request of `method` (waits for it)."""
        while not self._asked[method]:
            self._asked_event.clear()
            await self._asked_event.wait()
        return self._asked[method].popleft()


class _ReplaySocket:
    """One recorded connection, as the `Socket` the connection loop reads."""

    def __init__(self, replay: Replay, stream: Stream) -> None:
        self.replay = replay
        self.stream = stream
        self.close_exc: BaseException | None = None
        self._stopped = False

    async def send(self, message: str) -> None:
        rpc = self.stream.protocol.rpc
        if rpc is None:
            return  # subscribe commands: the recording already holds what they brought
        sent = codec.loads(message)
        if isinstance(sent, dict) and rpc.method_field in sent and rpc.id_field in sent:
            self.replay._requested(str(sent[rpc.method_field]), str(sent[rpc.id_field]))

    def __aiter__(self) -> AsyncIterator[str | bytes]:
        return self._frames()

    async def _frames(self) -> AsyncIterator[str | bytes]:
        replay, protocol = self.replay, self.stream.protocol
        for record in replay._records:
            if self._stopped:
                return
            await replay._pace(record)
            event = record.get("event")
            if event == "request":
                replay._recorded_requests[str(record.get("id"))] = str(record.get("method"))
                continue
            if event == "disconnected":
                self.close_exc = ConnectionLostError(
                    f"recorded disconnect: {record.get('reason')}", operation=protocol.name
                )
                return
            if event == "closed":
                replay.finished = True
                return
            if event is not None:
                continue  # connected / resubscribed / recording: the stream produces these itself
            frame = raw_frame(record)
            if "reply_to" in record and protocol.rpc is not None:
                method = replay._recorded_requests.get(str(record["reply_to"]))
                if method is None or method == protocol.ping_method:
                    continue  # a heartbeat reply: replays send no heartbeats
                frame = self._readdressed(frame, await replay._answering(method))
            if replay.speed is None:
                await self.stream._consumers_caught_up(replay.patience)
            yield frame
            await asyncio.sleep(0)  # let the consumers run, as a socket read would
        replay.finished = True

    def _readdressed(self, frame: str | bytes, request_id: str) -> str:
        rpc = self.stream.protocol.rpc
        assert rpc is not None
        reply = codec.loads(frame)
        if isinstance(reply, dict):
            reply[rpc.id_field] = request_id
        return codec.dumps(reply).decode()

    async def close(self) -> None:
        self._stopped = True

    def abort(self) -> None:
        self._stopped = True


def recorded_stream(path: str | Path, venue: str, names: Collection[str]) -> str:
    """The stream class (one of `names`, of package `venue`) a recording was made with."""
    recorded_venue, stream = header(path)
    if recorded_venue != venue or stream not in names:
        raise ConfigurationError(
            f"{path} was recorded from {recorded_venue} {stream}, not one of {venue}: {', '.join(sorted(names))}"
        )
    return stream
