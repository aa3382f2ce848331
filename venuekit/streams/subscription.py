"""Subscriptions: the typed, bounded queues behind `async for message in stream.<channel>(...)`.

Overflow policy: each subscription holds at most `max_queue` messages. When a slow consumer lets it fill
up, the *oldest* message is dropped and a `Gap` takes its place, so memory stays bounded, the newest data
wins, and the consumer is told that it missed something. The stream's reader never waits for a consumer:
a blocked reader would stall every other channel on the socket and miss the venue's heartbeats.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
from collections import deque
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Generic, Protocol, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Gap:
    """Messages may be missing at this point of a subscription.

    Attributes:
        reasons: why, in the order they happened: ``"disconnected"`` (the socket dropped; the stream
            reconnects and re-subscribes by itself), ``"overflow"`` (the consumer was too slow and old
            messages were dropped), ``"decode_error"`` (a frame could not be decoded), ``"resubscribed"``
            (the subscription was renewed, e.g. to resync an order book).
        since: when the first of them was noticed (UTC).
        dropped: messages known to be lost (overflow, undecodable frames). A disconnect loses an unknown
            number, so it adds nothing here.
        error: the latest error behind the gap (the disconnect cause, a `StreamDecodeError`), if any.
    """

    reasons: tuple[str, ...]
    since: _dt.datetime
    dropped: int = 0
    error: BaseException | None = None

    @classmethod
    def now(cls, reason: str, *, dropped: int = 0, error: BaseException | None = None) -> Gap:
        return cls((reason,), _dt.datetime.now(_dt.timezone.utc), dropped, error)

    def merge(self, other: Gap) -> Gap:
        """One gap covering both (gaps next to each other in a queue are never kept apart)."""
        first, second = (self, other) if self.since <= other.since else (other, self)
        reasons = first.reasons + tuple(r for r in second.reasons if r not in first.reasons)
        return Gap(reasons, first.since, self.dropped + other.dropped, second.error or first.error)


@dataclass(frozen=True)
class Channel(Generic[T]):
    """One venue subscription as the generated code describes it.

    `route` says which incoming messages belong to it: every dotted path must hold one of the listed values.
    `subscribe` / `unsubscribe` are the commands sent to the venue (None: the venue pushes without being asked);
    keys whose value is None are left out of what is sent.
    """

    name: str
    parse: Callable[[Any], T]
    route: Mapping[str, tuple[str, ...]]
    subscribe: Mapping[str, Any] | None = None
    unsubscribe: Mapping[str, Any] | None = None


class _Owner(Protocol):
    """What a subscription needs from its stream."""

    async def _leave(self, subscription: Subscription[Any]) -> None: ...

    async def _resubscribe(self, subscription: Subscription[Any]) -> None: ...


class Subscription(Generic[T]):
    """The messages of one channel, kept across reconnects.

    - ``async for message in sub`` yields typed messages. After a gap (see `Gap`), ``sub.resumed`` is True
      for the first message that follows it; ``sub.gaps`` counts gaps and ``sub.last_gap`` holds the latest.
    - ``async for item in sub.with_gaps()`` yields the `Gap` markers too, in order, as soon as they happen.
    - ``await sub.close()`` (or ``async with``) unsubscribes and ends iteration. Iteration also ends when the
      stream is closed, and raises the error when the stream fails for good (e.g. rejected API keys).
    """

    def __init__(self, channel: Channel[T], *, key: str, max_queue: int, owner: _Owner) -> None:
        if max_queue < 1:
            raise ValueError("max_queue must be at least 1")
        self.channel = channel
        self.key = key
        self.max_queue = max_queue
        self.resumed = False
        self.gaps = 0
        self.last_gap: Gap | None = None
        self.dropped = 0
        self._owner = owner
        self._items: deque[T | Gap] = deque()
        self._held = 0  # messages (not gaps) in _items
        self._wakeup = asyncio.Event()
        self._waiting = False  # a consumer waits on _wakeup: only then does a new message need to set it
        self._ended = False
        self._error: BaseException | None = None
        self._after_gap = False
        self._taken = False  # a consumer has asked for a message
        self.on_take: Callable[[], None] | None = None
        """Called whenever a consumer takes an item (the stream uses it to pace replays)."""

    def __repr__(self) -> str:
        return f"<Subscription {self.channel.name} queued={self._held} gaps={self.gaps} dropped={self.dropped}>"

    # --- filled by the stream ---------------------------------------------------------------------
    def _put(self, message: T) -> None:
        if self._ended:
            return
        if self._held >= self.max_queue:
            self._drop_oldest()
        self._items.append(message)
        self._held += 1
        if self._waiting:
            self._wakeup.set()

    def _drop_oldest(self) -> None:
        gap = Gap.now("overflow", dropped=1)
        while self._items:
            head = self._items.popleft()
            if isinstance(head, Gap):
                gap = head.merge(gap)
                continue
            self._held -= 1
            break
        following = self._items[0] if self._items else None
        if isinstance(following, Gap):
            self._items.popleft()
            gap = gap.merge(following)
        self._items.appendleft(gap)
        self.dropped += 1

    def _gap(self, gap: Gap) -> None:
        if self._ended:
            return
        tail = self._items[-1] if self._items else None
        if isinstance(tail, Gap):
            self._items[-1] = tail.merge(gap)
        else:
            self._items.append(gap)
        self._wakeup.set()

    def _finish(self, error: BaseException | None = None) -> None:
        if not self._ended:
            self._ended = True
            self._error = error
            self._wakeup.set()

    @property
    def backlog(self) -> bool:
        """True when someone iterates this subscription and messages are waiting for them."""
        return self._taken and not self._ended and bool(self._items)

    # --- consumed by the caller -------------------------------------------------------------------
    async def _next(self) -> T | Gap:
        self._taken = True
        if self.on_take is not None:
            self.on_take()
        while not self._items:
            if self._ended:
                if self._error is not None:
                    raise self._error
                raise StopAsyncIteration
            self._wakeup.clear()
            self._waiting = True
            try:
                await self._wakeup.wait()
            finally:
                self._waiting = False
        item = self._items.popleft()
        if isinstance(item, Gap):
            self.gaps += 1
            self.last_gap = item
        else:
            self._held -= 1
        return item

    def drain(self) -> list[T | Gap]:
        """Everything queued now, messages and gaps in order, without waiting (paper trading reads replayed
        books this way, step by step)."""
        taken: list[T | Gap] = []
        while self._items:
            item = self._items.popleft()
            if isinstance(item, Gap):
                self.gaps += 1
                self.last_gap = item
            else:
                self._held -= 1
            taken.append(item)
        return taken

    def __aiter__(self) -> Subscription[T]:
        return self

    async def __anext__(self) -> T:
        items = self._items
        if items and self.on_take is None:
            # A message is waiting (a consumer that fell behind): take it here, without the general path's
            # coroutine. Gaps, an empty queue and paced replays (`on_take`) take the general path.
            item = items[0]
            if type(item) is not Gap:
                items.popleft()
                self._held -= 1
                self._taken = True
                self.resumed, self._after_gap = self._after_gap, False
                return item  # type: ignore[return-value]  # not a Gap, so a message
        while True:
            item = await self._next()
            if isinstance(item, Gap):
                self._after_gap = True
                continue
            self.resumed, self._after_gap = self._after_gap, False
            return item

    async def with_gaps(self) -> AsyncIterator[T | Gap]:
        """Messages and `Gap` markers, in the order they happened."""
        while True:
            try:
                item = await self._next()
            except StopAsyncIteration:
                return
            yield item

    async def close(self) -> None:
        """Stop receiving; the venue is sent `unsubscribe` once no other subscription needs the channel."""
        if not self._ended:
            self._finish()
            await self._owner._leave(self)

    async def resubscribe(self) -> None:
        """Ask the venue again (unsubscribe, then subscribe); every subscriber of the channel sees a gap."""
        await self._owner._resubscribe(self)

    async def __aenter__(self) -> Subscription[T]:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
