"""Each unified method of `Exchange` / `AsyncExchange` over a recording venue mapping (no sandbox, no network):
the unified arguments the venue's mapping receives, the refusals before anything is sent (word for word) and what
is made of the reply (windows by `since` and `limit`, one market's items out of every market's)."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
from collections.abc import AsyncIterator
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest

from venuekit import ConfigurationError, OrderStatusUnknownError, ValidationError, VenueError
from venuekit.unified import AsyncExchange, Exchange
from venuekit.unified import mapping as u
from venuekit.unified.exchange import METHODS
from venuekit.unified.models import OHLCV, Level, Order, OrderBook, Ticker, Trade

UTC = dt.timezone.utc
T = [dt.datetime(2024, 1, day, tzinfo=UTC) for day in range(1, 6)]
INFOS = [u.MarketInfo("BTC_JPY", "spot", "BTC", "JPY"), u.MarketInfo("ETH_JPY", "spot", "ETH", "JPY")]
BTC = INFOS[0].market("toy")
ETH = INFOS[1].market("toy")


def trade(symbol: str, at: dt.datetime) -> Trade:
    return Trade(symbol=symbol, price=Decimal(1), amount=Decimal(1), timestamp=at)


def order(symbol: str, at: dt.datetime) -> Order:
    return Order(id=f"{symbol}@{at.day}", symbol=symbol, status="open", timestamp=at)


TRADES = [trade("BTC/JPY", T[3]), trade("ETH/JPY", T[2]), trade("BTC/JPY", T[0]), trade("BTC/JPY", T[1])]
ORDERS = [order("BTC/JPY", T[3]), order("ETH/JPY", T[2]), order("BTC/JPY", T[0]), order("BTC/JPY", T[1])]
LEVELS = [Level(Decimal(p), Decimal(1)) for p in (3, 2, 1)]
REPLIES: dict[str, Any] = {
    "load_markets": INFOS,
    "fetch_ticker": Ticker(symbol="BTC/JPY", last=Decimal(5)),
    "fetch_order_book": OrderBook(symbol="BTC/JPY", bids=LEVELS, asks=LEVELS[::-1], timestamp=T[0], raw="book"),
    "fetch_trades": TRADES,
    "fetch_my_trades": TRADES,
    "fetch_ohlcv": [
        OHLCV(timestamp=at, open=Decimal(1), high=Decimal(1), low=Decimal(1), close=Decimal(1)) for at in T[::-1]
    ],
    "fetch_order": ORDERS[0],
    "fetch_order_by_client_id": ORDERS[1],
    "fetch_open_orders": ORDERS,
}


class Recorder:
    """A venue mapping's methods that record the unified arguments and answer with a fixed unified result."""

    def __init__(self) -> None:
        self.calls: list[u.Args] = []

    def method(self, name: str) -> Any:
        def bind(args: u.Args) -> u.Bound[Any]:
            self.calls.append(args)
            return u.Bound(call=name, parse=lambda parsed, c: REPLIES[parsed])  # type: ignore[arg-type]

        return bind

    def watch(self, name: str, items: list[Any]) -> Any:
        def open_feed(args: u.Args, host: u.StreamHost) -> u.Feed[Any]:
            self.calls.append(args)

            async def start() -> None:
                return None

            async def each() -> AsyncIterator[tuple[Any, bool]]:
                for item in items:
                    yield item, False

            async def close() -> None:
                return None

            return u.Feed(start, each, close)

        return open_feed

    @property
    def last(self) -> u.Args:
        return self.calls[-1]


def toy_mapping(recorder: Recorder, **overrides: Any) -> u.VenueMapping:
    fetches = {m: recorder.method(m) for m in METHODS if m.startswith("fetch_")}
    watches = {
        "watch_ticker": recorder.watch("watch_ticker", [Ticker(symbol=s) for s in ("ETH/JPY", "BTC/JPY", "ETH/JPY")]),
        "watch_order_book": recorder.watch("watch_order_book", [REPLIES["fetch_order_book"]]),
        "watch_orders": recorder.watch("watch_orders", ORDERS),
    }
    values: dict[str, Any] = {**fetches, **watches, **overrides}
    return u.VenueMapping(
        venue="toy", markets=recorder.method("load_markets"), timeframes={"1m": "1min", "1h": "60min"}, **values
    )


