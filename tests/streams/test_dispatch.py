"""The per-message path of a stream: routing by table lookup, the subscription's fast hand-off to `async for`,
and bad frames on the generated models' fast path still reported by field.

Routing is checked against the rule it implements (`venuekit.streams.matches`, each route's dotted paths holding
one of the allowed values, a value that is not a string compared as its JSON text) on random messages and routes.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import json
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from venuekit.streams import Channel, Gap, Protocol, Stream, StreamDecodeError, StreamOptions, Subscription, matches

from .conftest import stream_module

PROTOCOL = Protocol(name="made-up", environments={"test": "ws://127.0.0.1:9"}, heartbeat="websocket")


def _stream() -> Stream:
    return Stream(PROTOCOL, options=StreamOptions(), on_error=lambda error: None)


def _logging_channel(name: str, route: dict[str, tuple[str, ...]], log: list[str]) -> Channel[dict[str, Any]]:
    def parse(message: dict[str, Any]) -> dict[str, Any]:
        log.append(name)
        return message

    return Channel(name=name, parse=parse, route=route)


# --- routing --------------------------------------------------------------------------------------
def test_a_message_reaches_every_matching_subscription_in_the_order_they_were_made() -> None:
    log: list[str] = []
    stream = _stream()
    routes: dict[str, dict[str, tuple[str, ...]]] = {
        "a": {"ch": ("t",)},
        "b": {"ch": ("t",), "sym": ("X",)},
        "c": {"data.kind": ("k",)},
        "d": {"ch": ("t", "u")},
        "e": {},
        "f": {"ch": ("t",), "sym": ("Y",)},
    }
    subs = {name: stream.subscribe(_logging_channel(name, route, log)) for name, route in routes.items()}
    stream.feed(json.dumps({"ch": "t", "sym": "X", "data": {"kind": "k"}}))
    assert log == ["a", "b", "c", "d", "e"]
    log.clear()
    stream.feed(json.dumps({"ch": "u", "sym": "Y"}))
    assert log == ["d", "e"]
    assert [len(subs[name].drain()) for name in routes] == [1, 1, 1, 2, 2, 0]
    assert stream.unrouted == 0


def test_route_values_that_are_not_strings_are_compared_as_json_text() -> None:
    log: list[str] = []
    stream = _stream()
    stream.subscribe(_logging_channel("n", {"id": ("5",), "on": ("true",)}, log))
    delivered: list[dict[str, Any]] = [{"id": 5, "on": True}, {"id": "5", "on": "true"}]
    for message in delivered:
        stream.feed(json.dumps(message))
    assert log == ["n", "n"]
    refused: list[dict[str, Any]] = [{"id": [5], "on": True}, {"id": {"x": 5}, "on": True}, {"id": 5}, {"on": True}]
    for message in [*refused, {"id": 6, "on": True}]:
        stream.feed(json.dumps(message))
    assert log == ["n", "n"]
    assert stream.unrouted == 5 and not stream.errors


def test_a_closed_subscription_takes_its_route_out() -> None:
    async def scenario() -> None:
        log: list[str] = []
        stream = _stream()
        ticker = stream.subscribe(_logging_channel("ticker", {"ch": ("ticker",)}, log))
        trades = stream.subscribe(_logging_channel("trades", {"ch": ("trades",)}, log))
        await ticker.close()
        stream.feed('{"ch": "ticker"}')
        stream.feed('{"ch": "trades"}')
        assert log == ["trades"] and stream.unrouted == 1
        assert trades.drain() == [{"ch": "trades"}]

    asyncio.run(scenario())


PATHS = ("a", "b", "a.b", "b.a")
VALUES = ("x", "1", "true", "null", '"x"')
SCALARS = st.sampled_from(["x", "1", "y", 1, 2, True, None, 1.5])
MESSAGES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.sampled_from("ab"), inner, max_size=2)
).filter(lambda value: isinstance(value, dict))
ROUTES = st.dictionaries(st.sampled_from(PATHS), st.lists(st.sampled_from(VALUES), min_size=1, max_size=2).map(tuple))


@settings(max_examples=150, deadline=None)
@given(routes=st.lists(ROUTES, min_size=1, max_size=6), messages=st.lists(MESSAGES, min_size=1, max_size=5))
def test_routing_delivers_exactly_what_the_route_rule_says(
    routes: list[dict[str, tuple[str, ...]]], messages: list[dict[str, Any]]
) -> None:
    log: list[str] = []
    stream = _stream()
    for i, route in enumerate(routes):
        stream.subscribe(_logging_channel(f"c{i}", route, log))
    unrouted = 0
    for message in messages:
        log.clear()
        stream.feed(json.dumps(message))
        expected = [f"c{i}" for i, route in enumerate(routes) if matches(message, route)]
        assert log == expected, (message, routes)
        unrouted += not expected
    assert stream.unrouted == unrouted and not stream.errors


# --- the hand-off to the consumer ---------------------------------------------------------------------
class _NoOwner:
    async def _leave(self, subscription: Subscription[Any]) -> None:
        return None

    async def _resubscribe(self, subscription: Subscription[Any]) -> None:
        return None


def _subscription(max_queue: int) -> Subscription[int]:
    return Subscription(Channel(name="n", parse=int, route={}), key="n", max_queue=max_queue, owner=_NoOwner())


def _fill(sub: Subscription[int]) -> None:
    """1, 2, a disconnect, then 3, 4, 5 into a queue of 3: the two oldest messages are dropped."""
    sub._put(1)
    sub._put(2)
    sub._gap(Gap.now("disconnected"))
    for n in (3, 4, 5):
        sub._put(n)


def test_a_consumer_that_fell_behind_gets_messages_in_order_with_gaps_and_overflow_marked() -> None:
    async def scenario() -> None:
        plain, marked = _subscription(3), _subscription(3)
        _fill(plain)
        _fill(marked)
        got = [(await anext(plain), plain.resumed) for _ in range(3)]
        assert got == [(3, True), (4, False), (5, False)]
        assert plain.gaps == 1 and plain.dropped == 2
        assert plain.last_gap is not None and plain.last_gap.dropped == 2
        assert set(plain.last_gap.reasons) == {"overflow", "disconnected"}
        items = [await anext(aiter(marked.with_gaps())) for _ in range(4)]
        assert isinstance(items[0], Gap) and items[1:] == [3, 4, 5]
        assert (items[0].reasons, items[0].dropped) == (plain.last_gap.reasons, 2)

    asyncio.run(scenario())


def test_a_waiting_consumer_is_woken_by_each_new_message() -> None:
    async def scenario() -> None:
        sub = _subscription(10)
        got: list[int] = []

        async def consume() -> None:
            async for n in sub:
                got.append(n)
                if n == 3:
                    return

        task = asyncio.create_task(consume())
        for n in (1, 2, 3):
            for _ in range(3):
                await asyncio.sleep(0)  # the consumer runs until it waits on the empty queue
            assert got == list(range(1, n)) and not task.done()
            sub._put(n)
        for _ in range(3):
            await asyncio.sleep(0)
        assert task.done() and got == [1, 2, 3]

    asyncio.run(scenario())


def test_a_replay_paced_by_its_consumer_still_hears_of_each_take() -> None:
    async def scenario() -> None:
        sub = _subscription(10)
        takes: list[int] = []
        sub.on_take = lambda: takes.append(1)
        sub._put(1)
        sub._put(2)
        assert [await anext(sub), await anext(sub)] == [1, 2]
        assert len(takes) == 2

    asyncio.run(scenario())


# --- bad frames on the generated models' fast path -----------------------------------------------------
TICKER = {
    "channel": "ticker",
    "ask": "750760",
    "bid": "750600",
    "high": "762302",
    "last": "756662",
    "low": "704874",
    "symbol": "BTC",
    "timestamp": "2018-03-30T12:34:56.789Z",
    "volume": "194785.8484",
}


def _ticker_stream() -> tuple[Any, list[Any], Subscription[Any]]:
    gmo = stream_module("gmo_coin")
    reported: list[Any] = []
    stream = gmo.PublicStream(options=dataclasses.replace(gmo.PublicStream.DEFAULT_OPTIONS), on_error=reported.append)
    return stream, reported, stream.ticker("BTC")


def test_a_good_ticker_frame_is_typed_exactly() -> None:
    stream, reported, sub = _ticker_stream()
    stream.feed(json.dumps(TICKER))
    stream.feed(json.dumps({**TICKER, "timestamp": "2018-03-30T12:34:56.789"}))  # naive: taken as UTC
    first, second = (item for item in sub.drain() if not isinstance(item, Gap))
    assert first.ask == Decimal("750760") and first.volume == Decimal("194785.8484")
    assert first.timestamp == dt.datetime(2018, 3, 30, 12, 34, 56, 789000, tzinfo=dt.timezone.utc)
    assert second.timestamp == first.timestamp
    assert not reported and not first.additional_properties


def test_bad_ticker_frames_are_reported_naming_the_channel_and_field() -> None:
    bad = {
        "ask": "abc",  # not a number
        "bid": "NaN",  # converts, but is not finite
        "high": True,  # JSON true would convert to 1
        "volume": None,
    }
    for field, value in bad.items():
        stream, reported, sub = _ticker_stream()
        stream.feed(json.dumps({**TICKER, field: value}))
        assert len(reported) == 1, field
        error = reported[0]
        assert isinstance(error, StreamDecodeError) and error.channel == "ticker"
        assert str(error).count(field) >= 1, (field, str(error))
        (gap,) = sub.drain()
        assert isinstance(gap, Gap) and gap.reasons == ("decode_error",) and gap.error is error


def test_a_ticker_frame_with_a_field_renamed_is_reported_as_missing_that_field() -> None:
    stream, reported, _ = _ticker_stream()
    frame = dict(TICKER)
    frame["Ask"] = frame.pop("ask")  # as many keys as declared, one of them unknown
    stream.feed(json.dumps(frame))
    assert len(reported) == 1 and "missing field 'ask'" in str(reported[0])
