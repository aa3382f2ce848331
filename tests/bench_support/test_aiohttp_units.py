"""`venuekit.transports.aiohttp` piece by piece, without a server: the timeouts handed to aiohttp, the headers it
is told not to add, the httpx exception each aiohttp failure becomes (type, message, request), the response
extensions, `Reply`'s decoding branches, the streamed body, and exactly what `handle_async_request` and
`exchange` pass to the aiohttp session (a recording stand-in: method, URL as sent, headers, body, timeouts, proxy,
redirects off, the response released)."""

from __future__ import annotations

import asyncio
import gzip
import types
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx
import pytest
from yarl import URL

from venuekit import deadline
from venuekit.transports import aiohttp as direct
from venuekit.transports.aiohttp import AiohttpTransport, Reply


# --- timeouts ----------------------------------------------------------------------------------------------------
def _left(monkeypatch: pytest.MonkeyPatch, seconds: float | None) -> None:
    monkeypatch.setattr(deadline, "remaining", lambda: seconds)


def test_without_a_deadline_the_phases_are_passed_as_they_are(monkeypatch: pytest.MonkeyPatch) -> None:
    _left(monkeypatch, None)
    assert direct._timeouts(5.0, 10.0, 60.0) == aiohttp.ClientTimeout(
        total=None, connect=65.0, sock_connect=5.0, sock_read=10.0
    )
    assert direct._timeouts(None, None, 60.0) == aiohttp.ClientTimeout(total=None, connect=None, sock_read=None)
    assert direct._timeouts(5.0, None, None) == aiohttp.ClientTimeout(total=None, connect=None, sock_connect=5.0)
    assert direct._client_timeout(None) == aiohttp.ClientTimeout(total=None)
    assert direct._client_timeout({}) == aiohttp.ClientTimeout(total=None)
    assert direct._client_timeout({"connect": 1.0, "read": 2.0, "write": 3.0, "pool": 4.0}) == aiohttp.ClientTimeout(
        total=None, connect=5.0, sock_connect=1.0, sock_read=2.0
    )


def test_a_deadline_bounds_every_phase(monkeypatch: pytest.MonkeyPatch) -> None:
    _left(monkeypatch, 2.0)
    # Longer phases are cut to what is left; a read that could not end before the deadline gets no timer.
    assert direct._timeouts(5.0, 10.0, 60.0) == aiohttp.ClientTimeout(
        total=2.0, connect=4.0, sock_connect=2.0, sock_read=None
    )
    assert direct._timeouts(5.0, 2.0, 60.0).sock_read is None  # a read as long as what is left: no timer either
    assert direct._timeouts(1.0, 1.5, 0.5) == aiohttp.ClientTimeout(
        total=2.0, connect=1.5, sock_connect=1.0, sock_read=1.5
    )
    assert direct._timeouts(None, None, None) == aiohttp.ClientTimeout(
        total=2.0, connect=4.0, sock_connect=2.0, sock_read=None
    )
    assert direct._timeouts(2.0, None, 2.0) == aiohttp.ClientTimeout(
        total=2.0, connect=4.0, sock_connect=2.0, sock_read=None
    )
    _left(monkeypatch, 0.0)
    assert direct._timeouts(5.0, 1.0, 5.0) == aiohttp.ClientTimeout(
        total=1e-3, connect=2e-3, sock_connect=1e-3, sock_read=None
    )  # 0 would mean "no limit" to aiohttp
    _left(monkeypatch, -3.0)
    assert direct._timeouts(None, 1e-4, None).total == 1e-3
    assert direct._timeouts(None, 1e-4, None).sock_read == 1e-4


# --- headers aiohttp must not add ------------------------------------------------------------------------------------
_HTTPX = [("Accept", "*/*"), ("Accept-Encoding", "gzip"), ("User-Agent", "me")]
_SKIP = ("Accept", "Accept-Encoding", "User-Agent", "Content-Type")


