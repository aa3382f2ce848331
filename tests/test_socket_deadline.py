"""`venuekit._socket_deadline`: the httpcore backends that cut each socket operation to the call's deadline.

Each wrapper must hand the inner backend or stream exactly what it was given, with the timeout replaced by
`cut(timeout, <the phase's timeout error>)`, return what the inner one returns, and wrap every stream it hands out
(after connect or TLS) with the same cut. Checked for every method of the sync and async wrappers, with a
recording inner backend and a recording cut (the real `venuekit.deadline.cut` has its own tests).
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpcore

from venuekit._socket_deadline import _AsyncBackend, _AsyncStream, _Backend, _Stream


class _Cut:
    """A cut that records what it was asked and answers a distinct timeout for each call."""

    def __init__(self) -> None:
        self.asked: list[tuple[float | None, type[Exception]]] = []

    def __call__(self, timeout: float | None, error: type[Exception]) -> float | None:
        self.asked.append((timeout, error))
        return 100.0 + len(self.asked)


class _Inner:
    """A network backend and stream at once (sync): records each call; connects and TLS give a new one."""

    def __init__(self, name: str, log: list[tuple[str, str, tuple[Any, ...]]]) -> None:
        self.name, self.log = name, log

    def _called(self, method: str, *args: Any) -> None:
        self.log.append((self.name, method, args))

    def connect_tcp(self, *args: Any) -> _Inner:
        self._called("connect_tcp", *args)
        return _Inner(f"{self.name}>tcp", self.log)

    def connect_unix_socket(self, *args: Any) -> _Inner:
        self._called("connect_unix_socket", *args)
        return _Inner(f"{self.name}>unix", self.log)

    def sleep(self, *args: Any) -> None:
        self._called("sleep", *args)

    def read(self, *args: Any) -> bytes:
        self._called("read", *args)
        return b"data"

    def write(self, *args: Any) -> None:
        self._called("write", *args)

    def close(self) -> None:
        self._called("close")

    def start_tls(self, *args: Any) -> _Inner:
        self._called("start_tls", *args)
        return _Inner(f"{self.name}>tls", self.log)

    def get_extra_info(self, *args: Any) -> Any:
        self._called("get_extra_info", *args)
        return {"info": args}


class _AsyncInner(_Inner):
    async def connect_tcp(self, *args: Any) -> _AsyncInner:  # type: ignore[override]
        self._called("connect_tcp", *args)
        return _AsyncInner(f"{self.name}>tcp", self.log)

    async def connect_unix_socket(self, *args: Any) -> _AsyncInner:  # type: ignore[override]
        self._called("connect_unix_socket", *args)
        return _AsyncInner(f"{self.name}>unix", self.log)

    async def sleep(self, *args: Any) -> None:  # type: ignore[override]
        self._called("sleep", *args)

    async def read(self, *args: Any) -> bytes:  # type: ignore[override]
        self._called("read", *args)
        return b"data"

    async def write(self, *args: Any) -> None:  # type: ignore[override]
        self._called("write", *args)

    async def aclose(self) -> None:
        self._called("aclose")

    async def start_tls(self, *args: Any) -> _AsyncInner:  # type: ignore[override]
        self._called("start_tls", *args)
        return _AsyncInner(f"{self.name}>tls", self.log)


CONNECT, READ, WRITE = httpcore.ConnectTimeout, httpcore.ReadTimeout, httpcore.WriteTimeout


def test_the_sync_backend_cuts_every_socket_operation() -> None:
    log: list[tuple[str, str, tuple[Any, ...]]] = []
    cut = _Cut()
    backend = _Backend(_Inner("backend", log), cut)  # type: ignore[arg-type]
    tcp = backend.connect_tcp("venue.example", 443, 5.0, "10.0.0.1", [(1, 2, 3)])
    unix = backend.connect_unix_socket("/run/venue.sock", None, [(4, 5, 6)])
    backend.sleep(0.5)
    assert isinstance(tcp, _Stream) and isinstance(unix, _Stream)
    assert tcp.read(1024, 2.0) == b"data"
    tcp.write(b"GET", None)
    tls = tcp.start_tls("ssl-context", "venue.example", 3.0)
    assert isinstance(tls, _Stream)
    assert tls.read(7) == b"data"
    assert unix.get_extra_info("peer") == {"info": ("peer",)}
    unix.write(b"x", 1.0)
    tls.close()
    assert log == [
        ("backend", "connect_tcp", ("venue.example", 443, 101.0, "10.0.0.1", [(1, 2, 3)])),
        ("backend", "connect_unix_socket", ("/run/venue.sock", 102.0, [(4, 5, 6)])),
        ("backend", "sleep", (0.5,)),
        ("backend>tcp", "read", (1024, 103.0)),
        ("backend>tcp", "write", (b"GET", 104.0)),
        ("backend>tcp", "start_tls", ("ssl-context", "venue.example", 105.0)),
        ("backend>tcp>tls", "read", (7, 106.0)),  # the TLS stream is cut too
        ("backend>unix", "get_extra_info", ("peer",)),
        ("backend>unix", "write", (b"x", 107.0)),
        ("backend>tcp>tls", "close", ()),
    ]
    assert cut.asked == [
        (5.0, CONNECT), (None, CONNECT), (2.0, READ), (None, WRITE), (3.0, CONNECT), (None, READ), (1.0, WRITE),
    ]  # fmt: skip
    assert tcp.start_tls("ctx").read(1) == b"data"  # no hostname, no timeout: the defaults
    assert log[-2:] == [("backend>tcp", "start_tls", ("ctx", None, 108.0)), ("backend>tcp>tls", "read", (1, 109.0))]
    assert cut.asked[-2:] == [(None, CONNECT), (None, READ)]


def test_the_async_backend_cuts_every_socket_operation() -> None:
    log: list[tuple[str, str, tuple[Any, ...]]] = []
    cut = _Cut()
    backend = _AsyncBackend(_AsyncInner("backend", log), cut)  # type: ignore[arg-type]

    async def scenario() -> None:
        tcp = await backend.connect_tcp("venue.example", 443, 5.0, "10.0.0.1", [(1, 2, 3)])
        unix = await backend.connect_unix_socket("/run/venue.sock", None, [(4, 5, 6)])
        await backend.sleep(0.5)
        assert isinstance(tcp, _AsyncStream) and isinstance(unix, _AsyncStream)
        assert await tcp.read(1024, 2.0) == b"data"
        await tcp.write(b"GET", None)
        tls = await tcp.start_tls("ssl-context", "venue.example", 3.0)
        assert isinstance(tls, _AsyncStream)
        assert await tls.read(7) == b"data"
        assert unix.get_extra_info("peer") == {"info": ("peer",)}
        await unix.write(b"x", 1.0)
        await tls.aclose()
        assert await (await unix.start_tls("ctx")).read(1) == b"data"
        assert await (await backend.connect_unix_socket("/other.sock")).read(2) == b"data"

    asyncio.run(scenario())
    assert log == [
        ("backend", "connect_tcp", ("venue.example", 443, 101.0, "10.0.0.1", [(1, 2, 3)])),
        ("backend", "connect_unix_socket", ("/run/venue.sock", 102.0, [(4, 5, 6)])),
        ("backend", "sleep", (0.5,)),
        ("backend>tcp", "read", (1024, 103.0)),
        ("backend>tcp", "write", (b"GET", 104.0)),
        ("backend>tcp", "start_tls", ("ssl-context", "venue.example", 105.0)),
        ("backend>tcp>tls", "read", (7, 106.0)),
        ("backend>unix", "get_extra_info", ("peer",)),
        ("backend>unix", "write", (b"x", 107.0)),
        ("backend>tcp>tls", "aclose", ()),
        ("backend>unix", "start_tls", ("ctx", None, 108.0)),
        ("backend>unix>tls", "read", (1, 109.0)),
        ("backend", "connect_unix_socket", ("/other.sock", 110.0, None)),
        ("backend>unix", "read", (2, 111.0)),
    ]
    assert cut.asked == [
        (5.0, CONNECT), (None, CONNECT), (2.0, READ), (None, WRITE), (3.0, CONNECT), (None, READ), (1.0, WRITE),
        (None, CONNECT), (None, READ), (None, CONNECT), (None, READ),
    ]  # fmt: skip


def test_the_sync_defaults() -> None:
    log: list[tuple[str, str, tuple[Any, ...]]] = []
    cut = _Cut()
    backend = _Backend(_Inner("backend", log), cut)  # type: ignore[arg-type]
    backend.connect_tcp("h", 1).read(3)
    backend.connect_unix_socket("/s").write(b"")
    assert log == [
        ("backend", "connect_tcp", ("h", 1, 101.0, None, None)),
        ("backend>tcp", "read", (3, 102.0)),
        ("backend", "connect_unix_socket", ("/s", 103.0, None)),
        ("backend>unix", "write", (b"", 104.0)),
    ]
    assert cut.asked == [(None, CONNECT), (None, READ), (None, CONNECT), (None, WRITE)]
