"""GOPAX streams against a local venue that speaks the documented Primus protocol: subscription answers and
pushes named `{n, o}`, JSON numbers, epoch seconds with fractions, the server's string pings, and private
connections signed in their query string."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from websockets.asyncio.server import ServerConnection

import venuekit
from venuekit import codec, gopax
from venuekit.gopax import streams
from venuekit.gopax.stream_models import (
    BalanceEvent,
    BalancesSnapshot,
    OrderBookEvent,
    OrderBookSnapshot,
    OrderEvent,
    OrdersSnapshot,
    PublicTradeEvent,
    TickerEvent,
    TickersSnapshot,
    TradeEvent,
    TradesSubscribed,
    WsOrderStatus,
    WsSide,
)
from venuekit.streams import Gap

from .conftest import example, fast, fixture
from .fakes import FakeVenue, eventually, run, take

SECRET = base64.b64encode(b"gopax test secret").decode()


def snapshot_of(pair: str) -> dict[str, Any]:
    frame: dict[str, Any] = fixture("gopax", "WS__root__1")  # BTC-KRW, 2020-12-31, maxEntryId 60491355
    frame["o"]["tradingPairName"] = pair
    return frame


def delta(pair: str, *, bid: list[dict[str, Any]] | None = None, ask: list[dict[str, Any]] | None = None) -> Any:
    return {"i": -1, "n": "OrderBookEvent", "o": {"ask": ask or [], "bid": bid or [], "tradingPairName": pair}}


async def answer(venue: FakeVenue, connection: ServerConnection, message: Any) -> None:
    """What GOPAX does with a request: answers it with the current state, named like the request."""
    if not isinstance(message, dict):
        return  # a pong
    name = message["n"]
    if name == "SubscribeToOrderBook":
        await connection.send(json.dumps(snapshot_of(message["o"]["tradingPairName"])))
    elif name == "SubscribeToTickers":
        await connection.send(codec.dumps(example("gopax", "TickersSnapshot")).decode())
    elif name == "SubscribeToOrders":
        await connection.send(json.dumps(fixture("gopax", "WS__root__9")))
    elif name == "SubscribeToBalances":
        await connection.send(json.dumps(fixture("gopax", "WS__root__3")))
    elif name == "SubscribeToTrades":
        await connection.send(json.dumps(fixture("gopax", "WS__root__4")))


def public(venue: FakeVenue, **changes: Any) -> streams.PublicStream:
    return streams.PublicStream(url=venue.url, options=fast(streams.PublicStream.DEFAULT_OPTIONS, **changes))


def test_defaults_follow_the_spec() -> None:
    options = streams.PublicStream.DEFAULT_OPTIONS
    assert (options.ping_interval, options.ping_timeout) == (30.0, 30.0)  # the server pings every 30 s
    assert streams.PublicStream.PROTOCOL.environments == {"production": "wss://wsapi.gopax.co.kr/"}
    assert streams.PrivateStream.PROTOCOL.heartbeat == "server"
    assert gopax.PublicStream is streams.PublicStream  # exported by the package like the other venues'


def test_the_order_book_is_kept_from_the_snapshot_and_checked_deltas() -> None:
    async def scenario() -> None:
        async with FakeVenue(answer) as venue, public(venue) as ws:
            books = ws.order_book("BTC-KRW")
            iterator = aiter(books)
            book = await anext(iterator)
            # JSON numbers, exact: never through float.
            assert book.best_bid == (Decimal("32059000"), Decimal("0.3118"))
            assert book.best_ask == (Decimal("32061000"), Decimal("0.09996"))
            assert book.bids[Decimal("32058000")] == Decimal("0.00162449") and book.sequence == (60491355,)
            assert venue.messages() == [{"n": "SubscribeToOrderBook", "o": {"tradingPairName": "BTC-KRW"}}]

            entry = {"entryId": 60491356, "price": 32059000, "volume": 0, "updatedAt": 1609412741.5}
            added = {"entryId": 60491357, "price": 32060000, "volume": 1.25, "updatedAt": 1609412741.5}
            await venue.send(delta("BTC-KRW", bid=[entry, added]))
            book = await anext(iterator)
            assert book.best_bid == (Decimal("32060000"), Decimal("1.25"))  # 32059000 removed (volume 0)
            assert Decimal("32059000") not in book.bids and book.sequence == (60491357,)

            stale = {"entryId": 60491300, "price": 32000000, "volume": 1, "updatedAt": 1609412700.0}
            await venue.send(delta("BTC-KRW", bid=[stale]))  # older than the book: resync
            book = await anext(iterator)  # the fresh snapshot the resubscription brought
            assert books.resyncs == 1 and "went back" in str(books.last_error)
            assert book.sequence == (60491355,) and len(venue.messages()) == 2
            await books.close()

    run(scenario())


def test_raw_order_book_messages_are_typed_with_decimals_and_datetimes() -> None:
    async def scenario() -> None:
        async with FakeVenue(answer) as venue, public(venue) as ws:
            events = ws.order_book_events("BTC-KRW", limit=20)
            first = await anext(events)
            assert isinstance(first, OrderBookSnapshot) and first.o.max_entry_id == 60491355
            entry = first.o.ask[0]
            assert entry.price == Decimal("32061000") and entry.volume == Decimal("0.09996")
            assert entry.updated_at == dt.datetime(2020, 12, 31, 11, 5, 29, 325000, tzinfo=dt.timezone.utc)
            assert venue.messages()[0] == {
                "n": "SubscribeToOrderBook",
                "o": {"tradingPairName": "BTC-KRW", "limit": 20},
            }
            await venue.send(fixture("gopax", "WS__root__2"))  # a real delta with an empty bid list
            pushed = await anext(events)
            assert isinstance(pushed, OrderBookEvent) and pushed.i == -1 and pushed.o.bid == []
            assert pushed.o.ask[0].volume == Decimal("0.3163")
            await venue.send(delta("ETH-KRW"))  # another pair: not this subscription's
            await eventually(lambda: ws.unrouted == 1, what="the other pair ignored")
            with pytest.raises(venuekit.ValidationError, match="limit: must be >= 20"):
                ws.order_book_events("BTC-KRW", limit=5)  # refused before anything is sent

    run(scenario())


def test_trades_take_the_trading_pair_subscriptions_trades_and_the_book_its_deltas() -> None:
    async def scenario() -> None:
        async with FakeVenue() as venue, public(venue) as ws:
            trades = ws.trades("BCH-KRW")
            updates = ws.order_book_events("BCH-KRW")
            await eventually(lambda: len(venue.received) == 2)
            assert venue.messages()[0] == {"n": "SubscribeToTradingPair", "o": {"tradingPairName": "BCH-KRW"}}
            await venue.send(codec.dumps(example("gopax", "PublicTradeEvent")).decode())
            await venue.send(codec.dumps(example("gopax", "OrderBookEvent")).decode())
            trade = await anext(trades)
            assert isinstance(trade, PublicTradeEvent) and trade.o.is_buy is True
            assert trade.o.base_amount == Decimal("0.01") and trade.o.occurred_at.year == 2021
            update = await anext(updates)
            assert isinstance(update, OrderBookEvent) and update.o.bid[1].volume == Decimal("1.3")

    run(scenario())


def test_tickers_answer_with_every_pair_then_push_the_changed_ones_by_name() -> None:
    async def scenario() -> None:
        async with FakeVenue(answer) as venue, public(venue) as ws:
            tickers = ws.tickers()
            snapshot = await anext(tickers)
            assert isinstance(snapshot, TickersSnapshot)
            assert [t.trading_pair_name for t in snapshot.o.data] == ["BTC-KRW", "UNC-KRW"]
            assert snapshot.o.data[0].last_traded == dt.datetime(
                2022, 10, 13, 5, 59, 56, 413000, tzinfo=dt.timezone.utc
            )
            await venue.send(codec.dumps(example("gopax", "TickerEvent")).decode())
            event = await anext(tickers)
            assert isinstance(event, TickerEvent) and event.o["BTC-KRW"].quote_volume == Decimal("746000")

    run(scenario())


def test_the_servers_string_pings_are_answered_and_a_silent_server_is_left() -> None:
    async def scenario() -> None:
        async with FakeVenue(answer) as venue, public(venue, ping_interval=0.2, ping_timeout=0.1) as ws:
            books = ws.order_book_events("BTC-KRW")
            await anext(books)
            await venue.send(json.dumps(fixture("gopax", "WS__root__5")))
            await eventually(lambda: "primus::pong::1609504526621" in venue.messages(0), what="the pong")
            assert not ws.errors and ws.unrouted == 0
            # No ping and no frame for ping_interval + ping_timeout: the socket is dead; reconnect and resubscribe.
            await eventually(lambda: len(venue.connections) == 2, what="reconnect")
            items = await take(books.with_gaps(), 2)
            assert isinstance(items[0], Gap) and isinstance(items[1], OrderBookSnapshot)

    run(scenario())


# --- private ----------------------------------------------------------------------------------------------
def _signed(path: str) -> dict[str, str]:
    """The query of a private connection, checked with the rule written out independently of venuekit.auth."""
    query = {k: v[0] for k, v in parse_qs(urlsplit(path).query).items()}
    assert set(query) == {"apiKey", "timestamp", "signature"}
    message = ("t" + query["timestamp"]).encode()
    expected = base64.b64encode(hmac.new(base64.b64decode(SECRET), message, hashlib.sha512).digest()).decode()
    assert query["signature"] == expected and query["apiKey"] == "key-64"
    return query


def private(venue: FakeVenue) -> streams.PrivateStream:
    options = fast(streams.PrivateStream.DEFAULT_OPTIONS)
    return streams.PrivateStream("key-64", SECRET, url=venue.url, options=options)


def test_private_channels_are_signed_per_connection_and_typed() -> None:
    async def scenario() -> None:
        async with FakeVenue(answer) as venue, private(venue) as ws:
            orders, balances, trades = ws.orders(), ws.balances(), ws.my_trades()
            outstanding = await anext(orders)
            assert isinstance(outstanding, OrdersSnapshot)
            order = outstanding.o.data[0]
            assert order.status is WsOrderStatus.PLACED and order.side is WsSide.ASK and order.price == Decimal(5500000)
            assert order.created_at == dt.datetime(2020, 8, 12, 7, 42, 17, tzinfo=dt.timezone.utc)
            held = await anext(balances)
            assert isinstance(held, BalancesSnapshot) and held.o.result is True
            assert held.o.data[0].avail == Decimal("30000.74103433")
            assert held.o.data[1].last_updated_at == dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)  # never updated
            assert isinstance(await anext(trades), TradesSubscribed)

            await venue.send(fixture("gopax", "WS__root__6"))
            await venue.send(fixture("gopax", "WS__root__8"))
            await venue.send(fixture("gopax", "WS__root__7"))
            changed = await anext(orders)
            assert isinstance(changed, OrderEvent) and changed.o.status is WsOrderStatus.PARTIALLY_FILLED
            assert changed.o.remain_amount == Decimal("0.8")
            balance = await anext(balances)
            assert isinstance(balance, BalanceEvent) and balance.o.blended_price == Decimal("429413.08986192")
            trade = await anext(trades)
            assert isinstance(trade, TradeEvent) and trade.o.fee == Decimal("0.0004") and trade.o.is_self_trade is False

            first = _signed(venue.paths[0])
            venue.drop()  # the next connection is signed afresh
            await eventually(lambda: len(venue.paths) == 2)
            second = _signed(venue.paths[1])
            assert int(second["timestamp"]) >= int(first["timestamp"])
            assert "key-64" not in repr(ws) and SECRET not in repr(ws._query_signer)

    run(scenario())


def test_a_private_stream_needs_keys_and_a_public_one_sends_no_query() -> None:
    with pytest.raises(venuekit.ConfigurationError, match="GOPAX_API_KEY"):
        streams.PrivateStream()

    async def scenario() -> None:
        async with FakeVenue(answer) as venue, public(venue) as ws:
            ws.tickers()
            await ws.wait_connected(2)
            assert venue.paths == ["/"]

    run(scenario())
