"""How each venue reports errors in its response bodies.

A strategy looks at the decoded body (and the HTTP status) and raises the venue's typed error, or
returns quietly when the reply is a success. Bodies are checked whatever the HTTP status: venues put
errors inside HTTP 200 replies.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import httpx

from .errors import ErrorTable

Envelope = Callable[[Any, httpx.Response, ErrorTable], None]


def _http_error(body: Any, response: httpx.Response, errors: ErrorTable) -> None:
    if response.is_error:
        raise errors.error(None, f"HTTP {response.status_code} {response.reason_phrase}", response=response, body=body)


def gmo(body: Any, response: httpx.Response, errors: ErrorTable) -> None:
    """GMO Coin: `status` 0 is success; anything else carries `messages[{message_code, message_string}]`."""
    if not isinstance(body, dict) or "status" not in body:
        _http_error(body, response, errors)
        return
    status = body["status"]
    if status == 0:
        _http_error(body, response, errors)
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


def gopax(body: Any, response: httpx.Response, errors: ErrorTable) -> None:
    """GOPAX: `{errorCode, errorMessage}` (or the 2018 `{errormsg}`) in any HTTP status; success
    bodies are plain objects or arrays."""
    if isinstance(body, dict) and ("errorCode" in body or "errormsg" in body):
        code = body.get("errorCode")
        message = body.get("errorMessage", body.get("errormsg", ""))
        raise errors.error(None if code is None else str(code), str(message), response=response, body=body)
    _http_error(body, response, errors)


def bitunix(body: Any, response: httpx.Response, errors: ErrorTable) -> None:
    """Bitunix: `{code, msg, data}`; `code` 0 (sent as a number or a string) is success."""
    if isinstance(body, dict) and "code" in body and str(body["code"]) != "0":
        raise errors.error(str(body["code"]), str(body.get("msg", "")), response=response, body=body)
    _http_error(body, response, errors)


_HASHKEY_OK = {"0", "0000", "200"}


def hashkey(body: Any, response: httpx.Response, errors: ErrorTable) -> None:
    """HashKey: success bodies are bare objects or arrays; errors are `{code, msg}` in any HTTP status.

    A few successes carry a status `code` too (batch results: 0, "0000", 200); per-item failures
    inside them are data, not an error of the call.
    """
    if isinstance(body, dict) and "code" in body and str(body["code"]) not in _HASHKEY_OK:
        raw = body["code"]
        code = str(raw)
        if code not in errors.codes and isinstance(raw, int) and f"{raw:04d}" in errors.codes:
            code = f"{raw:04d}"  # the table writes positive codes zero-padded ("0001")
        message = str(body.get("msg", ""))
        # The docs give 0001 two meanings; only the message tells a bad signature from a missing field.
        category = "authentication" if code == "0001" and "signature" in message.lower() else None
        raise errors.error(code, message, response=response, body=body, category=category)
    _http_error(body, response, errors)


STRATEGIES: Mapping[str, Envelope] = {
    "gmo": gmo,
    "gopax": gopax,
    "bitunix": bitunix,
    "hashkey": hashkey,
    "http": _http_error,
}
