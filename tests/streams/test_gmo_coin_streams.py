"""GMO Coin crypto streams against a local venue that speaks the documented protocol.

The venue answers each `subscribe` with the docs' example message of that channel (seed doc examples in
specs/gmo_coin/asyncapi.yaml), and the tests inject the faults a trading bot meets: dropped connections,
garbage frames, unknown channels, a venue that stops answering pings, refused tokens, slow consumers.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from decimal import Decimal
from typing import Any

import httpx
import pytest
import websockets.exceptions
from websockets.asyncio.server import ServerConnection

import venuekit
from venuekit import gmo_coin
from venuekit.gmo_coin import streams
from venuekit.gmo_coin.stream_models import ExecutionEvent, Orderbook, OrderEvent, Ticker, Trade
from venuekit.streams import Gap, StreamDecodeError, connection

from .conftest import example, fast, fixture
from .fakes import FakeVenue, ManualClock, eventually, run, settle, take

PUSHES = {
    "ticker": "Ticker",
    "orderbooks": "Orderbooks",
    "trades": "Trades",
    "executionEvents": "ExecutionEvents",
    "orderEvents": "OrderEvents",
    "positionEvents": "PositionEvents",
    "positionSummaryEvents": "PositionSummaryEvents",
}


def push(channel: str, symbol: str | None = None) -> dict[str, Any]:
    message: dict[str, Any] = example("gmo_coin", PUSHES[channel])
    if symbol is not None:
        message["symbol"] = symbol
    return message


async def answer_subscribe(venue: FakeVenue, connection: ServerConnection, message: Any) -> None:
    """What GMO does after `subscribe`: starts sending the channel's messages."""
    if message.get("command") == "subscribe":
        await connection.send(json.dumps(push(message["channel"], message.get("symbol"))))


def public(venue: FakeVenue, **changes: Any) -> streams.PublicStream:
    return streams.PublicStream(url=venue.url, options=fast(streams.PublicStream.DEFAULT_OPTIONS, **changes))


def test_defaults_follow_the_spec() -> None:
    options = streams.PublicStream.DEFAULT_OPTIONS
    assert options.command_interval == 1.0  # 1 subscribe/unsubscribe per second per IP
    assert (options.ping_interval, options.ping_timeout) == (20.0, 20.0)
    assert streams.PublicStream.PROTOCOL.environments == {"production": "wss://api.coin.z.com/ws/public/v1"}
    assert streams.PrivateStream.PROTOCOL.environments == {"production": "wss://api.coin.z.com/ws/private/v1/{token}"}


def test_typed_messages_survive_garbage_unknown_channels_and_a_dropped_connection() -> None:
    async def scenario() -> None:
        async with FakeVenue(answer_subscribe) as venue, public(venue) as ws:
            ticker = ws.ticker("BTC")
            books = ws.orderbooks("BTC")
            trades = ws.trades("BTC", option="TAKER_ONLY")

            tick = await anext(ticker)
            assert isinstance(tick, Ticker)
            assert tick.ask == Decimal("750760") and isinstance(tick.volume, Decimal)
            assert tick.timestamp == dt.datetime(2018, 3, 30, 12, 34, 56, 789000, tzinfo=dt.timezone.utc)
            book = await anext(books)
            assert isinstance(book, Orderbook) and book.asks[0].price == Decimal("455659")
            trade = await anext(trades)
            assert isinstance(trade, Trade) and trade.side == "BUY" and trade.size == Decimal("0.1")
            assert sorted(json.dumps(m, sort_keys=True) for m in venue.messages(0)) == sorted(
                json.dumps(m, sort_keys=True)
                for m in [
                    {"command": "subscribe", "channel": "ticker", "symbol": "BTC"},
                    {"command": "subscribe", "channel": "orderbooks", "symbol": "BTC"},
                    {"command": "subscribe", "channel": "trades", "symbol": "BTC", "option": "TAKER_ONLY"},
                ]
            )

            await venue.send("{garbage")
            await venue.send({"channel": "nonexistent", "symbol": "BTC"})
            await venue.send(push("ticker", "ETH"))  # a symbol nobody subscribed to
            await venue.send(push("ticker", "BTC"))
            tick = await anext(ticker)
            assert tick.symbol == "BTC"
            assert ticker.resumed  # the garbage frame could have been one of its messages
            assert ticker.last_gap is not None and ticker.last_gap.reasons == ("decode_error",)
            error = ws.errors[-1]
            assert isinstance(error, StreamDecodeError) and isinstance(error, venuekit.DecodeError)
            assert error.frame == b"{garbage"
            assert ws.unrouted == 2

            venue.drop()
            await eventually(lambda: len(venue.messages(1)) == 3, what="re-subscription after the drop")
            assert {m["channel"] for m in venue.messages(1)} == {"ticker", "orderbooks", "trades"}
            tick = await anext(ticker)
            assert ticker.resumed and ticker.last_gap is not None
            assert ticker.last_gap.reasons == ("disconnected",)
            assert ws.reconnects == 1
            assert (await anext(trades)).price == Decimal("750760")

    run(scenario())


