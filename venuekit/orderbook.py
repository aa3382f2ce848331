"""A local order book kept from a depth channel, with the sanity checks a trading bot needs.

`OrderBook` applies `BookFrame`s: snapshots replace the book, updates change levels (size 0 removes one).
Every frame is checked before the book is used: prices positive, sizes not negative, the venue's sequence
and timestamp never going backwards (and an update's sequence advancing), and the best bid below the best
ask. A frame that fails leaves the book *invalid* (`valid` is False) until the next snapshot.

Each side is a `sortedcontainers.SortedDict` (a dict kept in price order): the best bid and ask are read in
O(1) and an update of k levels costs O(k log n), where a plain dict needed a scan of every level per read
and a copy of the book per update.

`BookStream` runs a book over a depth subscription: iterate it for the book after each change. After a
gap in the subscription or a failed check it waits for the next snapshot; for channels that send updates
(not only snapshots) it also renews the subscription, which makes the venue send a fresh snapshot.
"""

from __future__ import annotations

import datetime as _dt
import logging
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from types import TracebackType
from typing import Generic, TypeVar

from sortedcontainers import SortedDict

from .errors import VenueError
from .streams.subscription import Gap, Subscription

log = logging.getLogger("venuekit.orderbook")

M = TypeVar("M")
Level = tuple[Decimal, Decimal]


class OrderBookError(VenueError):
    """A depth frame does not fit the book (crossed, out of order, malformed): the book needs a resync."""


@dataclass(frozen=True)
class BookFrame:
    """One depth message, reduced to what a book needs: (price, size) levels per side.

    `snapshot` frames replace the book; others are updates. `sequence` (a tuple of integers compared in
    order: ``(42,)``, or `version_key` of a ``"735962141_2"`` version) and `timestamp` are the venue's, when
    it sends them (None: not checked).
    """

    bids: Sequence[Level]
    asks: Sequence[Level]
    snapshot: bool = True
    sequence: tuple[int, ...] | None = None
    timestamp: _dt.datetime | None = None


def newest_sequence(numbers: Iterable[int]) -> tuple[int, ...] | None:
    """The sequence of a frame whose levels each carry their own update number (GOPAX `entryId`): the
    newest of them, or None for a frame without levels."""
    found = list(numbers)
    return (max(found),) if found else None


def version_key(version: str) -> tuple[int, ...]:
    """A version like ``"735962141_2"`` (HashKey depth `v`) as a comparable tuple of integers."""
    return tuple(int(part) for part in version.split("_"))