@pytest.mark.parametrize(
    ("method", "headers", "body", "expected"),
    [
        ("GET", _HTTPX, None, None),
        ("GET", [(k.upper(), v) for k, v in _HTTPX], b"", None),
        ("DELETE", _HTTPX, None, None),
        ("DELETE", _HTTPX, b"x", _SKIP),
        ("POST", _HTTPX, None, _SKIP),
        ("PUT", _HTTPX, None, _SKIP),
        ("PATCH", _HTTPX, None, _SKIP),
        ("POST", [*_HTTPX, ("Content-Type", "a/b")], b"x", None),
        ("GET", [*_HTTPX, ("Content-Type", "a/b")], None, None),
        ("GET", _HTTPX[1:], None, _SKIP),
        ("GET", _HTTPX[:2], None, _SKIP),
        ("GET", [_HTTPX[0], _HTTPX[2]], None, _SKIP),
        ("GET", [], None, _SKIP),
    ],
)
def test_what_aiohttp_is_told_not_to_add(
    method: str, headers: list[tuple[str, str]], body: bytes | None, expected: tuple[str, ...] | None
) -> None:
    assert direct._skip_auto_headers(method, headers, body) == expected


# --- errors --------------------------------------------------------------------------------------------------------
_REQUEST = httpx.Request("GET", "http://venue.test/x")
_KEY = types.SimpleNamespace(host="venue.test", port=443, ssl=True)
_INFO = types.SimpleNamespace(real_url="http://venue.test/x")


@pytest.mark.parametrize(
    ("raised", "kind"),
    [
        (aiohttp.ConnectionTimeoutError("connect timed out"), httpx.ConnectTimeout),
        (aiohttp.ServerTimeoutError("read timed out"), httpx.ReadTimeout),
        (asyncio.TimeoutError("late"), httpx.ReadTimeout),
        (aiohttp.ClientConnectorError(_KEY, OSError(111, "refused")), httpx.ConnectError),  # type: ignore[arg-type]
        (aiohttp.ServerDisconnectedError("gone"), httpx.RemoteProtocolError),
        (aiohttp.ClientPayloadError("short body"), httpx.RemoteProtocolError),
        (aiohttp.ClientResponseError(_INFO, (), status=400, message="bad head"), httpx.RemoteProtocolError),  # type: ignore[arg-type]
        (aiohttp.InvalidURL("x://y"), httpx.UnsupportedProtocol),
        (aiohttp.ClientOSError(104, "reset"), httpx.ReadError),
        (ConnectionResetError(104, "reset by peer"), httpx.ReadError),
        (aiohttp.ClientConnectionError("closed"), httpx.NetworkError),
        (aiohttp.ClientError("other"), httpx.NetworkError),
    ],
)
def test_each_aiohttp_failure_becomes_httpxs_exception(raised: BaseException, kind: type[Exception]) -> None:
    mapped = direct._map_error(raised, _REQUEST)
    assert type(mapped) is kind
    assert str(mapped) == str(raised) and str(mapped)
    assert mapped.request is _REQUEST


@pytest.mark.parametrize(
    ("raised", "name"),
    [(asyncio.TimeoutError(), "TimeoutError"), (aiohttp.ClientError(), "ClientError"), (OSError(), "OSError")],
)
def test_a_failure_without_a_message_is_named_by_its_class(raised: BaseException, name: str) -> None:
    assert str(direct._map_error(raised, None)) == name
    with pytest.raises(RuntimeError):
        direct._map_error(raised, None).request  # noqa: B018  (no request: httpx says so when asked)


# --- response extensions -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("version", "reason", "expected"),
    [
        (None, None, {"http_version": b"HTTP/1.1", "reason_phrase": b""}),
        (aiohttp.HttpVersion(1, 1), "OK", {"http_version": b"HTTP/1.1", "reason_phrase": b"OK"}),
        (aiohttp.HttpVersion(1, 0), "Not Found", {"http_version": b"HTTP/1.0", "reason_phrase": b"Not Found"}),
        (
            aiohttp.HttpVersion(2, 0),
            "\u00e9t\u00e9 \u2603",
            {"http_version": b"HTTP/2.0", "reason_phrase": b"\xe9t\xe9 ?"},
        ),
    ],
)
def test_the_response_extensions(version: Any, reason: str | None, expected: dict[str, bytes]) -> None:
    response = types.SimpleNamespace(version=version, reason=reason)
    assert direct._extensions(response) == expected  # type: ignore[arg-type]


# --- Reply ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("encoding", [None, "", " Identity ", "identity"])
def test_a_reply_without_an_encoding_keeps_its_body_as_read(encoding: str | None) -> None:
    made: list[httpx.Request] = []

    def make() -> httpx.Request:
        made.append(httpx.Request("GET", "http://venue.test/y"))
        return made[-1]

    reply = Reply(201, [(b"X-A", b"1"), (b"X-A", b"2")], b"\x1f\x8b raw", {"reason_phrase": b"Created"}, make, encoding)
    assert (reply.status_code, reply.content, reply.reason_phrase, reply.history) == (
        201,
        b"\x1f\x8b raw",
        "Created",
        [],
    )
    assert (reply.is_closed, reply.is_stream_consumed, reply.next_request, reply.num_bytes_downloaded) == (
        True,
        True,
        None,
        6,
    )
    assert reply.headers.get_list("x-a") == ["1", "2"]
    assert made == []  # not built until asked for
    assert reply.request is reply.request is made[0] and len(made) == 1
    other = httpx.Request("POST", "http://venue.test/z")
    reply.request = other
    reply.headers = httpx.Headers({"X-B": "3"})
    assert reply.request is other and dict(reply.headers) == {"x-b": "3"}


def test_a_reply_with_an_encoding_is_decoded_and_keeps_the_request_given() -> None:
    request = httpx.Request("GET", "http://venue.test/y")
    body = gzip.compress(b'{"a":1}')
    reply = Reply(200, [(b"Content-Encoding", b"gzip")], body, {}, request, " GZIP ")
    assert reply.content == b'{"a":1}' and reply.json() == {"a": 1}
    assert reply.request is request and reply.headers["content-encoding"] == "gzip"
    assert reply.is_closed and reply.num_bytes_downloaded == len(body)


# --- what goes to the aiohttp session ------------------------------------------------------------------------------
class _Content:
    def __init__(self, chunks: list[bytes], error: BaseException | None) -> None:
        self.chunks, self.error = chunks, error

    async def iter_chunked(self, size: int) -> AsyncIterator[bytes]:
        self.size = size
        for chunk in self.chunks:
            yield chunk
        if self.error is not None:
            raise self.error