def test_a_venue_that_stops_answering_pings_is_left_within_the_heartbeat_bound() -> None:
    async def scenario() -> None:
        async with FakeVenue(answer_subscribe) as venue, public(venue) as ws:
            ticker = ws.ticker("BTC")
            await anext(ticker)
            venue.go_silent()
            await eventually(lambda: len(venue.messages(1)) == 1, what="reconnect after dead heartbeat")
            # Left because the heartbeat went unanswered (ping_interval 0.3 + ping_timeout 0.15), not because the
            # venue closed the socket or a read timed out: the bound is the heartbeat's, whatever the machine load.
            closed = ws.last_error
            assert isinstance(closed, websockets.exceptions.ConnectionClosedError), repr(closed)
            assert closed.sent is not None and (closed.sent.code, closed.sent.reason) == (
                1011,
                "keepalive ping timeout",
            )
            assert ws.reconnects == 1
            items = await take(ticker.with_gaps(), 2)
            assert isinstance(items[0], Gap) and items[0].reasons == ("disconnected",)
            assert isinstance(items[1], Ticker)

    run(scenario())


def test_subscribe_commands_are_paced(monkeypatch: pytest.MonkeyPatch) -> None:
    # Lower bounds that no load can break: the k-th command goes out no earlier than k intervals after the moment
    # before the first was asked for (the pacer's marks are k intervals apart and each send follows its mark; a
    # busy machine only delays). Gaps between individual sends are not asserted: a send delayed after its mark
    # shortens the next measured gap without the pacer being wrong (its rule is tested on a virtual clock in
    # test_runtime.py).
    sent_at: list[float] = []
    send = connection._LiveSocket.send

    async def timed(self: connection._LiveSocket, message: str) -> None:
        if '"subscribe"' in message:
            sent_at.append(time.monotonic())
        await send(self, message)

    monkeypatch.setattr(connection._LiveSocket, "send", timed)
    asked_at: list[float] = []

    async def scenario() -> None:
        async with FakeVenue() as venue, public(venue, command_interval=0.05) as ws:
            asked_at.append(time.monotonic())
            for symbol in ("BTC", "ETH", "XRP", "LTC"):
                ws.ticker(symbol)
            await eventually(lambda: len(venue.received) == 4)
            assert [r.message["symbol"] for r in venue.received] == ["BTC", "ETH", "XRP", "LTC"]

    run(scenario())
    assert len(sent_at) == 4
    assert [round(at - asked_at[0], 6) >= 0.05 * k for k, at in enumerate(sent_at)] == [True] * 4


def test_a_slow_consumer_gets_the_newest_messages_and_a_gap_not_unbounded_memory() -> None:
    async def scenario() -> None:
        async with FakeVenue() as venue, public(venue) as ws:
            ticker = ws.ticker("BTC", max_queue=3)
            await eventually(lambda: len(venue.received) == 1)
            for n in range(10):
                message = push("ticker", "BTC")
                message["last"] = str(n)
                await venue.send(message)
            await eventually(lambda: ticker.dropped == 7, what="overflow")
            items = await take(ticker.with_gaps(), 4)
            assert isinstance(items[0], Gap) and items[0].reasons == ("overflow",) and items[0].dropped == 7
            assert [i.last for i in items[1:]] == [Decimal(7), Decimal(8), Decimal(9)]

    run(scenario())


def test_unsubscribe_is_sent_once_the_last_subscriber_leaves() -> None:
    async def scenario() -> None:
        async with FakeVenue(answer_subscribe) as venue, public(venue) as ws:
            first, second = ws.ticker("BTC"), ws.ticker("BTC")
            assert (await anext(first)).symbol == (await anext(second)).symbol == "BTC"
            assert len(venue.received) == 1  # one venue subscription serves both
            await first.close()
            await second.close()
            await eventually(lambda: len(venue.received) == 2)
            assert venue.messages()[-1] == {"command": "unsubscribe", "channel": "ticker", "symbol": "BTC"}
            assert await take(first, 1, timeout=1) == []  # closed subscriptions end

    run(scenario())


