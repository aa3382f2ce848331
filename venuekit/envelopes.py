"""Reading a venue's error envelope: the generic rule, and the signature of a venue's own.

A venue whose errors arrive inside its response bodies (often with HTTP 200) has an envelope function in its
hook module beside its signer (`auth_hooks/<module>.py`, named by `info.x-sdk.envelope` of its OpenAPI spec):
it looks at the decoded body and the response and raises the venue's typed error, or returns quietly for a
success. A venue without one gets `http_status`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from .errors import ErrorTable

Envelope = Callable[[Any, httpx.Response, ErrorTable], None]


def http_status(body: Any, response: httpx.Response, errors: ErrorTable) -> None:
    """The generic rule: an HTTP error status is an error (code None, the status line as the message)."""
    if response.is_error:
        raise errors.error(None, f"HTTP {response.status_code} {response.reason_phrase}", response=response, body=body)
