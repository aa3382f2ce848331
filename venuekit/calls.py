"""The records a request is made of: `Operation` (one documented endpoint), `Call` (one ready-to-send request),
`ApiResponse` (a parsed result and its HTTP response) and `Rejection` (`x-sdk-rejection`).

A module of their own, loaded with the first operation a program uses rather than with `import venuekit.<venue>`:
dataclasses compile each class's methods at import, about 1 ms per class. They are re-exported by
`venuekit.client` and `venuekit`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

if TYPE_CHECKING:
    from .errors import ErrorTable
    from .placement import Placement

T = TypeVar("T")


@dataclass(frozen=True)
class Rejection:
    """Where a venue reports a refused order inside a successful envelope (`x-sdk-rejection`)."""

    at: str
    status: str
    rejected: tuple[object, ...]
    code: str
    message: str

    def check(self, body: Any, response: httpx.Response, errors: ErrorTable) -> None:
        result = body.get(self.at) if isinstance(body, dict) else None
        if isinstance(result, dict) and result.get(self.status) in self.rejected:
            code = result.get(self.code)
            raise errors.error(
                None if code is None else str(code),
                str(result.get(self.message) or "order rejected"),
                response=response,
                body=body,
                category="order_rejected",
            )


@dataclass(frozen=True)
class Operation:
    """What the runtime needs to know about one documented endpoint."""

    name: str
    method: str
    path: str
    prefix: str = ""
    signed: bool = False
    rejection: Rejection | None = None
    operation_id: str = ""
    tag: str = ""
    retry_safe: bool = False
    """Whether a failure may be retried: it cannot move money twice (see venuekit.retry)."""
    placement: Placement | None = None
    """Set on operations that place or move money (`x-sdk-placement`); decides resends instead."""
    credential: str = ""
    """`x-sdk-credential`: the request parameter or response property that carries a session credential
    (a WebSocket token, a listen key); its values are masked in every log record and exception."""


@dataclass(frozen=True)
class Call(Generic[T]):
    """One ready-to-send request: validated arguments, the exact body bytes, and how to parse the reply."""

    operation: Operation
    parse: Callable[[Any], T]
    path_params: Mapping[str, str] = field(default_factory=dict)
    query: Sequence[tuple[str, str]] = ()
    content: bytes | None = None
    content_type: str | None = None
    key: str | None = None
    """The idempotency key sent with a placement (the value of `operation.placement.key`)."""

    @property
    def may_retry(self) -> bool:
        placement = self.operation.placement
        return self.operation.retry_safe if placement is None else placement.resendable(self.key)


@dataclass(frozen=True)
class ApiResponse(Generic[T]):
    """A parsed result together with the HTTP response it came from."""

    parsed: T
    http_response: httpx.Response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers
