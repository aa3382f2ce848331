"""HashKey MENA streams against a local venue: public v1 and v2 topics, the user data stream, JSON-message
heartbeats in both directions, and the listen-key lifecycle (through injected calls, with a manual clock)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from types import ModuleType
from typing import Any

import pytest
from websockets.asyncio.server import ServerConnection

import venuekit
from venuekit.streams import Gap, StreamDecodeError, TokenLifecycle

from .conftest import example, fast, fixture, stream_module
from .fakes import FakeVenue, ManualClock, eventually, run, take

V1 = {"kline": "KlineV1", "realtimes": "RealtimesV1", "trade": "TradeV1", "depth": "DepthV1"}
V2 = {"kline": "KlineV2", "realtimes": "RealtimesV2", "trade": "TradeV2", "depth": "DepthV2", "bbo": "BboV2"}
PRIVATE = ["AccountUpdate", "ExecutionReport", "TicketInfo"]


@pytest.fixture(scope="module")
def hashkey() -> ModuleType:
    return stream_module("hashkey_mena")


async def answer_v1(venue: FakeVenue, connection: ServerConnection, message: Any) -> None:
    if "ping" in message:
        if venue.answer_pings:
            await connection.send(json.dumps({"pong": message["ping"] + 5}))
    elif message.get("event") == "sub":
        topic = message["topic"]
        push = example("hashkey_mena", V1[topic.split("_")[0]])
        push["symbol"] = message["symbol"]
        if topic.startswith("kline_"):
            push["params"]["klineType"] = topic.removeprefix("kline_")
        await connection.send(json.dumps(push))


async def answer_v2(venue: FakeVenue, connection: ServerConnection, message: Any) -> None:
    if "ping" in message:
        await connection.send(json.dumps({"pong": message["ping"]}))
    elif message.get("event") == "sub":
        push = example("hashkey_mena", V2[message["topic"]])
        push["params"] = message["params"]
        await connection.send(json.dumps(push))


def test_v1_topics_route_by_topic_symbol_and_interval(hashkey: ModuleType) -> None:
    async def scenario() -> None:
        async with FakeVenue(answer_v1) as venue:
            options = fast(hashkey.PublicStream.DEFAULT_OPTIONS)
            async with hashkey.PublicStream(url=venue.url, options=options) as ws:
                minute, hour = ws.kline("BTCUSDT", "1m"), ws.kline("BTCUSDT", interval="1h")
                realtimes, trades, depth = ws.realtimes("BTCUSDT"), ws.trade("BTCUSDT"), ws.depth("BTCUSDT")
                candle = (await anext(minute)).data[0]
                assert candle.close == Decimal("88888.01") and candle.close_time == 0
                assert candle.open_time == dt.datetime(2025, 12, 26, 5, 41, tzinfo=dt.timezone.utc)
                assert (await anext(hour)).params.kline_type == "1h"
                ticker = await anext(realtimes)
                assert ticker.first is False and ticker.data[0].change_ratio == Decimal("-0.0597")
                assert ticker.data[0].exchange_id == 301
                trade = (await anext(trades)).data[0]
                assert trade.trade_id == "4620696243481038848" and trade.is_maker is False
                book = (await anext(depth)).data[0]
                assert book.bids[0] == [Decimal("86296.37"), Decimal("0.00046")] and book.version == "538222447_18"
                command = {"symbol": "BTCUSDT", "topic": "kline_1m", "event": "sub", "params": {"binary": False}}
                assert command in venue.messages()
                assert ws.kline("BTCUSDT", "1M") is not None  # month and minute do not collide
                with pytest.raises(venuekit.ValidationError):
                    ws.kline("BTCUSDT", "2m")

    run(scenario())


def test_client_pings_every_interval_and_leaves_a_silent_venue(hashkey: ModuleType) -> None:
    async def scenario() -> None:
        async with FakeVenue(answer_v1) as venue:
            options = fast(hashkey.PublicStream.DEFAULT_OPTIONS, ping_interval=0.2, ping_timeout=0.1)
            async with hashkey.PublicStream(url=venue.url, options=options) as ws:
                trades = ws.trade("BTCUSDT")
                await anext(trades)
                await eventually(lambda: sum("ping" in m for m in venue.messages(0)) >= 2, what="client pings")
                assert all(isinstance(m["ping"], int) for m in venue.messages(0) if "ping" in m)
                assert ws.unrouted == 0 and not ws.errors  # pongs are consumed, not routed
                venue.answer_pings = False  # the venue keeps the socket open but stops answering
                await eventually(lambda: len(venue.connections) == 2, timeout=3, what="reconnect")
                items = await take(trades.with_gaps(), 2)
                assert isinstance(items[0], Gap) and "no heartbeat reply" in str(items[0].error)

    run(scenario())


def test_v2_topics_and_a_version_checked_order_book(hashkey: ModuleType) -> None:
    async def scenario() -> None:
        async with FakeVenue(answer_v2) as venue:
            options = fast(hashkey.PublicStreamV2.DEFAULT_OPTIONS)
            async with hashkey.PublicStreamV2(url=venue.url, options=options) as ws:
                candle = await anext(ws.kline("BTCUSDT", kline_type="1m"))
                assert candle.data.close == Decimal("88947.71") and candle.params.kline_type == "1m"
                assert (await anext(ws.realtimes("BTCUSDT"))).data.quote_volume == Decimal("17621.0846565")
                assert (await anext(ws.trade("ETHUSDT"))).data.buyer_is_maker is False
                bbo = (await anext(ws.bbo("ETHUSDT"))).data
                assert (bbo.bid_price, bbo.ask_size) == (Decimal("2974.52"), Decimal("0.2838"))

                books = ws.order_book("BTCUSDT")
                iterator = aiter(books)
                book = await anext(iterator)
                assert book.best_bid == (Decimal("86962.98"), Decimal("0.04215"))
                assert book.best_ask == (Decimal("86962.99"), Decimal("0.34497"))
                assert book.sequence == (735962141, 2)
                older = example("hashkey_mena", "DepthV2")
                older["data"]["v"] = "735962141_1"  # an older version than the book: refused
                newer = example("hashkey_mena", "DepthV2")
                newer["data"].update(v="735962142_0", t=1764659869650, b=[["86962.5", "1"]])
                await venue.send(older)
                await venue.send(newer)
                book = await anext(iterator)
                assert books.resyncs == 1 and book.best_bid == (Decimal("86962.5"), Decimal(1))

    run(scenario())


def test_v1_depth_book_and_real_frames(hashkey: ModuleType) -> None:
    frames = [fixture("hashkey_mena", f"WS__quote_ws_v1__{n}") for n in (1, 2, 3, 4)]

    async def scenario() -> None:
        async with FakeVenue() as venue:
            options = fast(hashkey.PublicStream.DEFAULT_OPTIONS)
            async with hashkey.PublicStream(url=venue.url, options=options) as ws:
                kline, ticker, trade = ws.kline("DOGEUSDT", "1m"), ws.realtimes("ETHUSDT"), ws.trade("ETHUSDT")
                books = aiter(ws.order_book("ETHUSDT"))
                await eventually(lambda: len(venue.received) == 4)
                for frame in frames:
                    await venue.send(frame)
                assert (await anext(kline)).data[0].volume == Decimal(0)
                assert (await anext(ticker)).data[0].change_ratio == Decimal("-0.2472")
                assert (await anext(trade)).channel_id == "668498fffeba4108-00000001-00113184-562e27d215e43f9c-c188b319"
                book = await anext(books)
                assert book.best_bid == (Decimal(1650), Decimal("0.0864"))
                assert book.best_ask == (Decimal(4085), Decimal("0.0074"))

    run(scenario())


# --- the user data stream ---------------------------------------------------------------------------
def test_private_events_arrive_in_arrays_and_server_pings_are_answered(hashkey: ModuleType) -> None:
    events = [example("hashkey_mena", name) for name in PRIVATE]
    keys: list[tuple[str, str]] = []
    clock = ManualClock()

    async def create() -> str:
        keys.append(("create", f"key-{len(keys)}"))
        return keys[-1][1]

    async def extend(key: str) -> None:
        keys.append(("keepalive", key))

    async def delete(key: str) -> None:
        keys.append(("delete", key))

    async def scenario() -> None:
        async with FakeVenue(answer_v1) as venue:
            lifecycle = TokenLifecycle(
                create=create,
                extend=extend,
                delete=delete,
                ttl=3600,
                refresh_every=1800,
                clock=clock,
                sleep=clock.sleep,
            )
            options = fast(hashkey.PrivateStream.DEFAULT_OPTIONS)
            ws = hashkey.PrivateStream(lifecycle=lifecycle, url=venue.url + "/api/v1/ws/{listenKey}", options=options)
            async with ws:
                accounts, reports, tickets = ws.account_updates(), ws.execution_reports(), ws.tickets()
                await ws.wait_connected(2)
                assert venue.paths == ["/api/v1/ws/key-0"] and venue.received == []  # nothing to subscribe
                await venue.send(events)  # one frame, three events
                await venue.send({"ping": 1748504490208, "channelId": "02ac86fffe5fdf52-00000001"})
                await venue.send([dict(events[0], e="outboundCustodyAccountInfo")])
                await venue.send([fixture("hashkey_mena", "WS__api_v1_ws_listenKey__1")[0]])
                await venue.send({"pong": "1545910590801"})  # a pong frame as recorded, with a string

                account = await anext(accounts)
                assert account.event_type == "outboundAccountInfo" and account.can_trade is True
                assert account.balances[0].free == Decimal("6086.715847759989968887")
                assert account.event_time == dt.datetime(2025, 12, 5, 11, 7, 20, 383000, tzinfo=dt.timezone.utc)
                assert (await anext(accounts)).event_type == "outboundCustodyAccountInfo"
                report = await anext(reports)
                assert report.order_type == "MARKET_OF_QUOTE" and report.status == "PARTIALLY_FILLED"
                assert report.execution_id == "2113879003035149824" and report.requested_amount == Decimal(1000)
                assert report.average_price == Decimal("112934.82") and report.is_close is False
                ticket = await anext(tickets)
                assert ticket.ticket_id == "2113880177556930560" and ticket.side == "BUY"
                recorded = await anext(tickets)
                assert recorded.price == Decimal("61000.0") and recorded.additional_properties["A"] == 0
                await eventually(lambda: {"pong": 1748504490208} in venue.messages(), what="pong to the server ping")
                assert ws.unrouted == 0 and not ws.errors

                await venue.send("[{broken")
                await venue.send([{"e": "somethingNew", "E": "1"}])  # an unknown event type
                await venue.send([dict(events[2], p="not a number")])
                await venue.send(events[2:])
                items = await take(tickets.with_gaps(), 2)
                assert isinstance(items[0], Gap) and items[0].reasons == ("decode_error",) and items[0].dropped == 2
                assert [type(e) for e in ws.errors] == [StreamDecodeError, StreamDecodeError]
                assert ws.unrouted == 1

                await clock.advance(1800)
                assert keys[-1] == ("keepalive", "key-0")
            assert keys[-1] == ("delete", "key-0")

    run(scenario())
