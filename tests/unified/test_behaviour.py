"""The unified layer's own rules: statuses never guessed, placements completed from what was sent, symbols that
never collide, the venue's "status unknown" passed through with a way to settle it, gaps flagged on watches,
and dates written in the venue's own day."""

from __future__ import annotations

import asyncio
import datetime as _dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

import venuekit
from tests.placement.proxy import FaultProxy
from tests.sandbox.conftest import TLS
from venuekit.sandbox import Sandbox
from venuekit.sandbox.base import dumps
from venuekit.unified import Exchange, Market, mapping_of
from venuekit.unified import mapping as u

UTC = _dt.timezone.utc


def context(method: str = "fetch_order", **args: Any) -> u.Context:
    market = Market(symbol="BTC/JPY", id="BTC", base="BTC", quote="JPY", type="spot", venue="x")
    return u.Context(u.Args("x", method, **args), {"BTC": market})


STATUSES: dict[str, Any] = {"ORDERED": "open", "EXECUTED": "filled"}


def test_a_status_the_mapping_does_not_know_is_unknown_and_kept() -> None:
    order = u.order(context(), {}, id="1", statuses=STATUSES, venue_status="FROZEN", symbol="BTC")
    assert (order.status, order.venue_status, order.symbol) == ("unknown", "FROZEN", "BTC/JPY")
    order = u.order(context(), {}, id="1", statuses=STATUSES, venue_status="EXECUTED", symbol="ETH")
    assert (order.status, order.symbol) == ("filled", "ETH")  # an id the metadata does not list stays as it is
    missing = u.order(context(), {}, id="1", statuses=STATUSES, venue_status=None, symbol="BTC")
    assert missing.status == "unknown"  # a record without a status is not taken for anything
    listed = u.order(context(), {}, id="1", statuses=STATUSES, venue_status=None, absent_status="open", symbol="BTC")
    assert listed.status == "open"  # ... unless the operation itself says so (GOPAX's open orders)


def test_a_placement_is_completed_with_what_was_sent_and_nothing_else() -> None:
    market = context().markets["BTC"]
    sent = context(
        "create_order", market=market, type="limit", side="buy", amount=Decimal("0.5"), price=Decimal("430001")
    )
    order = u.order(sent, "637000", id="637000")
    assert (order.status, order.side, order.type, order.price, order.amount) == (
        "accepted",
        "buy",
        "limit",
        Decimal("430001"),
        Decimal("0.5"),
    )
    assert (order.filled, order.remaining, order.timestamp, order.raw) == (None, None, None, "637000")
    partly = u.order(context(), {}, id="1", symbol="BTC", amount=Decimal(2), filled=Decimal("0.5"), average=Decimal(0))
    assert (partly.remaining, partly.average) == (Decimal("1.5"), None)  # 0 means "no average yet"


def test_two_venue_ids_never_make_one_symbol() -> None:
    _, mapping = mapping_of("gmo_coin")
    ex = Exchange(mapping, venuekit.gmo_coin.Client())
    try:
        spot = u.MarketInfo("BTC", "spot", "BTC", "JPY")
        leverage = u.MarketInfo("BTC_JPY", "leverage", "BTC", "JPY")
        markets = ex._store_markets([spot, leverage])  # GMO's two BTC instruments: two symbols
        assert {s: m.id for s, m in markets.items()} == {"BTC/JPY": "BTC", "BTC/JPY:JPY": "BTC_JPY"}
        with pytest.raises(venuekit.ConfigurationError, match="'BTC' and 'XBT' make the same symbol 'BTC/JPY'"):
            ex._store_markets([spot, u.MarketInfo("XBT", "spot", "BTC", "JPY")])
    finally:
        ex.close()


def test_gmo_dates_follow_its_trading_day() -> None:
    """GMO Coin's candle day starts at 06:00 JST (21:00 UTC): YYYYMMDD up to 1 hour, YYYY above."""
    formats = {"1m": "%Y%m%d", "1d": "%Y"}
    before = _dt.datetime(2024, 3, 1, 20, 59, tzinfo=UTC)
    after = _dt.datetime(2024, 3, 1, 21, 0, tzinfo=UTC)
    assert u.strftime(before, formats, "1m", 180) == "20240301"
    assert u.strftime(after, formats, "1m", 180) == "20240302"
    assert u.strftime(_dt.datetime(2024, 12, 31, 21, 0, tzinfo=UTC), formats, "1d", 180) == "2025"


