"""An `httpx.AsyncBaseTransport` that sends requests through aiohttp (optional extra: `pip install venuekit[aiohttp]`).

httpx keeps doing everything above the wire (the SDK's request building, signing through `httpx.Auth`,
redirect policy, cookies, content decoding); aiohttp only moves bytes, with its C HTTP parser and its
connection pool. Under many concurrent tasks that is markedly faster than httpx's default transport (see
benchmarks/RESULTS.md)::

    from venuekit.transports.aiohttp import AiohttpTransport

    async with hashkey_mena.AsyncClient(httpx_args={"transport": AiohttpTransport()}) as hk:
        depth = await hk.market.get_depth(symbol="BTCUSDT")

What is sent is exactly what httpx built: the URL goes out byte for byte (never re-quoted, so a signed query
stays signed), and only httpx's headers are sent (aiohttp adds none of its own). Errors come back as httpx's
exceptions (`httpx.ConnectError`, `httpx.ReadTimeout`, ...), so the SDK maps them to `venuekit.TransportError`
/ `venuekit.TimeoutError` as usual. Proxies: pass `proxy=` here (httpx's `proxy=` does not reach a custom
transport). One transport belongs to one event loop, like the `httpx.AsyncClient` that owns it.
"""

from __future__ import annotations

import asyncio
import ssl as _ssl
from collections.abc import AsyncIterator, Mapping
from typing import Any

import httpx

from .. import deadline as deadlines
from ..extras import missing_extra

try:
    import aiohttp
    from yarl import URL
except ImportError:
    raise missing_extra("venuekit.transports.aiohttp", "aiohttp", "aiohttp") from None

__all__ = ["AiohttpTransport"]

_SKIP_AUTO_HEADERS = ("Accept", "Accept-Encoding", "User-Agent", "Content-Type")
"""aiohttp would add these when the request lacks them; httpx's request is sent as built instead."""

_DROP_HEADERS = frozenset({"transfer-encoding", "content-length"})
"""Framing headers that aiohttp recomputes from the (fully read) body."""


def _client_timeout(timeout: Mapping[str, float | None] | None) -> aiohttp.ClientTimeout:
    timeout = timeout or {}
    connect, read, pool = timeout.get("connect"), timeout.get("read"), timeout.get("pool")
    # aiohttp's `connect` covers waiting for a pooled connection plus connecting: httpx's pool + connect.
    acquire = None if connect is None or pool is None else connect + pool
    # The call's deadline (venuekit.deadline) bounds the whole attempt, body included: a server that drips
    # bytes cannot stretch it. aiohttp enforces `total` with one timer, no task per call.
    left = deadlines.remaining()
    total = None if left is None else max(left, 1e-3)  # 0 would mean "no limit" to aiohttp
    return aiohttp.ClientTimeout(total=total, connect=acquire, sock_connect=connect, sock_read=read)


def _map_error(exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    """aiohttp's exception as the httpx exception a default transport would raise."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message, request=request)
    if isinstance(exc, aiohttp.ServerTimeoutError | asyncio.TimeoutError):
        return httpx.ReadTimeout(message, request=request)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message, request=request)
    if isinstance(exc, aiohttp.ServerDisconnectedError | aiohttp.ClientPayloadError | aiohttp.ClientResponseError):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(exc, aiohttp.InvalidURL):
        return httpx.UnsupportedProtocol(message, request=request)
    if isinstance(exc, aiohttp.ClientOSError | OSError):
        return httpx.ReadError(message, request=request)
    return httpx.NetworkError(message, request=request)


_ERRORS = (aiohttp.ClientError, asyncio.TimeoutError, OSError)


class _ResponseStream(httpx.AsyncByteStream):
    """The body of a large or open-ended response, read from aiohttp as the caller iterates."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request, chunk_size: int) -> None:
        self._response = response
        self._request = request
        self._chunk_size = chunk_size

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_chunked(self._chunk_size):
                yield chunk
        except _ERRORS as exc:
            raise _map_error(exc, self._request) from exc

    async def aclose(self) -> None:
        self._response.release()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Send httpx requests with aiohttp.

    Args:
        limit: Most connections open at once (aiohttp `TCPConnector(limit=)`); all of them are kept alive.
        limit_per_host: Most connections per host (0: no separate limit).
        keepalive_timeout: Seconds an idle connection is kept.
        ssl: `True` (verify, the default), `False` (do not verify) or an `ssl.SSLContext`.
        proxy: An HTTP proxy URL for every request.
        buffer_limit: Bodies up to this many bytes (by `Content-Length`) are read in one go before the response
            is returned; larger or unsized bodies are streamed as the caller reads them.
        session: An `aiohttp.ClientSession` to use instead of one made (and closed) by the transport. It should
            have `auto_decompress=False`: httpx decodes the body itself.
    """

    def __init__(
        self,
        *,
        limit: int = 100,
        limit_per_host: int = 0,
        keepalive_timeout: float = 15.0,
        ssl: bool | _ssl.SSLContext = True,
        proxy: str | None = None,
        buffer_limit: int = 1 << 20,
        session: aiohttp.ClientSession | None = None,
    ) -> None:
        self._limit = limit
        self._limit_per_host = limit_per_host
        self._keepalive_timeout = keepalive_timeout
        self._ssl = ssl
        self._proxy = proxy
        self._buffer_limit = buffer_limit
        self._session = session
        self._owns_session = session is None
        self._closed = False

    def __repr__(self) -> str:
        return f"AiohttpTransport(limit={self._limit}, proxy={self._proxy!r})"

    def _get_session(self) -> aiohttp.ClientSession:
        if self._closed:
            raise RuntimeError("the transport is closed")
        if self._session is None:
            connector = aiohttp.TCPConnector(
                limit=self._limit,
                limit_per_host=self._limit_per_host,
                keepalive_timeout=self._keepalive_timeout,
                ssl=self._ssl,
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                auto_decompress=False,
                cookie_jar=aiohttp.DummyCookieJar(),  # httpx keeps the cookies
                skip_auto_headers=_SKIP_AUTO_HEADERS,
                timeout=aiohttp.ClientTimeout(total=None),
            )
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self._get_session()
        body = await request.aread()
        headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() not in _DROP_HEADERS]
        timeout = _client_timeout(request.extensions.get("timeout"))
        try:
            response = await session.request(
                request.method,
                URL(str(request.url), encoded=True),
                headers=headers,
                data=body or None,
                allow_redirects=False,
                timeout=timeout,
                proxy=self._proxy,
            )
        except _ERRORS as exc:
            raise _map_error(exc, request) from exc
        extensions: dict[str, Any] = {
            "http_version": f"HTTP/{response.version.major}.{response.version.minor}".encode()
            if response.version is not None
            else b"HTTP/1.1",
            "reason_phrase": (response.reason or "").encode("latin-1", "replace"),
        }
        length = response.content_length
        if request.method == "HEAD" or (length is not None and length <= self._buffer_limit):
            try:
                content = await response.read()
            except _ERRORS as exc:
                response.release()
                raise _map_error(exc, request) from exc
            response.release()
            return httpx.Response(
                response.status,
                headers=list(response.raw_headers),
                stream=httpx.ByteStream(content),
                extensions=extensions,
            )
        return httpx.Response(
            response.status,
            headers=list(response.raw_headers),
            stream=_ResponseStream(response, request, 64 * 1024),
            extensions=extensions,
        )

    async def aclose(self) -> None:
        self._closed = True
        session, self._session = self._session, None
        if session is not None and self._owns_session:
            await session.close()
