"""The unified interface (`venuekit.connect("gmo_coin")`) over this venue.

Generated from specs/gmo_coin/unified.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Literal

from venuekit.unified import mapping as u
from venuekit.unified import models as um

from . import stream_models as sm
from .api.account import get_assets as _get_assets
from .api.executions import get_latest_executions as _get_latest_executions
from .api.orders import cancel_order as _cancel_order
from .api.orders import create_order as _create_order
from .api.orders import get_active_orders as _get_active_orders
from .api.orders import get_orders as _get_orders
from .api.public import get_klines as _get_klines
from .api.public import get_orderbooks as _get_orderbooks
from .api.public import get_symbols as _get_symbols
from .api.public import get_ticker as _get_ticker
from .api.public import get_trades as _get_trades
from .models import (
    ActiveOrdersPage,
    Asset,
    Kline,
    LatestExecutionsPage,
    Orderbook,
    OrdersList,
    SymbolRule,
    Ticker,
    TradesPage,
)

TIMEFRAMES: dict[
    str,
    Literal["1min", "5min", "10min", "15min", "30min", "1hour", "4hour", "8hour", "12hour", "1day", "1week", "1month"],
] = {
    "1m": "1min",
    "5m": "5min",
    "10m": "10min",
    "15m": "15min",
    "30m": "30min",
    "1h": "1hour",
    "4h": "4hour",
    "8h": "8hour",
    "12h": "12hour",
    "1d": "1day",
    "1w": "1week",
    "1M": "1month",
}
_SIDE_1: dict[str, um.Side] = {"BUY": "buy", "SELL": "sell"}
_DATE_FORMAT_2: dict[str, str] = {
    "1m": "%Y%m%d",
    "5m": "%Y%m%d",
    "10m": "%Y%m%d",
    "15m": "%Y%m%d",
    "30m": "%Y%m%d",
    "1h": "%Y%m%d",
    "4h": "%Y",
    "8h": "%Y",
    "12h": "%Y",
    "1d": "%Y",
    "1w": "%Y",
    "1M": "%Y",
}
_SIDE_3: dict[str, Literal["BUY", "SELL"]] = {"buy": "BUY", "sell": "SELL"}
_TYPE_4: dict[str, Literal["LIMIT", "MARKET"]] = {"limit": "LIMIT", "market": "MARKET"}
_TYPE_5: dict[str, um.OrderType] = {"LIMIT": "limit", "MARKET": "market"}
_STATUS_6: dict[str, um.OrderStatus] = {
    "WAITING": "open",
    "ORDERED": "open",
    "MODIFYING": "open",
    "CANCELLING": "open",
    "CANCELED": "canceled",
    "EXECUTED": "filled",
    "EXPIRED": "expired",
}
_STATUS_7: dict[str, um.OrderStatus] = {
    "WAITING": "open",
    "ORDERED": "open",
    "CANCELED": "canceled",
    "EXPIRED": "expired",
}
SYMBOL_RULES = (
    u.SymbolRule("(?P<base>[A-Z0-9]+)", "spot", None, "JPY"),
    u.SymbolRule("(?P<base>[A-Z0-9]+)_(?P<quote>[A-Z0-9]+)", "leverage", None, None),
)


def markets(a: u.Args) -> u.Bound[list[u.MarketInfo]]:
    """`getSymbols`: every market and its rules."""
    call = _get_symbols.request()
    return u.bind(call, _read_markets)


def _read_markets(r: list[SymbolRule], c: u.Context) -> list[u.MarketInfo]:
    items = r
    return u.markets(
        u.market_info(
            x,
            id=ident,
            type=kind,
            base=b,
            quote=q,
            tick=u.dec(x.tick_size),
            step=u.dec(x.size_step),
            min_amount=u.dec(x.min_order_size),
            max_amount=u.dec(x.max_order_size),
        )
        for x in items
        for ident, kind, b, q in [u.classify(SYMBOL_RULES, u.text(x.symbol), None, None)]
    )


def fetch_ticker(a: u.Args) -> u.Bound[um.Ticker]:
    """`getTicker`."""
    call = _get_ticker.request(symbol=u.then(a.market, lambda m: m.id))
    return u.bind(call, _read_fetch_ticker)


def _read_fetch_ticker(r: list[Ticker], c: u.Context) -> um.Ticker:
    i = u.one(r, c)
    return u.ticker(
        c,
        i,
        bid=u.dec(i.bid),
        ask=u.dec(i.ask),
        last=u.dec(i.last),
        high=u.dec(i.high),
        low=u.dec(i.low),
        volume=u.dec(i.volume),
        timestamp=u.when(i.timestamp),
    )


def fetch_order_book(a: u.Args) -> u.Bound[um.OrderBook]:
    """`getOrderbooks`."""
    call = _get_orderbooks.request(symbol=a.need_market().id)
    return u.bind(call, _read_fetch_order_book)


def _read_fetch_order_book(r: Orderbook, c: u.Context) -> um.OrderBook:
    i = r
    return u.order_book(
        c,
        i,
        bids=[u.level(c, u.dec(x.price), u.dec(x.size)) for x in i.bids],
        asks=[u.level(c, u.dec(x.price), u.dec(x.size)) for x in i.asks],
        symbol=i.symbol,
    )


def fetch_trades(a: u.Args) -> u.Bound[list[um.Trade]]:
    """`getTrades`."""
    call = _get_trades.request(symbol=a.need_market().id, count=a.limit)
    return u.bind(call, _read_fetch_trades)


def _read_fetch_trades(r: TradesPage, c: u.Context) -> list[um.Trade]:
    items = r.list_
    return [
        u.trade(
            c,
            x,
            price=u.dec(x.price),
            amount=u.dec(x.size),
            side=u.looked_up(_SIDE_1, x.side),
            timestamp=u.when(x.timestamp),
        )
        for x in items
    ]


def fetch_ohlcv(a: u.Args) -> u.Bound[list[um.OHLCV]]:
    """`getKlines`."""
    call = _get_klines.request(
        symbol=a.need_market().id,
        interval=u.choose(TIMEFRAMES, a.timeframe, "timeframe", a),
        date=a.need(
            u.strftime((a.since if a.since is not None else a.until), _DATE_FORMAT_2, a.timeframe, 180), "since"
        ),
    )
    return u.bind(call, _read_fetch_ohlcv)


def _read_fetch_ohlcv(r: list[Kline], c: u.Context) -> list[um.OHLCV]:
    items = r
    return [
        u.candle(
            c,
            x,
            timestamp=u.when(x.open_time),
            open=u.dec(x.open_),
            high=u.dec(x.high),
            low=u.dec(x.low),
            close=u.dec(x.close),
            volume=u.dec(x.volume),
        )
        for x in items
    ]


def fetch_balance(a: u.Args) -> u.Bound[list[um.Balance]]:
    """`getAssets`."""
    call = _get_assets.request()
    return u.bind(call, _read_fetch_balance)


def _read_fetch_balance(r: list[Asset], c: u.Context) -> list[um.Balance]:
    items = r
    return [u.balance(c, x, currency=u.text(x.symbol), free=u.dec(x.available), total=u.dec(x.amount)) for x in items]


def create_order(a: u.Args) -> u.Bound[um.Order]:
    """`createOrder`."""
    u.unused(a, "client_order_id")
    call = _create_order.request(
        symbol=a.need_market().id,
        side=u.choose(_SIDE_3, a.side, "side", a),
        execution_type=u.choose(_TYPE_4, a.type, "type", a),
        size=a.need(a.amount, "amount"),
        price=a.price,
    )
    return u.bind(call, _read_create_order)


def _read_create_order(r: str, c: u.Context) -> um.Order:
    i = r
    return u.order(c, i, id=u.text(i))


def cancel_order(a: u.Args) -> u.Bound[None]:
    """`cancelOrder`."""
    call = _cancel_order.request(order_id=u.int_id(a.need(a.id, "id"), "id"))
    return u.bind(call, _read_cancel_order)


def _read_cancel_order(r: None, c: u.Context) -> None:
    return None


def fetch_order(a: u.Args) -> u.Bound[um.Order]:
    """`getOrders`."""
    call = _get_orders.request(order_id=[u.int_id(a.need(a.id, "id"), "id")])
    return u.bind(call, _read_fetch_order)


def _read_fetch_order(r: OrdersList, c: u.Context) -> um.Order:
    i = u.one(u.listed(r.list_), c)
    return u.order(
        c,
        i,
        id=u.text(i.order_id),
        symbol=i.symbol,
        side=u.looked_up(_SIDE_1, i.side),
        type=u.looked_up(_TYPE_5, i.execution_type),
        venue_type=i.execution_type,
        statuses=_STATUS_6,
        venue_status=i.status,
        price=u.dec(i.price),
        amount=u.dec(i.size),
        filled=u.dec(i.executed_size),
        timestamp=u.when(i.timestamp),
    )


def fetch_open_orders(a: u.Args) -> u.Bound[list[um.Order]]:
    """`getActiveOrders`."""
    call = _get_active_orders.request(symbol=a.need_market().id, count=a.limit)
    return u.bind(call, _read_fetch_open_orders)


def _read_fetch_open_orders(r: ActiveOrdersPage, c: u.Context) -> list[um.Order]:
    items = u.listed(r.list_)
    return [
        u.order(
            c,
            x,
            id=u.text(x.order_id),
            symbol=x.symbol,
            side=u.looked_up(_SIDE_1, x.side),
            type=u.looked_up(_TYPE_5, x.execution_type),
            venue_type=x.execution_type,
            statuses=_STATUS_6,
            venue_status=x.status,
            price=u.dec(x.price),
            amount=u.dec(x.size),
            filled=u.dec(x.executed_size),
            timestamp=u.when(x.timestamp),
        )
        for x in items
    ]


def fetch_my_trades(a: u.Args) -> u.Bound[list[um.Trade]]:
    """`getLatestExecutions`."""
    call = _get_latest_executions.request(symbol=a.need_market().id, count=a.limit)
    return u.bind(call, _read_fetch_my_trades)


def _read_fetch_my_trades(r: LatestExecutionsPage, c: u.Context) -> list[um.Trade]:
    items = u.listed(r.list_)
    return [
        u.trade(
            c,
            x,
            id=u.text(x.execution_id),
            order_id=u.text(x.order_id),
            symbol=x.symbol,
            side=u.looked_up(_SIDE_1, x.side),
            price=u.dec(x.price),
            amount=u.dec(x.size),
            fee=u.dec(x.fee),
            timestamp=u.when(x.timestamp),
        )
        for x in items
    ]


def watch_ticker(a: u.Args, host: u.StreamHost) -> u.Feed[um.Ticker]:
    """`PublicStream.ticker`."""
    from . import streams as _streams  # loads websockets: only when a stream is used

    ws = host.stream(
        "PublicStream",
        lambda s: _streams.PublicStream(url=s.url, environment=s.environment, options=s.options, source=s.source),
    )
    c = host.context(a)
    return u.feed(host, "PublicStream", ws.ticker(a.need_market().id), lambda m: _read_watch_ticker_0(m, c))


def _read_watch_ticker_0(m: sm.Ticker, c: u.Context) -> list[um.Ticker]:
    return [
        u.ticker(
            c,
            x,
            symbol=x.symbol,
            bid=u.dec(x.bid),
            ask=u.dec(x.ask),
            last=u.dec(x.last),
            high=u.dec(x.high),
            low=u.dec(x.low),
            volume=u.dec(x.volume),
            timestamp=u.when(x.timestamp),
        )
        for x in [m]
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
    """`PrivateStream.order_events`."""
    from . import streams as _streams  # loads websockets: only when a stream is used

    ws = host.stream(
        "PrivateStream",
        lambda s: _streams.PrivateStream(
            s.api_key,
            s.api_secret,
            rest=s.rest,
            url=s.url,
            environment=s.environment,
            options=s.options,
            source=s.source,
        ),
    )
    c = host.context(a)
    return u.feed(host, "PrivateStream", ws.order_events(), lambda m: _read_watch_orders_0(m, c))


def _read_watch_orders_0(m: sm.OrderEvent, c: u.Context) -> list[um.Order]:
    return [
        u.order(
            c,
            x,
            id=u.text(x.order_id),
            symbol=x.symbol,
            side=u.looked_up(_SIDE_1, x.side),
            type=u.looked_up(_TYPE_5, x.execution_type),
            venue_type=x.execution_type,
            statuses=_STATUS_7,
            venue_status=x.order_status,
            price=u.dec(x.order_price),
            amount=u.dec(x.order_size),
            filled=u.dec(x.order_executed_size),
            timestamp=u.when(x.order_timestamp),
        )
        for x in [m]
    ]


MAPPING = u.VenueMapping(
    venue="gmo_coin",
    markets=markets,
    timeframes=TIMEFRAMES,
    refusals=(),
    notes={"fetch_order_by_client_id": "GMO Coin orders have no client order id."},
    client_order_id=False,
    fetch_ticker=fetch_ticker,
    fetch_order_book=fetch_order_book,
    fetch_trades=fetch_trades,
    fetch_ohlcv=fetch_ohlcv,
    fetch_balance=fetch_balance,
    create_order=create_order,
    cancel_order=cancel_order,
    fetch_order=fetch_order,
    fetch_open_orders=fetch_open_orders,
    fetch_my_trades=fetch_my_trades,
    watch_ticker=watch_ticker,
    watch_order_book=watch_order_book,
    watch_orders=watch_orders,
)
