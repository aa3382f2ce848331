"""Client-side rate limiting that holds at the venue, to each venue's documented limits.

Limits come from the spec (`info.x-sdk.rate-limits`): named buckets of "at most `limit` requests in
any `window` seconds", each matching operations by HTTP method, signed-ness, tag or operationId, and
counted `per: key` (per API key) or `per: ip` (per process, the venues' "per IP"). Every client of the
process with the same venue, origin and key shares the same counts, so two clients on one key share
one budget.

Why a request holds its slot until its response arrives: the venue counts requests when they *arrive*,
which is some time after the client lets them go. A slot is taken when a request is let go and is
recorded as used at the moment its response (or failure) comes back; it then counts for `window`
seconds from that moment. A request is let go only while fewer than `limit` slots are in flight or
used within the last `window` seconds. Take any `window`-long stretch of time at the venue and the
last request to arrive in it: every other request arriving in it was let go before that one and was
answered after the stretch began, so it was still counted when that one was let go; hence at most
`limit` arrive in any window, whatever the network delays. The price is one round trip per window.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .errors import TimeoutError

log = logging.getLogger("venuekit.ratelimit")

LOG_WAITS_OVER = 1.0
"""A wait longer than this many seconds is logged once (INFO) with its bucket."""


@dataclass(frozen=True)
class Bucket:
    """At most `limit` requests in any `window` seconds (a sliding window, as the venues word it)."""

    name: str
    limit: int
    window: float
    methods: frozenset[str] | None = None
    signed: bool | None = None
    tags: frozenset[str] | None = None
    operations: frozenset[str] | None = None
    per_operation: bool = False
    per: str = "ip"
    """"key": counted per API key; "ip": counted once for the whole process."""

    def matches(self, operation: Any) -> bool:
        return (
            (self.methods is None or operation.method in self.methods)
            and (self.signed is None or operation.signed == self.signed)
            and (self.tags is None or operation.tag in self.tags)
            and (self.operations is None or operation.operation_id in self.operations)
        )


class _Window:
    """One bucket's count for one scope: when recent requests were answered, and how many are in flight."""

    __slots__ = ("answered", "in_flight")

    def __init__(self) -> None:
        self.answered: deque[float] = deque()
        self.in_flight = 0

    def wait(self, limit: int, window: float, now: float) -> float:
        """Seconds until a slot is free (0: free now). An in-flight request frees its slot no sooner than
        `window` from now (it is answered now at the earliest), so that is the wait it implies."""
        answered = self.answered
        while answered and answered[0] <= now - window:
            answered.popleft()
        excess = len(answered) + self.in_flight - limit
        if excess < 0:
            return 0.0
        return answered[excess] + window - now if excess < len(answered) else window


def buckets_from_spec(spec: Mapping[str, Any] | None, tier: str | None) -> list[Bucket]:
    """Buckets from the spec's `rate-limits` block, limits chosen for `tier` where they vary by tier."""
    if not spec:
        return []
    tier = tier if tier is not None else spec.get("default-tier")

    def _set(raw: Mapping[str, Any], key: str) -> frozenset[str] | None:
        values: Sequence[str] | None = raw.get(key)
        return None if values is None else frozenset(values)

    result = []
    for raw in spec.get("buckets", []):
        limit = raw["limit"]
        if isinstance(limit, Mapping):
            if tier not in limit:
                raise ValueError(f"rate-limit tier {tier!r} unknown; known: {', '.join(limit)}")
            limit = limit[tier]
        per = raw.get("per", "ip")
        if per not in ("key", "ip"):
            raise ValueError(f"rate-limit bucket {raw['name']!r}: per must be 'key' or 'ip', not {per!r}")
        result.append(
            Bucket(
                name=raw["name"],
                limit=int(limit),
                window=float(raw["window"]),
                methods=_set(raw, "methods"),
                signed=raw.get("signed"),
                tags=_set(raw, "tags"),
                operations=_set(raw, "operations"),
                per_operation=bool(raw.get("per-operation", False)),
                per=per,
            )
        )
    return result


async def _async_sleep(seconds: float) -> None:
    import asyncio  # only async callers pay for importing asyncio

    await asyncio.sleep(seconds)


