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

`AsyncClient(transport="aiohttp")` uses the same transport through `AiohttpTransport.exchange` instead: the SDK
hands over the URL, headers and body it built (and the `httpx.Request` a signer signed, if any) and gets back a
`Reply`, skipping httpx's client, request and response machinery (README, "Performance").
"""

from __future__ import annotations

import asyncio
import ssl as _ssl
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from functools import partial
from typing import Any

import httpx

from .. import deadline as deadlines
from ..extras import missing_extra

try:
    import aiohttp
    from yarl import URL
except ImportError:
    raise missing_extra("venuekit.transports.aiohttp", "aiohttp", "aiohttp") from None

__all__ = ["AiohttpTransport", "Reply", "sendable_headers"]

_SKIP_AUTO_HEADERS = ("Accept", "Accept-Encoding", "User-Agent", "Content-Type")
"""aiohttp would add these when the request lacks them; httpx's request is sent as built instead."""
_ALWAYS_AUTO = frozenset({"accept", "accept-encoding", "user-agent"})
"""The ones aiohttp adds to every request (Content-Type only to one with a body, or a POST, PUT or PATCH)."""
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})
_URLS = 256
"""Parsed URLs `exchange` keeps (each from an `httpx.URL` the client keeps); all dropped when full."""

_DROP_HEADERS = frozenset({"transfer-encoding", "content-length"})
"""Framing headers that aiohttp recomputes from the (fully read) body."""


def sendable_headers(request: httpx.Request) -> list[tuple[str, str]]:
    """A request's headers as aiohttp is given them: without the framing headers it writes from the body itself."""
    return [(k, v) for k, v in request.headers.multi_items() if k.lower() not in _DROP_HEADERS]


def _client_timeout(timeout: Mapping[str, float | None] | None) -> aiohttp.ClientTimeout:
    timeout = timeout or {}
    return _timeouts(timeout.get("connect"), timeout.get("read"), timeout.get("pool"))


def _timeouts(connect: float | None, read: float | None, pool: float | None) -> aiohttp.ClientTimeout:
    # The call's deadline (venuekit.deadline) bounds the whole attempt, body included: a server that drips
    # bytes cannot stretch it. aiohttp enforces `total` with one timer, no task per call.
    left = deadlines.remaining()
    total = None
    if left is not None:
        total = max(left, 1e-3)  # 0 would mean "no limit" to aiohttp
        # No phase longer than what is left (as `deadline.cut_timeouts` does for httpx's transports), so that a
        # connection the deadline cuts short still fails as a connect timeout: a request never sent.
        connect = total if connect is None or connect > total else connect
        pool = total if pool is None or pool > total else pool
        if read is not None and read >= total:
            read = None  # `total` ends the attempt first, with the same error: a timer per read less
    # aiohttp's `connect` covers waiting for a pooled connection plus connecting: httpx's pool + connect.
    acquire = None if connect is None or pool is None else connect + pool
    return aiohttp.ClientTimeout(total=total, connect=acquire, sock_connect=connect, sock_read=read)


def _skip_auto_headers(method: str, headers: Sequence[tuple[str, str]], body: bytes | None) -> tuple[str, ...] | None:
    """What aiohttp must not add to these headers; None (nothing) when it would add nothing anyway, which spares it
    a slow path per request. The SDK's requests carry httpx's Accept, Accept-Encoding and User-Agent."""
    names = {name.lower() for name, _ in headers}
    if names >= _ALWAYS_AUTO and ("content-type" in names or not (body or method in _BODY_METHODS)):
        return None
    return _SKIP_AUTO_HEADERS


def _map_error(exc: BaseException, request: httpx.Request | None) -> httpx.TransportError:
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
_HTTP_11 = b"HTTP/1.1"


def _extensions(response: aiohttp.ClientResponse) -> dict[str, Any]:
    """httpx's `http_version` and `reason_phrase` response extensions."""
    version = response.version
    return {
        "http_version": _HTTP_11
        if version is None or version == (1, 1)
        else f"HTTP/{version.major}.{version.minor}".encode(),
        "reason_phrase": (response.reason or "").encode("latin-1", "replace"),
    }


