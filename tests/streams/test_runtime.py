"""The shared stream runtime on its own: queues and gaps, pacing, token lifecycles, request signing, order
books, and the connection loop with a made-up protocol."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
from websockets.asyncio.server import ServerConnection

import venuekit
from venuekit.auth import BitunixAuth
from venuekit.orderbook import BookFrame, BookStream, OrderBook, OrderBookError, version_key
from venuekit.streams import (
    Channel,
    Gap,
    Pacer,
    ParamSigner,
    Protocol,
    Stream,
    StreamClosedError,
    StreamOptions,
    Subscription,
    TokenLifecycle,
)

from .conftest import fast
from .fakes import FakeVenue, ManualClock, eventually, run, take


class _NoOwner:
    async def _leave(self, subscription: Subscription[Any]) -> None:
        return None

    async def _resubscribe(self, subscription: Subscription[Any]) -> None:
        return None


def _subscription(max_queue: int) -> Subscription[int]:
    channel: Channel[int] = Channel(name="numbers", parse=int, route={})
    return Subscription(channel, key="numbers", max_queue=max_queue, owner=_NoOwner())


# --- subscriptions --------------------------------------------------------------------------------
def test_overflow_drops_the_oldest_and_leaves_one_merged_gap() -> None:
    async def scenario() -> None:
        sub = _subscription(max_queue=2)
        sub._put(1)
        sub._gap(Gap.now("disconnected"))
        for n in range(2, 7):
            sub._put(n)
        sub._finish()
        items = await take(sub.with_gaps(), 3)
        assert isinstance(items[0], Gap)
        assert items[0].reasons == ("disconnected", "overflow") and items[0].dropped == 4
        assert items[1:] == [5, 6]
        assert sub.dropped == 4 and len(sub._items) == 0

    run(scenario())


def test_plain_iteration_flags_the_first_message_after_a_gap() -> None:
    async def scenario() -> None:
        sub = _subscription(max_queue=10)
        sub._put(1)
        sub._gap(Gap.now("decode_error"))
        sub._gap(Gap.now("disconnected"))  # consecutive gaps merge
        sub._put(2)
        sub._put(3)
        sub._finish()
        seen = []
        async for n in sub:
            seen.append((n, sub.resumed))
        assert seen == [(1, False), (2, True), (3, False)]
        assert sub.gaps == 1 and sub.last_gap is not None
        assert sub.last_gap.reasons == ("decode_error", "disconnected")

    run(scenario())


def test_a_failed_stream_raises_its_error_from_the_subscription() -> None:
    async def scenario() -> None:
        sub = _subscription(max_queue=10)
        sub._put(1)
        sub._finish(venuekit.AuthenticationError("bad key"))
        assert await anext(sub) == 1  # what arrived before the failure is still delivered
        with pytest.raises(venuekit.AuthenticationError):
            await anext(sub)

    run(scenario())


# --- pacing ---------------------------------------------------------------------------------------
def test_pacer_spaces_commands_by_its_interval() -> None:
    async def scenario() -> None:
        clock = ManualClock()
        pacer = Pacer(1.0, clock=clock, sleep=clock.sleep)
        sent: list[float] = []

        async def send_three() -> None:
            for _ in range(3):
                await pacer.wait()
                sent.append(clock.now)

        task = asyncio.create_task(send_three())
        await clock.advance(5)
        await task
        assert sent == [0.0, 1.0, 2.0]
        await clock.advance(10)
        await pacer.wait()  # after a quiet period a command goes at once
        assert clock.now == 15.0

    run(scenario())


# --- token lifecycle (HashKey's listen key through injected calls) ----------------------------------
class FakeListenKeys:
    def __init__(self) -> None:
        self.created = 0
        self.calls: list[tuple[str, str]] = []
        self.fail = False

    async def create(self) -> str:
        self.created += 1
        key = f"listen-key-{self.created}"
        self.calls.append(("create", key))
        return key

    async def extend(self, key: str) -> None:
        self.calls.append(("keepalive", key))
        if self.fail:
            raise venuekit.ServerError("busy")

    async def delete(self, key: str) -> None:
        self.calls.append(("delete", key))


def test_a_pacer_sleep_that_overruns_does_not_shorten_the_next_gap() -> None:
    """A busy machine wakes the pacer late once: the next command still waits a whole interval after that one
    really went, not an interval after the time it was due."""

    async def scenario() -> None:
        now = [0.0]
        overrun = [0.5]  # the first sleep ends half a second late, the others on time

        async def sleep(seconds: float) -> None:
            now[0] += seconds + overrun[0]
            overrun[0] = 0.0

        pacer = Pacer(1.0, clock=lambda: now[0], sleep=sleep)
        sent = []
        for _ in range(3):
            await pacer.wait()
            sent.append(now[0])
        assert sent == [0.0, 1.5, 2.5]

    run(scenario())


def test_listen_key_is_kept_alive_on_schedule_and_closed() -> None:
    async def scenario() -> None:
        clock, keys = ManualClock(), FakeListenKeys()
        lifecycle = TokenLifecycle(
            create=keys.create,
            extend=keys.extend,
            delete=keys.delete,
            ttl=3600,
            refresh_every=1800,
            clock=clock,
            sleep=clock.sleep,
        )
        rotations: list[float] = []
        keeper = asyncio.create_task(lifecycle.keep_alive(lambda: rotations.append(clock.now)))
        assert await lifecycle.acquire() == "listen-key-1"
        assert await lifecycle.acquire() == "listen-key-1"  # reused while valid
        await clock.advance(1800 * 3)
        assert keys.calls == [("create", "listen-key-1")] + [("keepalive", "listen-key-1")] * 3

        keys.fail = True  # retried every 30 s, then replaced before it would expire
        await clock.advance(1800)
        assert rotations == [] and keys.calls[-1] == ("keepalive", "listen-key-1")
        await clock.advance(1770)
        assert rotations == [clock.now] and lifecycle.token is None
        keys.fail = False
        assert await lifecycle.acquire() == "listen-key-2"
        assert ("delete", "listen-key-1") in keys.calls
        await lifecycle.close()
        assert keys.calls[-1] == ("delete", "listen-key-2")
        keeper.cancel()

    run(scenario())


def test_an_expired_token_is_never_handed_out() -> None:
    async def scenario() -> None:
        clock, keys = ManualClock(), FakeListenKeys()
        lifecycle = TokenLifecycle(
            create=keys.create, extend=keys.extend, delete=keys.delete, ttl=60, refresh_every=30, clock=clock
        )
        assert await lifecycle.acquire() == "listen-key-1"
        clock.now = 61  # nothing kept it alive (no keep_alive task)
        assert await lifecycle.acquire() == "listen-key-2"

    run(scenario())


def test_lifecycle_rejects_a_refresh_period_not_shorter_than_the_lifetime() -> None:
    keys = FakeListenKeys()
    with pytest.raises(ValueError):
        TokenLifecycle(create=keys.create, extend=keys.extend, delete=keys.delete, ttl=60, refresh_every=60)


# --- request signing (Bitunix WebSocket API) --------------------------------------------------------
def test_param_signer_matches_the_vector_from_the_venue_notes() -> None:
    # shared/venues/bitunix.md, vector V7: market.last_price with params {symbol: "BTC"}.
    auth = BitunixAuth("testApiKey", "testSecretKey", clock=lambda: 1700000000000)
    signer = ParamSigner(
        auth,
        api_key="apiKey",
        timestamp="timestamp",
        nonce="nonce",
        sign="sign",
        make_nonce=lambda: "0123456789abcdef0123456789abcdef",
    )
    assert signer({"symbol": "BTC"}) == {
        "symbol": "BTC",
        "apiKey": "testApiKey",
        "timestamp": "1700000000000",
        "nonce": "0123456789abcdef0123456789abcdef",
        "sign": "68a734953545221fa818579c62692d915b11bf17984a93c7c91adc52dac6a917",
    }
    assert "testSecretKey" not in repr(signer)


# --- order book -----------------------------------------------------------------------------------
def _levels(*pairs: tuple[str, str]) -> list[tuple[Decimal, Decimal]]:
    return [(Decimal(p), Decimal(s)) for p, s in pairs]


def test_order_book_applies_snapshots_and_updates_with_sequence_checks() -> None:
    book = OrderBook()
    with pytest.raises(OrderBookError, match="before a snapshot"):
        book.apply(BookFrame(bids=[], asks=[], snapshot=False, sequence=(1,)))
    book.apply(BookFrame(bids=_levels(("99", "1"), ("98", "2")), asks=_levels(("101", "1")), sequence=(10,)))
    assert book.best_bid == (Decimal(99), Decimal(1)) and book.best_ask == (Decimal(101), Decimal(1))
    book.apply(BookFrame(bids=_levels(("99", "0"), ("100", "3")), asks=[], snapshot=False, sequence=(11,)))
    assert book.depth() == (_levels(("100", "3"), ("98", "2")), _levels(("101", "1")))
    with pytest.raises(OrderBookError, match="sequence went back"):
        book.apply(BookFrame(bids=[], asks=[], snapshot=False, sequence=(11,)))
    assert not book.valid
    book.apply(BookFrame(bids=_levels(("50", "1")), asks=_levels(("51", "1")), sequence=(5,)))  # resync
    assert book.valid and book.sequence == (5,)
    with pytest.raises(OrderBookError, match="crossed"):
        book.apply(BookFrame(bids=_levels(("52", "1")), asks=[], snapshot=False, sequence=(6,)))
    with pytest.raises(OrderBookError, match="impossible"):
        book.apply(BookFrame(bids=_levels(("-1", "1")), asks=[]))
    assert version_key("735962141_2") < version_key("735962141_10") < version_key("735962142_0")


def test_a_locked_book_is_invalid() -> None:
    # Best bid equal to best ask cannot rest on any venue (the two orders would have traded): a book that
    # shows it has missed a message, and a strategy must not trade on it.
    book = OrderBook()
    with pytest.raises(OrderBookError, match="crossed book: best bid 100 >= best ask 100"):
        book.apply(BookFrame(bids=_levels(("100", "1"), ("99", "1")), asks=_levels(("100", "2"))))
    assert not book.valid
    book.apply(BookFrame(bids=_levels(("99.99", "1")), asks=_levels(("100", "2")), sequence=(1,)))
    assert book.valid and book.spread == Decimal("0.01")
    with pytest.raises(OrderBookError, match="crossed"):  # an update that locks it
        book.apply(BookFrame(bids=_levels(("100", "1")), asks=[], snapshot=False, sequence=(2,)))
    assert not book.valid


def test_book_stream_resubscribes_an_update_feed_after_a_sequence_gap() -> None:
    """A made-up venue whose depth channel sends one snapshot, then numbered updates."""

    def frames(message: dict[str, Any]) -> list[BookFrame]:
        levels = (
            [(Decimal(p), Decimal(s)) for p, s in message["bids"]],
            [(Decimal(p), Decimal(s)) for p, s in message["asks"]],
        )
        return [BookFrame(*levels, snapshot=message["type"] == "snapshot", sequence=(message["seq"],))]

    async def script(venue: FakeVenue, connection: ServerConnection, message: Any) -> None:
        if message["op"] == "sub":
            snapshot = {"ch": "depth", "type": "snapshot", "seq": 1, "bids": [["9", "1"]], "asks": [["11", "1"]]}
            await connection.send(json.dumps(snapshot))

    async def scenario() -> None:
        protocol = Protocol(name="made-up", environments={"test": "unused"}, heartbeat="websocket")
        async with FakeVenue(script) as venue:
            stream = Stream(protocol, url=venue.url, options=fast(StreamOptions()))
            async with stream:
                channel: Channel[dict[str, Any]] = Channel(
                    name="depth",
                    parse=dict,
                    route={"ch": ("depth",)},
                    subscribe={"op": "sub", "ch": "depth"},
                    unsubscribe={"op": "unsub", "ch": "depth"},
                )
                books = BookStream(stream.subscribe(channel), frames)
                iterator = aiter(books)
                assert (await anext(iterator)).best_bid == (Decimal(9), Decimal(1))
                update = {"ch": "depth", "type": "update", "seq": 2, "bids": [["10", "2"]], "asks": []}
                await venue.send(update)
                assert (await anext(iterator)).best_bid == (Decimal(10), Decimal(2))
                await venue.send(dict(update, seq=2))  # a repeated update: the book cannot be trusted
                book = await anext(iterator)  # the fresh snapshot the resubscription brought
                assert books.resyncs == 1 and book.sequence == (1,)
                assert [m["op"] for m in venue.messages()] == ["sub", "unsub", "sub"]
                await books.close()

    run(scenario())


# --- the connection loop --------------------------------------------------------------------------
def test_closed_streams_take_no_more_subscriptions_and_end_iteration() -> None:
    async def scenario() -> None:
        protocol = Protocol(name="made-up", environments={"test": "ws://127.0.0.1:9"}, heartbeat="websocket")
        stream = Stream(protocol, options=fast(StreamOptions()))
        sub = stream.subscribe(Channel(name="x", parse=dict, route={"ch": ("x",)}))
        await stream.start()
        await stream.close()
        assert await take(sub, 1, timeout=1) == []
        with pytest.raises(StreamClosedError):
            stream.subscribe(Channel(name="y", parse=dict, route={}))
        with pytest.raises(venuekit.ConfigurationError):
            Stream(protocol, environment="nowhere", options=StreamOptions())

    run(scenario())


def test_rejected_credentials_end_the_stream_with_the_error() -> None:
    async def refuse() -> str:
        raise venuekit.AuthenticationError("ERR-5010 invalid signature", code="ERR-5010")

    async def nothing(token: str) -> None:
        return None

    async def scenario() -> None:
        lifecycle = TokenLifecycle(create=refuse, extend=nothing, delete=nothing, ttl=60, refresh_every=30)
        protocol = Protocol(name="made-up", environments={"test": "ws://127.0.0.1:9/{token}"}, token_variable="token")
        async with Stream(protocol, options=fast(StreamOptions()), lifecycle=lifecycle) as stream:
            sub = stream.subscribe(Channel(name="x", parse=dict, route={}))
            with pytest.raises(venuekit.AuthenticationError):
                await asyncio.wait_for(anext(sub), 2)
            with pytest.raises(venuekit.AuthenticationError):
                stream.subscribe(Channel(name="y", parse=dict, route={}))

    run(scenario())


def test_messages_that_do_not_fit_the_model_are_reported_and_gapped_per_channel() -> None:
    def strict(message: dict[str, Any]) -> dt.datetime:
        return dt.datetime.fromisoformat(message["at"])

    async def scenario() -> None:
        protocol = Protocol(name="made-up", environments={"test": "unused"})
        async with FakeVenue() as venue:
            reported: list[venuekit.VenueError] = []
            stream = Stream(protocol, url=venue.url, options=fast(StreamOptions()), on_error=reported.append)
            async with stream:
                times = stream.subscribe(Channel(name="times", parse=strict, route={"ch": ("t",)}))
                others = stream.subscribe(Channel(name="others", parse=dict, route={"ch": ("o",)}))
                await stream.wait_connected(2)
                await venue.send({"ch": "t", "at": "yesterday"})
                await venue.send({"ch": "t"})
                await venue.send({"ch": "o"})
                await venue.send({"ch": "t", "at": "2024-01-01T00:00:00+00:00"})
                items = await take(times.with_gaps(), 2)
                assert isinstance(items[0], Gap) and items[0].dropped == 2
                assert items[1] == dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
                assert await anext(others) == {"ch": "o"} and not others.resumed
                assert [type(e).__name__ for e in reported] == ["StreamDecodeError"] * 2
                assert "missing field 'at'" in str(reported[1])
                await eventually(lambda: stream.connected)

    run(scenario())
