"""When a failed request is tried again, and how long to wait first.

The rule (README, "Reliability"): only requests that cannot move money twice are retried. Each
operation carries `retry_safe` from the spec: GET and DELETE by default; cancels, read-only POSTs
and token calls where the spec says `x-sdk-retry: safe`. Order placement and money movements follow
their `x-sdk-placement` declaration instead (venuekit.placement): resent only with a key the venue
refuses for the order's whole life. Two failures are retried for every operation because the venue
cannot have acted on the request: a connection that was never established, and a timestamp
rejected as outside the venue's window (resynced first).
"""

from __future__ import annotations

import email.utils
import random
import re
import time
from dataclasses import dataclass

import httpx

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

_DIGITS = re.compile(r"[0-9]+")  # ASCII only: `str.isdigit()` also accepts "²" and "٣"


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter: attempt n waits uniform(0, min(cap, base * 2**n))."""

    max_retries: int = 2
    base_delay: float = 0.25
    max_delay: float = 8.0
    max_retry_after: float = 60.0

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float:
        retry_after = _retry_after(response) if response is not None else None
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        return random.uniform(0, min(self.max_delay, self.base_delay * 2**attempt))


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds the venue asks us to wait, or None when the header is absent or not a value RFC 9110 allows.

    A hostile value (non-ASCII digits, which `str.isdigit` accepts, a date out of range, a date without a
    zone) is ignored: the normal backoff applies instead.
    """
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    value = value.strip()
    if _DIGITS.fullmatch(value):
        return float(value[:12])  # more digits than that exceeds any cap; float() stays cheap
    try:
        when = email.utils.parsedate_to_datetime(value)
        if when.tzinfo is None:
            return None
        return max(0.0, when.timestamp() - time.time())
    except (TypeError, ValueError, OverflowError, OSError, IndexError):
        return None
