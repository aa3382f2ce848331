"""GMO Coin (crypto and FX): private REST signing, and the error envelope (`status`, `messages`)."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Generator
from typing import Any

import httpx

from venuekit.envelopes import http_status
from venuekit.errors import ErrorTable

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
        # The last "/private/": a proxy or gateway prefix may itself contain one (".../private/gmo/private/v1/...").
        at = path.rfind(_PREFIX + "/")
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


def envelope(body: Any, response: httpx.Response, errors: ErrorTable) -> None:
    """GMO Coin: `status` 0 is success; anything else carries `messages[{message_code, message_string}]`."""
    if not isinstance(body, dict) or "status" not in body:
        http_status(body, response, errors)
        return
    status = body["status"]
    if status == 0:
        http_status(body, response, errors)
        return
    raw_messages = body.get("messages")
    pairs: list[tuple[str | None, str]] = []
    if isinstance(raw_messages, list):
        for item in raw_messages:
            if isinstance(item, dict):
                code = item.get("message_code")
                pairs.append((str(code) if code is not None else None, str(item.get("message_string", ""))))
    code, message = pairs[0] if pairs else (None, f"status {status}")
    # Status 5 is maintenance even when the venue sends no code with it.
    category = "maintenance" if code is None and status == 5 else None
    if code is None and category is None:
        category = "other"
    raise errors.error(code, message, response=response, body=body, messages=pairs, category=category)