def test_order_book_keeps_a_checked_local_book() -> None:
    real = fixture("gmo_coin", "WS__ws_public_v1__1")  # 30 levels a side, BTC_JPY, 2025-04-30T13:09:45.326Z

    async def scenario() -> None:
        async with FakeVenue() as venue, public(venue) as ws:
            books = ws.order_book("BTC_JPY")
            await eventually(lambda: len(venue.received) == 1)
            iterator = aiter(books)
            await venue.send(real)
            book = await anext(iterator)
            assert book.best_bid == (Decimal("13491909"), Decimal("0.049"))
            assert book.best_ask == (Decimal("13494275"), Decimal("0.003"))
            assert book.spread == Decimal("2366") and len(book.bids) == len(book.asks) == 30

            crossed = push("orderbooks", "BTC_JPY")  # the doc example: best bid above best ask
            crossed["timestamp"] = "2025-04-30T13:09:46.000Z"
            await venue.send(crossed)
            stale = dict(real, timestamp="2025-04-30T13:09:44.000Z")
            await venue.send(stale)  # accepted: after a failed check the next snapshot resyncs
            book = await anext(iterator)
            assert books.resyncs == 1 and "crossed" in str(books.last_error)
            assert book.timestamp == dt.datetime(2025, 4, 30, 13, 9, 44, tzinfo=dt.timezone.utc)

            older = dict(real, timestamp="2025-04-30T13:09:43.000Z")
            newer = dict(real, timestamp="2025-04-30T13:09:47.000Z")
            await venue.send(older)  # refused: goes back in time
            await venue.send(newer)
            book = await anext(iterator)
            assert books.resyncs == 2 and "went back" in str(books.last_error)
            assert book.valid and book.timestamp == dt.datetime(2025, 4, 30, 13, 9, 47, tzinfo=dt.timezone.utc)
            assert len(venue.received) == 1  # snapshot feed: no resubscription needed

    run(scenario())


def test_error_frames_surface_as_typed_venue_errors() -> None:
    async def scenario() -> None:
        async with FakeVenue(answer_subscribe) as venue, public(venue) as ws:
            ticker = ws.ticker("BTC")
            await anext(ticker)
            await venue.send({"error": "ERR-5012 Invalid permissions for action"})
            await venue.send(push("ticker", "BTC"))
            await anext(ticker)
            error = ws.errors[-1]
            assert isinstance(error, gmo_coin.errors.GmoCoinError) and isinstance(error, venuekit.ApiError)
            assert error.code == "ERR-5012" and error.message == "Invalid permissions for action"
            assert not ticker.resumed  # an error report is not a lost message

    run(scenario())