def test_venue_values_are_chosen_or_refused_by_name() -> None:
    a = u.Args("gopax", "create_order", type="market")
    assert u.choose({"limit": "limit", "market": "market"}, "market", "type", a) == "market"
    with pytest.raises(venuekit.ValidationError, match="'1w' is not supported by gopax create_order"):
        u.choose({"1m": 1, "1d": 1440}, "1w", "timeframe", a)
    with pytest.raises(venuekit.ValidationError, match="id: '12a' is not one of this venue's order ids"):
        u.int_id("12a", "id")
    assert u.int_id("637000", "id") == 637000


def test_unknown_venues_are_named() -> None:
    with pytest.raises(venuekit.ConfigurationError, match="unknown venue 'nope'; known: bitunix, gmo_coin"):
        venuekit.connect("nope")
    # Names that are not package names are refused before anything is imported; packages without a mapping too.
    for name in ("a-b", "venuekit.errors", "", "errors", "streams", 3):
        with pytest.raises(venuekit.ConfigurationError) as refused:
            venuekit.connect(name)  # type: ignore[arg-type]
        assert (
            str(refused.value) == f"unknown venue {name!r}; known: bitunix, gmo_coin, gmo_coin_fx, gopax, hashkey_mena"
        )


# --- placement safety -------------------------------------------------------------------------------------------
def _through(sandbox: Sandbox, fault: str) -> Any:
    def venue_error(code: str) -> tuple[int, bytes]:
        reply = sandbox.app.adapter.error(code)
        return reply.status, dumps(reply.body)

    return FaultProxy(sandbox.url, venue_error)


@pytest.mark.parametrize(("fault", "placed"), [("timeout-after", True), ("502-before", False)])
def test_status_unknown_is_raised_as_is_and_settled_by_client_order_id(fault: str, placed: bool) -> None:
    """GOPAX (no key the venue refuses twice, a lookup by client order id): the unified create_order raises the
    venue call's OrderStatusUnknownError unchanged, and `resolve_order` tells placed from not placed."""
    with Sandbox("gopax") as sandbox, _through(sandbox, fault) as proxy:
        timeout = httpx.Timeout(5.0, read=0.2)
        with venuekit.connect(
            "gopax", "k", sandbox.secret, base_url=proxy.url, timeout=timeout, httpx_args={"verify": TLS}
        ) as ex:
            ex.load_markets()
            proxy.arm("POST", "/orders", fault)
            with pytest.raises(venuekit.OrderStatusUnknownError) as unknown:
                ex.create_order("BTC/KRW", "limit", "buy", "0.5", "1000", client_order_id="safe1")
            assert unknown.value.client_order_id == "safe1" and len(sandbox.executed) == int(placed)
            proxy.disarm()
            if placed:
                order = ex.resolve_order(unknown.value)
                assert (order.client_order_id, order.symbol, order.amount) == ("safe1", "BTC/KRW", Decimal("0.5"))
            else:
                with pytest.raises(venuekit.NotFoundError):
                    ex.resolve_order(unknown.value)
            assert len(sandbox.executed) == int(placed)  # settling it placed nothing


def test_without_a_lookup_resolve_order_says_where_to_look() -> None:
    with Sandbox("gmo_coin") as sandbox, _through(sandbox, "timeout-after") as proxy:
        timeout = httpx.Timeout(5.0, read=0.2)
        with venuekit.connect("gmo_coin", "k", sandbox.secret, base_url=proxy.url, timeout=timeout) as ex:
            ex.load_markets()
            proxy.arm("POST", "/private/v1/order", "timeout-after")
            with pytest.raises(venuekit.OrderStatusUnknownError) as unknown:
                ex.create_order("BTC/JPY", "limit", "buy", "0.01", "1")
            with pytest.raises(venuekit.ConfigurationError, match="check fetch_open_orders"):
                ex.resolve_order(unknown.value)
        assert len(sandbox.executed) == 1  # the venue has it: it shows among the open orders
        assert [o.status for o in sandbox.book.open("BTC")] == ["open"]


# --- watches over a recording ---------------------------------------------------------------------------------
def _book(bid: str, ask: str) -> str:
    level = {"price": "0", "size": "1"}
    return json.dumps(
        {
            "channel": "orderbooks",
            "symbol": "BTC",
            "bids": [{**level, "price": bid}],
            "asks": [{**level, "price": ask}],
            "timestamp": "2024-03-01T00:00:00.000Z",
        }
    )


