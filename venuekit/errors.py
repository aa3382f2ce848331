"""The SDK's exception hierarchy.

Everything the SDK raises derives from `VenueError`. Venue replies that report an error (whatever the
HTTP status, including errors inside HTTP 200 bodies) raise an `ApiError` subclass chosen by the
venue's error code: each venue package defines `<Venue>Error(ApiError)` and one subclass per category
that also derives from the category class here, so both `except gmo_coin.errors.GmoCoinError` and
`except venuekit.RateLimitError` work.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

import httpx

from .redact import scrub


class VenueError(Exception):
    """Base class of every exception the SDK raises."""


class ValidationError(VenueError, ValueError):
    """A call's arguments were rejected before anything was sent."""

    def __init__(self, parameter: str, problem: str) -> None:
        self.parameter = parameter
        self.problem = problem
        super().__init__(f"{parameter}: {problem}")


class ConfigurationError(VenueError, ValueError):
    """The client is not set up for the call: a signed call without API keys, an unknown environment, a key
    or secret that cannot be used (not base64 where the venue issues base64, not encodable). Also a
    `ValueError`, as these were before. The text never repeats a key or a secret."""


class NotSupportedError(VenueError):
    """A unified method (`venuekit.connect`) the venue has no operation for; `ex.has` says so up front."""

    def __init__(self, venue: str, method: str, reason: str = "") -> None:
        self.venue = venue
        self.method = method
        self.reason = reason
        super().__init__(f"{venue} does not support {method}" + (f": {reason}" if reason else ""))


class TransportError(VenueError):
    """The request did not complete: connection refused or reset, DNS failure, protocol error."""

    def __init__(self, message: str, *, operation: str) -> None:
        self.operation = operation
        super().__init__(f"{operation}: {scrub(message)}")


class TimeoutError(TransportError, builtins.TimeoutError):
    """The request timed out or the call's deadline passed. The venue may still have processed it.

    Also the built-in `TimeoutError`, so `except TimeoutError:` catches it.
    """


class OrderStatusUnknownError(VenueError):
    """A request that places or moves money may or may not have been executed.

    Raised instead of the failure itself when the request may have reached the venue (a timeout or
    reset after connecting, a 5xx, a "status unknown" code) and sending it again could execute it
    twice, or when a resend was refused as a duplicate of the first attempt. Nothing is sent again.

    Attributes:
        operation: the operation (``"create_order"``).
        key_parameter: wire name of the idempotency key (``"newClientOrderId"``), if the operation has one.
        client_order_id: the key's value as sent, or None.
        cause: the failure that left the outcome open (also ``__cause__``), e.g. a `TimeoutError` or
            the venue's ``-1007`` `ApiError` with its code intact.
        lookup: a ready request (`client.send(err.lookup)`) that asks the venue about the key, or None
            when the venue offers no lookup by key or no key was sent. `client.resolve_order(err)`
            sends it: the venue's record means placed, `NotFoundError` means not placed.
    """

    def __init__(
        self,
        *,
        operation: str,
        cause: VenueError,
        key_parameter: str | None = None,
        client_order_id: str | None = None,
        lookup: Any = None,
    ) -> None:
        self.operation = operation
        self.cause = cause
        self.key_parameter = key_parameter
        self.client_order_id = client_order_id
        self.lookup = lookup
        if client_order_id is None:
            how = "no client order id was sent: check the open orders and recent executions"
        elif lookup is None:
            how = f"{key_parameter}={client_order_id!r}: check the open orders and recent executions for it"
        else:
            how = f"{key_parameter}={client_order_id!r}: client.resolve_order(err) looks it up"
        super().__init__(f"{operation}: order status unknown after {type(cause).__name__}: {cause}; {how}")


class DecodeError(VenueError):
    """A response could not be decoded into the operation's typed model."""

    def __init__(self, message: str, *, operation: str, body: bytes, status_code: int) -> None:
        self.operation = operation
        self.body = body
        self.status_code = status_code
        super().__init__(f"{operation}: {scrub(message)}")