class _Response:
    def __init__(
        self,
        body: bytes = b'{"ok":true}',
        *,
        length: int | None = -1,
        read_error: BaseException | None = None,
        stream_error: BaseException | None = None,
        headers: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        self.status = 200
        self.version = aiohttp.HttpVersion(1, 1)
        self.reason = "OK"
        self.raw_headers = tuple(headers or [(b"Content-Type", b"application/json")])
        self.headers = {k.decode(): v.decode() for k, v in self.raw_headers}
        self.content_length = len(body) if length == -1 else length
        self.body, self.read_error = body, read_error
        self.content = _Content([body[:3], body[3:]], stream_error)
        self.released = 0

    async def read(self) -> bytes:
        if self.read_error is not None:
            raise self.read_error
        return self.body

    def release(self) -> None:
        self.released += 1


class _Session:
    """Records each `request(...)` call; answers with the next response (or raises it)."""

    def __init__(self, *answers: _Response | BaseException) -> None:
        self.answers = list(answers)
        self.calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
        self.closed = False

    async def request(self, *args: Any, **kwargs: Any) -> _Response:
        self.calls.append((args, kwargs))
        answer = self.answers.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        return answer

    async def close(self) -> None:
        self.closed = True


def _transport(session: _Session, **kwargs: Any) -> AiohttpTransport:
    return AiohttpTransport(session=session, **kwargs)  # type: ignore[arg-type]


def test_handle_async_request_sends_httpxs_request_as_built(monkeypatch: pytest.MonkeyPatch) -> None:
    _left(monkeypatch, None)
    session = _Session(_Response(), _Response(b""))
    transport = _transport(session, proxy="http://proxy.test:3128")
    request = httpx.Request(
        "POST",
        "http://venue.test/v1/o?a=%2F&b=1,2",
        headers={"X-K": "v"},
        content=b"body",
        extensions={"timeout": {"connect": 1.0, "read": 2.0, "write": 3.0, "pool": 4.0}},
    )

    async def scenario() -> tuple[httpx.Response, httpx.Response]:
        first = await transport.handle_async_request(request)
        await first.aread()
        second = await transport.handle_async_request(httpx.Request("GET", "http://venue.test/"))
        await second.aread()
        return first, second

    first, second = asyncio.run(scenario())
    (args, kwargs), (args2, kwargs2) = session.calls
    assert args == ("POST", URL("http://venue.test/v1/o?a=%2F&b=1,2", encoded=True))
    assert str(args[1]) == "http://venue.test/v1/o?a=%2F&b=1,2"  # never re-quoted
    assert kwargs == {
        "headers": [("host", "venue.test"), ("x-k", "v")],  # httpx's framing headers are aiohttp's to write
        "data": b"body",
        "skip_auto_headers": _SKIP,
        "allow_redirects": False,
        "timeout": aiohttp.ClientTimeout(total=None, connect=5.0, sock_connect=1.0, sock_read=2.0),
        "proxy": "http://proxy.test:3128",
    }
    assert args2 == ("GET", URL("http://venue.test/", encoded=True))
    assert kwargs2["data"] is None and kwargs2["timeout"] == aiohttp.ClientTimeout(total=None)
    assert (first.status_code, first.content, first.headers["content-type"]) == (
        200,
        b'{"ok":true}',
        "application/json",
    )
    assert first.extensions == {"http_version": b"HTTP/1.1", "reason_phrase": b"OK"}
    assert first.http_version == "HTTP/1.1" and second.content == b""


def test_a_small_body_is_read_at_once_and_released() -> None:
    response = _Response(b"0123456789")
    transport = _transport(_Session(response), buffer_limit=10)

    async def scenario() -> tuple[int, bytes]:
        result = await transport.handle_async_request(httpx.Request("GET", "http://venue.test/"))
        released = response.released  # read and released before the response is handed back
        return released, await result.aread()

    assert asyncio.run(scenario()) == (1, b"0123456789")
    assert response.released == 1


@pytest.mark.parametrize("length", [11, None])
def test_a_large_or_unsized_body_is_streamed_in_64_kib_chunks(length: int | None) -> None:
    response = _Response(b"0123456789", length=length)
    transport = _transport(_Session(response), buffer_limit=10)

    async def scenario() -> tuple[int, bytes, int]:
        result = await transport.handle_async_request(httpx.Request("GET", "http://venue.test/"))
        released = response.released
        body = await result.aread()
        await result.aclose()
        return released, body, response.released

    assert asyncio.run(scenario()) == (0, b"0123456789", 1)
    assert response.content.size == 64 * 1024


def test_a_head_reply_is_read_whatever_its_length() -> None:
    response = _Response(b"", length=10_000_000)
    transport = _transport(_Session(response), buffer_limit=10)

    async def scenario() -> httpx.Response:
        return await transport.handle_async_request(httpx.Request("HEAD", "http://venue.test/"))

    assert asyncio.run(scenario()).status_code == 200 and response.released == 1


def test_failures_while_sending_or_reading_are_httpxs() -> None:
    request = httpx.Request("GET", "http://venue.test/")
    session = _Session(
        aiohttp.ServerDisconnectedError("gone"),
        _Response(read_error=aiohttp.ClientPayloadError("cut short")),
        _Response(length=None, stream_error=aiohttp.ServerTimeoutError("stalled")),
    )
    transport = _transport(session)

    async def scenario() -> list[httpx.HTTPError]:
        caught: list[httpx.HTTPError] = []
        for _ in range(2):
            try:
                await transport.handle_async_request(request)
            except httpx.HTTPError as exc:
                caught.append(exc)
        streamed = await transport.handle_async_request(request)
        try:
            await streamed.aread()
        except httpx.HTTPError as exc:
            caught.append(exc)
        return caught

    sent, read, streamed = asyncio.run(scenario())
    assert (type(sent), str(sent), sent.request) == (httpx.RemoteProtocolError, "gone", request)
    assert (type(read), str(read), read.request) == (httpx.RemoteProtocolError, "cut short", request)
    assert (type(streamed), str(streamed), streamed.request) == (httpx.ReadTimeout, "stalled", request)
    assert isinstance(sent.__cause__, aiohttp.ServerDisconnectedError)
    assert isinstance(read.__cause__, aiohttp.ClientPayloadError)
    assert isinstance(streamed.__cause__, aiohttp.ServerTimeoutError)


def test_exchange_sends_what_it_is_given_and_reads_the_whole_reply(monkeypatch: pytest.MonkeyPatch) -> None:
    _left(monkeypatch, None)
    response = _Response(b'{"a":1}', headers=[(b"Content-Type", b"application/json"), (b"X-Id", b"9")])
    session = _Session(response)
    transport = _transport(session, proxy="http://proxy.test")
    url = httpx.URL("http://venue.test/v1/t?s=a%2Fb")
    headers = [("Host", "venue.test"), ("Accept", "*/*"), ("Accept-Encoding", "gzip"), ("User-Agent", "u")]

    async def scenario() -> Reply:
        return await transport.exchange("GET", url, headers, None, httpx.Timeout(3.0, connect=1.0, pool=2.0))

    reply = asyncio.run(scenario())
    ((args, kwargs),) = session.calls
    assert args == ("GET", URL("http://venue.test/v1/t?s=a%2Fb", encoded=True))
    assert kwargs == {
        "headers": headers,
        "data": None,
        "skip_auto_headers": None,
        "allow_redirects": False,
        "timeout": aiohttp.ClientTimeout(total=None, connect=3.0, sock_connect=1.0, sock_read=3.0),
        "proxy": "http://proxy.test",
    }
    assert response.released == 1
    assert isinstance(reply, Reply)
    assert (reply.status_code, reply.content, reply.headers["x-id"]) == (200, b'{"a":1}', "9")
    assert reply.extensions == {"http_version": b"HTTP/1.1", "reason_phrase": b"OK"}
    sent = reply.request  # built from what was sent, when first asked for
    assert (sent.method, sent.url, sent.headers["user-agent"], sent.content) == ("GET", url, "u", b"")
    assert transport._urls == {id(url): (url, args[1])}


def test_exchange_of_a_signed_request_and_of_a_body(monkeypatch: pytest.MonkeyPatch) -> None:
    _left(monkeypatch, None)
    session = _Session(_Response(), _Response(headers=[(b"Content-Encoding", b"gzip")], body=gzip.compress(b"[]")))
    transport = _transport(session)
    signed = httpx.Request("POST", "http://venue.test/o?sig=1", content=b"x=1")

    async def scenario() -> tuple[Reply, Reply]:
        first = await transport.exchange(
            "POST", signed.url, [("Content-Type", "a/b")], b"x=1", httpx.Timeout(None), request=signed
        )
        second = await transport.exchange("PUT", httpx.URL("http://venue.test/p"), [], b"", httpx.Timeout(None))
        return first, second

    first, second = asyncio.run(scenario())
    (_, kwargs), (_, kwargs2) = session.calls
    assert kwargs["data"] == b"x=1" and kwargs["skip_auto_headers"] == _SKIP
    assert kwargs["timeout"] == aiohttp.ClientTimeout(total=None) and kwargs["proxy"] is None
    assert first.request is signed
    assert kwargs2["data"] is None and second.content == b"[]"
    assert len(transport._urls) == 1  # only the unsigned URL is kept


def test_exchange_maps_failures_and_releases_the_response() -> None:
    broken = _Response(read_error=aiohttp.ClientPayloadError("cut"))
    session = _Session(aiohttp.ServerTimeoutError(), broken)
    transport = _transport(session)
    signed = httpx.Request("GET", "http://venue.test/s")

    async def scenario() -> list[httpx.HTTPError]:
        caught: list[httpx.HTTPError] = []
        for request in (None, signed):
            try:
                await transport.exchange(
                    "GET", httpx.URL("http://venue.test/s"), [], None, httpx.Timeout(1.0), request=request
                )
            except httpx.HTTPError as exc:
                caught.append(exc)
        return caught

    timeout, payload = asyncio.run(scenario())
    assert (type(timeout), str(timeout)) == (httpx.ReadTimeout, "ServerTimeoutError")
    with pytest.raises(RuntimeError):
        timeout.request  # noqa: B018  (an unsigned exchange has no httpx.Request)
    assert (type(payload), str(payload), payload.request) == (httpx.RemoteProtocolError, "cut", signed)
    assert broken.released == 1


def test_the_parsed_urls_are_dropped_when_full(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(direct, "_URLS", 2)
    urls = [httpx.URL(f"http://venue.test/{n}") for n in range(3)]
    session = _Session(*[_Response() for _ in range(4)])
    transport = _transport(session)

    async def scenario() -> None:
        for url in [*urls, urls[2]]:
            await transport.exchange("GET", url, [], None, httpx.Timeout(None))

    asyncio.run(scenario())
    assert transport._urls == {id(urls[2]): (urls[2], URL("http://venue.test/2"))}
    assert [args[1] for args, _ in session.calls] == [URL(f"http://venue.test/{n}") for n in (0, 1, 2, 2)]


def test_a_given_session_is_not_closed_by_the_transport() -> None:
    session = _Session()
    transport = _transport(session)
    assert repr(transport) == "AiohttpTransport(limit=100, proxy=None)"
    assert repr(AiohttpTransport(limit=5, proxy="http://p:1")) == "AiohttpTransport(limit=5, proxy='http://p:1')"
    asyncio.run(transport.aclose())
    assert session.closed is False and transport._session is None
    with pytest.raises(RuntimeError, match=r"^the transport is closed$"):
        transport._get_session()


@pytest.mark.parametrize(("length", "streamed"), [(1 << 20, False), ((1 << 20) + 1, True)])
def test_bodies_up_to_one_mib_are_read_at_once_by_default(length: int, streamed: bool) -> None:
    response = _Response(b"{}", length=length)
    transport = _transport(_Session(response))

    async def scenario() -> int:
        await transport.handle_async_request(httpx.Request("GET", "http://venue.test/"))
        return response.released

    assert asyncio.run(scenario()) == (0 if streamed else 1)


def test_a_reply_reads_as_utf_8_unless_its_content_type_says_otherwise() -> None:
    request = httpx.Request("GET", "http://venue.test/")
    plain = Reply(200, [], "é".encode(), {}, request, None)
    assert (plain.encoding, plain.text) == ("utf-8", "é")
    latin = Reply(200, [(b"Content-Type", b"text/plain; charset=latin-1")], b"\xe9", {}, request, None)
    assert (latin.encoding, latin.text) == ("latin-1", "é")
