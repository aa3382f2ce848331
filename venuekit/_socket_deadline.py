"""httpcore network backends that cut every socket operation to the call's deadline (see venuekit.deadline).

A module of its own so that importing the SDK does not import httpcore: `venuekit.deadline.install` loads it
when a client is made, as httpx loads httpcore when its transport is made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpcore

Cut = Callable[[float | None, type[Exception]], float | None]
"""`venuekit.deadline.cut`, handed in (this module imports nothing of the SDK's)."""


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, cut: Cut) -> None:
        self._inner = inner
        self._cut = cut

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._cut(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._cut(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(
            self._inner.start_tls(ssl_context, server_hostname, self._cut(timeout, httpcore.ConnectTimeout)), self._cut
        )

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend, cut: Cut) -> None:
        self._inner = inner
        self._cut = cut

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, self._cut(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _Stream(stream, self._cut)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.NetworkStream:
        return _Stream(
            self._inner.connect_unix_socket(path, self._cut(timeout, httpcore.ConnectTimeout), socket_options),
            self._cut,
        )

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream, cut: Cut) -> None:
        self._inner = inner
        self._cut = cut

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, self._cut(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, self._cut(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.start_tls(ssl_context, server_hostname, self._cut(timeout, httpcore.ConnectTimeout))
        return _AsyncStream(stream, self._cut)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend, cut: Cut) -> None:
        self._inner = inner
        self._cut = cut

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_tcp(
            host, port, self._cut(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _AsyncStream(stream, self._cut)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Any = None
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_unix_socket(
            path, self._cut(timeout, httpcore.ConnectTimeout), socket_options
        )
        return _AsyncStream(stream, self._cut)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)