class SyncClient:
    def send(self, call: Any) -> Any:
        return SimpleNamespace(parsed=call, http_response=None)

    def close(self) -> None:
        return None

    def __repr__(self) -> str:
        return "SyncClient(toy)"


class AsyncClient(SyncClient):
    async def send(self, call: Any) -> Any:
        return SimpleNamespace(parsed=call, http_response=None)

    async def aclose(self) -> None:
        return None


def exchange(**overrides: Any) -> tuple[Exchange, Recorder]:
    recorder = Recorder()
    ex = Exchange(toy_mapping(recorder, **overrides), SyncClient())  # type: ignore[arg-type]
    ex.load_markets()
    return ex, recorder


def args(method: str, **values: Any) -> u.Args:
    return u.Args("toy", method, **values)


def refusal(call: Any, *a: Any, **kw: Any) -> str:
    with pytest.raises((ValidationError, ConfigurationError)) as caught:
        call(*a, **kw)
    return str(caught.value)


def test_repr_names_the_class_the_venue_and_the_client() -> None:
    ex, _ = exchange()
    assert repr(ex) == "Exchange('toy', client=SyncClient(toy))"
    assert repr(AsyncExchange(ex.mapping, AsyncClient())) == "AsyncExchange('toy', client=SyncClient(toy))"  # type: ignore[arg-type]


def test_ticker_and_book_arguments_and_the_book_cut_to_the_limit() -> None:
    ex, rec = exchange()
    assert ex.fetch_ticker("BTC/JPY") == REPLIES["fetch_ticker"] and rec.last == args("fetch_ticker", market=BTC)
    book = ex.fetch_order_book("BTC/JPY", limit=2)
    assert rec.last == args("fetch_order_book", market=BTC, limit=2)
    assert book == OrderBook(symbol="BTC/JPY", bids=LEVELS[:2], asks=LEVELS[::-1][:2], timestamp=T[0])
    assert book.raw == "book"
    assert ex.fetch_order_book("BTC/JPY") is REPLIES["fetch_order_book"]
    assert rec.last == args("fetch_order_book", market=BTC)
    assert refusal(ex.fetch_order_book, "BTC/JPY", 0) == "limit: expected a positive int, got 0"


def test_trades_are_one_markets_oldest_first_from_since_then_at_most_limit() -> None:
    ex, rec = exchange()
    assert ex.fetch_trades("BTC/JPY", since=T[1], limit=1) == [trade("BTC/JPY", T[1])]
    assert rec.last == args("fetch_trades", market=BTC, since=T[1], limit=1)
    assert ex.fetch_trades("BTC/JPY", limit=2) == [trade("BTC/JPY", T[1]), trade("BTC/JPY", T[3])]
    assert rec.last == args("fetch_trades", market=BTC, limit=2)
    assert ex.fetch_trades("BTC/JPY") == [trade("BTC/JPY", t) for t in (T[0], T[1], T[3])]
    assert ex.fetch_my_trades() == [trade(s, t) for s, t in [("BTC/JPY", T[0]), ("BTC/JPY", T[1])]] + [
        trade("ETH/JPY", T[2]),
        trade("BTC/JPY", T[3]),
    ]
    assert rec.last == args("fetch_my_trades")
    assert ex.fetch_my_trades("ETH/JPY", since=T[0], limit=5) == [trade("ETH/JPY", T[2])]
    assert rec.last == args("fetch_my_trades", market=ETH, since=T[0], limit=5)
    calls = len(rec.calls)
    assert refusal(ex.fetch_trades, None) == "symbol: fetch_trades needs a symbol"
    assert refusal(ex.fetch_trades, "BTC/JPY", "2024-01-01") == "since: expected datetime, got str"
    assert refusal(ex.fetch_my_trades, None, None, True) == "limit: expected a positive int, got True"
    assert len(rec.calls) == calls  # refused before the mapping was asked