# --- the private stream and its access token --------------------------------------------------------
class FakeRest:
    """GMO's ws-auth REST operations, behind the generated REST client (httpx MockTransport)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str | None]] = []
        self.issued = 0
        self.fail_extend = False

    def __call__(self, request: httpx.Request) -> httpx.Response:
        assert request.url.path == "/private/v1/ws-auth" and request.headers["API-KEY"] == "key"
        token = json.loads(request.content)["token"] if request.content and request.method != "POST" else None
        self.calls.append((request.method, token))
        at = "2019-03-19T02:15:06.102Z"
        if request.method == "POST":
            self.issued += 1
            return httpx.Response(200, json={"status": 0, "data": f"token-{self.issued}", "responsetime": at})
        if request.method == "PUT" and self.fail_extend:
            error = {"message_code": "ERR-5106", "message_string": "Invalid request parameter."}
            return httpx.Response(200, json={"status": 1, "messages": [error], "responsetime": at})
        return httpx.Response(200, json={"status": 0, "responsetime": at})

    def client(self) -> gmo_coin.AsyncClient:
        return gmo_coin.AsyncClient("key", "secret", httpx_args={"transport": httpx.MockTransport(self)})


def private(venue: FakeVenue, lifecycle: venuekit.streams.TokenLifecycle) -> streams.PrivateStream:
    return streams.PrivateStream(
        lifecycle=lifecycle,
        url=venue.url + "/ws/private/v1/{token}",
        options=fast(streams.PrivateStream.DEFAULT_OPTIONS),
    )


def test_private_stream_runs_its_token_created_extended_and_deleted() -> None:
    rest, clock = FakeRest(), ManualClock()

    async def scenario() -> None:
        async with rest.client() as client, FakeVenue(answer_subscribe) as venue:
            lifecycle = streams.token_lifecycle(client, clock=clock, sleep=clock.sleep)
            async with private(venue, lifecycle) as ws:
                orders, executions = ws.order_events(), ws.execution_events()
                order = await anext(orders)
                assert isinstance(order, OrderEvent) and order.order_id == 123456789
                assert order.cancel_type == "USER" and order.order_size == Decimal("0.8")
                execution = await anext(executions)
                assert isinstance(execution, ExecutionEvent) and execution.fee == Decimal("323")
                assert venue.paths == ["/ws/private/v1/token-1"]  # the token is the last path segment

                await clock.advance(1799)
                assert rest.calls == [("POST", None)]
                await clock.advance(1)
                assert rest.calls[-1] == ("PUT", "token-1")  # extended before its 60 minutes run out
                await clock.advance(1800)
                assert rest.calls.count(("PUT", "token-1")) == 2

                venue.drop()  # reconnects with the same, still valid token
                await eventually(lambda: len(venue.paths) == 2)
                assert venue.paths[1] == "/ws/private/v1/token-1"
                await eventually(lambda: len(venue.messages(1)) == 2, what="re-subscription")
            assert rest.calls[-1] == ("DELETE", "token-1")  # deleted on close

    run(scenario())


def test_a_refused_token_is_replaced_and_a_token_that_cannot_be_extended_is_rotated() -> None:
    rest, clock = FakeRest(), ManualClock()

    def refuse_first_token(path: str) -> int | None:
        return 401 if path.endswith("/token-1") else None

    async def scenario() -> None:
        async with rest.client() as client, FakeVenue(answer_subscribe, reject=refuse_first_token) as venue:
            lifecycle = streams.token_lifecycle(client, clock=clock, sleep=clock.sleep)
            async with private(venue, lifecycle) as ws:
                positions = ws.position_events()
                assert (await anext(positions)).orderd_size == Decimal("0")
                assert venue.paths == ["/ws/private/v1/token-2"]
                assert ("DELETE", "token-1") in rest.calls  # the refused token is given back

                rest.fail_extend = True
                await clock.advance(1800)  # the extension fails; retried every 30 s while the token is valid
                assert rest.calls.count(("PUT", "token-2")) == 1
                await clock.advance(1770)  # 3570 s: one more failure would outlive the token
                await eventually(lambda: len(venue.paths) == 2, what="reconnect with a new token")
                assert venue.paths[1] == "/ws/private/v1/token-3"
                items = await take(positions.with_gaps(), 2)
                assert isinstance(items[0], Gap) and items[0].reasons == ("disconnected",)
            assert rest.calls[-1] == ("DELETE", "token-3")
            assert ("DELETE", "token-2") in rest.calls

    run(scenario())


def test_position_summary_option_is_sent_only_when_given() -> None:
    async def scenario() -> None:
        clock = ManualClock()
        rest = FakeRest()
        async with rest.client() as client, FakeVenue(answer_subscribe) as venue:
            lifecycle = streams.token_lifecycle(client, clock=clock, sleep=clock.sleep)
            async with private(venue, lifecycle) as ws:
                periodic = ws.position_summary_events(option="PERIODIC")
                summary = await anext(periodic)
                assert summary.sum_position_quantity == Decimal("0.03") and summary.msg_type == "UPDATE"
                await periodic.close()
                ws.position_summary_events()
                await eventually(lambda: len(venue.received) == 3)
                assert venue.messages() == [
                    {"command": "subscribe", "channel": "positionSummaryEvents", "option": "PERIODIC"},
                    {"command": "unsubscribe", "channel": "positionSummaryEvents", "option": "PERIODIC"},
                    {"command": "subscribe", "channel": "positionSummaryEvents"},
                ]

    run(scenario())


def test_a_private_stream_built_from_keys_owns_and_closes_its_rest_client() -> None:
    async def scenario() -> None:
        ws = streams.PrivateStream("key", "secret")
        rest = ws._own_rest
        assert rest is not None and ws.lifecycle is not None and ws.lifecycle.token is None
        await ws.close()  # never started: nothing to delete, but the REST client is closed
        await settle()

    run(scenario())
