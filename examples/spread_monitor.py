"""A cross-venue spread monitor on the unified interface: the best bid and ask of every market that trades on
two or more venues, and what buying on one venue and selling on another would earn before fees.

    python examples/spread_monitor.py --sandbox --iterations 3           # local sandboxes of every venue
    python examples/spread_monitor.py --venue hashkey_mena --venue bitunix --symbol BTC/USDT --interval 5
    python examples/spread_monitor.py --base-url gopax=http://127.0.0.1:8081 ...

Public market data only: no keys needed. The code names no venue: `venuekit.connect_async(venue)` gives the
same methods everywhere (`fetch_order_book`, or the ticker's bid and ask where a venue has no book).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal

import venuekit
from venuekit.unified import AsyncExchange, venues


@dataclass(frozen=True)
class Quote:
    venue: str
    bid: Decimal | None
    ask: Decimal | None


async def quote(ex: AsyncExchange, symbol: str) -> Quote:
    """The top of one venue's book for `symbol` (its ticker where it publishes no book)."""
    if ex.has["fetch_order_book"]:
        book = await ex.fetch_order_book(symbol, limit=1)
        bid, ask = book.best_bid, book.best_ask
        return Quote(ex.venue, bid.price if bid else None, ask.price if ask else None)
    ticker = await ex.fetch_ticker(symbol)
    return Quote(ex.venue, ticker.bid, ticker.ask)


def report(symbol: str, quotes: Sequence[Quote]) -> str:
    """One line per venue, then the best cross-venue trade: buy at the lowest ask, sell at the highest bid."""
    lines = [symbol]
    for q in quotes:
        lines.append(f"  {q.venue:<14} bid {q.bid!s:>16}   ask {q.ask!s:>16}")
    bids = [q for q in quotes if q.bid is not None]
    asks = [q for q in quotes if q.ask is not None]
    if bids and asks:
        best_bid = max(bids, key=lambda q: q.bid or 0)
        best_ask = min(asks, key=lambda q: q.ask or 0)
        assert best_bid.bid is not None and best_ask.ask is not None
        edge = best_bid.bid - best_ask.ask
        bps = (edge / best_ask.ask * 10_000).quantize(Decimal("0.1"))
        verdict = f"buy on {best_ask.venue}, sell on {best_bid.venue}" if edge > 0 else "no cross"
        lines.append(
            f"  best bid {best_bid.bid} ({best_bid.venue}) - best ask {best_ask.ask} ({best_ask.venue}) "
            f"= {edge} ({bps} bps, {verdict})"
        )
    return "\n".join(lines)


async def monitor(
    exchanges: Sequence[AsyncExchange], symbols: Sequence[str] | None, iterations: int, interval: float
) -> int:
    await asyncio.gather(*(ex.load_markets() for ex in exchanges))
    listed: dict[str, list[AsyncExchange]] = {}
    for ex in exchanges:
        for symbol in ex.markets or {}:
            listed.setdefault(symbol, []).append(ex)
    shared = {s: exs for s, exs in sorted(listed.items()) if len(exs) >= 2 and (not symbols or s in symbols)}
    if not shared:
        print("no market trades on two of these venues", file=sys.stderr)
        return 1
    for iteration in range(1, iterations + 1):
        print(f"--- {iteration}/{iterations}")
        for symbol, on in shared.items():
            quotes = await asyncio.gather(*(quote(ex, symbol) for ex in on))
            print(report(symbol, quotes))
        if iteration < iterations:
            await asyncio.sleep(interval)
    return 0


@contextlib.contextmanager
def sandboxes(chosen: Sequence[str]) -> Iterator[dict[str, str]]:
    """Every chosen venue's local sandbox (needs `pip install 'venuekit[sandbox]'`), stopped on the way out."""
    from venuekit.sandbox import Sandbox

    with contextlib.ExitStack() as stack:
        yield {venue: stack.enter_context(Sandbox(venue)).url for venue in chosen}


async def run(chosen: Sequence[str], urls: dict[str, str], args: argparse.Namespace) -> int:
    exchanges = [venuekit.connect_async(venue, base_url=urls.get(venue)) for venue in chosen]
    try:
        return await monitor(exchanges, args.symbol, args.iterations, args.interval)
    finally:
        await asyncio.gather(*(ex.aclose() for ex in exchanges))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--venue", action="append", choices=venues(), help="venues to compare (default: all)")
    parser.add_argument("--symbol", action="append", help="unified symbols to watch (default: every shared one)")
    parser.add_argument("--iterations", type=int, default=3, help="rounds of quotes, then stop (default 3)")
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between rounds (default 1)")
    parser.add_argument("--sandbox", action="store_true", help="start local sandboxes of the venues and use them")
    parser.add_argument("--base-url", action="append", default=[], metavar="VENUE=URL", help="a venue's origin")
    args = parser.parse_args(argv)
    chosen = args.venue or venues()
    urls = dict(item.split("=", 1) for item in args.base_url)
    try:
        if args.sandbox:
            with sandboxes(chosen) as started:
                return asyncio.run(run(chosen, {**started, **urls}, args))
        return asyncio.run(run(chosen, urls, args))
    except venuekit.VenueError as exc:  # the SDK raises nothing else
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
