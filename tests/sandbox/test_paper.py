"""Paper trading: the sandbox fills orders against books replayed from a recording.

A scripted strategy runs through the unchanged REST clients (only `base_url` points at the sandbox) while the
test steps the recorded market; the fills it gets (prices, sizes, fees, maker/taker) must be the venue's rules
applied to those books, and the same on every run.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import venuekit
from venuekit.sandbox import Sandbox
from venuekit.sandbox.paper import PaperMarket

from .conftest import Serve, sdk_options


def write_recording(path: Path, venue: str, stream: str, frames: Sequence[tuple[float, str, Any]]) -> Path:
    """A recording in the documented format (venuekit.streams.recording): (time, channel, payload) frames."""
    head = {"venue": venue, "stream": stream}
    start = frames[0][0]
    lines = [{"t": start, **head, "event": "recording", "format": 1}, {"t": start, **head, "event": "connected"}]
    for when, channel, payload in frames:
        lines.append({"t": when, **head, "channel": channel, "frame": json.dumps(payload)})
    lines.append({"t": frames[-1][0] + 1, **head, "event": "closed"})
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def gmo_book(second: int, bids: list[tuple[str, str]], asks: list[tuple[str, str]]) -> dict[str, Any]:
    return {
        "channel": "orderbooks",
        "symbol": "BTC",
        "timestamp": f"2024-05-01T00:00:{second:02d}.000Z",
        "bids": [{"price": p, "size": s} for p, s in bids],
        "asks": [{"price": p, "size": s} for p, s in asks],
    }


T0 = 1_714_521_600.0
GMO_MARKET = [
    (T0, "orderbooks", gmo_book(0, bids=[("99", "1"), ("98", "2")], asks=[("101", "1"), ("102", "3")])),
    (T0 + 1, "orderbooks", gmo_book(1, bids=[("99", "1"), ("98", "2")], asks=[("100", "0.2"), ("101", "1")])),
    (T0 + 2, "orderbooks", gmo_book(2, bids=[("97", "1")], asks=[("100", "5")])),
]


def run_gmo_strategy(recording: Path) -> tuple[list[tuple[Any, ...]], dict[str, Any]]:
    """The scripted strategy: what it does depends only on the step of the market it is at."""
    from venuekit import gmo_coin

    with Sandbox("gmo_coin", paper=PaperMarket.stepped(recording, ["BTC"])) as sandbox:
        assert sandbox.paper is not None
        market = sandbox.paper
        with gmo_coin.Client("paper-key", sandbox.secret, base_url=sandbox.url, **sdk_options()) as client:
            gmo: Any = client  # lists and enums read without narrowing each `Unset`

            def one(order_id: str) -> Any:
                (found,) = gmo.orders.get_orders(order_id=[int(order_id)]).list_
                return found

            assert market.advance(0) == 1  # the first book
            resting_buy = gmo.orders.create_order(
                symbol="BTC", side="BUY", execution_type="LIMIT", price=Decimal(100), size=Decimal("0.5")
            )
            gmo.orders.create_order(symbol="BTC", side="BUY", execution_type="MARKET", size=Decimal("1.5"))
            big_sell = gmo.orders.create_order(symbol="BTC", side="SELL", execution_type="MARKET", size=Decimal(4))
            resting_sell = gmo.orders.create_order(
                symbol="BTC", side="SELL", execution_type="LIMIT", price=Decimal(99), size=Decimal(1)
            )
            states: dict[str, Any] = {}
            order = one(big_sell)
            states["big_sell"] = (order.status.value, order.executed_size)  # the book had 3 of the 4
            order = one(resting_buy)
            states["resting_buy_at_first"] = (order.status.value, order.executed_size)

            assert market.advance(1) == 1  # the ask comes down to 100 (0.2) and the bid 99 is fresh
            order = one(resting_buy)
            states["resting_buy_partly"] = (order.status.value, order.executed_size)
            order = one(resting_sell)
            states["resting_sell"] = (order.status.value, order.executed_size)

            assert market.advance(1) == 1
            active = gmo.orders.get_active_orders(symbol="BTC")
            states["active"] = [o.order_id for o in (active.list_ if active else [])]
            executions = gmo.executions.get_executions(order_id=int(resting_buy)).list_
            states["resting_buy_executions"] = len(executions)
            latest = gmo.executions.get_latest_executions(symbol="BTC")
            fills = [
                (e.order_id, e.side.value, e.price, e.size, e.fee)
                for e in reversed(latest.list_ if latest and latest.list_ else [])
            ]
            states["ids"] = {
                "resting_buy": int(resting_buy),
                "big_sell": int(big_sell),
                "resting_sell": int(resting_sell),
            }
    return fills, states


def test_a_scripted_strategy_gets_the_books_fills_with_gmo_fees_every_run(tmp_path: Path) -> None:
    recording = write_recording(tmp_path / "gmo.jsonl", "gmo_coin", "PublicStream", GMO_MARKET)
    fills, states = run_gmo_strategy(recording)
    ids = states["ids"]
    buy, sell, later = ids["resting_buy"], ids["big_sell"], ids["resting_sell"]
    market_buy = buy + 1
    taker, maker = Decimal("0.0005"), Decimal("-0.0001")  # BTC: specs/gmo_coin/openapi.yaml info.x-sdk.fees
    assert fills == [
        (market_buy, "BUY", Decimal(101), Decimal(1), Decimal(101) * taker),  # takes the asks, best first
        (market_buy, "BUY", Decimal(102), Decimal("0.5"), Decimal(51) * taker),
        (sell, "SELL", Decimal(99), Decimal(1), Decimal(99) * taker),  # the bids, as far as they go
        (sell, "SELL", Decimal(98), Decimal(2), Decimal(196) * taker),
        (buy, "BUY", Decimal(100), Decimal("0.2"), Decimal(20) * maker),  # the book crossed the resting buy
        (later, "SELL", Decimal(99), Decimal(1), Decimal(99) * maker),  # bid 99 again, in the new book
        (buy, "BUY", Decimal(100), Decimal("0.3"), Decimal(30) * maker),  # the rest of it, a book later
    ]
    assert states["big_sell"] == ("CANCELED", Decimal(3))  # a market order never rests: 1 left unfilled
    assert states["resting_buy_at_first"] == ("ORDERED", Decimal(0))  # 100 < the best ask 101: it waits
    assert states["resting_buy_partly"] == ("ORDERED", Decimal("0.2"))
    assert states["resting_sell"] == ("EXECUTED", Decimal(1))  # the first book's bid 99 was already taken
    assert states["active"] == [] and states["resting_buy_executions"] == 2

    assert run_gmo_strategy(recording) == (fills, states)  # deterministic: the same fills on every run


def gopax_book(entry: int, bids: list[tuple[int, str]], asks: list[tuple[int, str]]) -> dict[str, Any]:
    def levels(side: list[tuple[int, str]], start: int) -> list[dict[str, Any]]:
        return [
            {"entryId": start + i, "price": p, "volume": Decimal(s), "updatedAt": Decimal("1714521600.5")}
            for i, (p, s) in enumerate(side)
        ]

    book = {"ask": levels(asks, entry), "bid": levels(bids, entry + 10), "tradingPairName": "BTC-KRW"}
    return {"n": "SubscribeToOrderBook", "o": {**book, "maxEntryId": entry + 20}}


def test_gopax_market_buys_spend_quote_and_pay_the_quote_fee(tmp_path: Path) -> None:
    from venuekit import gopax

    frames = [
        (T0, "orderBook", gopax_book(100, bids=[(9_000_000, "1")], asks=[(10_000_000, "0.5"), (10_100_000, "1")]))
    ]
    path = tmp_path / "gopax.jsonl"
    write_recording(
        path, "gopax", "PublicStream", [(t, c, json.loads(json.dumps(p, default=str))) for t, c, p in frames]
    )
    with Sandbox("gopax", paper=PaperMarket.stepped(path, ["BTC-KRW"])) as sandbox:
        assert sandbox.paper is not None
        sandbox.paper.advance(0)
        with gopax.Client("paper-key", sandbox.secret, base_url=sandbox.url, **sdk_options()) as client:
            gx: Any = client
            # GOPAX market buys give the amount to spend in the quote asset (KRW).
            placed = gx.orders.create_order(trading_pair_name="BTC-KRW", side="buy", type_="market", amount=7_020_000)
            order = gx.orders.get_order(order_id=placed.id)
            trades = list(reversed(gx.trades.get_my_trades()))  # the venue lists the newest first
    assert order.status.value == "completed"
    assert [(t.price, Decimal(t.base_amount), t.fee) for t in trades] == [
        (Decimal(10_000_000), Decimal("0.5"), Decimal(10_000)),  # 5,000,000 KRW at 0.2 %
        (Decimal(10_100_000), Decimal("0.2"), Decimal(4_040)),  # the 2,020,000 KRW left
    ]


def test_hashkey_limit_orders_partly_fill_and_report_it(tmp_path: Path) -> None:
    from venuekit import hashkey_mena

    depth = {
        "symbol": "BTCUSD",
        "symbolName": "BTCUSD",
        "topic": "depth",
        "params": {"realtimeInterval": "24h", "binary": "false"},
        "data": [
            {"e": 301, "s": "BTCUSD", "t": 1714521600000, "v": "1_1", "b": [["29000", "1"]], "a": [["30000", "0.4"]]}
        ],
        "f": True,
        "sendTime": 1714521600001,
    }
    path = write_recording(tmp_path / "hk.jsonl", "hashkey_mena", "PublicStream", [(T0, "depth", depth)])
    with Sandbox("hashkey_mena", paper=PaperMarket.stepped(path, ["BTCUSD"])) as sandbox:
        assert sandbox.paper is not None
        sandbox.paper.advance(0)
        with hashkey_mena.Client("paper-key", sandbox.secret, base_url=sandbox.url, **sdk_options()) as hk:
            placed = hk.orders.create_order(symbol="BTCUSD", side="BUY", type_="LIMIT", quantity="1", price="30500")
            order = hk.orders.get_order(order_id=placed.order_id)
            trades = hk.account.get_my_trades(symbol="BTCUSD")
    assert (order.status.value, order.executed_qty) == ("PARTIALLY_FILLED", Decimal("0.4"))
    assert [(t.price, t.qty, t.is_maker) for t in trades] == [(Decimal(30000), Decimal("0.4"), False)]


def test_a_paper_venue_follows_a_live_stream(serve: Serve) -> None:
    """ "Live" here is another sandbox's GOPAX stream (its documented book): no network involved."""
    from venuekit import gopax

    source = serve("gopax")
    paper = PaperMarket.live(["BTC-KRW"], url=source.stream_url("PublicStream"))
    with Sandbox("gopax", paper=paper) as sandbox:
        engine = paper.engine
        assert engine is not None

        async def wait() -> None:
            while engine.updates < 2:  # the documented answer, then the delta applied to it
                await asyncio.sleep(0.01)

        asyncio.run(asyncio.wait_for(wait(), 10))
        with gopax.Client("paper-key", sandbox.secret, base_url=sandbox.url, **sdk_options()) as client:
            gx: Any = client
            placed = gx.orders.create_order(trading_pair_name="BTC-KRW", side="sell", type_="market", amount=2)
            order = gx.orders.get_order(order_id=placed.id)
    # The book's bid: 4,500,000 x 1.3 after the documented delta removed 5,000,000: 0.7 of the 2 is not filled.
    assert order.status.value == "cancelled" and Decimal(str(order.remaining)) == Decimal("0.7")