def test_candles_ask_for_a_window_and_are_cut_to_it() -> None:
    ex, rec = exchange()
    latest = ex.fetch_ohlcv("BTC/JPY", "1h", limit=2)
    assert [c.timestamp for c in latest] == T[3:]
    sent = rec.last
    assert sent.until is not None and sent.window_start == sent.until - dt.timedelta(hours=2)
    assert sent == args(
        "fetch_ohlcv", market=BTC, timeframe="1h", until=sent.until, window_start=sent.window_start, limit=2
    )
    default = ex.fetch_ohlcv("BTC/JPY")
    assert [c.timestamp for c in default] == T and rec.last.timeframe == "1m"
    assert rec.last.until is not None and rec.last.window_start == rec.last.until - dt.timedelta(minutes=100)
    since = ex.fetch_ohlcv("BTC/JPY", "1m", since=T[1], limit=2)
    assert [c.timestamp for c in since] == T[1:3]
    assert dataclasses.replace(rec.last, until=None) == args(
        "fetch_ohlcv", market=BTC, timeframe="1m", since=T[1], window_start=T[1], limit=2
    )
    assert refusal(ex.fetch_ohlcv, "BTC/JPY", "2m") == "timeframe: '2m' is not offered by toy (offered: 1m, 1h)"
    assert refusal(ex.fetch_ohlcv, "BTC/JPY", "1x") == (
        "timeframe: '1x' is not a timeframe like 1m, 15m, 1h, 1d, 1w or 1M"
    )


def test_one_order_by_id_or_by_client_order_id() -> None:
    ex, rec = exchange()
    assert ex.fetch_order("7", "BTC/JPY") == ORDERS[0] and rec.last == args("fetch_order", id="7", market=BTC)
    assert ex.fetch_order(7) == ORDERS[0] and rec.last == args("fetch_order", id="7")  # type: ignore[arg-type]
    assert ex.fetch_order(symbol="ETH/JPY", client_order_id="k") == ORDERS[1]
    assert rec.last == args("fetch_order_by_client_id", client_order_id="k", market=ETH)
    assert refusal(ex.fetch_order) == "id: give exactly one of id and client_order_id"
    assert refusal(ex.fetch_order, "7", client_order_id="k") == "id: give exactly one of id and client_order_id"
    assert refusal(ex.fetch_order, 1.5) == "id: expected the order id as str (or int), got float"


def test_open_orders_are_windowed_like_trades() -> None:
    ex, rec = exchange()
    assert ex.fetch_open_orders("BTC/JPY", since=T[1], limit=1) == [order("BTC/JPY", T[1])]
    assert rec.last == args("fetch_open_orders", market=BTC, since=T[1], limit=1)
    assert ex.fetch_open_orders(limit=2) == [order("ETH/JPY", T[2]), order("BTC/JPY", T[3])]
    assert rec.last == args("fetch_open_orders", limit=2)
    assert ex.fetch_open_orders() == sorted(ORDERS, key=lambda o: o.timestamp or T[0])
    assert rec.last == args("fetch_open_orders")


def test_resolving_an_unknown_placement() -> None:
    cause = VenueError("timed out")
    ex, rec = exchange()
    keyed = OrderStatusUnknownError(operation="create_order", cause=cause, client_order_id="k")
    assert ex.resolve_order(keyed) == ORDERS[1]
    assert rec.last == args("fetch_order_by_client_id", client_order_id="k")
    unkeyed = OrderStatusUnknownError(operation="create_order", cause=cause)
    assert refusal(ex.resolve_order, unkeyed) == (
        "toy: no lookup by client order id and none was sent: check fetch_open_orders() and fetch_my_trades()"
    )
    assert refusal(ex.resolve_order, ValueError("x")) == "error: expected an OrderStatusUnknownError, got ValueError"
    blind, _ = exchange(fetch_order_by_client_id=None)
    assert refusal(blind.resolve_order, keyed) == (
        "toy: no lookup by client order id: check fetch_open_orders() and fetch_my_trades()"
    )