_lock = threading.Lock()
"""One lock for every limiter (they may share counts); held only to check and record, never while waiting."""

_shared: dict[tuple[str, ...], dict[str, _Window]] = {}
"""(scope..., bucket, key or "") -> per-operation key ("" unless `per_operation`) -> window."""


class Slot:
    """A granted request. It counts against its buckets until `release()`, called when the response (or
    the failure) has come back; releasing twice is harmless."""

    __slots__ = ("_limiter", "_windows", "waited")

    def __init__(self, limiter: RateLimiter, windows: list[_Window], waited: float) -> None:
        self._limiter = limiter
        self._windows: list[_Window] | None = windows
        self.waited = waited
        """Seconds spent waiting for this slot."""

    def release(self) -> None:
        windows, self._windows = self._windows, None
        if windows:
            self._limiter._release(windows)


class RateLimiter:
    """Blocks (or awaits) until a request fits every bucket it matches.

    `scope` (e.g. venue and origin) and `key` (an API key's digest) make the counts process-wide: every
    limiter with the same scope shares its `per: ip` buckets, and with the same key too its `per: key`
    buckets. Without a scope the counts are this limiter's own (tests). `clock` and `sleep` are injectable
    so tests can run the limiter on virtual time.
    """

    def __init__(
        self,
        buckets: Sequence[Bucket],
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Any] | None = None,
        scope: tuple[str, ...] | None = None,
        key: str = "",
    ) -> None:
        self.buckets = list(buckets)
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep or _async_sleep
        self.scope = scope
        with _lock:
            self._counts: list[dict[str, _Window]] = [
                {} if scope is None else _shared.setdefault((*scope, b.name, key if b.per == "key" else ""), {})
                for b in self.buckets
            ]

    def _try(self, operation: Any) -> tuple[float, str, list[_Window]]:
        """(0, "", windows taken) when granted; else (seconds to wait, the bucket that is full, [])."""
        with _lock:
            now = self._clock()
            matching = []
            wait, full = 0.0, ""
            for bucket, counts in zip(self.buckets, self._counts, strict=True):
                if not bucket.matches(operation):
                    continue
                window = counts.get(operation.operation_id if bucket.per_operation else "")
                if window is None:
                    window = counts[operation.operation_id if bucket.per_operation else ""] = _Window()
                needed = window.wait(bucket.limit, bucket.window, now)
                if needed > wait:
                    wait, full = needed, bucket.name
                matching.append(window)
            if wait > 0:
                return wait, full, []
            for window in matching:
                window.in_flight += 1
            return 0.0, "", matching

    def _release(self, windows: list[_Window]) -> None:
        with _lock:
            now = self._clock()
            for window in windows:
                window.in_flight -= 1
                window.answered.append(now)

    def _before_wait(self, operation: Any, bucket: str, wait: float, waited: float, max_wait: float | None) -> None:
        if max_wait is not None and waited + wait > max_wait:
            raise TimeoutError(
                f"rate-limit bucket {bucket!r} has no free slot for {wait:.2f}s, past the call's deadline; "
                "the request was not sent",
                operation=getattr(operation, "name", ""),
            )
        if waited <= LOG_WAITS_OVER < waited + wait:  # once per request: when its wait passes the threshold
            log.info(
                "%s: waiting %.2fs for rate-limit bucket %r", getattr(operation, "name", ""), waited + wait, bucket
            )

    def acquire(self, operation: Any, *, max_wait: float | None = None) -> Slot:
        """Take a slot, sleeping as long as needed (at most `max_wait` seconds, else `venuekit.TimeoutError`
        before anything is sent). Release the slot when the response has come back."""
        waited = 0.0
        while True:
            wait, bucket, windows = self._try(operation)
            if wait <= 0:
                return Slot(self, windows, waited)
            self._before_wait(operation, bucket, wait, waited, max_wait)
            self._sleep(wait)
            waited += wait

    async def acquire_async(self, operation: Any, *, max_wait: float | None = None) -> Slot:
        waited = 0.0
        while True:
            wait, bucket, windows = self._try(operation)
            if wait <= 0:
                return Slot(self, windows, waited)
            self._before_wait(operation, bucket, wait, waited, max_wait)
            await self._async_sleep(wait)
            waited += wait
