"""Test doubles for the stream tests: a local WebSocket venue with fault injection, and a manual clock.

`FakeVenue` listens on 127.0.0.1 (ephemeral port) only, records what clients send, and lets a test script
answers and faults: drop the connection, send garbage, stop answering pings (the socket goes silent), and
reject handshakes. It stops when its `async with` block ends.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

Script = Callable[["FakeVenue", ServerConnection, Any], Awaitable[None]]


@dataclass
class Received:
    connection: int
    message: Any
    at: float


class FakeVenue:
    """One local WebSocket endpoint playing a venue. `script(venue, connection, message)` answers each
    JSON message a client sends; `reject(path)` may refuse a handshake with an HTTP status."""

    def __init__(
        self,
        script: Script | None = None,
        *,
        reject: Callable[[str], int | None] | None = None,
        ping_interval: float | None = None,
    ) -> None:
        self.script = script
        self.reject = reject
        self.ping_interval = ping_interval
        self.connections: list[ServerConnection] = []
        self.paths: list[str] = []
        self.received: list[Received] = []
        self.answer_pings = True
        self._server: Server | None = None
        self.url = ""

    async def __aenter__(self) -> FakeVenue:
        self._server = await serve(
            self._handle,
            "127.0.0.1",
            0,
            process_request=self._process_request,
            ping_interval=self.ping_interval,
            ping_timeout=None,
            close_timeout=0.1,
        )
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"ws://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    def _process_request(self, connection: ServerConnection, request: Request) -> Response | None:
        status = self.reject(request.path) if self.reject else None
        if status is None:
            return None
        return Response(status, HTTPStatus(status).phrase, Headers(), b"refused")

    async def _handle(self, connection: ServerConnection) -> None:
        number = len(self.connections)
        self.connections.append(connection)
        self.paths.append(connection.request.path if connection.request else "")
        loop = asyncio.get_running_loop()
        async for raw in connection:
            message = json.loads(raw)
            self.received.append(Received(number, message, loop.time()))
            if self.script is not None:
                await self.script(self, connection, message)

    # --- what a test does --------------------------------------------------------------------------
    def messages(self, connection: int | None = None) -> list[Any]:
        return [r.message for r in self.received if connection is None or r.connection == connection]

    async def send(self, payload: Any, connection: int = -1) -> None:
        text = payload if isinstance(payload, str) else json.dumps(payload)
        await self.connections[connection].send(text)

    def drop(self, connection: int = -1) -> None:
        """The network fails: the TCP connection goes away without a closing handshake."""
        self.connections[connection].transport.abort()

    def go_silent(self, connection: int = -1) -> None:
        """The venue stops answering anything, pings included, but keeps the TCP connection open."""
        self.answer_pings = False
        self.connections[connection].transport.pause_reading()


async def eventually(condition: Callable[[], bool], timeout: float = 5.0, what: str = "condition") -> None:
    """Wait (polling) until `condition()` holds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.005)


async def take(iterator: Any, count: int, timeout: float = 5.0) -> list[Any]:
    """The next `count` items of an async iterator."""

    async def collect() -> list[Any]:
        items = []
        async for item in iterator:
            items.append(item)
            if len(items) == count:
                break
        return items

    return await asyncio.wait_for(collect(), timeout)


class ManualClock:
    """Time that moves only when the test says so (`advance`); `sleep` waits for it."""

    def __init__(self) -> None:
        self.now = 0.0
        self._sleepers: list[tuple[float, asyncio.Future[None]]] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, delay: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._sleepers.append((self.now + delay, future))
        await future

    async def advance(self, seconds: float) -> None:
        """Move time forward, waking sleepers in order and letting each one run before the next."""
        target = self.now + seconds
        while True:
            await settle()
            due = [s for s in self._sleepers if s[0] <= target and not s[1].done()]
            if not due:
                break
            when = min(s[0] for s in due)
            self.now = max(self.now, when)
            for entry in [s for s in due if s[0] <= when]:
                self._sleepers.remove(entry)
                entry[1].set_result(None)
        self.now = target
        await settle()


async def settle() -> None:
    """Let every task that can run, run (and finish any in-memory I/O)."""
    for _ in range(5):
        await asyncio.sleep(0.002)


def run(coroutine: Awaitable[None], timeout: float = 15.0) -> None:
    """Run one test scenario with a hard time limit."""

    async def guarded() -> None:
        await asyncio.wait_for(coroutine, timeout)

    asyncio.run(guarded())
