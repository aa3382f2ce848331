"""Print GMO Coin market data: exchange status, the latest rates, the top of the order book and recent trades.

    python examples/market_data.py [--symbol BTC] [--trades 5]

Public calls: no keys needed. Against a local sandbox, start `venuekit sandbox gmo_coin` and set the
`GMO_COIN_BASE_URL` it prints (the whole `export` line works too); the program does not change.
"""

from __future__ import annotations

import argparse
import sys

import venuekit
from venuekit import gmo_coin


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--symbol", default="BTC", help="spot (BTC) or margin (BTC_JPY) symbol")
    parser.add_argument("--trades", type=int, default=5, help="how many recent trades to show")
    args = parser.parse_args(argv)
    try:
        with gmo_coin.Client() as gmo:
            status = gmo.public.get_status()
            print(f"GMO Coin at {gmo.base_url}: {status.status}")
            for ticker in gmo.public.get_ticker(symbol=args.symbol):
                # Every price is a Decimal with the venue's digits: no float ever rounds it.
                print(
                    f"{ticker.symbol}: last {ticker.last}  bid {ticker.bid}  ask {ticker.ask}  volume {ticker.volume}"
                )
            book = gmo.public.get_orderbooks(symbol=args.symbol)
            best_bid = max((level.price for level in book.bids), default=None)
            best_ask = min((level.price for level in book.asks), default=None)
            print(f"order book: best bid {best_bid}, best ask {best_ask}")
            page = gmo.public.get_trades(symbol=args.symbol, count=args.trades)
            for trade in page.list_ or []:
                print(f"  {trade.timestamp:%H:%M:%S} {trade.side.value:<4} {trade.size} @ {trade.price}")
    except venuekit.VenueError as exc:  # the SDK raises nothing else
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