def test_a_venue_without_a_declared_book_cannot_paper_trade(tmp_path: Path) -> None:
    path = write_recording(tmp_path / "fx.jsonl", "gmo_coin_fx", "PublicStream", [(T0, "ticker", {})])
    with pytest.raises(ValueError, match="declare no order-book stream or operation"):
        Sandbox("gmo_coin_fx", paper=PaperMarket.stepped(path, ["USD_JPY"]))
    with pytest.raises(ValueError, match="at least one symbol"):
        PaperMarket.stepped(path, [])
    assert issubclass(venuekit.sandbox.paper.PaperEngine, object)


def test_the_sandbox_command_line_serves_a_paper_venue(tmp_path: Path) -> None:
    from venuekit import gopax

    book = gopax_book(100, bids=[(9_000_000, "1")], asks=[(10_000_000, "0.5")])
    path = tmp_path / "gopax.jsonl"
    write_recording(path, "gopax", "PublicStream", [(T0, "orderBook", json.loads(json.dumps(book, default=str)))])
    command = [sys.executable, "-m", "venuekit.sandbox", "gopax", "--paper", str(path), "--symbols", "BTC-KRW"]
    with subprocess.Popen([*command, "--exit-after", "30"], stdout=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None
            url = process.stdout.readline().split()[4]
            assert process.stdout.readline().startswith("  ")  # the stream URLs
            secret = "dGVzdHNlY3JldA=="
            with gopax.Client("paper-key", secret, base_url=url, **sdk_options()) as client:
                gx: Any = client
                # A limit buy above the ask: filled on arrival if the book is there, or as soon as it is.
                placed = gx.orders.create_order(
                    trading_pair_name="BTC-KRW", side="buy", type_="limit", price=10_500_000, amount="0.2"
                )
                deadline = time.monotonic() + 10
                while gx.orders.get_order(order_id=placed.id).status.value != "completed":
                    assert time.monotonic() < deadline, "the paper venue never filled the order"
                    time.sleep(0.02)
                (trade,) = gx.trades.get_my_trades()
        finally:
            process.kill()
    price = Decimal(10_500_000) if trade.price == Decimal(10_500_000) else Decimal(10_000_000)
    fee = price * Decimal("0.2") * Decimal("0.002")  # 0.2 %, maker or taker alike
    assert (trade.price, Decimal(trade.base_amount), trade.fee) == (price, Decimal("0.2"), fee)