class OrderBook:
    """Price -> size on each side, plus the venue's sequence and time of the last frame applied.

    `bids` and `asks` are `SortedDict`s (dicts whose keys iterate in ascending price order).
    """

    def __init__(self) -> None:
        self.bids: SortedDict[Decimal, Decimal] = SortedDict()
        self.asks: SortedDict[Decimal, Decimal] = SortedDict()
        self.sequence: tuple[int, ...] | None = None
        self.timestamp: _dt.datetime | None = None
        self.valid = False

    def __repr__(self) -> str:
        state = "valid" if self.valid else "invalid"
        return f"<OrderBook {state} bid={self.best_bid} ask={self.best_ask} levels={len(self.bids)}/{len(self.asks)}>"

    @property
    def best_bid(self) -> Level | None:
        bids = self.bids
        return bids.peekitem(-1) if bids else None

    @property
    def best_ask(self) -> Level | None:
        asks = self.asks
        return asks.peekitem(0) if asks else None

    @property
    def spread(self) -> Decimal | None:
        bid, ask = self.best_bid, self.best_ask
        return ask[0] - bid[0] if bid and ask else None

    def depth(self, levels: int | None = None) -> tuple[list[Level], list[Level]]:
        """(bids best first, asks best first), at most `levels` per side."""
        bids, asks = self.bids, self.asks
        n_bids = len(bids) if levels is None else min(levels, len(bids))
        n_asks = len(asks) if levels is None else min(levels, len(asks))
        return (
            [bids.peekitem(-1 - i) for i in range(n_bids)],
            [asks.peekitem(i) for i in range(n_asks)],
        )

    def invalidate(self) -> None:
        self.valid = False

    def apply(self, frame: BookFrame) -> None:
        """Apply one frame, or raise `OrderBookError` and leave the book invalid."""
        try:
            self._apply(frame)
        except OrderBookError:
            self.valid = False
            raise

    def _check_order(self, frame: BookFrame) -> None:
        """A frame must not be older than the book (an update must also be newer)."""
        seq, last = frame.sequence, self.sequence
        if seq is not None and last is not None and (seq < last or (seq == last and not frame.snapshot)):
            raise OrderBookError(f"sequence went back from {last} to {seq}")
        when, then = frame.timestamp, self.timestamp
        if when is not None and then is not None and when < then:
            raise OrderBookError(f"timestamp went back from {then} to {when}")

    @staticmethod
    def _check_level(price: Decimal, size: Decimal) -> None:
        if price <= 0 or size < 0:
            raise OrderBookError(f"impossible level: price {price}, size {size}")

    def _apply(self, frame: BookFrame) -> None:
        if not frame.snapshot and not self.valid:
            raise OrderBookError("an update arrived before a snapshot")
        if self.valid:
            self._check_order(frame)
        if frame.snapshot:
            bids: SortedDict[Decimal, Decimal] = SortedDict()
            asks: SortedDict[Decimal, Decimal] = SortedDict()
            for side, levels in ((bids, frame.bids), (asks, frame.asks)):
                for price, size in levels:
                    self._check_level(price, size)
                    if size == 0:
                        side.pop(price, None)
                    else:
                        side[price] = size
            self._check_crossed(bids, asks)
            self.bids, self.asks = bids, asks
        else:
            self._update(frame)
        self.sequence = frame.sequence if frame.sequence is not None else self.sequence
        self.timestamp = frame.timestamp if frame.timestamp is not None else self.timestamp
        self.valid = True

    def _update(self, frame: BookFrame) -> None:
        """Change the levels in place; on a failed check, put back what was changed (the book stays as it was)."""
        undo: list[tuple[SortedDict[Decimal, Decimal], Decimal, Decimal | None]] = []
        try:
            for side, levels in ((self.bids, frame.bids), (self.asks, frame.asks)):
                for price, size in levels:
                    self._check_level(price, size)
                    undo.append((side, price, side.get(price)))
                    if size == 0:
                        side.pop(price, None)
                    else:
                        side[price] = size
            self._check_crossed(self.bids, self.asks)
        except BaseException:
            for side, price, before in reversed(undo):
                if before is None:
                    side.pop(price, None)
                else:
                    side[price] = before
            raise

    @staticmethod
    def _check_crossed(bids: SortedDict[Decimal, Decimal], asks: SortedDict[Decimal, Decimal]) -> None:
        if bids and asks:
            bid, ask = bids.peekitem(-1)[0], asks.peekitem(0)[0]
            if bid >= ask:
                raise OrderBookError(f"crossed book: best bid {bid} >= best ask {ask}")


class BookStream(Generic[M]):
    """An `OrderBook` kept from a depth subscription.

    ``async for book in stream.order_book("BTC")`` yields the (same, live) `OrderBook` after every message
    that left it valid. `resyncs` counts the times it had to start over; `last_error` says why.
    """

    def __init__(self, subscription: Subscription[M], frames: Callable[[M], Sequence[BookFrame]]) -> None:
        self.subscription = subscription
        self.book = OrderBook()
        self.resyncs = 0
        self.last_error: BaseException | None = None
        self._frames = frames
        self._renew = False

    def __aiter__(self) -> AsyncIterator[OrderBook]:
        return self._books()

    async def _books(self) -> AsyncIterator[OrderBook]:
        async for item in self.subscription.with_gaps():
            if self.feed(item):
                yield self.book
            elif self._renew:
                self._renew = False
                await self.subscription.resubscribe()  # an update feed only recovers from a new snapshot

    def feed(self, item: M | Gap) -> bool:
        """Apply one item of the subscription; True when the book is valid afterwards. After a failed check
        on an update feed, the next step is to renew the subscription (iteration does that by itself)."""
        if isinstance(item, Gap):
            self.book.invalidate()  # messages were missed: only a new snapshot can be trusted
            return False
        frames: Sequence[BookFrame] = ()
        try:
            frames = self._frames(item)
            for frame in frames:
                self.book.apply(frame)
        except (OrderBookError, ValueError) as exc:  # ValueError: a malformed sequence or level
            self.book.invalidate()
            self.resyncs += 1
            self.last_error = exc
            log.warning("%s: %s; resyncing", self.subscription.channel.name, exc)
            self._renew = not all(frame.snapshot for frame in frames)
            return False
        return self.book.valid

    async def close(self) -> None:
        await self.subscription.close()

    async def __aenter__(self) -> BookStream[M]:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
