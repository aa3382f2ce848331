"""The toy venue's hook module: its signer and envelope (what `auth_hooks/<venue>.py` holds for a real venue)
and its sandbox adapter (what `venuekit/sandbox/venues/<venue>.py` holds). Its spec names all three."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Generator
from typing import Any

import httpx

from venuekit.auth._base import SigningAuth
from venuekit.envelopes import http_status
from venuekit.errors import ErrorTable
from venuekit.sandbox import Adapter, Reply, Request
from venuekit.sandbox.validate import Problem


def signature(secret: str, timestamp: str, method: str, path: str, query: str) -> str:
    message = f"{timestamp}{method}{path}?{query}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


class ToyAuth(SigningAuth):
    """X-TOY-SIGN = hex HMAC-SHA256(secret, time + METHOD + path + "?" + query), over the URL as sent."""

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        timestamp = str(self.timestamp_ms())
        query = request.url.query.decode("ascii")
        request.headers["X-TOY-KEY"] = self.api_key
        request.headers["X-TOY-TIME"] = timestamp
        request.headers["X-TOY-SIGN"] = signature(self._secret, timestamp, request.method, request.url.path, query)
        yield request


def envelope(body: Any, response: httpx.Response, errors: ErrorTable) -> None:
    """`{"error": {"code", "message"}}`, sent with HTTP 200."""
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        error = body["error"]
        raise errors.error(str(error.get("code")), str(error.get("message", "")), response=response, body=body)
    http_status(body, response, errors)


class ToyAdapter(Adapter):
    venue = "toy_venue"
    default_secret = "toy-secret"

    def error(self, code: str, message: str | None = None, *, status: int | None = None) -> Reply:
        return Reply(
            status or 200, {"error": {"code": code, "message": message or self.spec.message(code)}}, refused=True
        )

    def verify(self, request: Request) -> Reply | None:
        timestamp = request.header("x-toy-time") or ""
        expected = signature(self.secret, timestamp, request.method, request.path, request.raw_query)
        if not request.header("x-toy-key") or not hmac.compare_digest(expected, request.header("x-toy-sign") or ""):
            return self.error("T401")
        return None

    def param_error(self, request: Request, problem: Problem) -> Reply:
        return self.error("T100", f"{problem.leaf}: {problem.detail}")

    def unknown_route(self, request: Request) -> Reply:
        return self.error("T100", "no such route", status=404)

    def on_get_balance(self, request: Request) -> Reply:
        asset = request.params["asset"]
        if asset != "BTC":
            return self.error("T404")
        assert request.op is not None
        return Reply(200, request.op.response())
