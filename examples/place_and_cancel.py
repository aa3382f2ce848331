"""A minimal GMO Coin bot: place a limit buy well below the market, see it listed, cancel it, see it gone.

    GMO_COIN_API_KEY=... GMO_COIN_API_SECRET=... python examples/place_and_cancel.py [--symbol BTC] [--size 0.0001]

It places a real order when pointed at the venue (far from the market, and cancelled at once). Against a local
sandbox (`venuekit sandbox gmo_coin`, then its `export` line) nothing real happens. An order whose outcome is
unknown (a timeout after sending) is never sent twice: the bot looks at the open orders and stops.
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal

import venuekit
from venuekit import gmo_coin


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--symbol", default="BTC")
    parser.add_argument("--size", type=Decimal, default=Decimal("0.0001"))
    parser.add_argument("--discount", type=Decimal, default=Decimal("0.8"), help="price = bid x discount")
    args = parser.parse_args(argv)
    with gmo_coin.Client() as gmo:  # keys from GMO_COIN_API_KEY / GMO_COIN_API_SECRET
        (ticker,) = gmo.public.get_ticker(symbol=args.symbol)
        price = (ticker.bid * args.discount).quantize(Decimal(1))  # whole yen: far below the market
        try:
            order_id = gmo.orders.create_order(
                symbol=args.symbol, side="BUY", execution_type="LIMIT", price=price, size=args.size
            )
        except venuekit.OrderStatusUnknownError as unknown:
            print(f"outcome unknown ({unknown.cause}); check the open orders before trying again", file=sys.stderr)
            return 2
        except venuekit.ApiError as refused:
            print(f"not placed: {refused.code} {refused.message}", file=sys.stderr)
            return 1
        print(f"placed order {order_id}: buy {args.size} {args.symbol} at {price}")
        open_ids = [order.order_id for order in gmo.orders.get_active_orders(symbol=args.symbol).list_ or []]
        print(f"open orders: {open_ids}")
        gmo.orders.cancel_order(order_id=int(order_id))
        still_open = [order.order_id for order in gmo.orders.get_active_orders(symbol=args.symbol).list_ or []]
        print(f"cancelled {order_id}; still open: {still_open}")
        return 0 if int(order_id) not in still_open else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except venuekit.VenueError as exc:  # one line, not a traceback
        sys.exit(f"error: {exc}")
