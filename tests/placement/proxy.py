"""A fault-injecting HTTP/1.1 proxy on 127.0.0.1, between an SDK client and a venue sandbox.

Requests pass through unchanged unless a fault is armed for their method and path; the first `times`
such requests then meet the fault, before or after the venue (sandbox) has seen them. Every request
that reached the venue is recorded in `forwarded`.
"""

from __future__ import annotations

import http.client
import socket
import socketserver
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from urllib.parse import urlsplit

VenueError = Callable[[str], tuple[int, bytes]]
"""code -> (HTTP status, body) of the venue's own error envelope for that code."""

FAULTS = (
    "reset-before",  # the connection is reset before the request reaches the venue
    "reset-after",  # the venue processed the request, then the connection is reset
    "timeout-after",  # the venue processed the request; its reply never comes back
    "500-after",  # the venue processed the request; a gateway answers a bare 500
    "502-before",  # a gateway answers a bare 502 without passing the request on
    "429-before",  # a gateway answers a bare 429 without passing the request on
    "unknown-after",  # the venue processed the request but answers its "status unknown" code
    "duplicate-before",  # the venue refuses the key at once (the caller reused it)
)


@dataclass
class Armed:
    method: str
    path: str
    fault: str
    times: int
    code: str | None = None


class FaultProxy:
    """`with FaultProxy(sandbox.url, venue_error) as proxy:` then point the client at `proxy.url`."""

    def __init__(self, upstream: str, venue_error: VenueError) -> None:
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.venue_error = venue_error
        self.forwarded: list[tuple[str, str]] = []
        self.faulted: list[str] = []
        self._armed: Armed | None = None
        self._lock = threading.Lock()
        self._handled = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _Handler, self)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)

    def arm(self, method: str, path: str, fault: str, *, times: int = 1, code: str | None = None) -> None:
        assert fault in FAULTS, fault
        with self._lock:
            self._armed = Armed(method, path, fault, times, code)
            self.forwarded.clear()
            self.faulted.clear()
            self._handled.clear()

    def wait_handled(self, timeout: float = 10.0) -> bool:
        """Wait until the proxy has done its part for a faulted request (forwarded it when the fault comes after).

        A client whose 0.1 s read timeout ends before this proxy's thread has even read the request (a loaded
        machine) must not disarm the fault or count executions before the request reaches the venue."""
        return self._handled.wait(timeout)

    def disarm(self) -> None:
        with self._lock:
            self._armed = None

    def _fault_for(self, method: str, path: str) -> Armed | None:
        with self._lock:
            armed = self._armed
            if armed is None or armed.times <= 0 or (armed.method, armed.path) != (method, path):
                return None
            armed.times -= 1
            self.faulted.append(armed.fault)
            return armed

    def forward(self, method: str, target: str, headers: list[tuple[str, str]], body: bytes) -> tuple[int, bytes]:
        connection = http.client.HTTPConnection(*self.upstream, timeout=10)
        try:
            connection.putrequest(method, target, skip_host=True, skip_accept_encoding=True)
            for name, value in headers:
                connection.putheader(name, value)
            connection.endheaders(body or None)
            response = connection.getresponse()
            payload = response.read()
        finally:
            connection.close()
        with self._lock:
            self.forwarded.append((method, urlsplit(target).path))
        return response.status, payload

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], handler: type[socketserver.BaseRequestHandler], proxy: FaultProxy):
        super().__init__(address, handler)
        self.proxy = proxy


class _Handler(socketserver.StreamRequestHandler):
    server: _Server

    def handle(self) -> None:
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.connection.settimeout(10)
        try:
            while self._one_request():
                pass
        except OSError:
            pass

    def _one_request(self) -> bool:
        line = self.rfile.readline()
        if not line.strip():
            return False
        method, target, _ = line.decode("latin-1").split(" ", 2)
        headers: list[tuple[str, str]] = []
        while (raw := self.rfile.readline().decode("latin-1").rstrip("\r\n")) != "":
            name, _, value = raw.partition(":")
            headers.append((name.strip(), value.strip()))
        length = next((int(v) for n, v in headers if n.lower() == "content-length"), 0)
        body = self.rfile.read(length) if length else b""
        proxy = self.server.proxy
        armed = proxy._fault_for(method, urlsplit(target).path)
        fault = armed.fault if armed is not None else None
        if fault is not None and fault.endswith("-before"):
            proxy._handled.set()  # nothing reaches the venue: the proxy's part is done
        if fault == "reset-before":
            return self._reset()
        if fault in ("502-before", "429-before"):
            return self._reply(int(fault[:3]), b"<html>gateway</html>", "text/html")
        if fault == "duplicate-before":
            assert armed is not None and armed.code is not None
            return self._reply(*proxy.venue_error(armed.code))
        status, payload = proxy.forward(method, target, headers, body)
        if fault is not None:
            proxy._handled.set()
        if fault == "reset-after":
            return self._reset()
        if fault == "timeout-after":
            self._wait_for_close()
            return False
        if fault == "500-after":
            return self._reply(500, b"Internal Server Error", "text/plain")
        if fault == "unknown-after":
            assert armed is not None and armed.code is not None
            return self._reply(*proxy.venue_error(armed.code))
        return self._reply(status, payload)

    def _reply(self, status: int, payload: bytes, content_type: str = "application/json") -> bool:
        head = f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {len(payload)}\r\n\r\n"
        self.wfile.write(head.encode() + payload)
        self.wfile.flush()
        return True

    def _reset(self) -> bool:
        # SO_LINGER 0: close() sends RST, as a dropped connection does.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        return False

    def _wait_for_close(self) -> None:
        """Hold the reply back until the client gives up (its read timeout) and closes."""
        try:
            while self.connection.recv(1024):
                pass
        except OSError:
            pass
