"""The unified interface (`venuekit.connect("gmo_coin_fx")`) over this venue.

Generated from specs/gmo_coin_fx/unified.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Literal

from venuekit.unified import mapping as u
from venuekit.unified import models as um

from . import stream_models as sm
from .api.account import get_assets as _get_assets
from .api.executions import get_latest_executions as _get_latest_executions
from .api.orders import cancel_orders as _cancel_orders
from .api.orders import create_order as _create_order
from .api.orders import get_active_orders as _get_active_orders
from .api.orders import get_orders as _get_orders
from .api.public import get_klines as _get_klines
from .api.public import get_symbols as _get_symbols
from .api.public import get_ticker as _get_ticker
from .models import Asset, CancelOrdersResult, ExecutionsList, Kline, Order, OrdersList, SymbolRule, Ticker

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
_DATE_FORMAT_1: dict[str, str] = {
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
_SIDE_2: dict[str, Literal["BUY", "SELL"]] = {"buy": "BUY", "sell": "SELL"}
_TYPE_3: dict[str, Literal["LIMIT", "MARKET"]] = {"limit": "LIMIT", "market": "MARKET"}
_SIDE_4: dict[str, um.Side] = {"BUY": "buy", "SELL": "sell"}
_TYPE_5: dict[str, um.OrderType] = {"LIMIT": "limit", "MARKET": "market"}
_STATUS_6: dict[str, um.OrderStatus] = {
    "WAITING": "open",
    "ORDERED": "open",
    "MODIFYING": "open",
    "CANCELED": "canceled",
    "EXECUTED": "filled",
    "EXPIRED": "expired",
}
SYMBOL_RULES = (u.SymbolRule("(?P<base>[A-Z]+)_(?P<quote>[A-Z]+)", "leverage", None, None),)


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
            min_amount=u.dec(x.min_open_order_size),
            max_amount=u.dec(x.max_order_size),
        )
        for x in items
        for ident, kind, b, q in [u.classify(SYMBOL_RULES, u.text(x.symbol), None, None)]
    )


def fetch_ticker(a: u.Args) -> u.Bound[um.Ticker]:
    """`getTicker`."""
    call = _get_ticker.request()
    return u.bind(call, _read_fetch_ticker)


def _read_fetch_ticker(r: list[Ticker], c: u.Context) -> um.Ticker:
    i = u.one(r, c, lambda x: u.wire(x.symbol) == c.args.need_market().id)
    return u.ticker(c, i, symbol=i.symbol, bid=u.dec(i.bid), ask=u.dec(i.ask), timestamp=u.when(i.timestamp))


def fetch_ohlcv(a: u.Args) -> u.Bound[list[um.OHLCV]]:
    """`getKlines`."""
    call = _get_klines.request(
        symbol=a.need_market().id,
        price_type="BID",
        interval=u.choose(TIMEFRAMES, a.timeframe, "timeframe", a),
        date=a.need(
            u.strftime((a.since if a.since is not None else a.until), _DATE_FORMAT_1, a.timeframe, 540), "since"
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
        )
        for x in items
    ]


def fetch_balance(a: u.Args) -> u.Bound[list[um.Balance]]:
    """`getAssets`."""
    call = _get_assets.request()
    return u.bind(call, _read_fetch_balance)


def _read_fetch_balance(r: list[Asset], c: u.Context) -> list[um.Balance]:
    items = r
    return [u.balance(c, x, currency="JPY", free=u.dec(x.available_amount), total=u.dec(x.equity)) for x in items]


def create_order(a: u.Args) -> u.Bound[um.Order]:
    """`createOrder`."""
    call = _create_order.request(
        symbol=a.need_market().id,
        side=u.choose(_SIDE_2, a.side, "side", a),
        execution_type=u.choose(_TYPE_3, a.type, "type", a),
        size=a.need(a.amount, "amount"),
        limit_price=a.price,
        client_order_id=a.client_order_id,
    )
    return u.bind(call, _read_create_order)


def _read_create_order(r: list[Order], c: u.Context) -> um.Order:
    i = u.one(r, c)
    return u.order(
        c,
        i,
        id=u.text(i.order_id),
        client_order_id=u.text(i.client_order_id),
        symbol=i.symbol,
        side=u.looked_up(_SIDE_4, i.side),
        type=u.looked_up(_TYPE_5, i.execution_type),
        venue_type=i.execution_type,
        statuses=_STATUS_6,
        venue_status=i.status,
        price=u.dec(i.price),
        amount=u.dec(i.size),
        timestamp=u.when(i.timestamp),
    )


def cancel_order(a: u.Args) -> u.Bound[None]:
    """`cancelOrders`."""
    call = _cancel_orders.request(root_order_ids=[u.int_id(a.need(a.id, "id"), "id")])
    return u.bind(call, _read_cancel_order)


def _read_cancel_order(r: CancelOrdersResult, c: u.Context) -> None:
    if not any(u.text(x.root_order_id) == c.args.id for x in r.success):
        raise u.NotDone(f"{c.args.venue} did not cancel order {c.args.id}")
    return None


def fetch_order(a: u.Args) -> u.Bound[um.Order]:
    """`getOrders`."""
    call = _get_orders.request(order_id=[u.int_id(a.need(a.id, "id"), "id")])
    return u.bind(call, _read_fetch_order)


def _read_fetch_order(r: OrdersList, c: u.Context) -> um.Order:
    i = u.one(r.list_, c)
    return u.order(
        c,
        i,
        id=u.text(i.order_id),
        client_order_id=u.text(i.client_order_id),
        symbol=i.symbol,
        side=u.looked_up(_SIDE_4, i.side),
        type=u.looked_up(_TYPE_5, i.execution_type),
        venue_type=i.execution_type,
        statuses=_STATUS_6,
        venue_status=i.status,
        price=u.dec(i.price),
        amount=u.dec(i.size),
        timestamp=u.when(i.timestamp),
    )


def fetch_open_orders(a: u.Args) -> u.Bound[list[um.Order]]:
    """`getActiveOrders`."""
    call = _get_active_orders.request(symbol=u.then(a.market, lambda m: m.id), count=a.limit)
    return u.bind(call, _read_fetch_open_orders)


def _read_fetch_open_orders(r: OrdersList, c: u.Context) -> list[um.Order]:
    items = r.list_
    return [
        u.order(
            c,
            x,
            id=u.text(x.order_id),
            client_order_id=u.text(x.client_order_id),
            symbol=x.symbol,
            side=u.looked_up(_SIDE_4, x.side),
            type=u.looked_up(_TYPE_5, x.execution_type),
            venue_type=x.execution_type,
            statuses=_STATUS_6,
            venue_status=x.status,
            price=u.dec(x.price),
            amount=u.dec(x.size),
            timestamp=u.when(x.timestamp),
        )
        for x in items
    ]


def fetch_my_trades(a: u.Args) -> u.Bound[list[um.Trade]]:
    """`getLatestExecutions`."""
    call = _get_latest_executions.request(symbol=a.need_market().id, count=a.limit)
    return u.bind(call, _read_fetch_my_trades)


def _read_fetch_my_trades(r: ExecutionsList, c: u.Context) -> list[um.Trade]:
    items = r.list_
    return [
        u.trade(
            c,
            x,
            id=u.text(x.execution_id),
            order_id=u.text(x.order_id),
            symbol=x.symbol,
            side=u.looked_up(_SIDE_4, x.side),
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
        u.ticker(c, x, symbol=x.symbol, bid=u.dec(x.bid), ask=u.dec(x.ask), timestamp=u.when(x.timestamp)) for x in [m]
    ]


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
            client_order_id=u.text(x.client_order_id),
            symbol=x.symbol,
            side=u.looked_up(_SIDE_4, x.side),
            type=u.looked_up(_TYPE_5, x.execution_type),
            venue_type=x.execution_type,
            statuses=_STATUS_6,
            venue_status=x.order_status,
            price=u.dec(x.order_price),
            amount=u.dec(x.order_size),
            timestamp=u.when(x.order_timestamp),
        )
        for x in [m]
    ]


MAPPING = u.VenueMapping(
    venue="gmo_coin_fx",
    markets=markets,
    timeframes=TIMEFRAMES,
    refusals=(),
    notes={
        "fetch_order_book": "GMO Coin FX publishes rates (bid and ask) without sizes; there is no order book.",
        "watch_order_book": "GMO Coin FX streams rates without sizes; there is no order book.",
        "fetch_trades": "GMO Coin FX has no public trades endpoint.",
        "fetch_order_by_client_id": "GMO Coin FX cannot look an order up by client order id (active orders and executions show it).",
    },
    client_order_id=True,
    fetch_ticker=fetch_ticker,
    fetch_ohlcv=fetch_ohlcv,
    fetch_balance=fetch_balance,
    create_order=create_order,
    cancel_order=cancel_order,
    fetch_order=fetch_order,
    fetch_open_orders=fetch_open_orders,
    fetch_my_trades=fetch_my_trades,
    watch_ticker=watch_ticker,
    watch_orders=watch_orders,
)
