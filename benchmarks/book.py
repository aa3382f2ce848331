"""The local order book kept from a stream (`venuekit.orderbook.OrderBook`): best bid/ask and one update.

A book of 1,000 levels per side is built from one snapshot; then, in process:

- `best bid + best ask`: reading both properties once;
- `one update`: applying an update frame that changes one level on each side (sizes alternate, so the book
  stays the same size and valid).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from venuekit.orderbook import BookFrame, OrderBook

from .harness import Samples, interleave

LEVELS = 1000


def _book(levels: int) -> OrderBook:
    book = OrderBook()
    bids = [(Decimal(100_000 - i), Decimal("1.5")) for i in range(levels)]
    asks = [(Decimal(100_001 + i), Decimal("2.5")) for i in range(levels)]
    book.apply(BookFrame(bids=bids, asks=asks, snapshot=True))
    return book


def run(*, rounds: int, batch: int, levels: int = LEVELS) -> dict[str, Samples]:
    book = _book(levels)
    frames = [
        BookFrame(
            bids=[(Decimal(100_000 - 500), Decimal(k + 1))],
            asks=[(Decimal(100_001 + 500), Decimal(k + 2))],
            snapshot=False,
        )
        for k in range(2)
    ]
    turn = [0]

    def best() -> object:
        return book.best_bid, book.best_ask

    def update() -> object:
        turn[0] ^= 1
        book.apply(frames[turn[0]])
        return book

    fns: dict[str, Callable[[], object]] = {
        f"best bid + best ask ({levels:,} levels/side)": best,
        f"one update, one level per side ({levels:,} levels/side)": update,
    }
    result = interleave(fns, rounds=rounds, batch=batch, warmup=10)
    if not book.valid or len(book.bids) != levels:
        raise RuntimeError("the benchmark book changed size or became invalid")
    return result