class Reply(httpx.Response):
    """What `AiohttpTransport.exchange` returns: an `httpx.Response` whose body was read in full, built without
    httpx's per-response machinery (a byte stream, a chunker and a decoder pass over a body that needs no decoding).

    The body is decoded by httpx as usual when the venue sent a `Content-Encoding`. `request` is what was sent;
    for an unsigned call it is built when first read (most callers never look at it).
    """

    _headers: httpx.Headers | None
    _raw_headers: Sequence[tuple[bytes, bytes]]

    def __init__(
        self,
        status: int,
        headers: Sequence[tuple[bytes, bytes]],
        body: bytes,
        extensions: dict[str, Any],
        request: httpx.Request | Callable[[], httpx.Request],
        encoding: str | None,
    ) -> None:
        self._sent = request
        if encoding is not None and encoding.strip().lower() not in ("", "identity"):
            super().__init__(status, stream=httpx.ByteStream(body), extensions=extensions)
            self._raw_headers, self._headers = headers, None
            self.read()  # httpx decodes the body (httpx.DecodingError if it cannot)
            return
        # The state `httpx.Response(stream=...)` and its `read()` leave behind, set directly: they would build an
        # empty `Headers` (an ABC isinstance check) and pass the body through a chunker and an identity decoder.
        # tests/bench_support/test_aiohttp_transport.py checks that no attribute of httpx's is left out.
        self.status_code = status
        self._raw_headers, self._headers = headers, None
        self._request = None
        self.next_request = None
        self.extensions = extensions
        self.history = []
        self.default_encoding = "utf-8"
        self.stream = httpx.ByteStream(body)
        self._num_bytes_downloaded = len(body)
        self._content = body
        self.is_stream_consumed = True
        self.is_closed = True

    @property
    def headers(self) -> httpx.Headers:
        # Built when first read: a successful call never looks at them.
        headers = self._headers
        if headers is None:
            headers = self._headers = httpx.Headers(self._raw_headers)
        return headers

    @headers.setter
    def headers(self, value: httpx.Headers) -> None:
        self._headers = value

    @property
    def request(self) -> httpx.Request:
        if self._request is None:
            sent = self._sent
            self._request = sent if isinstance(sent, httpx.Request) else sent()
        return self._request

    @request.setter
    def request(self, value: httpx.Request) -> None:
        self._request = value


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
        self._urls: dict[int, tuple[httpx.URL, URL]] = {}

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
                timeout=aiohttp.ClientTimeout(total=None),
            )
        return self._session

    async def _open(
        self,
        method: str,
        target: URL,
        headers: Sequence[tuple[str, str]],
        body: bytes | None,
        skip_auto_headers: tuple[str, ...] | None,
        timeout: aiohttp.ClientTimeout,
        request: httpx.Request | None,
    ) -> aiohttp.ClientResponse:
        """Send one request exactly as given and return aiohttp's reply, its body not yet read; aiohttp's failures
        are raised as the httpx exceptions a default transport would raise."""
        try:
            return await self._get_session().request(
                method,
                target,
                headers=headers,
                data=body or None,
                skip_auto_headers=skip_auto_headers,
                allow_redirects=False,
                timeout=timeout,
                proxy=self._proxy,
            )
        except _ERRORS as exc:
            raise _map_error(exc, request) from exc

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        timeout = _client_timeout(request.extensions.get("timeout"))
        target = URL(str(request.url), encoded=True)
        response = await self._open(
            request.method, target, sendable_headers(request), body, _SKIP_AUTO_HEADERS, timeout, request
        )
        extensions = _extensions(response)
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

    async def exchange(
        self,
        method: str,
        url: httpx.URL,
        headers: Sequence[tuple[str, str]],
        body: bytes | None,
        timeout: httpx.Timeout,
        *,
        request: httpx.Request | None = None,
    ) -> Reply:
        """Send one request as given (URL byte for byte, only these headers) and read the whole reply.

        The SDK's own path (`AsyncClient(transport="aiohttp")`): no `httpx.Request` is needed unless a signer has
        made one (`request`, what was signed: its URL, headers and body are what `url`, `headers` and `body` hold).
        `timeout` gives the phases; the call's deadline (venuekit.deadline) bounds the whole exchange. Failures are
        raised as the httpx exceptions a default transport would raise.
        """
        sent = request if request is not None else partial(httpx.Request, method, url, headers=headers, content=body)
        if request is not None:  # a signed URL: new every time
            target = URL(str(url), encoded=True)
        else:
            # Found by identity: the client keeps its httpx.URLs, and `str()` writes one out anew each time. The
            # entry holds the httpx.URL, so its id cannot be reused by another while the entry exists.
            kept = self._urls.get(id(url))
            if kept is not None and kept[0] is url:
                target = kept[1]
            else:
                if len(self._urls) >= _URLS:
                    self._urls.clear()
                target = URL(str(url), encoded=True)
                self._urls[id(url)] = (url, target)
        skip = _skip_auto_headers(method, headers, body)
        phases = _timeouts(timeout.connect, timeout.read, timeout.pool)
        response = await self._open(method, target, headers, body, skip, phases, request)
        try:
            content = await response.read()
        except _ERRORS as exc:
            raise _map_error(exc, request) from exc
        finally:
            response.release()
        return Reply(
            response.status,
            response.raw_headers,
            content,
            _extensions(response),
            sent,
            response.headers.get("Content-Encoding"),
        )

    async def aclose(self) -> None:
        self._closed = True
        session, self._session = self._session, None
        if session is not None and self._owns_session:
            await session.close()
