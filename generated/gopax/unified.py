"""The unified interface (`venuekit.connect("gopax")`) over this venue.

Generated from specs/gopax/unified.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Literal

from venuekit.unified import mapping as u
from venuekit.unified import models as um

from . import stream_models as sm
from .api.account import get_balances as _get_balances
from .api.market import get_candles as _get_candles
from .api.market import get_orderbook as _get_orderbook
from .api.market import get_ticker as _get_ticker
from .api.market import get_trades as _get_trades
from .api.market import get_trading_pairs as _get_trading_pairs
from .api.orders import cancel_order as _cancel_order
from .api.orders import create_order as _create_order
from .api.orders import get_order as _get_order
from .api.orders import get_order_by_client_order_id as _get_order_by_client_order_id
from .api.orders import get_orders as _get_orders
from .api.trades import get_my_trades as _get_my_trades
from .models import Balance, CancelOrderResponse, Candle, Order, Orderbook, PublicTrade, Ticker, TradingPair, UserTrade

TIMEFRAMES: dict[str, Literal[1, 5, 30, 1440]] = {"1m": 1, "5m": 5, "30m": 30, "1d": 1440}
_SIDE_1: dict[str, um.Side] = {"buy": "buy", "sell": "sell"}
_SIDE_2: dict[str, Literal["buy", "sell"]] = {"buy": "buy", "sell": "sell"}
_TYPE_3: dict[str, Literal["limit", "market"]] = {"limit": "limit", "market": "market"}
_TYPE_4: dict[str, um.OrderType] = {"limit": "limit", "market": "market"}
_STATUS_5: dict[str, um.OrderStatus] = {
    "placed": "open",
    "updated": "open",
    "reserved": "open",
    "cancelled": "canceled",
    "completed": "filled",
}
_TAKER_OR_MAKER_6: dict[str, um.TakerOrMaker] = {"maker": "maker", "taker": "taker"}
_SIDE_7: dict[str, um.Side] = {"1": "buy", "2": "sell"}
_TYPE_8: dict[str, um.OrderType] = {"1": "limit", "2": "market"}
_STATUS_9: dict[str, um.OrderStatus] = {"1": "open", "2": "canceled", "3": "filled", "4": "open", "5": "open"}
SYMBOL_RULES = (u.SymbolRule(".*", "spot", None, None),)


def markets(a: u.Args) -> u.Bound[list[u.MarketInfo]]:
    """`getTradingPairs`: every market and its rules."""
    call = _get_trading_pairs.request()
    return u.bind(call, _read_markets)


def _read_markets(r: list[TradingPair], c: u.Context) -> list[u.MarketInfo]:
    items = r
    return u.markets(
        u.market_info(
            x, id=ident, type=kind, base=b, quote=q, step=u.step_of(x.base_asset_scale), min_price=u.dec(x.price_min)
        )
        for x in items
        for ident, kind, b, q in [u.classify(SYMBOL_RULES, u.text(x.name), u.text(x.base_asset), u.text(x.quote_asset))]
    )


def fetch_ticker(a: u.Args) -> u.Bound[um.Ticker]:
    """`getTicker`."""
    call = _get_ticker.request(trading_pair=a.need_market().id)
    return u.bind(call, _read_fetch_ticker)


def _read_fetch_ticker(r: Ticker, c: u.Context) -> um.Ticker:
    i = r
    return u.ticker(
        c, i, bid=u.dec(i.bid), ask=u.dec(i.ask), last=u.dec(i.price), volume=u.dec(i.volume), timestamp=u.when(i.time)
    )


def fetch_order_book(a: u.Args) -> u.Bound[um.OrderBook]:
    """`getOrderbook`."""
    call = _get_orderbook.request(trading_pair=a.need_market().id)
    return u.bind(call, _read_fetch_order_book)


def _read_fetch_order_book(r: Orderbook, c: u.Context) -> um.OrderBook:
    i = r
    return u.order_book(
        c,
        i,
        bids=[u.level(c, u.dec(x.price), u.dec(x.volume)) for x in i.bid],
        asks=[u.level(c, u.dec(x.price), u.dec(x.volume)) for x in i.ask],
    )


def fetch_trades(a: u.Args) -> u.Bound[list[um.Trade]]:
    """`getTrades`."""
    call = _get_trades.request(trading_pair=a.need_market().id, limit=a.limit)
    return u.bind(call, _read_fetch_trades)


def _read_fetch_trades(r: list[PublicTrade], c: u.Context) -> list[um.Trade]:
    items = r
    return [
        u.trade(
            c,
            x,
            id=u.text(x.id),
            price=u.dec(x.price),
            amount=u.dec(x.amount),
            side=u.looked_up(_SIDE_1, x.side),
            timestamp=u.when(x.time),
        )
        for x in items
    ]


def fetch_ohlcv(a: u.Args) -> u.Bound[list[um.OHLCV]]:
    """`getCandles`."""
    call = _get_candles.request(
        trading_pair=a.need_market().id,
        start=a.need(u.epoch(a.window_start, 1000), "window_start"),
        end=a.need(u.epoch(a.until, 1000), "until"),
        interval=u.choose(TIMEFRAMES, a.timeframe, "timeframe", a),
    )
    return u.bind(call, _read_fetch_ohlcv)


def _read_fetch_ohlcv(r: list[Candle], c: u.Context) -> list[um.OHLCV]:
    items = r
    return [
        u.candle(
            c,
            x,
            timestamp=u.when(x.time),
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


def _read_fetch_balance(r: list[Balance], c: u.Context) -> list[um.Balance]:
    items = r
    return [u.balance(c, x, currency=u.text(x.asset), free=u.dec(x.avail), used=u.dec(x.hold)) for x in items]


def create_order(a: u.Args) -> u.Bound[um.Order]:
    """`createOrder`."""
    call = _create_order.request(
        trading_pair_name=a.need_market().id,
        side=u.choose(_SIDE_2, a.side, "side", a),
        type_=u.choose(_TYPE_3, a.type, "type", a),
        price=a.price,
        amount=a.need(a.amount, "amount"),
        client_order_id=a.client_order_id,
    )
    return u.bind(call, _read_create_order)


def _read_create_order(r: Order, c: u.Context) -> um.Order:
    i = r
    return u.order(
        c,
        i,
        id=u.text(i.id),
        client_order_id=u.text(i.client_order_id),
        symbol=i.trading_pair_name,
        side=u.looked_up(_SIDE_1, i.side),
        type=u.looked_up(_TYPE_4, i.type_),
        venue_type=i.type_,
        statuses=_STATUS_5,
        venue_status=i.status,
        price=u.dec(i.price),
        amount=u.dec(i.amount),
        remaining=u.dec(i.remaining),
        timestamp=u.when(i.created_at),
        updated=u.when(i.updated_at),
    )


def cancel_order(a: u.Args) -> u.Bound[None]:
    """`cancelOrder`."""
    call = _cancel_order.request(order_id=a.need(a.id, "id"))
    return u.bind(call, _read_cancel_order)


def _read_cancel_order(r: CancelOrderResponse, c: u.Context) -> None:
    return None


def fetch_order(a: u.Args) -> u.Bound[um.Order]:
    """`getOrder`."""
    call = _get_order.request(order_id=a.need(a.id, "id"))
    return u.bind(call, _read_fetch_order)


def _read_fetch_order(r: Order, c: u.Context) -> um.Order:
    i = r
    return u.order(
        c,
        i,
        id=u.text(i.id),
        client_order_id=u.text(i.client_order_id),
        symbol=i.trading_pair_name,
        side=u.looked_up(_SIDE_1, i.side),
        type=u.looked_up(_TYPE_4, i.type_),
        venue_type=i.type_,
        statuses=_STATUS_5,
        venue_status=i.status,
        price=u.dec(i.price),
        amount=u.dec(i.amount),
        remaining=u.dec(i.remaining),
        timestamp=u.when(i.created_at),
        updated=u.when(i.updated_at),
    )


def fetch_order_by_client_id(a: u.Args) -> u.Bound[um.Order]:
    """`getOrderByClientOrderId`."""
    call = _get_order_by_client_order_id.request(client_order_id=a.need(a.client_order_id, "client_order_id"))
    return u.bind(call, _read_fetch_order_by_client_id)


def _read_fetch_order_by_client_id(r: Order, c: u.Context) -> um.Order:
    i = r
    return u.order(
        c,
        i,
        id=u.text(i.id),
        client_order_id=u.text(i.client_order_id),
        symbol=i.trading_pair_name,
        side=u.looked_up(_SIDE_1, i.side),
        type=u.looked_up(_TYPE_4, i.type_),
        venue_type=i.type_,
        statuses=_STATUS_5,
        venue_status=i.status,
        price=u.dec(i.price),
        amount=u.dec(i.amount),
        remaining=u.dec(i.remaining),
        timestamp=u.when(i.created_at),
        updated=u.when(i.updated_at),
    )


def fetch_open_orders(a: u.Args) -> u.Bound[list[um.Order]]:
    """`getOrders`."""
    call = _get_orders.request()
    return u.bind(call, _read_fetch_open_orders)


def _read_fetch_open_orders(r: list[Order], c: u.Context) -> list[um.Order]:
    items = r
    return [
        u.order(
            c,
            x,
            id=u.text(x.id),
            client_order_id=u.text(x.client_order_id),
            symbol=x.trading_pair_name,
            side=u.looked_up(_SIDE_1, x.side),
            type=u.looked_up(_TYPE_4, x.type_),
            venue_type=x.type_,
            statuses=_STATUS_5,
            venue_status=x.status,
            absent_status="open",
            price=u.dec(x.price),
            amount=u.dec(x.amount),
            remaining=u.dec(x.remaining),
            timestamp=u.when(x.created_at),
            updated=u.when(x.updated_at),
        )
        for x in items
    ]


def fetch_my_trades(a: u.Args) -> u.Bound[list[um.Trade]]:
    """`getMyTrades`."""
    call = _get_my_trades.request(limit=a.limit)
    return u.bind(call, _read_fetch_my_trades)


def _read_fetch_my_trades(r: list[UserTrade], c: u.Context) -> list[um.Trade]:
    items = r
    return [
        u.trade(
            c,
            x,
            id=u.text(x.id),
            order_id=u.text(x.order_id),
            symbol=x.trading_pair_name,
            side=u.looked_up(_SIDE_1, x.side),
            price=u.dec(x.price),
            amount=u.dec(x.base_amount),
            fee=u.dec(x.fee),
            fee_currency=u.text(x.fee_asset),
            taker_or_maker=u.looked_up(_TAKER_OR_MAKER_6, x.position),
            timestamp=u.when(x.timestamp),
        )
        for x in items
    ]


def watch_ticker(a: u.Args, host: u.StreamHost) -> u.Feed[um.Ticker]:
    """`PublicStream.tickers`."""
    from . import streams as _streams  # loads websockets: only when a stream is used

    ws = host.stream(
        "PublicStream",
        lambda s: _streams.PublicStream(url=s.url, environment=s.environment, options=s.options, source=s.source),
    )
    c = host.context(a)
    return u.feed(
        host,
        "PublicStream",
        ws.tickers(),
        lambda m: _read_watch_ticker_0(m, c) if isinstance(m, sm.TickersSnapshot) else _read_watch_ticker_1(m, c),
    )


def _read_watch_ticker_0(m: sm.TickersSnapshot, c: u.Context) -> list[um.Ticker]:
    return [
        u.ticker(
            c,
            x,
            symbol=x.trading_pair_name,
            bid=u.dec(x.highest_bid),
            ask=u.dec(x.lowest_ask),
            last=u.dec(x.last),
            open=u.dec(x.open_),
            high=u.dec(x.high),
            low=u.dec(x.low),
            volume=u.dec(x.base_volume),
            timestamp=u.when(x.last_traded),
        )
        for x in m.o.data
    ]


def _read_watch_ticker_1(m: sm.TickerEvent, c: u.Context) -> list[um.Ticker]:
    return [
        u.ticker(
            c,
            x,
            symbol=x.trading_pair_name,
            bid=u.dec(x.highest_bid),
            ask=u.dec(x.lowest_ask),
            last=u.dec(x.last),
            open=u.dec(x.open_),
            high=u.dec(x.high),
            low=u.dec(x.low),
            volume=u.dec(x.base_volume),
            timestamp=u.when(x.last_traded),
        )
        for x in u.values(m.o)
    ]


def watch_order_book(a: u.Args, host: u.StreamHost) -> u.Feed[um.OrderBook]:
    """`PublicStream.order_book`."""
    from . import streams as _streams  # loads websockets: only when a stream is used

    ws = host.stream(
        "PublicStream",
        lambda s: _streams.PublicStream(url=s.url, environment=s.environment, options=s.options, source=s.source),
    )
    c = host.context(a)
    return u.book_feed(host, "PublicStream", ws.order_book(a.need_market().id), c, a.limit)


def watch_orders(a: u.Args, host: u.StreamHost) -> u.Feed[um.Order]:
    """`PrivateStream.orders`."""
    from . import streams as _streams  # loads websockets: only when a stream is used

    ws = host.stream(
        "PrivateStream",
        lambda s: _streams.PrivateStream(
            s.api_key, s.api_secret, url=s.url, environment=s.environment, options=s.options, source=s.source
        ),
    )
    c = host.context(a)
    return u.feed(
        host,
        "PrivateStream",
        ws.orders(),
        lambda m: _read_watch_orders_0(m, c) if isinstance(m, sm.OrdersSnapshot) else _read_watch_orders_1(m, c),
    )


def _read_watch_orders_0(m: sm.OrdersSnapshot, c: u.Context) -> list[um.Order]:
    return [
        u.order(
            c,
            x,
            id=u.text(x.order_id),
            symbol=x.trading_pair_name,
            side=u.looked_up(_SIDE_7, x.side),
            type=u.looked_up(_TYPE_8, x.type_),
            venue_type=x.type_,
            statuses=_STATUS_9,
            venue_status=x.status,
            price=u.dec(x.price),
            amount=u.dec(x.org_amount),
            remaining=u.dec(x.remain_amount),
            fee=u.dec(x.fee_amount),
            fee_currency=u.text(x.fee_asset_name),
            timestamp=u.when(x.created_at),
            updated=u.when(x.updated_at),
        )
        for x in m.o.data
    ]


def _read_watch_orders_1(m: sm.OrderEvent, c: u.Context) -> list[um.Order]:
    return [
        u.order(
            c,
            x,
            id=u.text(x.order_id),
            symbol=x.trading_pair_name,
            side=u.looked_up(_SIDE_7, x.side),
            type=u.looked_up(_TYPE_8, x.type_),
            venue_type=x.type_,
            statuses=_STATUS_9,
            venue_status=x.status,
            price=u.dec(x.price),
            amount=u.dec(x.org_amount),
            remaining=u.dec(x.remain_amount),
            fee=u.dec(x.fee_amount),
            fee_currency=u.text(x.fee_asset_name),
            timestamp=u.when(x.created_at),
            updated=u.when(x.updated_at),
        )
        for x in u.as_items(m.o)
    ]


MAPPING = u.VenueMapping(
    venue="gopax",
    markets=markets,
    timeframes=TIMEFRAMES,
    refusals=(
        u.Refusal(
            "market",
            "buy",
            "a GOPAX market buy is sized in the quote currency (KRW to spend), not in the base amount the unified create_order takes; use venuekit.gopax.Client.orders.create_order for it",
        ),
    ),
    notes={},
    client_order_id=True,
    fetch_ticker=fetch_ticker,
    fetch_order_book=fetch_order_book,
    fetch_trades=fetch_trades,
    fetch_ohlcv=fetch_ohlcv,
    fetch_balance=fetch_balance,
    create_order=create_order,
    cancel_order=cancel_order,
    fetch_order=fetch_order,
    fetch_order_by_client_id=fetch_order_by_client_id,
    fetch_open_orders=fetch_open_orders,
    fetch_my_trades=fetch_my_trades,
    watch_ticker=watch_ticker,
    watch_order_book=watch_order_book,
    watch_orders=watch_orders,
)
