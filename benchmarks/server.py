"""The loopback venue the benchmarks talk to: a raw asyncio protocol, run in its own process.

- HTTP/1.1 keep-alive: `GET`/`POST` of a path in `payloads.ROUTES` answers 200 with that JSON body (body
  ignored); anything else answers 404 `{"code":-1,"msg":"not found"}`. The depth path reads one thing from the
  query: `symbol=L<n>` answers a book of n levels per side (n in `payloads.DEPTH_SIZES`), any other symbol 200.
  Responses are prebuilt bytes and TCP_NODELAY is set, so the client side dominates every measurement (a plain
  `http.server` without TCP_NODELAY adds ~40 ms per keep-alive call through delayed ACKs).
- WebSocket (`GET /ws/ticker?n=N`, `GET /ws/book?n=N`): after the handshake, the first text frame from the
  client (its subscribe command) makes the server send N GMO Coin `ticker` / `orderbooks` frames as fast as
  the socket takes them. Pings are answered, a close frame is echoed.

Loopback only, and self-stopping: it exits when its stdin closes (the parent went away) or after
`--max-seconds`. Started by `benchmarks.run` through `Server` below; prints `PORT <n>` once listening.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import hashlib
import os
import socket
import struct
import subprocess
import sys
import threading
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

from . import payloads

_WS_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
_NOT_FOUND = b'{"code":-1,"msg":"not found"}'


def _response(status: str, body: bytes) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


_RESPONSES = {path: _response("200 OK", body) for path, body in payloads.ROUTES.items()}
_DEPTHS = {f"L{n}": _response("200 OK", payloads.depth(n)) for n in payloads.DEPTH_SIZES}


def _answer(target: str) -> bytes:
    path, _, query = target.partition("?")
    if path == "/quote/v1/depth":
        for part in query.split("&"):
            if part.startswith("symbol=") and part[7:] in _DEPTHS:
                return _DEPTHS[part[7:]]
    return _RESPONSES.get(path, _MISSING)


_MISSING = _response("404 Not Found", _NOT_FOUND)


def ws_frame(payload: bytes, opcode: int = 0x1) -> bytes:
    """One unmasked (server-to-client) WebSocket frame."""
    n = len(payload)
    if n < 126:
        head = struct.pack("!BB", 0x80 | opcode, n)
    elif n < 65536:
        head = struct.pack("!BBH", 0x80 | opcode, 126, n)
    else:
        head = struct.pack("!BBQ", 0x80 | opcode, 127, n)
    return head + payload


def _frame_pool(kind: str) -> list[bytes]:
    if kind == "book":
        return [ws_frame(payloads.gmo_orderbook(i, payloads.BOOK_LEVELS)) for i in range(100)]
    return [ws_frame(payloads.gmo_ticker(i)) for i in range(1000)]


class VenueProtocol(asyncio.Protocol):
    """One client connection: HTTP requests until an upgrade, then WebSocket frames."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.websocket: tuple[str, int] | None = None
        self.blasting = False
        self.can_write = asyncio.Event()
        self.can_write.set()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def pause_writing(self) -> None:
        self.can_write.clear()

    def resume_writing(self) -> None:
        self.can_write.set()

    def connection_lost(self, exc: Exception | None) -> None:
        self.can_write.set()
        self.transport = None

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        if self.websocket is not None:
            self._ws_frames()
        else:
            self._http_requests()

    # --- HTTP ------------------------------------------------------------------------------------
    def _http_requests(self) -> None:
        out: list[bytes] = []
        while self.transport is not None:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = bytes(self.buffer[:end]).decode("latin-1")
            lines = head.split("\r\n")
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length", "0"))
            if len(self.buffer) < end + 4 + length:
                break
            del self.buffer[: end + 4 + length]
            parts = lines[0].split(" ")
            target = parts[1] if len(parts) > 1 else "/"
            if headers.get("upgrade", "").lower() == "websocket":
                self._upgrade(target, headers)
                return
            out.append(_answer(target))
        if out and self.transport is not None:
            self.transport.write(b"".join(out))

    def _upgrade(self, target: str, headers: dict[str, str]) -> None:
        assert self.transport is not None
        url = urlsplit(target)
        kind = "book" if url.path.endswith("/book") else "ticker"
        count = int(parse_qs(url.query).get("n", ["1000"])[0])
        accept = base64.b64encode(hashlib.sha1(headers["sec-websocket-key"].encode() + _WS_GUID).digest())
        self.transport.write(
            b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n"
        )
        self.websocket = (kind, count)
        if self.buffer:
            self._ws_frames()

    # --- WebSocket -------------------------------------------------------------------------------
    def _ws_frames(self) -> None:
        while self.transport is not None and len(self.buffer) >= 2:
            b0, b1 = self.buffer[0], self.buffer[1]
            opcode, masked, n = b0 & 0x0F, b1 & 0x80, b1 & 0x7F
            at = 2
            if n == 126:
                if len(self.buffer) < 4:
                    return
                n = struct.unpack_from("!H", self.buffer, 2)[0]
                at = 4
            elif n == 127:
                if len(self.buffer) < 10:
                    return
                n = struct.unpack_from("!Q", self.buffer, 2)[0]
                at = 10
            mask = b""
            if masked:
                mask = bytes(self.buffer[at : at + 4])
                at += 4
            if len(self.buffer) < at + n:
                return
            payload = bytes(self.buffer[at : at + n])
            del self.buffer[: at + n]
            if mask:
                payload = bytes(c ^ mask[i % 4] for i, c in enumerate(payload))
            if opcode == 0x9:
                self.transport.write(ws_frame(payload, 0xA))
            elif opcode == 0x8:
                self.transport.write(ws_frame(payload[:2], 0x8))
                self.transport.close()
            elif opcode == 0x1 and not self.blasting and self.websocket is not None:
                self.blasting = True
                kind, count = self.websocket
                asyncio.get_running_loop().create_task(self._blast(kind, count))

    async def _blast(self, kind: str, count: int) -> None:
        pool = _frame_pool(kind)
        batch = 256
        sent = 0
        while sent < count and self.transport is not None:
            await self.can_write.wait()
            if self.transport is None:
                return
            n = min(batch, count - sent)
            self.transport.write(b"".join(pool[(sent + k) % len(pool)] for k in range(n)))
            sent += n


