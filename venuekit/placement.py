"""The placement safety rule: when a request that places or moves money may be sent again.

Every such operation carries a `Placement` from its spec's `x-sdk-placement` declaration (see
specs/CONVENTIONS.md, "Placement safety"). After an ambiguous failure (the request may have reached
the venue: a timeout or reset after connecting, a 5xx or bare 429, a server-category or declared
"status unknown" code) the call is sent again only when it carries a key the venue refuses for the
order's whole life (`key_scope == "lifetime"`). Otherwise, and whenever the outcome stays open, the
caller gets `OrderStatusUnknownError` with the key and a ready lookup where the venue has one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from .errors import ApiError, ServerError
from .retry import RETRY_STATUSES

if TYPE_CHECKING:
    from .client import Call

KeyScope = Literal["lifetime", "active", "none"]


@dataclass(frozen=True)
class Lookup:
    """How to ask the venue about an order (or transfer) by the key it was sent with."""

    operation: str
    """operationId of the lookup (`getOrder`)."""
    build: Callable[[str], Call[Any]]
    """key -> the ready lookup request."""
    match: str | None = None
    """For lookups that answer with a list: the attribute of each item holding the key."""


@dataclass(frozen=True)
class Placement:
    """What the spec declares about one operation that places or moves money (`x-sdk-placement`)."""

    key: str | None = None
    """Wire name of the caller's idempotency key (`newClientOrderId`), None when there is none."""
    key_scope: KeyScope = "none"
    """How long the venue refuses a key it has seen: the order's whole life, while it is active, or
    not at all (as far as the venue documents)."""
    duplicate_codes: frozenset[str] = frozenset()
    """The venue's "this key was used before" codes."""
    unknown_codes: frozenset[str] = frozenset()
    """The venue's "execution status unknown" codes."""
    lookup: Lookup | None = None

    def resendable(self, key: str | None) -> bool:
        """Only a key refused for the order's whole life makes a second send harmless."""
        return self.key_scope == "lifetime" and key is not None

    def is_unknown(self, error: ApiError) -> bool:
        """Whether a venue error leaves open whether the request was executed."""
        if error.code is not None and error.code in self.unknown_codes:
            return True
        if isinstance(error, ServerError):
            return True
        # A bare 5xx/429/408 (no venue code) may come from a gateway after the venue acted.
        return error.code is None and error.status_code in RETRY_STATUSES

    def lookup_call(self, key: str | None) -> Call[Any] | None:
        """The ready lookup for `key`; None when the venue offers none or no key was sent."""
        if self.lookup is None or key is None:
            return None
        call = self.lookup.build(key)
        match = self.lookup.match
        if match is None:
            return call
        parse = call.parse

        def matching(body: Any) -> Any:
            items = parse(body) or []
            return next((item for item in items if str(getattr(item, match, None)) == key), None)

        return dataclasses.replace(call, parse=matching)
