"""The unified interface (`venuekit.connect("hashkey_mena")`) over this venue.

Generated from specs/hashkey_mena/unified.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import Literal

from venuekit.unified import mapping as u
from venuekit.unified import models as um

from . import stream_models as sm
from .api.account import get_account as _get_account
from .api.account import get_my_trades as _get_my_trades
from .api.general import get_exchange_info as _get_exchange_info
from .api.market import get_depth as _get_depth
from .api.market import get_klines as _get_klines
from .api.market import get_ticker_24_hr as _get_ticker_24_hr
from .api.market import get_trades as _get_trades
from .api.orders import cancel_order as _cancel_order
from .api.orders import create_order as _create_order
from .api.orders import get_open_orders as _get_open_orders
from .api.orders import get_order as _get_order
from .models import (
    AccountTrade,
    CanceledOrder,
    ExchangeInfo,
    ExchangeSymbol,
    GetAccountResponse,
    Kline,
    NewOrder,
    OrderBook,
    OrderDetail,
    PublicTrade,
    Ticker24Hr,
)

TIMEFRAMES: dict[
    str, Literal["1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "1w", "1M"]
] = {
    "1m": "1m",
    "3m": "3m",
    "5m": "5m",
    "15m": "15m",
    "30m": "30m",
    "1h": "1h",
    "2h": "2h",
    "4h": "4h",
    "6h": "6h",
    "8h": "8h",
    "12h": "12h",
    "1d": "1d",
    "1w": "1w",
    "1M": "1M",
}
_SIDE_1: dict[str, um.Side] = {"true": "sell", "false": "buy"}
_SIDE_2: dict[str, Literal["BUY", "SELL"]] = {"buy": "BUY", "sell": "SELL"}
_TYPE_3: dict[str, Literal["LIMIT", "MARKET"]] = {"limit": "LIMIT", "market": "MARKET"}
_SIDE_4: dict[str, um.Side] = {"BUY": "buy", "SELL": "sell"}
_TYPE_5: dict[str, um.OrderType] = {"LIMIT": "limit", "MARKET": "market", "LIMIT_MAKER": "limit"}
_STATUS_6: dict[str, um.OrderStatus] = {
    "PENDING_NEW": "open",
    "NEW": "open",
    "PARTIALLY_FILLED": "open",
    "PARTIALLY_CANCELED": "canceled",
    "FILLED": "filled",
    "CANCELED": "canceled",
    "REJECTED": "rejected",
}
_SIDE_7: dict[str, um.Side] = {"true": "buy", "false": "sell"}
_TAKER_OR_MAKER_8: dict[str, um.TakerOrMaker] = {"true": "maker", "false": "taker"}
SYMBOL_RULES = (u.SymbolRule(".*", "spot", None, None),)
_ACTIVE_9: dict[str, bool] = {"TRADING": True, "HALT": False, "IN_PREVIEW": False, "RESUMING": False}


def markets(a: u.Args) -> u.Bound[list[u.MarketInfo]]:
    """`getExchangeInfo`: every market and its rules."""
    call = _get_exchange_info.request(site="UAE")
    return u.bind(call, _read_markets)


def _read_markets(r: ExchangeInfo | ExchangeSymbol, c: u.Context) -> list[u.MarketInfo]:
    items = [r] if isinstance(r, ExchangeSymbol) else r.symbols
    return u.markets(
        u.market_info(
            x,
            id=ident,
            type=kind,
            base=b,
            quote=q,
            active=u.looked_up(_ACTIVE_9, x.status),
            tick=u.dec(
                u.then(u.select(x.filters, lambda v: u.wire(v.filter_type) == "PRICE_FILTER"), lambda v: v.tick_size)
            ),
            step=u.dec(
                u.then(u.select(x.filters, lambda v: u.wire(v.filter_type) == "LOT_SIZE"), lambda v: v.step_size)
            ),
            min_amount=u.dec(
                u.then(u.select(x.filters, lambda v: u.wire(v.filter_type) == "LOT_SIZE"), lambda v: v.min_qty)
            ),
            max_amount=u.dec(
                u.then(u.select(x.filters, lambda v: u.wire(v.filter_type) == "LOT_SIZE"), lambda v: v.max_qty)
            ),
            min_notional=u.dec(
                u.then(u.select(x.filters, lambda v: u.wire(v.filter_type) == "MIN_NOTIONAL"), lambda v: v.min_notional)
            ),
        )
        for x in items
        for ident, kind, b, q in [
            u.classify(SYMBOL_RULES, u.text(x.symbol), u.text(x.base_asset), u.text(x.quote_asset))
        ]
    )


def fetch_ticker(a: u.Args) -> u.Bound[um.Ticker]:
    """`getTicker24hr`."""
    call = _get_ticker_24_hr.request(symbol=u.then(a.market, lambda m: m.id))
    return u.bind(call, _read_fetch_ticker)


def _read_fetch_ticker(r: list[Ticker24Hr], c: u.Context) -> um.Ticker:
    i = u.one(r, c)
    return u.ticker(
        c,
        i,
        bid=u.dec(i.b),
        ask=u.dec(i.a),
        last=u.dec(i.c),
        open=u.dec(i.o),
        high=u.dec(i.h),
        low=u.dec(i.l),
        volume=u.dec(i.v),
        timestamp=u.when(i.t),
    )


def fetch_order_book(a: u.Args) -> u.Bound[um.OrderBook]:
    """`getDepth`."""
    call = _get_depth.request(symbol=a.need_market().id, limit=a.limit)
    return u.bind(call, _read_fetch_order_book)


def _read_fetch_order_book(r: OrderBook, c: u.Context) -> um.OrderBook:
    i = r
    return u.order_book(
        c,
        i,
        bids=[u.level(c, u.dec(u.at(x, 0)), u.dec(u.at(x, 1))) for x in i.b],
        asks=[u.level(c, u.dec(u.at(x, 0)), u.dec(u.at(x, 1))) for x in i.a],
        timestamp=u.when(i.t),
    )


def fetch_trades(a: u.Args) -> u.Bound[list[um.Trade]]:
    """`getTrades`."""
    call = _get_trades.request(symbol=a.need_market().id, limit=a.limit)
    return u.bind(call, _read_fetch_trades)


def _read_fetch_trades(r: list[PublicTrade], c: u.Context) -> list[um.Trade]:
    items = r
    return [
        u.trade(c, x, price=u.dec(x.p), amount=u.dec(x.q), side=u.looked_up(_SIDE_1, x.ibm), timestamp=u.when(x.t))
        for x in items
    ]


def fetch_ohlcv(a: u.Args) -> u.Bound[list[um.OHLCV]]:
    """`getKlines`."""
    call = _get_klines.request(
        symbol=a.need_market().id,
        interval=u.choose(TIMEFRAMES, a.timeframe, "timeframe", a),
        start_time=a.since,
        limit=a.limit,
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
    """`getAccount`."""
    call = _get_account.request()
    return u.bind(call, _read_fetch_balance)


def _read_fetch_balance(r: GetAccountResponse, c: u.Context) -> list[um.Balance]:
    items = r.balances
    return [
        u.balance(c, x, currency=u.text(x.asset), free=u.dec(x.free), used=u.dec(x.locked), total=u.dec(x.total))
        for x in items
    ]


def create_order(a: u.Args) -> u.Bound[um.Order]:
    """`createOrder`."""
    call = _create_order.request(
        symbol=a.need_market().id,
        side=u.choose(_SIDE_2, a.side, "side", a),
        type_=u.choose(_TYPE_3, a.type, "type", a),
        quantity=a.amount,
        price=a.price,
        new_client_order_id=a.client_order_id,
    )
    return u.bind(call, _read_create_order)


def _read_create_order(r: NewOrder, c: u.Context) -> um.Order:
    i = r
    return u.order(
        c,
        i,
        id=u.text(i.order_id),
        client_order_id=u.text(i.client_order_id),
        symbol=i.symbol,
        side=u.looked_up(_SIDE_4, i.side),
        type=u.looked_up(_TYPE_5, i.type_),
        venue_type=i.type_,
        statuses=_STATUS_6,
        venue_status=i.status,
        price=u.dec(i.price),
        amount=u.dec(i.orig_qty),
        filled=u.dec(i.executed_qty),
        timestamp=u.when(i.transact_time),
    )


def cancel_order(a: u.Args) -> u.Bound[None]:
    """`cancelOrder`."""
    call = _cancel_order.request(order_id=a.id)
    return u.bind(call, _read_cancel_order)


def _read_cancel_order(r: CanceledOrder, c: u.Context) -> None:
    return None


def fetch_order(a: u.Args) -> u.Bound[um.Order]:
    """`getOrder`."""
    call = _get_order.request(order_id=a.id)
    return u.bind(call, _read_fetch_order)


def _read_fetch_order(r: OrderDetail, c: u.Context) -> um.Order:
    i = r
    return u.order(
        c,
        i,
        id=u.text(i.order_id),
        client_order_id=u.text(i.client_order_id),
        symbol=i.symbol,
        side=u.looked_up(_SIDE_4, i.side),
        type=u.looked_up(_TYPE_5, i.type_),
        venue_type=i.type_,
        statuses=_STATUS_6,
        venue_status=i.status,
        price=u.dec(i.price),
        amount=u.dec(i.orig_qty),
        filled=u.dec(i.executed_qty),
        average=u.dec(i.avg_price),
        fee=u.dec(i.fee_amount),
        fee_currency=u.text(i.fee_coin),
        timestamp=u.when(i.time),
        updated=u.when(i.update_time),
    )


def fetch_order_by_client_id(a: u.Args) -> u.Bound[um.Order]:
    """`getOrder`."""
    call = _get_order.request(orig_client_order_id=a.client_order_id)
    return u.bind(call, _read_fetch_order_by_client_id)


def _read_fetch_order_by_client_id(r: OrderDetail, c: u.Context) -> um.Order:
    i = r
    return u.order(
        c,
        i,
        id=u.text(i.order_id),
        client_order_id=u.text(i.client_order_id),
        symbol=i.symbol,
        side=u.looked_up(_SIDE_4, i.side),
        type=u.looked_up(_TYPE_5, i.type_),
        venue_type=i.type_,
        statuses=_STATUS_6,
        venue_status=i.status,
        price=u.dec(i.price),
        amount=u.dec(i.orig_qty),
        filled=u.dec(i.executed_qty),
        average=u.dec(i.avg_price),
        fee=u.dec(i.fee_amount),
        fee_currency=u.text(i.fee_coin),
        timestamp=u.when(i.time),
        updated=u.when(i.update_time),
    )


def fetch_open_orders(a: u.Args) -> u.Bound[list[um.Order]]:
    """`getOpenOrders`."""
    call = _get_open_orders.request(symbol=u.then(a.market, lambda m: m.id), limit=a.limit)
    return u.bind(call, _read_fetch_open_orders)


def _read_fetch_open_orders(r: list[OrderDetail], c: u.Context) -> list[um.Order]:
    items = r
    return [
        u.order(
            c,
            x,
            id=u.text(x.order_id),
            client_order_id=u.text(x.client_order_id),
            symbol=x.symbol,
            side=u.looked_up(_SIDE_4, x.side),
            type=u.looked_up(_TYPE_5, x.type_),
            venue_type=x.type_,
            statuses=_STATUS_6,
            venue_status=x.status,
            price=u.dec(x.price),
            amount=u.dec(x.orig_qty),
            filled=u.dec(x.executed_qty),
            average=u.dec(x.avg_price),
            fee=u.dec(x.fee_amount),
            fee_currency=u.text(x.fee_coin),
            timestamp=u.when(x.time),
            updated=u.when(x.update_time),
        )
        for x in items
    ]


def fetch_my_trades(a: u.Args) -> u.Bound[list[um.Trade]]:
    """`getMyTrades`."""
    call = _get_my_trades.request(symbol=u.then(a.market, lambda m: m.id), start_time=a.since, limit=a.limit)
    return u.bind(call, _read_fetch_my_trades)


def _read_fetch_my_trades(r: list[AccountTrade], c: u.Context) -> list[um.Trade]:
    items = r
    return [
        u.trade(
            c,
            x,
            id=u.text(x.id),
            order_id=u.text(x.order_id),
            symbol=x.symbol,
            side=u.looked_up(_SIDE_7, x.is_buyer),
            price=u.dec(x.price),
            amount=u.dec(x.qty),
            fee=u.dec(x.commission),
            fee_currency=u.text(x.commission_asset),
            taker_or_maker=u.looked_up(_TAKER_OR_MAKER_8, x.is_maker),
            timestamp=u.when(x.time),
        )
        for x in items
    ]


def watch_ticker(a: u.Args, host: u.StreamHost) -> u.Feed[um.Ticker]:
    """`PublicStream.realtimes`."""
    from . import streams as _streams  # loads websockets: only when a stream is used

    ws = host.stream(
        "PublicStream",
        lambda s: _streams.PublicStream(url=s.url, environment=s.environment, options=s.options, source=s.source),
    )
    c = host.context(a)
    return u.feed(host, "PublicStream", ws.realtimes(a.need_market().id), lambda m: _read_watch_ticker_0(m, c))


def _read_watch_ticker_0(m: sm.RealtimesV1Push, c: u.Context) -> list[um.Ticker]:
    return [
        u.ticker(
            c,
            x,
            last=u.dec(x.close),
            open=u.dec(x.open_),
            high=u.dec(x.high),
            low=u.dec(x.low),
            volume=u.dec(x.volume),
            timestamp=u.when(x.time),
        )
        for x in m.data
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
    """`PrivateStream.execution_reports`."""
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
    return u.feed(host, "PrivateStream", ws.execution_reports(), lambda m: _read_watch_orders_0(m, c))


def _read_watch_orders_0(m: sm.ExecutionReport, c: u.Context) -> list[um.Order]:
    return [
        u.order(
            c,
            x,
            id=u.text(x.order_id),
            client_order_id=u.text(x.client_order_id),
            symbol=x.symbol,
            side=u.looked_up(_SIDE_4, x.side),
            type=u.looked_up(_TYPE_5, x.order_type),
            venue_type=x.order_type,
            statuses=_STATUS_6,
            venue_status=x.status,
            price=u.dec(x.price),
            amount=u.dec(x.quantity),
            filled=u.dec(x.filled_quantity),
            average=u.dec(x.average_price),
            fee=u.dec(x.commission),
            fee_currency=u.text(x.commission_asset),
            timestamp=u.when(x.created_at),
            updated=u.when(x.event_time),
        )
        for x in [m]
    ]


MAPPING = u.VenueMapping(
    venue="hashkey_mena",
    markets=markets,
    timeframes=TIMEFRAMES,
    refusals=(),
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