async def serve(port: int, max_seconds: float) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    server = await loop.create_server(VenueProtocol, "127.0.0.1", port, backlog=1024)
    actual = server.sockets[0].getsockname()[1]
    print(f"PORT {actual}", flush=True)

    def watch_stdin() -> None:
        # EOF on stdin: the parent closed the pipe or died.
        try:
            while sys.stdin.buffer.read(1):
                pass
        finally:
            loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=watch_stdin, daemon=True).start()
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(stop.wait(), max_seconds)
    server.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--max-seconds", type=float, default=900.0)
    args = parser.parse_args(argv)
    asyncio.run(serve(args.port, args.max_seconds))


class Server:
    """Runs `python -m benchmarks.server` in a child process for a `with` block; `.base` is its URL."""

    def __init__(self, max_seconds: float = 900.0) -> None:
        self.max_seconds = max_seconds
        self.process: subprocess.Popen[bytes] | None = None
        self.port = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_base(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def __enter__(self) -> Server:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.server", "--max-seconds", str(self.max_seconds)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=root,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline().decode().strip()
        if not line.startswith("PORT "):
            self.__exit__(None, None, None)
            raise RuntimeError(f"benchmark server did not start: {line!r}")
        self.port = int(line.split()[1])
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        process = self.process
        if process is None:
            return
        if process.stdin is not None:
            process.stdin.close()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()
        self.process = None


if __name__ == "__main__":
    main()