class ApiError(VenueError):
    """The venue answered with an error.

    Attributes:
        venue: package name of the venue (``"gmo_coin"``).
        code: the venue's error code as sent (``"ERR-5003"``), or None when only HTTP status is known.
        code_name: the code's symbolic name from the spec (``"API_RATE_LIMIT_EXCEEDED"``), if known.
        message: the venue's message for the first error.
        messages: every (code, message) pair the venue returned.
        status_code: HTTP status of the reply.
        body: the decoded JSON body (or raw bytes when it was not JSON).
        response: the `httpx.Response`.
    """

    venue: str = ""

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        code_name: str | None = None,
        messages: Sequence[tuple[str | None, str]] = (),
        status_code: int = 0,
        body: Any = None,
        response: httpx.Response | None = None,
    ) -> None:
        self.code = code
        self.code_name = code_name
        self.message = message
        self.messages = list(messages) or [(code, message)]
        self.status_code = status_code
        self.body = body
        self.response = response
        super().__init__(message)

    def __str__(self) -> str:
        label = " ".join(part for part in (self.venue, self.code, self.code_name) if part)
        if not self.status_code:  # a stream's error frame: no HTTP exchange to name
            return scrub(f"[{label}] {self.message}")
        where = f"HTTP {self.status_code}"
        if self.status_code == 404 and self.response is not None:
            try:
                request = self.response.request
            except RuntimeError:  # a response built without its request (tests, cassettes)
                pass
            else:
                # Which path was not found; the path only: a query string may carry a signature.
                where += f", {request.method} {request.url.path}"
        return scrub(f"[{label}] {self.message} ({where})")

    def __repr__(self) -> str:
        name = type(self).__name__
        return scrub(f"{name}(code={self.code!r}, message={self.message!r}, status_code={self.status_code})")


class AuthenticationError(ApiError):
    """Key, signature or timestamp rejected."""


class ClockSkewError(AuthenticationError):
    """The request timestamp is outside the venue's window: the local clock is off."""


class PermissionDeniedError(ApiError):
    """The key or account may not do this (permissions, restrictions, account state)."""


class RateLimitError(ApiError):
    """Too many requests."""


class InsufficientFundsError(ApiError):
    """Not enough balance, margin or transferable amount."""


class InvalidParameterError(ApiError):
    """The venue rejected a parameter value."""


class OrderRejectedError(ApiError):
    """The venue refused the order or the change to it."""


class NotFoundError(ApiError):
    """The order, position or resource does not exist."""


class MaintenanceError(ApiError):
    """The venue is in maintenance or not yet open."""


class ServerError(ApiError):
    """The venue failed or is busy; the outcome of a write may be unknown."""


CATEGORIES: Mapping[str, type[ApiError]] = {
    "authentication": AuthenticationError,
    "clock_skew": ClockSkewError,
    "permission": PermissionDeniedError,
    "rate_limit": RateLimitError,
    "insufficient_funds": InsufficientFundsError,
    "invalid_parameter": InvalidParameterError,
    "order_rejected": OrderRejectedError,
    "not_found": NotFoundError,
    "maintenance": MaintenanceError,
    "server": ServerError,
    "other": ApiError,
}

HTTP_STATUS_CATEGORIES: Mapping[int, str] = {
    400: "invalid_parameter",
    401: "authentication",
    403: "permission",
    404: "not_found",
    418: "rate_limit",
    429: "rate_limit",
    503: "maintenance",
}


class ErrorTable:
    """A venue's documented error codes and its exception classes, built by the generated package."""

    def __init__(
        self,
        base: type[ApiError],
        classes: Mapping[str, type[ApiError]],
        codes: Mapping[str, tuple[str, str]],
    ) -> None:
        self.base = base
        self.classes = classes
        self.codes = codes
        """code -> (name, category)"""

    def class_for(self, code: str | None) -> type[ApiError]:
        """The exception class for a venue error code; the venue's base class when undocumented."""
        known = self.codes.get(code) if code is not None else None
        return self.classes.get(known[1], self.base) if known else self.base

    def error(
        self,
        code: str | None,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        messages: Sequence[tuple[str | None, str]] = (),
        category: str | None = None,
    ) -> ApiError:
        if category is not None:
            cls = self.classes.get(category, self.base)
        elif code is not None and code in self.codes:
            cls = self.class_for(code)
        else:
            # An undocumented code (or none): the HTTP status is the best hint left.
            cls = self.classes.get(http_category(response.status_code), self.base)
        name = self.codes[code][0] if code is not None and code in self.codes else None
        return cls(
            message,
            code=code,
            code_name=name,
            messages=messages,
            status_code=response.status_code,
            body=body,
            response=response,
        )


def http_category(status: int) -> str:
    if status in HTTP_STATUS_CATEGORIES:
        return HTTP_STATUS_CATEGORIES[status]
    return "server" if status >= 500 else "other"