def test_async_methods_pass_the_same_arguments_and_watches_keep_one_market() -> None:
    recorder = Recorder()
    ex = AsyncExchange(toy_mapping(recorder), AsyncClient())  # type: ignore[arg-type]

    async def take(feed: u.Feed[Any]) -> list[Any]:
        return [item async for item in feed]

    async def run() -> None:
        assert await ex.fetch_trades("BTC/JPY", limit=1) == [trade("BTC/JPY", T[3])]
        assert recorder.last == args("fetch_trades", market=BTC, limit=1)
        assert await ex.fetch_my_trades("BTC/JPY", since=T[1]) == [trade("BTC/JPY", t) for t in (T[1], T[3])]
        assert recorder.last == args("fetch_my_trades", market=BTC, since=T[1])
        assert await ex.fetch_open_orders("BTC/JPY", limit=1) == [order("BTC/JPY", T[3])]
        assert recorder.last == args("fetch_open_orders", market=BTC, limit=1)
        assert await ex.fetch_order("1") == ORDERS[0] and recorder.last == args("fetch_order", id="1")
        tickers = await take(await ex.watch_ticker("BTC/JPY"))
        assert tickers == [Ticker(symbol="BTC/JPY")] and recorder.last == args("watch_ticker", market=BTC)
        books = await take(await ex.watch_order_book("BTC/JPY", limit=3))
        assert books == [REPLIES["fetch_order_book"]]
        assert recorder.last == args("watch_order_book", market=BTC, limit=3)
        await ex.watch_order_book("ETH/JPY")
        assert recorder.last == args("watch_order_book", market=ETH)
        mine = await take(await ex.watch_orders("BTC/JPY"))
        assert mine == [ORDERS[0], ORDERS[2], ORDERS[3]] and recorder.last == args("watch_orders", market=BTC)
        every = await take(await ex.watch_orders())
        assert every == ORDERS and recorder.last == args("watch_orders")
        await ex.aclose()

    asyncio.run(run())


def test_market_lookups_say_what_is_known() -> None:
    recorder = Recorder()
    fresh = Exchange(toy_mapping(recorder), SyncClient())  # type: ignore[arg-type]
    assert refusal(fresh.market, "BTC/JPY") == "toy: call load_markets() before market()"
    ex, _ = exchange()
    assert ex.market("ETH/JPY") is ex.markets_by_id["ETH_JPY"]
    assert refusal(ex.market, 1) == "symbol: expected a str like 'BTC/JPY', got int"
    assert refusal(ex.market, "BTC_JPY") == (
        "symbol: unknown symbol 'BTC_JPY' on toy; 'BTC_JPY' is the venue's id of 'BTC/JPY' (markets: BTC/JPY, ETH/JPY)"
    )
    assert refusal(ex.market, "XRP/JPY") == "symbol: unknown symbol 'XRP/JPY' on toy (markets: BTC/JPY, ETH/JPY)"


@pytest.mark.parametrize("count", [12, 13])
def test_an_unknown_symbol_lists_twelve_markets_then_dots(count: int) -> None:
    infos = [u.MarketInfo(f"C{i:02}_JPY", "spot", f"C{i:02}", "JPY") for i in range(count)]
    ex = Exchange(toy_mapping(Recorder()), SyncClient())  # type: ignore[arg-type]
    ex._store_markets(infos)
    listed = ", ".join(f"C{i:02}/JPY" for i in range(12)) + (", ..." if count > 12 else "")
    assert refusal(ex.market, "X/Y") == f"symbol: unknown symbol 'X/Y' on toy (markets: {listed})"


def test_connect_async_hands_the_streams_the_environment_and_keys() -> None:
    import venuekit

    ex = venuekit.connect_async(
        "gmo_coin",
        "key",
        "secret",
        environment="production",
        stream_urls={"PublicStream": "wss://127.0.0.1:1/ws"},
        stream_options={"PublicStream": "options"},
    )
    setup = ex.stream("PublicStream", lambda made: made)
    assert setup == u.StreamSetup(
        url="wss://127.0.0.1:1/ws",
        environment="production",
        options="options",
        rest=ex.client,
        api_key="key",
        api_secret="secret",
        source=None,
    )
    other = ex.stream("PrivateStream", lambda made: made)
    assert (other.url, other.environment, other.options) == (None, "production", None)
    asyncio.run(ex.aclose())
