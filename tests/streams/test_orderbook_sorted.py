"""The sorted order book (venuekit.orderbook) against a plain reference book, and its all-or-nothing updates."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from venuekit.orderbook import BookFrame, OrderBook, OrderBookError

Level = tuple[Decimal, Decimal]


class ReferenceBook:
    """The obvious book: dicts, a scan per read, a copy per frame."""

    def __init__(self) -> None:
        self.bids: dict[Decimal, Decimal] = {}
        self.asks: dict[Decimal, Decimal] = {}

    def apply(self, frame: BookFrame) -> bool:
        bids = {} if frame.snapshot else dict(self.bids)
        asks = {} if frame.snapshot else dict(self.asks)
        for side, levels in ((bids, frame.bids), (asks, frame.asks)):
            for price, size in levels:
                if price <= 0 or size < 0:
                    return False
                if size == 0:
                    side.pop(price, None)
                else:
                    side[price] = size
        if bids and asks and max(bids) >= min(asks):
            return False
        self.bids, self.asks = bids, asks
        return True


prices = st.integers(min_value=-1, max_value=40).map(Decimal)
sizes = st.integers(min_value=-1, max_value=3).map(Decimal)
levels = st.lists(st.tuples(prices, sizes), max_size=6)
frames = st.lists(st.tuples(levels, levels, st.booleans()), min_size=1, max_size=25)


@settings(max_examples=200, deadline=None)
@given(frames)
def test_sorted_book_agrees_with_the_reference(script: list[tuple[list[Level], list[Level], bool]]) -> None:
    book, reference = OrderBook(), ReferenceBook()
    started = False
    for bids, asks, snapshot in script:
        snapshot = snapshot or not started
        frame = BookFrame(bids=bids, asks=asks, snapshot=snapshot)
        accepted = reference.apply(frame)
        if accepted:
            book.apply(frame)
            started = True
        else:
            with pytest.raises(OrderBookError):
                book.apply(frame)
            if not snapshot:
                # A refused update leaves the levels as they were; a new snapshot is needed before the next update.
                assert dict(book.bids) == reference.bids and dict(book.asks) == reference.asks
            started = False  # the book is invalid: the next frame must be a snapshot
            continue
        if book.valid:
            assert dict(book.bids) == reference.bids and dict(book.asks) == reference.asks
            assert book.best_bid == (max(reference.bids.items()) if reference.bids else None)
            assert book.best_ask == (min(reference.asks.items()) if reference.asks else None)
            assert book.depth(3) == (
                sorted(reference.bids.items(), reverse=True)[:3],
                sorted(reference.asks.items())[:3],
            )


def test_a_refused_update_changes_no_level() -> None:
    book = OrderBook()
    book.apply(BookFrame(bids=[(Decimal(9), Decimal(1))], asks=[(Decimal(11), Decimal(1)), (Decimal(12), Decimal(2))]))
    update = BookFrame(
        bids=[(Decimal(9), Decimal(0)), (Decimal(8), Decimal(5))],
        asks=[(Decimal(11), Decimal(0)), (Decimal(7), Decimal(1))],  # the new ask crosses the book
        snapshot=False,
    )
    with pytest.raises(OrderBookError, match="crossed"):
        book.apply(update)
    assert not book.valid
    assert dict(book.bids) == {Decimal(9): Decimal(1)}
    assert dict(book.asks) == {Decimal(11): Decimal(1), Decimal(12): Decimal(2)}
    assert book.best_bid == (Decimal(9), Decimal(1)) and book.best_ask == (Decimal(11), Decimal(1))
