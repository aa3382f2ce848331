"""The unified interface, conformance: every unified method against every venue's local sandbox, the same
assertions for all five, sync and async.

A venue that lacks a method says so in `ex.has` and raises `NotSupportedError` naming the venue and the
method; every other method returns the unified model, with `Decimal` money, aware times and the venue's own
typed model as `.raw`. The same strategy script (place, list, fetch, cancel, fetch balance, order book top)
runs unchanged on every venue, through `Exchange` and through `AsyncExchange`.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as _dt
import inspect
import re
from collections.abc import Awaitable, Callable, Coroutine
from decimal import Decimal
from typing import Any, TypeVar

import pytest

import venuekit
from venuekit.sandbox import Sandbox
from venuekit.unified import METHODS, AsyncExchange, Exchange
from venuekit.unified.mapping import Feed
from venuekit.unified.models import (
    OHLCV,
    ORDER_STATUSES,
    Balance,
    Balances,
    Level,
    Market,
    Order,
    OrderBook,
    Ticker,
    Trade,
)

from .conftest import Counted, async_exchange, trade_symbol

T = TypeVar("T")
SYMBOL = re.compile(r"^[A-Z0-9]+/[A-Z0-9]+(:[A-Z0-9]+)?$")
AnyExchange = Exchange | AsyncExchange


async def done(value: T | Awaitable[T]) -> T:
    """The result of a sync exchange's call, or of an async one's: the same script drives both."""
    if inspect.isawaitable(value):
        return await value
    return value


def run(script: Callable[[], Coroutine[Any, Any, T]]) -> T:
    return asyncio.run(script())


# --- what every unified result must look like ---------------------------------------------------------------
def money(*values: object) -> None:
    for value in values:
        assert value is None or type(value) is Decimal, f"{value!r} is not a Decimal"


def aware(*values: object) -> None:
    for value in values:
        assert value is None or (isinstance(value, _dt.datetime) and value.tzinfo is not None), value


def check_market(ex: AnyExchange, market: Market) -> None:
    assert SYMBOL.match(market.symbol), market.symbol
    assert market.venue == ex.venue and market.raw is not None
    assert ex.markets_by_id[market.id] is market  # round trip: symbol <-> the venue's id
    assert market.type in ("spot", "leverage")
    assert (market.settle is None) == (market.type == "spot")
    assert market.symbol == f"{market.base}/{market.quote}" + ("" if market.settle is None else f":{market.settle}")
    money(market.tick, market.step, market.min_amount, market.max_amount, market.min_notional)


def check_ticker(ticker: Ticker, symbol: str) -> None:
    assert isinstance(ticker, Ticker) and ticker.symbol == symbol and ticker.raw is not None
    money(ticker.bid, ticker.ask, ticker.last, ticker.open, ticker.high, ticker.low, ticker.volume)
    assert any(v is not None for v in (ticker.bid, ticker.ask, ticker.last))
    aware(ticker.timestamp)


def check_book(book: OrderBook, symbol: str, limit: int | None) -> None:
    assert isinstance(book, OrderBook) and book.symbol == symbol and book.raw is not None
    assert book.bids or book.asks
    for side in (book.bids, book.asks):
        assert all(isinstance(level, Level) for level in side)
        money(*(level.price for level in side), *(level.amount for level in side))
        assert limit is None or len(side) <= limit
    prices = [level.price for level in book.bids]
    assert prices == sorted(prices, reverse=True)
    prices = [level.price for level in book.asks]
    assert prices == sorted(prices)
    aware(book.timestamp)


def check_trades(trades: list[Trade], symbol: str | None) -> None:
    assert isinstance(trades, list)
    for trade in trades:
        assert isinstance(trade, Trade) and trade.raw is not None
        assert symbol is None or trade.symbol == symbol
        money(trade.price, trade.amount, trade.fee)
        assert trade.side in (None, "buy", "sell") and trade.cost == trade.price * trade.amount
        aware(trade.timestamp)
    stamps = [t.timestamp for t in trades if t.timestamp is not None]
    assert stamps == sorted(stamps)  # oldest first


def check_candles(candles: list[OHLCV]) -> None:
    assert candles and all(isinstance(c, OHLCV) and c.raw is not None for c in candles)
    for candle in candles:
        money(candle.open, candle.high, candle.low, candle.close, candle.volume)
        aware(candle.timestamp)
        assert candle.low <= min(candle.open, candle.close) <= max(candle.open, candle.close) <= candle.high
    assert [c.timestamp for c in candles] == sorted(c.timestamp for c in candles)


def check_balances(balances: Balances) -> None:
    assert isinstance(balances, Balances) and len(balances) > 0
    assert balances.raw is not None  # the venue's whole reply
    for currency, balance in balances.items():
        assert isinstance(balance, Balance) and balance.currency == currency and balance.raw is not None
        money(balance.free, balance.used, balance.total)
        if None not in (balance.free, balance.used, balance.total):
            assert balance.free + balance.used == balance.total  # type: ignore[operator]


def check_orders(orders: list[Order]) -> None:
    assert isinstance(orders, list)
    for order in orders:
        check_order(order)


def check_order(order: Order) -> None:
    assert isinstance(order, Order) and order.raw is not None
    assert isinstance(order.id, str) and order.id
    assert order.status in ORDER_STATUSES
    assert SYMBOL.match(order.symbol), order.symbol
    money(order.price, order.amount, order.filled, order.remaining, order.average, order.fee)
    aware(order.timestamp, order.updated)
    if None not in (order.amount, order.filled, order.remaining):
        assert order.filled + order.remaining == order.amount  # type: ignore[operator]


def sized(market: Market, price: Decimal) -> Decimal:
    """The smallest amount the market takes at `price`: its minimum, or enough for its minimum order value."""
    amount = market.amount_to_precision(market.min_amount or Decimal(1), rounding="ROUND_UP")
    if market.min_notional is not None and price * amount < market.min_notional:
        amount = market.amount_to_precision(market.min_notional / price, rounding="ROUND_UP")
    return amount


# --- the tests ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_markets_follow_the_symbol_convention(sandbox: Sandbox, counted: Counted, flavour: str) -> None:
    async def script() -> None:
        ex: AnyExchange = venuekit.connect(sandbox.venue, "k", sandbox.secret, base_url=sandbox.url)
        if flavour == "async":
            ex.close()  # type: ignore[union-attr]
            ex = async_exchange(sandbox, counted)
        try:
            markets = await done(ex.load_markets())
            assert markets and list(markets.values()) == [ex.market(s) for s in markets]
            for market in markets.values():
                check_market(ex, market)
            sent = len(counted.requests)
            assert await done(ex.load_markets()) is markets  # cached ...
            assert len(counted.requests) == sent
            reloaded = await done(ex.load_markets(reload=True))  # ... until asked again
            assert reloaded.keys() == markets.keys() and len(counted.requests) == sent + (flavour == "async")
        finally:
            if isinstance(ex, AsyncExchange):
                await ex.aclose()
            else:
                ex.close()

    run(script)


def test_unknown_symbols_are_refused_before_any_request(exchange: Exchange, counted: Counted) -> None:
    markets = exchange.load_markets()
    sent = len(counted.requests)
    one = next(iter(markets.values()))
    for method in ("fetch_ticker", "fetch_order_book", "fetch_trades", "fetch_ohlcv", "fetch_open_orders"):
        with pytest.raises(venuekit.ValidationError) as refused:
            getattr(exchange, method)("NOPE/XYZ")
        assert refused.value.parameter == "symbol" and "unknown symbol 'NOPE/XYZ'" in str(refused.value)
    with pytest.raises(venuekit.ValidationError, match=f"is the venue's id of '{re.escape(one.symbol)}'"):
        exchange.fetch_ticker(one.id) if one.id != one.symbol else exchange.market(one.id + "?")
    assert len(counted.requests) == sent


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_every_method_or_not_supported(sandbox: Sandbox, counted: Counted, flavour: str) -> None:
    """Each unified method either answers with its unified model, or raises NotSupportedError as `has` says."""

    async def script() -> None:
        ex: AnyExchange
        if flavour == "async":
            ex = async_exchange(sandbox, counted)
        else:
            ex = venuekit.connect(sandbox.venue, "k", sandbox.secret, base_url=sandbox.url, rate_limit=False)
        try:
            await check_every_method(ex)
        finally:
            if isinstance(ex, AsyncExchange):
                await ex.aclose()
            else:
                ex.close()

    run(script)


async def check_every_method(ex: AnyExchange) -> None:
    symbol = trade_symbol(await done(ex.load_markets()))
    calls: dict[str, Callable[[], Any]] = {
        "fetch_ticker": lambda: ex.fetch_ticker(symbol),
        "fetch_order_book": lambda: ex.fetch_order_book(symbol, limit=1),
        "fetch_trades": lambda: ex.fetch_trades(symbol, limit=2),
        "fetch_ohlcv": lambda: ex.fetch_ohlcv(symbol, next(iter(ex.timeframes), "1m"), limit=5),
        "fetch_balance": ex.fetch_balance,
        "fetch_open_orders": lambda: ex.fetch_open_orders(symbol),
        "fetch_my_trades": lambda: ex.fetch_my_trades(symbol),
        "fetch_order": lambda: ex.fetch_order("1", symbol),
        "fetch_order_by_client_id": lambda: ex.fetch_order(client_order_id="never-placed", symbol=symbol),
        "cancel_order": lambda: ex.cancel_order("1", symbol),
    }
    checks: dict[str, Callable[[Any], None]] = {
        "fetch_ticker": lambda t: check_ticker(t, symbol),
        "fetch_order_book": lambda b: check_book(b, symbol, 1),
        "fetch_trades": lambda ts: check_trades(ts, symbol) if ts else None,
        "fetch_ohlcv": check_candles,
        "fetch_balance": check_balances,
        "fetch_open_orders": check_orders,
        "fetch_my_trades": lambda ts: check_trades(ts, symbol),
    }
    assert set(ex.has) == {"load_markets", "client_order_id", *METHODS}
    for method, call in calls.items():
        if not ex.has[method]:
            with pytest.raises(venuekit.NotSupportedError) as refused:
                await done(call())
            assert isinstance(refused.value, venuekit.VenueError)
            assert refused.value.venue == ex.venue and refused.value.method == method
            assert f"{ex.venue} does not support {method}" in str(refused.value)
            continue
        if method in checks:
            checks[method](await done(call()))
        elif method == "cancel_order":  # an order this sandbox never placed: refused, or (Bitunix, live) "success"
            refusals = (venuekit.NotFoundError, venuekit.OrderRejectedError, venuekit.InvalidParameterError)
            with contextlib.suppress(*refusals):
                assert await done(call()) is None
        else:  # an order this sandbox never placed: the venue's own "not found", typed
            with pytest.raises((venuekit.NotFoundError, venuekit.OrderRejectedError, venuekit.InvalidParameterError)):
                await done(call())


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_the_same_strategy_runs_on_every_venue(sandbox: Sandbox, counted: Counted, flavour: str) -> None:
    async def script() -> None:
        ex: AnyExchange
        if flavour == "async":
            ex = async_exchange(sandbox, counted)
        else:
            ex = venuekit.connect(sandbox.venue, "k", sandbox.secret, base_url=sandbox.url, rate_limit=False)
        try:
            await strategy(ex)
        finally:
            if isinstance(ex, AsyncExchange):
                await ex.aclose()
            else:
                ex.close()

    run(script)


async def strategy(ex: AnyExchange) -> None:
    """Place a passive limit buy at the minimum size, find it among the open orders, fetch it, cancel it,
    check it is gone; the balance and the top of the book on the way. Nothing in it names a venue."""
    markets = await done(ex.load_markets())
    symbol = trade_symbol(markets)
    market = ex.market(symbol)
    if ex.has["fetch_order_book"]:
        book = await done(ex.fetch_order_book(symbol, limit=5))
        check_book(book, symbol, 5)
        reference = (book.best_bid or book.best_ask).price  # type: ignore[union-attr]
    else:
        ticker = await done(ex.fetch_ticker(symbol))
        assert (ticker.bid or ticker.last) is not None
        reference = ticker.bid or ticker.last or Decimal(0)
    check_balances(await done(ex.fetch_balance()))
    price = market.price_to_precision(reference * Decimal("0.9"), side="buy")
    amount = sized(market, price)
    placed = await done(ex.create_order(symbol, "limit", "buy", amount, price))
    check_order(placed)
    assert placed.symbol == symbol and placed.side == "buy" and placed.type == "limit"
    assert placed.amount == amount and placed.price == price
    assert placed.status in ("accepted", "open")
    listed = await done(ex.fetch_open_orders(symbol))
    mine = [o for o in listed if o.id == placed.id]
    assert len(mine) == 1 and mine[0].status == "open" and mine[0].price == price and mine[0].amount == amount
    check_order(mine[0])
    fetched = await done(ex.fetch_order(placed.id, symbol))
    assert fetched.id == placed.id and fetched.status == "open" and fetched.symbol == symbol
    await done(ex.cancel_order(placed.id, symbol))
    assert placed.id not in [o.id for o in await done(ex.fetch_open_orders(symbol))]
    cancelled = await done(ex.fetch_order(placed.id, symbol))
    assert cancelled.status == "canceled"


def test_orders_that_break_the_market_rules_never_leave(exchange: Exchange, counted: Counted, sandbox: Sandbox) -> None:
    """Before any request: unknown symbol, non-positive amount or price, below the minimum, off the step,
    off the tick, below the minimum order value (each where the venue's metadata states the rule)."""
    symbol = trade_symbol(exchange.load_markets())
    market = exchange.market(symbol)
    sent, orders = len(counted.requests), len(sandbox.book.orders)
    cases: list[tuple[dict[str, Any], str, str]] = [
        ({"symbol": "NOPE/XYZ"}, "symbol", "unknown symbol"),
        ({"amount": Decimal(0)}, "amount", "must be positive"),
        ({"amount": "-1"}, "amount", "must be positive"),
        ({"price": Decimal(0)}, "price", "must be positive"),
        ({"amount": 0.5}, "amount", "float is not accepted"),
        ({"type": "stop"}, "type", "is not one of"),
        ({"side": "long"}, "side", "is not one of"),
        ({"type": "market", "price": Decimal(1)}, "price", "a market order takes no price"),
    ]
    if market.min_amount is not None:
        cases.append(({"amount": market.min_amount / 2}, "amount", "is below the minimum"))
    if market.step is not None:
        cases.append(({"amount": (market.min_amount or market.step) + market.step / 2}, "amount", "not a multiple"))
    if market.tick is not None:
        cases.append(({"price": Decimal(1000) + market.tick / 2}, "price", "not a multiple of the tick"))
    if market.max_amount is not None:
        cases.append(({"amount": market.max_amount + (market.step or 1)}, "amount", "is above the maximum"))
    for change, parameter, rule in cases:
        price = market.price_to_precision(Decimal(1000))
        order: dict[str, Any] = {
            "symbol": symbol,
            "type": "limit",
            "side": "buy",
            "amount": sized(market, price),
            "price": price,
        }
        order.update(change)
        with pytest.raises(venuekit.ValidationError) as refused:
            exchange.create_order(**order)
        assert refused.value.parameter == parameter and rule in refused.value.problem, (change, refused.value)
    assert len(counted.requests) == sent and len(sandbox.book.orders) == orders


def test_client_order_ids_where_the_venue_has_them(exchange: Exchange, counted: Counted) -> None:
    """`has["client_order_id"]`: the order carries the caller's id; elsewhere passing one is refused before any
    request (never silently dropped)."""
    symbol = trade_symbol(exchange.load_markets())
    market = exchange.market(symbol)
    price = market.price_to_precision(Decimal(1000))
    amount = sized(market, price)
    sent = len(counted.requests)
    if not exchange.has["client_order_id"]:
        with pytest.raises(venuekit.ValidationError) as refused:
            exchange.create_order(symbol, "limit", "buy", amount, price, client_order_id="bot1")
        assert refused.value.parameter == "client_order_id" and len(counted.requests) == sent
        return
    placed = exchange.create_order(symbol, "limit", "buy", amount, price, client_order_id="unified7")
    assert placed.client_order_id == "unified7"
    listed = [o for o in exchange.fetch_open_orders(symbol) if o.id == placed.id]
    assert [o.client_order_id for o in listed] in (["unified7"], [None])  # a listing may leave it out
    if exchange.has["fetch_order_by_client_id"]:
        found = exchange.fetch_order(client_order_id="unified7")
        assert found.id == placed.id and found.client_order_id == "unified7"
    exchange.cancel_order(placed.id, symbol)


# --- streams --------------------------------------------------------------------------------------------------
WATCH_TIMEOUT = 3.0


async def first(feed: Feed[T]) -> T:
    return await asyncio.wait_for(feed.__anext__(), WATCH_TIMEOUT)


def test_watch_ticker_and_orders(sandbox: Sandbox, counted: Counted) -> None:
    """Tickers of the market asked for, and the account's order events for an order placed over REST."""

    async def script() -> None:
        async with async_exchange(sandbox, counted) as ex:
            symbol = trade_symbol(await ex.load_markets())
            for method in ("watch_ticker", "watch_orders"):
                if not ex.has[method]:
                    with pytest.raises(venuekit.NotSupportedError, match=f"does not support {method}"):
                        await getattr(ex, method)(symbol)
            if ex.has["watch_ticker"]:
                feed = await ex.watch_ticker(symbol)
                ticker = await first(feed)
                check_ticker(ticker, symbol)
                assert feed.resumed is False and feed.gaps == 0
                await feed.close()
            if ex.has["watch_orders"]:
                orders = await ex.watch_orders(symbol)
                await asyncio.sleep(0.3)  # venues acknowledge no subscription: let it arrive
                market = ex.market(symbol)
                ticker = await ex.fetch_ticker(symbol)
                reference = ticker.bid or ticker.last
                assert reference is not None
                price = market.price_to_precision(reference * Decimal("0.9"), side="buy")
                amount = sized(market, price)
                placed = await ex.create_order(symbol, "limit", "buy", amount, price)
                event = await first(orders)
                while event.id != placed.id:  # a snapshot of what was open before (GOPAX)
                    event = await first(orders)
                check_order(event)
                assert event.symbol == symbol and event.status == "open" and event.price == price

    run(script)


def test_watch_order_book(sandbox: Sandbox, counted: Counted) -> None:
    async def script() -> None:
        async with async_exchange(sandbox, counted) as ex:
            symbol = trade_symbol(await ex.load_markets())
            if not ex.has["watch_order_book"]:
                with pytest.raises(venuekit.NotSupportedError, match="does not support watch_order_book"):
                    await ex.watch_order_book(symbol)
                return
            feed = await ex.watch_order_book(symbol, limit=3)
            book = await first(feed)
            check_book(book, symbol, 3)
            assert book.best_bid is not None and book.best_ask is not None
            assert book.best_bid.price < book.best_ask.price  # the venue stream's checked book

    run(script)
