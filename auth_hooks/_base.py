"""What every venue signer shares: key handling, the clock, and a repr that hides secrets."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import httpx

from venuekit.errors import ConfigurationError
from venuekit.redact import MASK, mask_key, watch

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
        if not api_key or not api_secret or not isinstance(api_key, str) or not isinstance(api_secret, str):
            raise ConfigurationError("api_key and api_secret must both be non-empty strings")
        # Checked here, not where the request is built, so that neither fails half-way through a call.
        # The messages never repeat the value: it is a credential.
        bad = next((i for i, c in enumerate(api_key) if not (c.isascii() and c.isprintable())), None)
        if bad is not None:
            raise ConfigurationError(
                f"api_key has a character that cannot be sent in an HTTP header (non-ASCII or control) "
                f"at position {bad}"
            )
        try:
            api_secret.encode()
        except UnicodeEncodeError:
            raise ConfigurationError("api_secret cannot be encoded as UTF-8 (it holds a lone surrogate)") from None
        self.api_key = api_key
        self._secret = api_secret
        self._clock: Clock = clock or system_clock_ms
        self.clock_offset_ms = 0
        """Added to the clock; set it from the venue's server time to correct local clock skew."""
        watch(self)

    def sensitive_values(self) -> Iterator[tuple[str, str]]:
        """For `venuekit.redact`: the secret is never shown, the key only masked."""
        yield self._secret, MASK
        yield self.api_key, mask_key(self.api_key)

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
