"""The total time budget of one call, which no slow or dripping server can stretch.

httpx's timeouts bound each network operation: a server that sends one byte every 0.25 s never trips a
1 s read timeout, and keeps the call alive for as long as it likes. So a call also has a deadline (a
`time.monotonic()` instant, held in a context variable while the call runs), and every wait inside the
call is cut to what is left of it: the rate limiter's, the retry backoff, waiting for a pooled
connection, and, at the socket, every connect, TLS handshake, read and write. The socket-level cut is
made by wrapping the network backend of httpx's own transports (`install`); any other async transport
(e.g. `venuekit.transports.aiohttp`) is bounded by cancelling the attempt when the deadline passes.

A deadline reached at the socket raises httpcore's `ConnectTimeout` / `ReadTimeout` / `WriteTimeout`, which
httpx turns into its own and the client into `venuekit.TimeoutError`, exactly like a slow venue.
"""

from __future__ import annotations

import time
from contextvars import ContextVar
from typing import Any

import httpx

_deadline: ContextVar[float | None] = ContextVar("venuekit_deadline", default=None)


def remaining() -> float | None:
    """Seconds left before the current call's deadline (negative once passed); None without one."""
    at = _deadline.get()
    return None if at is None else at - time.monotonic()


class within:  # lower case: used like the function it replaces (`with deadline.within(5):`)
    """Run the block under a deadline `seconds` from now (None: no deadline; an outer one still holds).

    A class rather than a `@contextmanager` generator: every call enters one, and this costs a quarter as much.
    """

    __slots__ = ("_seconds", "_token")

    def __init__(self, seconds: float | None) -> None:
        self._seconds = seconds

    def __enter__(self) -> None:
        seconds = self._seconds
        at = None if seconds is None else time.monotonic() + seconds
        outer = _deadline.get()
        if outer is not None and (at is None or outer < at):
            at = outer
        self._token = _deadline.set(at)

    def __exit__(self, *exc_info: object) -> None:
        _deadline.reset(self._token)


def cut(timeout: float | None, error: type[Exception]) -> float | None:
    """`timeout` shortened to the time left; raises `error` when nothing is left."""
    left = remaining()
    if left is None:
        return timeout
    if left <= 0:
        raise error("the call's deadline has passed")
    return left if timeout is None else min(timeout, left)


def cut_timeouts(timeout: httpx.Timeout) -> dict[str, float | None]:
    """Per-phase timeouts, none longer than the time left (the pool wait has no socket to cut it at), in the form
    of httpx's `timeout` request extension (`Timeout.as_dict()`)."""
    phases = timeout.as_dict()
    left = remaining()
    if left is None:
        return phases
    left = max(left, 0.0)
    return {phase: left if value is None or value > left else value for phase, value in phases.items()}


def install(http: httpx.Client | httpx.AsyncClient) -> bool:
    """Cut every socket operation of `http`'s own httpx transports to the call's deadline.

    True when every transport `http` may use was wrapped; False when some transport is not httpx's own
    (a mock, aiohttp, a user's), which the caller then bounds by other means. httpx has no public hook
    for the network backend, so this reaches into the connection pool; if a future httpx moves it, the
    result is False and the async client's whole-attempt bound still applies.
    """
    # httpcore is imported here, not at the top: like httpx itself, importing the SDK does not load it.
    import httpcore

    from ._socket_deadline import _AsyncBackend, _Backend

    transports: list[Any] = [getattr(http, "_transport", None)]
    transports += [t for t in getattr(http, "_mounts", {}).values() if t is not None]
    complete = True
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, _Backend | _AsyncBackend):
            continue
        if isinstance(transport, httpx.HTTPTransport) and isinstance(backend, httpcore.NetworkBackend):
            pool._network_backend = _Backend(backend, cut)  # type: ignore[union-attr]
        elif isinstance(transport, httpx.AsyncHTTPTransport) and isinstance(backend, httpcore.AsyncNetworkBackend):
            pool._network_backend = _AsyncBackend(backend, cut)  # type: ignore[union-attr]
        else:
            complete = False
    return complete
