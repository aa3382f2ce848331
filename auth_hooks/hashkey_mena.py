"""HashKey MENA: REST signing, and the error envelope (`{code, msg}`)."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Generator
from typing import Any
from urllib.parse import parse_qsl

import httpx

from venuekit.envelopes import http_status
from venuekit.errors import ConfigurationError, ErrorTable

from ._base import Clock, SigningAuth

KEY_HEADER = "X-HK-APIKEY"

PUBLIC_PATHS = frozenset(
    {
        "/api/v1/ping",
        "/api/v1/time",
        "/api/v1/exchangeInfo",
        "/api/v1/coinInfo",
        "/quote/v1/depth",
        "/quote/v1/depth/merged",
        "/quote/v1/trades",
        "/quote/v1/klines",
        "/quote/v1/ticker/24hr",
        "/quote/v1/ticker/price",
        "/quote/v1/ticker/bookTicker",
    }
)
"""Paths of the operations the spec marks `security: []`; requests to them pass through untouched."""

_FORM = "application/x-www-form-urlencoded"
_JSON = "application/json"


class HashKeyAuth(SigningAuth):
    """Signs HashKey MENA private REST requests.

    signature = lowercase hex HMAC-SHA256(secret, totalParams), where totalParams is the query string
    exactly as sent (without the leading `?`) followed directly, with no separator, by the form body
    exactly as sent (doc "Signature Authentication", Example 3). Parameters are never re-sorted or
    re-encoded.

    Added parameters: `recvWindow` (only when `recv_window` is set; the server defaults to 5000 ms),
    `timestamp` (epoch ms from the clock plus `clock_offset_ms`), then `signature` last. They go where the
    request's parameters are: appended to a form-encoded body when there is one (the doc's Python order
    sample and Examples 2-3), otherwise appended to the query string (Example 1, the GET sample, the
    batchOrders curl). This keeps every parameter in one place, because the doc warns that when both the
    query string and the body carry parameters only the query string is read. A `timestamp` or
    `recvWindow` the caller already put in the request is kept rather than duplicated.

    JSON bodies (only `POST /api/v1.1/spot/batchOrders`) are not part of the signed payload: the doc's
    batchOrders curl example carries only `timestamp` and `signature` in its query string, the doc's
    "totalParams" rule is written for form parameters, and clients of a sibling exchange on the same
    broker platform (Toobit, whose batch endpoint also takes a JSON array) sign query and form data
    only. This is not verified against the sandbox; a subclass with `sign_json_body = True` signs
    query string + raw JSON body instead. Any other non-empty body is signed as sent.

    The API key goes in the `X-HK-APIKEY` header, as in every REST sample and curl example in the doc.
    The doc's prose, its header table and its WebSocket sample say `X-APIKEY`; the REST samples are the
    ones that show a working request, and ccxt and Hummingbot send `X-HK-APIKEY` too. A subclass can set
    `key_header`. Requests to the public paths in `PUBLIC_PATHS` pass through unchanged (no key, no
    signature), in case a caller routes public calls through this auth.
    """

    key_header: str = KEY_HEADER
    sign_json_body: bool = False

    def __init__(
        self,
        api_key: str,
        api_secret: str,
        *,
        clock: Clock | None = None,
        recv_window: int | None = None,
    ) -> None:
        super().__init__(api_key, api_secret, clock=clock)
        if recv_window is not None and recv_window <= 0:
            raise ConfigurationError("recv_window must be a positive number of milliseconds")
        self.recv_window = recv_window

    def sign(self, total_params: bytes) -> str:
        """Lowercase hex HMAC-SHA256 of the exact bytes of totalParams."""
        return hmac.new(self._secret.encode(), total_params, hashlib.sha256).hexdigest()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if request.url.path in PUBLIC_PATHS:
            yield request
            return

        query = request.url.query
        body = request.content
        content_type = request.headers.get("Content-Type", "").split(";")[0].strip().lower()
        in_body = bool(body) and content_type == _FORM

        present = _names(query)
        if in_body:
            present |= _names(body)
        extra: list[str] = []
        if self.recv_window is not None and "recvWindow" not in present:
            extra.append(f"recvWindow={self.recv_window}")
        if "timestamp" not in present:
            extra.append(f"timestamp={self.timestamp_ms()}")
        added = "&".join(extra).encode()

        if in_body:
            body = _join(body, added)
            payload = query + body
        else:
            query = _join(query, added)
            signs_body = content_type != _JSON or self.sign_json_body
            payload = query + body if signs_body else query
        signature = b"signature=" + self.sign(payload).encode()

        request.headers[self.key_header] = self.api_key
        if in_body:
            headers = httpx.Headers(request.headers)
            # The old framing headers would survive the copy (Request only setdefaults its own).
            headers.pop("Content-Length", None)
            headers.pop("Transfer-Encoding", None)
            yield httpx.Request(
                request.method,
                request.url,
                headers=headers,
                content=_join(body, signature),
                extensions=request.extensions,
            )
        else:
            request.url = _with_query(request.url, _join(query, signature))
            yield request


def _names(params: bytes) -> set[str]:
    """The parameter names in a query string or form body, decoded as `parse_qsl` decodes them."""
    if b"%" in params or b"+" in params:
        text = params.decode(errors="replace")
        return {k for k, _ in parse_qsl(text, keep_blank_values=True)}
    # Nothing to decode (the SDK's own requests): the names are the text before each `=`.
    return {part.partition(b"=")[0].decode(errors="replace") for part in params.split(b"&") if part}


def _with_query(url: httpx.URL, query: bytes) -> httpx.URL:
    """`url` with another query string. `copy_with` parses and re-checks the whole URL again (a third of the cost
    of signing); the URL is already checked and what is appended is ASCII digits, hex and `=&` (plus the caller's
    own query, which was checked as part of the URL), so only the query part is replaced, where httpx keeps it."""
    parts = getattr(url, "_uri_reference", None)
    if parts is None or not hasattr(parts, "_replace"):  # another httpx: the public way
        return url.copy_with(query=query)
    result = httpx.URL.__new__(httpx.URL)
    result._uri_reference = parts._replace(query=query.decode())
    return result


def _join(params: bytes, more: bytes) -> bytes:
    if not more:
        return params
    return params + b"&" + more if params else more


_OK_CODES = {"0", "0000", "200"}


def envelope(body: Any, response: httpx.Response, errors: ErrorTable) -> None:
    """HashKey: success bodies are bare objects or arrays; errors are `{code, msg}` in any HTTP status.

    A few successes carry a status `code` too (batch results: 0, "0000", 200); per-item failures
    inside them are data, not an error of the call.
    """
    if isinstance(body, dict) and "code" in body and str(body["code"]) not in _OK_CODES:
        raw = body["code"]
        code = str(raw)
        if code not in errors.codes and isinstance(raw, int) and f"{raw:04d}" in errors.codes:
            code = f"{raw:04d}"  # the table writes positive codes zero-padded ("0001")
        message = str(body.get("msg", ""))
        # The docs give 0001 two meanings; only the message tells a bad signature from a missing field.
        category = "authentication" if code == "0001" and "signature" in message.lower() else None
        raise errors.error(code, message, response=response, body=body, category=category)
    http_status(body, response, errors)
