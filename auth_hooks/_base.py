"""What every venue signer shares: key handling, the clock, and a repr that hides secrets."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx

from venuekit.redact import mask_key

Clock = Callable[[], int]
"""Returns the current time as epoch milliseconds."""


def system_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class SigningAuth(httpx.Auth):
    """Base for the venue signers.

    `requires_request_body` makes httpx read the body before `auth_flow`, so the signature is
    computed over exactly the bytes that go on the wire.
    """

    requires_request_body = True

    def __init__(self, api_key: str, api_secret: str, *, clock: Clock | None = None) -> None:
        if not api_key or not api_secret:
            raise ValueError("api_key and api_secret must both be non-empty")
        self.api_key = api_key
        self._secret = api_secret
        self._clock: Clock = clock or system_clock_ms
        self.clock_offset_ms = 0
        """Added to the clock; set it from the venue's server time to correct local clock skew."""

    def local_ms(self) -> int:
        """The signer's own clock, before the offset."""
        return self._clock()

    def timestamp_ms(self) -> int:
        return self._clock() + self.clock_offset_ms

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_key={mask_key(self.api_key)!r})"

    __str__ = __repr__

    def __getstate__(self) -> None:
        raise TypeError(f"{type(self).__name__} holds a secret and cannot be pickled")
