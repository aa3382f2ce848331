"""Client-side rate limiting to each venue's documented limits.

Limits come from the spec (`info.x-sdk.rate-limits`): named buckets of "at most `limit` requests in
any `window` seconds", each matching operations by HTTP method, signed-ness, tag or operationId.
A request takes a slot in every bucket it matches, waiting until all have room. One limiter is
shared by every thread using a sync client and every task using an async client.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass
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
    _stamps: dict[str, deque[float]] = field(default_factory=dict)

    def matches(self, operation: Any) -> bool:
        return (
            (self.methods is None or operation.method in self.methods)
            and (self.signed is None or operation.signed == self.signed)
            and (self.tags is None or operation.tag in self.tags)
            and (self.operations is None or operation.operation_id in self.operations)
        )

    def _slots(self, operation: Any) -> deque[float]:
        key = operation.operation_id if self.per_operation else ""
        return self._stamps.setdefault(key, deque())

    def wait(self, operation: Any, now: float) -> float:
        """Seconds until a slot is free (0: free now)."""
        stamps = self._slots(operation)
        while stamps and stamps[0] <= now - self.window:
            stamps.popleft()
        return 0.0 if len(stamps) < self.limit else stamps[0] + self.window - now

    def take(self, operation: Any, now: float) -> None:
        self._slots(operation).append(now)


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
            )
        )
    return result


async def _async_sleep(seconds: float) -> None:
    import asyncio  # only async callers pay for importing asyncio

    await asyncio.sleep(seconds)


class RateLimiter:
    """Blocks (or awaits) until a request fits every bucket it matches.

    `clock` and `sleep` are injectable so tests can run the limiter on virtual time.
    """

    def __init__(
        self,
        buckets: Sequence[Bucket],
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Any] | None = None,
    ) -> None:
        self.buckets = list(buckets)
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep or _async_sleep
        self._lock = threading.Lock()  # held only to check and record, never while waiting

    def _try(self, operation: Any) -> float:
        with self._lock:
            now = self._clock()
            matching = [b for b in self.buckets if b.matches(operation)]
            wait = max((b.wait(operation, now) for b in matching), default=0.0)
            if wait <= 0:
                for bucket in matching:
                    bucket.take(operation, now)
            return wait

    def acquire(self, operation: Any) -> float:
        """Take a slot, sleeping as long as needed; returns the seconds waited."""
        waited = 0.0
        while (wait := self._try(operation)) > 0:
            self._sleep(wait)
            waited += wait
        return waited

    async def acquire_async(self, operation: Any) -> float:
        waited = 0.0
        while (wait := self._try(operation)) > 0:
            await self._async_sleep(wait)
            waited += wait
        return waited
