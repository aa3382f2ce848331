"""Paper trading on books polled over REST (Bitunix: its WebSocket API pushes nothing).

The "venue" is another Bitunix sandbox on 127.0.0.1 whose depth reply the test chooses (`Sandbox.answer`). A
recording of polled replies is made from it with an injected clock, then replayed step by step under a scripted
strategy through the unchanged `venuekit.bitunix.Client`: the fills must be the venue's rules applied to those
books, the same on every run. Live polling follows the venue's book, survives failed polls and never fills
against a crossed book.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from venuekit import bitunix
from venuekit.sandbox import Sandbox, spec_dir
from venuekit.sandbox.paper import PaperMarket
from venuekit.sandbox.polling import BookPoller, declared_source, record_polls
from venuekit.streams.recording import PollRecorder, read

from .conftest import Serve, sdk_options

T0 = 1_714_521_600.0
Levels = Sequence[tuple[str, str]]


def depth(bids: Levels, asks: Levels, ts: int = 1_724_285_700_000) -> dict[str, Any]:
    """A getDepth reply in the venue's envelope."""
    return {
        "code": "0",
        "msg": "success",
        "data": {
            "bids": [{"price": p, "volume": v} for p, v in bids],
            "asks": [{"price": p, "volume": v} for p, v in asks],
            "ts": str(ts),
        },
    }


MARKET = [
    depth(bids=[("99", "1"), ("98", "2")], asks=[("101", "1"), ("102", "3")], ts=1),
    depth(bids=[("99", "1")], asks=[("100", "0.2"), ("101", "1")], ts=2),
    depth(bids=[("100.5", "1")], asks=[("100", "5")], ts=3),  # crossed: skipped, fills nothing
    depth(bids=[("97", "1")], asks=[("100", "5")], ts=4),
]


def record_market(venue: Sandbox, path: Path, books: Sequence[dict[str, Any]]) -> Path:
    """Poll `venue` once per book (each served in turn), one recorded second apart: a deterministic recording."""
    source = declared_source("bitunix")
    times: Iterator[float] = iter([T0 + n for n in range(len(books))])

    async def main() -> None:
        with PollRecorder(path, venue="bitunix", operation=source.operation) as recorder:
            poller = BookPoller(source, ["BTCUSDT"], recorder.reply, url=venue.url, clock=lambda: next(times))
            async with bitunix.AsyncClient(base_url=venue.url, max_retries=0, **sdk_options()) as client:
                for book in books:
                    venue.answer("getDepth", book)
                    assert await poller.poll(client, "BTCUSDT")

    asyncio.run(main())
    return path


def run_strategy(recording: Path) -> tuple[list[tuple[Any, ...]], dict[str, Any]]:
    """The scripted strategy: what it does depends only on the step of the market it is at."""
    from venuekit.bitunix.models import OrderRef

    with Sandbox("bitunix", paper=PaperMarket.stepped(recording, ["BTCUSDT"])) as sandbox:
        market = sandbox.paper
        assert market is not None
        with bitunix.Client("paper-key", sandbox.secret, base_url=sandbox.url, **sdk_options()) as client:
            bx: Any = client

            def place(side: str, kind: str, volume: str, price: str = "0") -> str:
                placed = bx.orders.create_order(
                    symbol="BTCUSDT", side=side, type_=kind, volume=Decimal(volume), price=Decimal(price)
                )
                return str(placed.order_id)

            def state(order_id: str) -> tuple[str, Decimal, Decimal]:
                order = bx.orders.get_order(order_id=order_id)
                return (order.status.value, order.deal_volume, order.left_volume)

            states: dict[str, Any] = {}
            assert market.advance(0) == 1  # the first book
            resting_buy = place("BUY", "LIMIT", "0.5", "100")  # below the ask 101: rests
            big_sell = place("SELL", "MARKET", "4")  # the bids hold 3 of the 4
            quote_buy = place("BUY", "MARKET", "305")  # 305 USDT: 101 x 1, then 102 x 2
            resting_sell = place("SELL", "LIMIT", "1", "105")
            bx.orders.cancel_orders(order_id_list=[OrderRef(order_id=resting_sell, symbol="BTCUSDT")])
            states["first"] = {name: state(o) for name, o in [("resting_buy", resting_buy), ("big_sell", big_sell)]}
            states["first"]["quote_buy"] = state(quote_buy)
            states["first"]["resting_sell"] = state(resting_sell)

            assert market.advance(1) == 1  # the ask comes down to 100 (0.2): the resting buy takes it
            states["partly"] = state(resting_buy)
            assert market.advance(1) == 0  # the crossed book is skipped
            states["after_crossed"] = state(resting_buy)
            assert market.advance(1) == 1
            states["last"] = state(resting_buy)
            open_ids = [o.order_id for o in bx.orders.get_open_orders(symbol="BTCUSDT") or []]
            fills = []
            for name, order_id in [("resting_buy", resting_buy), ("big_sell", big_sell), ("quote_buy", quote_buy)]:
                for fill in bx.orders.get_order_fills(order_id=order_id, symbol="BTCUSDT") or []:
                    fills.append((name, fill.price, fill.volume, fill.fee, fill.role.value))
            states["open"] = open_ids
            assert market.polled is not None
            states["skipped"] = market.polled.skipped
    return fills, states


