"""Bitunix spot: private REST signing, and the error envelope (`{code, msg, data}`)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Generator
from typing import Any

import httpx

from venuekit.envelopes import http_status
from venuekit.errors import ErrorTable

from ._base import Clock, SigningAuth

Nonce = Callable[[], str]
"""Returns a fresh random string for the `nonce` header (the docs ask for 32 characters)."""

_PUBLIC_PREFIXES = ("/api/spot/v1/market/", "/api/spot/v1/common/")
"""Public routes (market data, pairs, rates, tokens): sent as they are, with no auth headers."""


def _random_nonce() -> str:
    # 32 hex characters from the OS's CSPRNG, as a uuid4 would give (minus its fixed version bits); `uuid` itself
    # is not imported for this, since importing it loads `platform` and costs more than the rest of this module.
    return os.urandom(16).hex()


def _sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def canonical_query(params: httpx.QueryParams) -> str:
    """The query part of the digest: parameters sorted by key, each written key + value, no separators.

    Values are the decoded values (what the server reads), not their percent-encoded form. Parameters with
    an empty value are left out (as the official Java SDK and ccxt do); `auth_flow` drops them from the
    URL too, so the signature and the request always agree.
    """
    items = sorted((item for item in params.multi_items() if item[1] != ""), key=lambda item: item[0])
    return "".join(key + value for key, value in items)


class BitunixAuth(SigningAuth):
    """Signs Bitunix spot private requests (`https://openapi.bitunix.com/api/spot/v1/...`).

    Headers: `api-key`, `nonce` (random string, 32 characters), `timestamp` (epoch ms, must be within
    60 s of the server clock), `sign`, and `Content-Type: application/json`.

        queryParams = key1 + value1 + key2 + value2 ...   (sorted ascending by key, decoded values)
        body        = the request body exactly as sent ('' for GET)
        digest      = lower-hex SHA-256(nonce + timestamp + api-key + queryParams + body)
        sign        = lower-hex SHA-256(digest + secretKey)

    This is plain SHA-256 applied twice, not HMAC: the secret is appended as text to the hex digest.

    Why no `=` between key and value: the spot sign page's example reads `"id=1uid=200"`, but every
    official SDK (Bitunix's own Python `''.join(f"{k}{v}" ...)`, Go `SortParams` and its unit test,
    which signs `marginCoinUSDT`), the futures sign page and ccxt concatenate key + value with no `=`
    and no `&` (`"id1uid200"`), and a live probe of the spot API reports the `=` form refused with
    100005 (signature error). So the `=` in the spot page is a doc error.

    The body is signed byte for byte as sent: the docs' "remove all spaces" means "send compact JSON",
    which is what the runtime serialises; stripping spaces here would corrupt string values.

    Parameters with an empty value are removed from the URL and from the signature. Requests to the
    public routes (`/api/spot/v1/market/...`, `/api/spot/v1/common/...`) are passed through untouched.
    """

    def __init__(
        self,
        api_key: str,
        api_secret: str,
        *,
        clock: Clock | None = None,
        nonce: Nonce | None = None,
    ) -> None:
        super().__init__(api_key, api_secret, clock=clock)
        self._nonce: Nonce = nonce or _random_nonce

    def signature(self, nonce: str, timestamp: str, query: str, body: bytes) -> str:
        """sign = hex SHA-256(hex SHA-256(nonce + timestamp + api-key + query + body) + secret)."""
        digest = _sha256_hex(nonce.encode() + timestamp.encode() + self.api_key.encode() + query.encode() + body)
        return _sha256_hex((digest + self._secret).encode())

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if request.url.path.startswith(_PUBLIC_PREFIXES):
            yield request
            return
        params = request.url.params
        pairs = params.multi_items()
        kept = [(key, value) for key, value in pairs if value != ""]
        if len(kept) != len(pairs):
            request.url = request.url.copy_with(params=kept)
            params = request.url.params
        nonce = self._nonce()
        timestamp = str(self.timestamp_ms())
        sign = self.signature(nonce, timestamp, canonical_query(params), request.content)
        request.headers["api-key"] = self.api_key
        request.headers["nonce"] = nonce
        request.headers["timestamp"] = timestamp
        request.headers["sign"] = sign
        request.headers["Content-Type"] = "application/json"
        yield request


def envelope(body: Any, response: httpx.Response, errors: ErrorTable) -> None:
    """Bitunix: `{code, msg, data}`; `code` 0 (sent as a number or a string) is success."""
    if isinstance(body, dict) and "code" in body and str(body["code"]) != "0":
        raise errors.error(str(body["code"]), str(body.get("msg", "")), response=response, body=body)
    http_status(body, response, errors)
