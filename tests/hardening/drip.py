"""A loopback HTTP server that answers one byte at a time, to show that no server can stretch a call.

Each connection gets its own thread; the reply (head, then body) is written byte by byte with `interval`
seconds between bytes, for the head, the body or both. `completed` counts replies written to the end.
Everything stops when the context exits (the drip loops wake up at once).
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

BODY = (
    b'{"status":0,"data":[{"ask":"750760","bid":"750600","high":"762302","last":"756662","low":"704874",'
    b'"symbol":"BTC","timestamp":"2018-03-30T12:34:56.789Z","volume":"194785.8484"}],'
    b'"responsetime":"2019-03-19T02:15:06.001Z"}'
)
"""GMO Coin's documented getTicker reply."""


class Dripper:
    def __init__(self, *, drip_head: bool, drip_body: bool, interval: float = 0.25) -> None:
        self.drip_head = drip_head
        self.drip_body = drip_body
        self.interval = interval
        self.completed = 0
        self.requests = 0
        self._stop = threading.Event()
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self._listener.settimeout(0.05)  # accept() wakes up to see the stop flag
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(10)
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _write(self, conn: socket.socket, data: bytes, drip: bool) -> bool:
        if not drip:
            conn.sendall(data)
            return True
        for i in range(len(data)):
            conn.sendall(data[i : i + 1])
            if self._stop.wait(self.interval):
                return False
        return True

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            try:
                received = b""
                while b"\r\n\r\n" not in received:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    received += chunk
                with self._lock:
                    self.requests += 1
                head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(BODY)}\r\n\r\n"
                if self._write(conn, head.encode(), self.drip_head) and self._write(conn, BODY, self.drip_body):
                    with self._lock:
                        self.completed += 1
            except OSError:  # the client gave up and closed the connection
                return

    @contextmanager
    def running(self) -> Iterator[Dripper]:
        acceptor = threading.Thread(target=self._accept, daemon=True)
        acceptor.start()
        try:
            yield self
        finally:
            self._stop.set()
            acceptor.join(5)
            self._listener.close()
            for thread in self._threads:
                thread.join(5)
