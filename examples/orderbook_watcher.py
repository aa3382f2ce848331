"""Watch GMO Coin's order book over WebSocket: best bid, best ask and spread after every update.

    python examples/orderbook_watcher.py [--symbol BTC] [--updates 5] [--seconds 30]

It stops after `--updates` books or `--seconds`, whichever comes first. The book is checked as it is kept (a
crossed or out-of-order update makes it resynchronise instead of showing a wrong price). Against a local sandbox,
start `venuekit sandbox gmo_coin` and set the `GMO_COIN_WS_BASE_URL` it prints.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

import venuekit
from venuekit import gmo_coin


async def watch(symbol: str, updates: int) -> int:
    seen = 0
    async with gmo_coin.PublicStream() as ws:
        async for book in ws.order_book(symbol):
            bid, ask = book.best_bid, book.best_ask
            if bid is None or ask is None:
                continue
            seen += 1
            print(f"{symbol}: bid {bid[1]} @ {bid[0]}  ask {ask[1]} @ {ask[0]}  spread {book.spread}")
            if seen == updates:
                break
    return seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--symbol", default="BTC")
    parser.add_argument("--updates", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args(argv)
    try:
        seen = asyncio.run(asyncio.wait_for(watch(args.symbol, args.updates), args.seconds))
    except asyncio.TimeoutError:
        print(f"stopped after {args.seconds:g} s", file=sys.stderr)
        return 0
    except venuekit.VenueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{seen} books")
    return 0


if __name__ == "__main__":
    sys.exit(main())