def test_a_watch_flags_the_data_after_a_gap(tmp_path: Path) -> None:
    """A recording with a disconnect between two books: the second book comes `resumed`."""
    head = {"venue": "gmo_coin", "stream": "PublicStream"}
    lines = [
        {"t": 1.0, **head, "event": "recording", "format": 1},
        {"t": 1.0, **head, "event": "connected"},
        {"t": 1.1, **head, "channel": "orderbooks", "frame": _book("100", "101")},
        {"t": 1.2, **head, "event": "disconnected", "reason": "test"},
        {"t": 1.3, **head, "event": "connected"},
        {"t": 1.4, **head, "channel": "orderbooks", "frame": _book("99", "102")},
        {"t": 1.5, **head, "event": "closed"},
    ]
    path = tmp_path / "books.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")

    async def watch(sandbox: Sandbox) -> list[tuple[Decimal, Decimal, bool]]:
        seen = []
        async with venuekit.connect_async(
            "gmo_coin", base_url=sandbox.url, stream_replays={"PublicStream": path}
        ) as ex:
            feed = await ex.watch_order_book("BTC/JPY")
            async for book in feed:
                assert book.symbol == "BTC/JPY" and book.best_bid and book.best_ask
                seen.append((book.best_bid.price, book.best_ask.price, feed.resumed))
            assert feed.gaps == 1
        return seen

    with Sandbox("gmo_coin") as sandbox:
        seen = asyncio.run(watch(sandbox))
    assert seen == [(Decimal(100), Decimal(101), False), (Decimal(99), Decimal(102), True)]


# --- replies the unified model cannot hold ---------------------------------------------------------------------
def test_a_reply_the_unified_model_cannot_hold_is_a_decode_error() -> None:
    """Bitunix states precisions as decimal places; one that is no number is the venue's fault, said as such."""
    body = {
        "code": "0",
        "msg": "success",
        "data": [
            {
                "id": "1",
                "base": "BTC",
                "quote": "USDT",
                "basePrecision": "eight",
                "quotePrecision": "2",
                "minPrice": "0.01",
                "minVolume": "0.001",
                "isOpen": "1",
                "isHot": "1",
                "isRecommend": "1",
                "isShow": "1",
                "tradeArea": "USDT",
                "sort": "1",
                "openTime": None,
                "precisions": ["0.01"],
            }
        ],
    }
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    with (
        venuekit.connect("bitunix", httpx_args={"transport": transport}) as ex,
        pytest.raises(venuekit.DecodeError) as refused,
    ):
        ex.load_markets()
    assert refused.value.operation == "load_markets" and b"eight" in refused.value.body


class _Messages:
    """A venue subscription stand-in: the messages, then the end."""

    def __init__(self, messages: list[Any]) -> None:
        self.messages = messages
        self.resumed = False

    def __aiter__(self) -> Any:
        return self._iterate()

    async def _iterate(self) -> Any:
        for message in self.messages:
            yield message

    async def close(self) -> None:
        return None


class _Host(u.StreamHost):
    async def start(self, name: str) -> None:
        return None


def test_a_stream_message_the_unified_model_cannot_hold_is_skipped_and_flagged() -> None:
    def read(message: dict[str, str]) -> list[Decimal]:
        return [Decimal(message["price"])]

    async def consume() -> tuple[list[tuple[Decimal, bool]], Any]:
        feed = u.feed(_Host(), "PublicStream", _Messages([{"price": "1"}, {"no": "price"}, {"price": "2"}]), read)
        return [(price, feed.resumed) async for price in feed], feed

    seen, feed = asyncio.run(consume())
    assert seen == [(Decimal(1), False), (Decimal(2), True)]
    assert feed.gaps == 1 and [type(e).__name__ for e in feed.errors] == ["DecodeError"]


def test_a_cancel_the_venue_does_not_confirm_is_refused() -> None:
    """GMO Coin FX answers a cancel with the orders it cancelled: one it leaves out was not cancelled."""
    body = {"status": 0, "data": {"success": [{"rootOrderId": 999}]}, "responsetime": "2024-03-01T00:00:00.000Z"}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    with venuekit.connect("gmo_coin_fx", "k", "s", httpx_args={"transport": transport}, rate_limit=False) as ex:
        ex.markets = {}  # no metadata needed to cancel by id
        with pytest.raises(venuekit.OrderRejectedError, match="did not cancel order 123"):
            ex.cancel_order("123")
        body["data"] = {"success": [{"rootOrderId": 123}]}
        ex.cancel_order("123")  # confirmed: no error