def test_a_scripted_strategy_on_polled_books_gets_the_same_fills_every_run(serve: Serve, tmp_path: Path) -> None:
    venue = serve("bitunix")
    recording = record_market(venue, tmp_path / "depth.jsonl.gz", MARKET)
    lines = list(read(recording))
    assert [line.get("event") for line in lines] == ["recording", None, None, None, None, "closed"]
    assert lines[1]["operation"] == "getDepth" and lines[1]["symbol"] == "BTCUSDT" and lines[1]["t"] == T0
    assert json.loads(lines[1]["body"]) == MARKET[0]  # the raw body, as received

    fills, states = run_strategy(recording)
    assert states["first"] == {
        "resting_buy": ("1", Decimal(0), Decimal("0.5")),  # unfilled, resting
        "big_sell": ("7", Decimal(3), Decimal(0)),  # partly filled, the rest cancelled
        "quote_buy": ("2", Decimal(3), Decimal(0)),  # 305 USDT bought 3
        "resting_sell": ("4", Decimal(0), Decimal(0)),  # cancelled
    }
    assert states["partly"] == ("3", Decimal("0.2"), Decimal("0.3"))
    assert states["after_crossed"] == states["partly"] and states["skipped"] == 1
    assert states["last"] == ("2", Decimal("0.5"), Decimal(0))
    assert states["open"] == []
    # Bitunix documents no fee schedule: fills pay 0; role 1 maker, 2 taker.
    assert fills == [
        ("resting_buy", Decimal(100), Decimal("0.2"), Decimal(0), "1"),
        ("resting_buy", Decimal(100), Decimal("0.3"), Decimal(0), "1"),
        ("big_sell", Decimal(99), Decimal(1), Decimal(0), "2"),
        ("big_sell", Decimal(98), Decimal(2), Decimal(0), "2"),
        ("quote_buy", Decimal(101), Decimal(1), Decimal(0), "2"),
        ("quote_buy", Decimal(102), Decimal(2), Decimal(0), "2"),
    ]
    assert run_strategy(recording) == (fills, states)  # deterministic


def wait_for(condition: Callable[[], bool], what: str) -> None:
    """Wait (bounded, generously) for a background poller to get somewhere; never a timing assertion."""
    deadline = time.monotonic() + 10
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.005)


def test_live_polling_follows_the_venue_survives_failed_polls_and_never_fills_a_crossed_book(
    serve: Serve, tmp_path: Path
) -> None:
    venue = serve("bitunix")
    paper = PaperMarket.live(["BTCUSDT"], url=venue.url, interval=0.001, record=tmp_path / "live.jsonl")
    with Sandbox("bitunix", paper=paper) as sandbox:
        books, poller = paper.polled, paper.poller
        assert books is not None and poller is not None
        wait_for(lambda: books.applied >= 1, "the venue's book arrived")  # the docs' example: 9990 / 10000
        assert books.books["BTCUSDT"].best_ask == (Decimal("10000.00"), Decimal("10.00"))
        with bitunix.Client("paper-key", sandbox.secret, base_url=sandbox.url, **sdk_options()) as client:
            bx: Any = client
            placed = bx.orders.create_order(
                symbol="BTCUSDT", side="BUY", type_="LIMIT", volume=Decimal(1), price=Decimal(9995)
            )
            skipped = books.skipped
            venue.answer("getDepth", depth(bids=[("9999", "1")], asks=[("9994", "5")]))  # crossed
            wait_for(lambda: books.skipped >= skipped + 2, "crossed replies were skipped")
            failures = poller.failures
            venue.answer("getDepth", {"oops": True}, status=500)
            wait_for(lambda: poller.failures >= failures + 2, "failed polls were counted")
            venue.answer("getDepth", {"code": "0", "msg": "success", "data": "garbage"})
            wait_for(lambda: poller.failures >= failures + 4, "unreadable replies were counted")
            assert bx.orders.get_order(order_id=placed.order_id).status.value == "1"  # nothing filled it
            venue.answer("getDepth", depth(bids=[("9990", "1")], asks=[("9995", "0.4"), ("9996", "1")]))
            wait_for(lambda: bx.orders.get_order(order_id=placed.order_id).status.value == "3", "the book crossed it")
            order = bx.orders.get_order(order_id=placed.order_id)
        assert (order.deal_volume, order.avg_price) == (Decimal("0.4"), Decimal(9995))
        assert paper.error is None
    # The parameters came from the venue's markets (its pair's price step) and the replies were recorded.
    assert poller.arguments("BTCUSDT") == {"symbol": "BTCUSDT", "precision": Decimal("0.01")}
    lines = list(read(tmp_path / "live.jsonl"))
    assert {line.get("event") for line in lines} >= {"recording", "poll-failed", "closed"}
    assert sum("body" in line for line in lines) >= books.applied + books.skipped


