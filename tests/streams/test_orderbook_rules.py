"""The order book's public state and the book stream's recovery rules, one rule per test.

`OrderBook.valid` is a bool that is False until a snapshot and after any failed check; `sequence` and
`timestamp` are the venue's last ones (None until a frame carries them). `BookStream` renews the subscription
only after a failed check on an update feed, says why in `last_error` (None until then) and in one warning.
"""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal
from typing import Any

import pytest

from venuekit.orderbook import BookFrame, BookStream, OrderBook, OrderBookError, newest_sequence, version_key
from venuekit.streams import Channel, Gap, Subscription

from .fakes import run

UTC = dt.timezone.utc


def _level(price: str, size: str) -> tuple[Decimal, Decimal]:
    return (Decimal(price), Decimal(size))


SNAPSHOT = BookFrame(bids=[_level("9", "1")], asks=[_level("11", "1")], sequence=(5,))


def test_newest_sequence_of_a_frame_without_levels_is_none() -> None:
    assert newest_sequence([]) is None
    assert newest_sequence(iter([3, 9, 4])) == (9,)


def test_valid_is_false_before_a_snapshot_after_invalidate_and_after_a_failed_frame() -> None:
    book = OrderBook()
    assert book.valid is False and book.sequence is None and book.timestamp is None
    book.apply(SNAPSHOT)
    assert book.valid is True
    book.invalidate()
    assert book.valid is False
    book.apply(SNAPSHOT)
    with pytest.raises(OrderBookError, match="crossed"):
        book.apply(BookFrame(bids=[_level("12", "1")], asks=[], snapshot=False, sequence=(6,)))
    assert book.valid is False


def test_a_frame_without_a_sequence_or_time_keeps_the_last_ones() -> None:
    noon = dt.datetime(2026, 1, 1, 12, tzinfo=UTC)
    book = OrderBook()
    book.apply(BookFrame(bids=[_level("9", "1")], asks=[_level("11", "1")], sequence=(5,), timestamp=noon))
    book.apply(BookFrame(bids=[_level("9", "2")], asks=[], snapshot=False))  # carries neither
    assert book.sequence == (5,) and book.timestamp == noon
    with pytest.raises(OrderBookError, match=r"sequence went back from \(5,\) to \(4,\)"):
        book.apply(BookFrame(bids=[], asks=[], snapshot=False, sequence=(4,)))
    book.apply(SNAPSHOT)
    with pytest.raises(OrderBookError, match="timestamp went back"):
        book.apply(BookFrame(bids=[], asks=[], snapshot=False, timestamp=noon - dt.timedelta(seconds=1)))


def test_a_book_without_sequences_takes_a_numbered_frame_later() -> None:
    book = OrderBook()
    book.apply(BookFrame(bids=[_level("9", "1")], asks=[_level("11", "1")]))  # no sequence
    book.apply(BookFrame(bids=[_level("9", "3")], asks=[], snapshot=False, sequence=(1,)))
    assert book.sequence == (1,) and book.best_bid == _level("9", "3")


class _Owner:
    def __init__(self) -> None:
        self.resubscribed = 0

    async def _leave(self, subscription: Subscription[Any]) -> None:
        return None

    async def _resubscribe(self, subscription: Subscription[Any]) -> None:
        self.resubscribed += 1


def _stream(items: list[Any], frames: Any) -> tuple[BookStream[Any], _Owner]:
    owner = _Owner()
    subscription: Subscription[Any] = Subscription(
        Channel(name="depth", parse=dict, route={}), key="depth", max_queue=100, owner=owner
    )
    for item in items:
        if isinstance(item, Gap):
            subscription._gap(item)
        else:
            subscription._put(item)
    subscription._finish()
    return BookStream(subscription, frames), owner


def _books(stream: BookStream[Any]) -> list[tuple[Decimal, Decimal] | None]:
    seen: list[tuple[Decimal, Decimal] | None] = []

    async def scenario() -> None:
        async for book in stream:
            seen.append(book.best_bid)

    run(scenario())
    return seen


def test_a_gap_or_an_empty_message_alone_does_not_renew_the_subscription() -> None:
    stream, owner = _stream([Gap.now("disconnected"), {"frames": []}, {"frames": [SNAPSHOT]}], lambda m: m["frames"])
    assert stream.last_error is None and stream.resyncs == 0
    assert _books(stream) == [_level("9", "1")]
    assert owner.resubscribed == 0 and stream.last_error is None and stream.resyncs == 0


def test_a_failed_update_renews_the_subscription_once_and_says_why(caplog: pytest.LogCaptureFixture) -> None:
    stale = BookFrame(bids=[_level("9", "2")], asks=[], snapshot=False, sequence=(5,))
    stream, owner = _stream([{"f": [SNAPSHOT]}, {"f": [stale]}, {"f": []}, {"f": [SNAPSHOT]}], lambda m: m["f"])
    with caplog.at_level(logging.WARNING, logger="venuekit.orderbook"):
        assert _books(stream) == [_level("9", "1"), _level("9", "1")]
    assert owner.resubscribed == 1 and stream.resyncs == 1
    assert isinstance(stream.last_error, OrderBookError)
    assert [r.getMessage() for r in caplog.records] == ["depth: sequence went back from (5,) to (5,); resyncing"]


def test_a_message_that_cannot_be_read_is_a_resync_not_a_crash(caplog: pytest.LogCaptureFixture) -> None:
    def frames(message: dict[str, str]) -> list[BookFrame]:
        return [BookFrame(bids=[_level("9", "1")], asks=[], sequence=version_key(message["v"]))]

    stream, owner = _stream([], frames)
    with caplog.at_level(logging.WARNING, logger="venuekit.orderbook"):
        assert stream.feed({"v": "735962141_x"}) is False  # int("x"): ValueError
    assert stream.resyncs == 1 and isinstance(stream.last_error, ValueError)
    assert caplog.records[0].getMessage().startswith("depth: ") and "resyncing" in caplog.records[0].getMessage()
    assert stream.feed({"v": "735962141_2"}) is True  # a snapshot-only feed: nothing to renew
    assert _books(stream) == [] and owner.resubscribed == 0
