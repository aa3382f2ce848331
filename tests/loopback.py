"""A tiny HTTP/1.1 keep-alive server on 127.0.0.1 for tests that need real sockets.

It runs an asyncio server in a child process, answers every request through `respond(method, target,
body)`, sets TCP_NODELAY (no delayed-ACK stalls), and is terminated when the context exits.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import multiprocessing.queues
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Respond = Callable[[str, str, bytes], tuple[int, bytes]]


async def _serve_connection(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, respond: Respond) -> None:
    sock = writer.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            length = 0
            for line in lines[1:]:
                if line.lower().startswith("content-length:"):
                    length = int(line.split(":", 1)[1])
            body = await reader.readexactly(length) if length else b""
            status, payload = respond(method, target, body)
            status_line = (
                f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
            )
            writer.write(status_line.encode() + payload)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


def _run(respond: Respond, ports: multiprocessing.queues.Queue[int]) -> None:
    async def main() -> None:
        server = await asyncio.start_server(lambda r, w: _serve_connection(r, w, respond), "127.0.0.1", 0, backlog=1024)
        ports.put(server.sockets[0].getsockname()[1])
        await server.serve_forever()

    asyncio.run(main())


@contextmanager
def serve(respond: Respond) -> Iterator[str]:
    """Start the server in its own process (no GIL shared with the client under test); yields its URL."""
    context = multiprocessing.get_context("fork")
    ports: multiprocessing.queues.Queue[int] = context.Queue()
    process = context.Process(target=_run, args=(respond, ports), daemon=True)
    process.start()
    try:
        yield f"http://127.0.0.1:{ports.get(timeout=10)}"
    finally:
        process.terminate()
        process.join(5)
