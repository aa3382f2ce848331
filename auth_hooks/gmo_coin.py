"""GMO Coin (crypto and FX) private REST signing."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Generator

import httpx

from ._base import SigningAuth

_PREFIX = "/private"


class GmoCoinAuth(SigningAuth):
    """Signs GMO Coin private requests (crypto `api.coin.z.com` and FX `forex-api.coin.z.com`).

    API-SIGN = hex HMAC-SHA256(secret, timestamp + METHOD + path + body), where path is the
    request path after the `/private` prefix, the query string is never signed, and the body is
    signed only for POST: the docs' samples send a body with PUT/DELETE /v1/ws-auth but sign
    without it.
    """

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        timestamp = str(self.timestamp_ms())
        path = request.url.path
        at = path.find(_PREFIX + "/")
        if at != -1:
            path = path[at + len(_PREFIX) :]
        message = timestamp.encode() + request.method.encode() + path.encode()
        if request.method == "POST":
            message += request.content
        sign = hmac.new(self._secret.encode(), message, hashlib.sha256).hexdigest()
        request.headers["API-KEY"] = self.api_key
        request.headers["API-TIMESTAMP"] = timestamp
        request.headers["API-SIGN"] = sign
        yield request
