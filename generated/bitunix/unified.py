"""The unified interface (`venuekit.connect("bitunix")`) over this venue.

Generated from specs/bitunix/unified.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from venuekit.unified import mapping as u
from venuekit.unified import models as um

from .api.account import get_balances as _get_balances
from .api.market import get_coin_pairs as _get_coin_pairs
from .api.market import get_depth as _get_depth
from .api.market import get_kline as _get_kline
from .api.market import get_last_price as _get_last_price
from .api.orders import cancel_orders as _cancel_orders
from .api.orders import create_order as _create_order
from .api.orders import get_open_orders as _get_open_orders
from .api.orders import get_order as _get_order
from .models import AccountBalance, CancelOrdersResult, CoinPair, Depth, Kline, Order, OrderRef, PlacedOrder

TIMEFRAMES: dict[str, Literal["1", "3", "5", "15", "30", "60", "120", "240", "360", "720", "D", "W", "M"]] = {
    "1m": "1",
    "3m": "3",
    "5m": "5",
    "15m": "15",
    "30m": "30",
    "1h": "60",
    "2h": "120",
    "4h": "240",
    "6h": "360",
    "12h": "720",
    "1d": "D",
    "1w": "W",
    "1M": "M",
}
_SIDE_1: dict[str, Literal[2, 1]] = {"buy": 2, "sell": 1}
_TYPE_2: dict[str, Literal[1, 2]] = {"limit": 1, "market": 2}
_SIDE_3: dict[str, um.Side] = {"1": "sell", "2": "buy"}
_TYPE_4: dict[str, um.OrderType] = {"1": "limit", "2": "market"}
_STATUS_5: dict[str, um.OrderStatus] = {"1": "open", "2": "filled", "3": "open", "4": "canceled", "7": "canceled"}
SYMBOL_RULES = (u.SymbolRule(".*", "spot", None, None),)
_ACTIVE_6: dict[str, bool] = {"1": True, "0": False}


def markets(a: u.Args) -> u.Bound[list[u.MarketInfo]]:
    """`getCoinPairs`: every market and its rules."""
    call = _get_coin_pairs.request()
    return u.bind(call, _read_markets)


def _read_markets(r: list[CoinPair], c: u.Context) -> list[u.MarketInfo]:
    items = r
    return u.markets(
        u.market_info(
            x,
            id=ident,
            type=kind,
            base=b,
            quote=q,
            active=u.looked_up(_ACTIVE_6, x.is_open),
            step=u.step_of(x.base_precision),
            tick=u.step_of(x.quote_precision),
            min_amount=u.dec(x.min_volume),
            min_notional=u.dec(x.min_price),
        )
        for x in items
        for ident, kind, b, q in [
            u.classify(SYMBOL_RULES, u.joined(u.text(x.base), u.text(x.quote)), u.text(x.base), u.text(x.quote))
        ]
    )


def fetch_ticker(a: u.Args) -> u.Bound[um.Ticker]:
    """`getLastPrice`."""
    call = _get_last_price.request(symbol=a.need_market().id)
    return u.bind(call, _read_fetch_ticker)


def _read_fetch_ticker(r: Decimal, c: u.Context) -> um.Ticker:
    i = r
    return u.ticker(c, i, last=u.dec(i))


def fetch_order_book(a: u.Args) -> u.Bound[um.OrderBook]:
    """`getDepth`."""
    call = _get_depth.request(symbol=a.need_market().id, precision=a.need(a.need_market().tick, "symbol"))
    return u.bind(call, _read_fetch_order_book)


def _read_fetch_order_book(r: Depth, c: u.Context) -> um.OrderBook:
    i = r
    return u.order_book(
        c,
        i,
        bids=[u.level(c, u.dec(x.price), u.dec(x.volume)) for x in i.bids],
        asks=[u.level(c, u.dec(x.price), u.dec(x.volume)) for x in i.asks],
        timestamp=u.when(i.ts),
    )


def fetch_ohlcv(a: u.Args) -> u.Bound[list[um.OHLCV]]:
    """`getKline`."""
    call = _get_kline.request(symbol=a.need_market().id, interval=u.choose(TIMEFRAMES, a.timeframe, "timeframe", a))
    return u.bind(call, _read_fetch_ohlcv)


def _read_fetch_ohlcv(r: Kline | list[Kline], c: u.Context) -> list[um.OHLCV]:
    items = u.list_or_one(r, Kline)
    return [
        u.candle(
            c,
            x,
            timestamp=u.when(x.ts),
            open=u.dec(x.open_),
            high=u.dec(x.high),
            low=u.dec(x.low),
            close=u.dec(x.close),
            volume=u.dec(x.volume),
        )
        for x in items
    ]


def fetch_balance(a: u.Args) -> u.Bound[list[um.Balance]]:
    """`getBalances`."""
    call = _get_balances.request()
    return u.bind(call, _read_fetch_balance)


def _read_fetch_balance(r: list[AccountBalance] | None, c: u.Context) -> list[um.Balance]:
    items = u.listed(r)
    return [
        u.balance(c, x, currency=u.text(x.coin), free=u.dec(x.balance), used=u.dec(x.balance_locked)) for x in items
    ]


def create_order(a: u.Args) -> u.Bound[um.Order]:
    """`createOrder`."""
    call = _create_order.request(
        symbol=a.need_market().id,
        side=u.choose(_SIDE_1, a.side, "side", a),
        type_=u.choose(_TYPE_2, a.type, "type", a),
        volume=a.need(a.amount, "amount"),
        price=a.need(u.otherwise(a.price, Decimal("0")), "price"),
        client_id=a.client_order_id,
    )
    return u.bind(call, _read_create_order)


def _read_create_order(r: PlacedOrder, c: u.Context) -> um.Order:
    i = r
    return u.order(c, i, id=u.text(i.order_id), client_order_id=u.text(i.client_id), symbol=i.symbol)


def cancel_order(a: u.Args) -> u.Bound[None]:
    """`cancelOrders`."""
    call = _cancel_orders.request(order_id_list=[OrderRef(order_id=a.need(a.id, "id"), symbol=a.need_market().id)])
    return u.bind(call, _read_cancel_order)


def _read_cancel_order(r: CancelOrdersResult | None, c: u.Context) -> None:
    return None


def fetch_order(a: u.Args) -> u.Bound[um.Order]:
    """`getOrder`."""
    call = _get_order.request(order_id=a.need(a.id, "id"))
    return u.bind(call, _read_fetch_order)


def _read_fetch_order(r: None | Order, c: u.Context) -> um.Order:
    i = u.found(r, c)
    return u.order(
        c,
        i,
        id=u.text(i.order_id),
        client_order_id=u.text(i.client_id),
        symbol=i.symbol,
        side=u.looked_up(_SIDE_3, i.side),
        type=u.looked_up(_TYPE_4, i.type_),
        venue_type=i.type_,
        statuses=_STATUS_5,
        venue_status=i.status,
        price=u.dec(i.price),
        average=u.dec(i.avg_price),
        amount=u.dec(i.volume),
        filled=u.dec(i.deal_volume),
        remaining=u.dec(i.left_volume),
        fee=u.dec(i.fee),
        fee_currency=u.text(i.fee_coin),
        timestamp=u.when(i.ctime),
        updated=u.when(i.utime),
    )


def fetch_open_orders(a: u.Args) -> u.Bound[list[um.Order]]:
    """`getOpenOrders`."""
    call = _get_open_orders.request(symbol=a.need_market().id)
    return u.bind(call, _read_fetch_open_orders)


def _read_fetch_open_orders(r: list[Order] | None, c: u.Context) -> list[um.Order]:
    items = u.listed(r)
    return [
        u.order(
            c,
            x,
            id=u.text(x.order_id),
            client_order_id=u.text(x.client_id),
            symbol=x.symbol,
            side=u.looked_up(_SIDE_3, x.side),
            type=u.looked_up(_TYPE_4, x.type_),
            venue_type=x.type_,
            statuses=_STATUS_5,
            venue_status=x.status,
            price=u.dec(x.price),
            average=u.dec(x.avg_price),
            amount=u.dec(x.volume),
            filled=u.dec(x.deal_volume),
            remaining=u.dec(x.left_volume),
            fee=u.dec(x.fee),
            fee_currency=u.text(x.fee_coin),
            timestamp=u.when(x.ctime),
            updated=u.when(x.utime),
        )
        for x in items
    ]


MAPPING = u.VenueMapping(
    venue="bitunix",
    markets=markets,
    timeframes=TIMEFRAMES,
    refusals=(
        u.Refusal(
            "market",
            "buy",
            'a Bitunix market buy is sized in the quote currency (venue notes, "volume semantics"), not in the base amount the unified create_order takes; use venuekit.bitunix.Client.orders.create_order for it',
        ),
    ),
    notes={
        "fetch_trades": "Bitunix spot has no public trades endpoint.",
        "fetch_my_trades": "Bitunix lists fills per order only (getOrderFills needs the order id).",
        "fetch_order_by_client_id": "Bitunix cannot look an order up by client id (the id is undocumented).",
        "watch_ticker": "Bitunix's WebSocket API answers requests; it pushes nothing to subscribe to.",
        "watch_order_book": "Bitunix's WebSocket API answers requests; it pushes nothing to subscribe to.",
        "watch_orders": "Bitunix's WebSocket API answers requests; it pushes nothing to subscribe to.",
    },
    client_order_id=True,
    fetch_ticker=fetch_ticker,
    fetch_order_book=fetch_order_book,
    fetch_ohlcv=fetch_ohlcv,
    fetch_balance=fetch_balance,
    create_order=create_order,
    cancel_order=cancel_order,
    fetch_order=fetch_order,
    fetch_open_orders=fetch_open_orders,
)