def test_a_polled_recording_replays_in_the_background(serve: Serve, tmp_path: Path) -> None:
    venue = serve("bitunix")
    recording = record_market(venue, tmp_path / "depth.jsonl", MARKET)
    paper = PaperMarket.replay(recording, ["BTCUSDT"])  # as fast as possible
    with Sandbox("bitunix", paper=paper):
        books = paper.polled
        assert books is not None
        wait_for(lambda: books.applied + books.skipped == len(MARKET), "every recorded reply was applied")
        assert books.skipped == 1 and books.books["BTCUSDT"].best_bid == (Decimal(97), Decimal(1))


def test_record_polls_from_code_and_the_command_line(serve: Serve, tmp_path: Path) -> None:
    venue = serve("bitunix")
    venue.answer("getDepth", MARKET[0])
    recorder = asyncio.run(
        record_polls("bitunix", ["BTCUSDT"], tmp_path / "code.jsonl", url=venue.url, interval=0.001, replies=3)
    )
    assert recorder.closed and recorder.frames == 3
    bodies = [json.loads(line["body"]) for line in read(tmp_path / "code.jsonl") if "body" in line]
    assert bodies == [MARKET[0]] * 3

    out = tmp_path / "cli.jsonl.gz"
    command = [sys.executable, "-m", "venuekit.streams.record", "bitunix", "--poll", "--symbols", "BTCUSDT"]
    command += ["--url", venue.url, "--interval", "0.001", "--frames", "2", "--out", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "2 replies recorded" in done.stderr
    assert [json.loads(line["body"]) for line in read(out) if "body" in line] == [MARKET[0]] * 2
    assert out.read_bytes()[:2] == b"\x1f\x8b"  # .gz: compressed

    refused = subprocess.run(
        [*command[:3], "gopax", "--poll", "--symbols", "BTC-KRW", "--frames", "1", "--out", str(tmp_path / "no")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode != 0 and "declares no order-book operation to poll" in refused.stderr


def test_a_stream_recording_is_refused_for_a_polled_venue(tmp_path: Path) -> None:
    path = tmp_path / "stream.jsonl"
    path.write_text(json.dumps({"t": T0, "venue": "bitunix", "stream": "WebSocketApi", "event": "recording"}) + "\n")
    with pytest.raises(ValueError, match=r"stream 'WebSocketApi'.*polling getDepth"):
        Sandbox("bitunix", paper=PaperMarket.stepped(path, ["BTCUSDT"]))


def copy_specs(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    root = tmp_path / "specs"
    shutil.copytree(spec_dir() / "bitunix", root / "bitunix")
    path = root / "bitunix" / "openapi.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return root


def book(document: dict[str, Any]) -> dict[str, Any]:
    declared: dict[str, Any] = document["info"]["x-sdk"]["paper"]["book"]
    return declared


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: book(d).update(operation="getDepthz"), "'getDepthz' is not an operation"),
        (lambda d: book(d).update({"symbol-param": "pair"}), "'pair' is not a parameter"),
        (lambda d: book(d).update(interval=0), "interval: expected a positive number"),
        (lambda d: book(d).update(params={"depth": 5}), r"\['depth'\] are not parameters"),
        (
            lambda d: d["paths"]["/api/spot/v1/market/depth"]["get"]["x-sdk-order-book"].pop("size"),
            "getDepth .*x-sdk-order-book with size",
        ),
    ],
)
def test_a_wrong_declaration_fails_clearly_in_the_sandbox_and_the_generator(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], message: str
) -> None:
    from generator.rest import SpecError, Venue

    root = copy_specs(tmp_path, change)
    with pytest.raises(ValueError, match=message):
        Sandbox("bitunix", spec_dir=root, paper=PaperMarket.live(["BTCUSDT"]))
    with pytest.raises(SpecError, match=message):
        Venue("bitunix", root / "bitunix" / "openapi.yaml").check_paper()


def test_the_sandbox_command_line_serves_a_polled_paper_venue(serve: Serve, tmp_path: Path) -> None:
    venue = serve("bitunix")
    recording = record_market(venue, tmp_path / "depth.jsonl", MARKET[:1])
    command = [sys.executable, "-m", "venuekit.sandbox", "bitunix", "--paper", str(recording), "--symbols", "BTCUSDT"]
    with subprocess.Popen([*command, "--exit-after", "30"], stdout=subprocess.PIPE, text=True) as process:
        try:
            assert process.stdout is not None
            first = process.stdout.readline().split()
            url, secret = first[4], first[6].strip("'(),")
            with bitunix.Client("paper-key", secret, base_url=url, **sdk_options()) as client:
                bx: Any = client
                # A limit buy at the ask: filled on arrival if the book is there, or as soon as it is.
                placed = bx.orders.create_order(
                    symbol="BTCUSDT", side="BUY", type_="LIMIT", volume=Decimal("0.5"), price=Decimal(101)
                )
                wait_for(lambda: bx.orders.get_order(order_id=placed.order_id).status.value == "2", "a fill")
                (fill,) = bx.orders.get_order_fills(order_id=placed.order_id, symbol="BTCUSDT")
        finally:
            process.kill()
    assert (fill.price, fill.volume, fill.fee) == (Decimal(101), Decimal("0.5"), Decimal(0))
