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
from venuekit.unified.models import OHLCV, Balance, Level, Order, OrderBook, Ticker, Trade

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
    "create_order": ORDERS[0],
    "cancel_order": None,
    "fetch_balance": [Balance(currency="JPY", free=Decimal(1)), Balance(currency="BTC", total=Decimal(2))],
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
    fetches = {m: recorder.method(m) for m in METHODS if not m.startswith("watch_")}
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


def test_what_the_exchange_says_it_has() -> None:
    ex, _ = exchange(fetch_ohlcv=None, watch_orders=None)
    expected = {"load_markets": True, **{m: m not in ("fetch_ohlcv", "watch_orders") for m in METHODS}}
    assert ex.has == {**expected, "client_order_id": False}
    assert list(ex.timeframes) == ["1m", "1h"]


@pytest.mark.parametrize(
    ("timeframe", "seconds"),
    [("1s", 1), ("15m", 900), ("4h", 14400), ("1d", 86400), ("2w", 1209600), ("1M", 2592000), ("10m", 600)],
)
def test_timeframes_in_seconds(timeframe: str, seconds: int) -> None:
    from venuekit.unified.exchange import timeframe_seconds

    assert timeframe_seconds(timeframe) == seconds


def test_orders_are_checked_then_handed_over_whole() -> None:
    refuse = [u.Refusal("market", "sell", "no market sells"), u.Refusal(None, "buy", "buying is off")]
    ex, rec_order = exchange()
    assert ex.create_order("BTC/JPY", "limit", "sell", "0.5", "100", client_order_id="k") == ORDERS[0]
    assert rec_order.last == args(
        "create_order",
        market=BTC,
        type="limit",
        side="sell",
        amount=Decimal("0.5"),
        price=Decimal(100),
        client_order_id="k",
    )
    ex.create_order("BTC/JPY", "market", "buy", 1)
    assert rec_order.last == args("create_order", market=BTC, type="market", side="buy", amount=Decimal(1))
    calls = len(rec_order.calls)
    assert refusal(ex.create_order, "BTC/JPY", "stop", "buy", 1) == "type: 'stop' is not one of limit, market"
    assert refusal(ex.create_order, "BTC/JPY", "limit", "hold", 1, 1) == "side: 'hold' is not one of buy, sell"
    assert refusal(ex.create_order, "BTC/JPY", "market", "buy", 1, 1) == "price: a market order takes no price"
    assert refusal(ex.create_order, "BTC/JPY", "limit", "buy", 0.5, 1) == (
        "amount: float is not accepted for money; pass Decimal or str"
    )
    assert refusal(ex.create_order, "BTC/JPY", "limit", "buy", 1, "x") == (
        "price: not a plain decimal number (digits, an optional '.' and '-'): 'x'"
    )
    assert refusal(ex.create_order, "BTC/JPY", "limit", "buy", 0, 1) == "amount: must be positive, got 0"
    assert refusal(ex.create_order, "BTC/JPY", "limit", "buy", 1, 1, client_order_id="") == (
        "client_order_id: must not be empty"
    )
    ex.mapping = dataclasses.replace(ex.mapping, refusals=refuse)
    assert refusal(ex.create_order, "BTC/JPY", "market", "sell", 1) == "type: toy: no market sells"
    assert refusal(ex.create_order, "BTC/JPY", "limit", "buy", 1, 1) == "type: toy: buying is off"
    assert len(rec_order.calls) == calls  # every refusal came before the mapping was asked
    ex.create_order("BTC/JPY", "limit", "sell", 1, 1)
    assert len(rec_order.calls) == calls + 1


def test_cancel_and_balance_arguments() -> None:
    ex, recorder = exchange()
    ex.cancel_order("7", "BTC/JPY")
    assert recorder.last == args("cancel_order", id="7", market=BTC)
    ex.cancel_order(8)  # type: ignore[arg-type]
    assert recorder.last == args("cancel_order", id="8")
    assert refusal(ex.cancel_order, True) == "id: expected the order id as str (or int), got bool"
    balances = ex.fetch_balance()
    assert recorder.last == args("fetch_balance") and list(balances.values()) == REPLIES["fetch_balance"]
    # `.raw` is the venue's typed reply (here the fake client's parsed value: the call it was sent)
    assert (list(balances), balances["BTC"].total, balances.raw) == (["JPY", "BTC"], Decimal(2), "fetch_balance")


def test_replies_the_unified_model_cannot_take_become_the_venues_errors() -> None:
    class Errors:
        def error(self, code: Any, message: str, *, response: Any, body: Any, category: str) -> VenueError:
            return VenueError(f"{code} {category}: {message} ({response}, {body})")

    class Client(SyncClient):
        venue = SimpleNamespace(errors=Errors())

        def send(self, call: Any) -> Any:
            return SimpleNamespace(parsed=call, http_response=SimpleNamespace(content=b"{}", status_code=201))

    def raising(error: Exception) -> Any:
        def parse(parsed: Any, c: u.Context) -> Any:
            raise error

        return lambda a: u.Bound(call="x", parse=parse)  # type: ignore[arg-type]

    from venuekit import DecodeError

    cases: list[tuple[Exception, type[Exception], str]] = [
        (
            u.Missing("no such order"),
            VenueError,
            "None not_found: no such order (namespace(content=b'{}', status_code=201), None)",
        ),
        (
            u.NotDone("not cancelled"),
            VenueError,
            "None order_rejected: not cancelled (namespace(content=b'{}', status_code=201), None)",
        ),
        (ValueError("bad precision"), DecodeError, "fetch_ticker: bad precision"),
        (KeyError("k"), DecodeError, "fetch_ticker: 'k'"),
        (ConfigurationError("as is"), ConfigurationError, "as is"),
    ]
    for error, kind, text in cases:
        recorder = Recorder()
        mapping = toy_mapping(recorder, fetch_ticker=raising(error))
        ex = Exchange(mapping, Client())  # type: ignore[arg-type]
        ex._store_markets(INFOS)
        with pytest.raises(kind) as caught:
            ex.fetch_ticker("BTC/JPY")
        assert str(caught.value) == text
        if isinstance(caught.value, DecodeError):
            assert (caught.value.operation, caught.value.body, caught.value.status_code) == ("fetch_ticker", b"{}", 201)
            assert caught.value.__cause__ is error


def test_two_venue_ids_of_one_symbol_are_refused_by_name() -> None:
    ex = Exchange(toy_mapping(Recorder()), SyncClient())  # type: ignore[arg-type]
    twins = [u.MarketInfo("BTC_JPY", "spot", "BTC", "JPY"), u.MarketInfo("btc_jpy", "spot", "BTC", "JPY")]
    assert refusal(ex._store_markets, twins) == "toy: venue ids 'BTC_JPY' and 'btc_jpy' make the same symbol 'BTC/JPY'"
    assert ex._store_markets(INFOS) == {"BTC/JPY": BTC, "ETH/JPY": ETH}
    assert ex.markets_by_id == {"BTC_JPY": BTC, "ETH_JPY": ETH}
