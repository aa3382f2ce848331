"""Paper trading: the sandbox fills the orders it accepts against real books.

The books come from the venue's own public order-book stream (the one `info.x-sdk.paper.book` of its
AsyncAPI spec names), live or replayed from a recording (`venuekit.streams.recording`), through the same typed
stream classes and order-book checks a bot uses. A venue whose stream pushes no book declares a public REST
order-book operation instead (`info.x-sdk.paper.book.operation` of its OpenAPI spec): it is polled every few
seconds per symbol through the venue's generated client, or replayed from a recording of polled replies
(`venuekit.sandbox.polling`). A bot points its REST client at the sandbox (`base_url`) and
changes nothing else; its orders are matched by `PaperEngine`:

- a market order takes the visible depth of the other side, level by level, at each level's price; what the
  book cannot fill is cancelled (a market order never rests);
- a limit order takes what it crosses on arrival (taker), and the rest waits; it fills (maker, at its own
  price) when a later book crosses it, as far as the crossing levels' sizes go;
- partial fills are kept per order (`Order.fills`); time in force IOC/FAK cancels what is left after the
  first pass, FOK fills only when the whole size is there; post-only orders are not refused;
- liquidity taken from a book is not taken twice before the next book arrives (nor from a next book whose levels
  are all the same: a poll of a book that did not move), but a level a changed book still shows can fill a
  resting order again (the venue's book does not show paper fills); the order's
  place in the venue's queue is not simulated; a market order placed before any book arrived is cancelled;
- fees use the venue's documented schedule (`info.x-sdk.fees` of its OpenAPI spec), quoted in the quote
  asset (negative: a rebate); where the spec has none the fee is 0.

Deterministic replays (tests, backtests): `PaperMarket.stepped(path, symbols)` applies the recording only
when told (`advance(seconds)`), so a scripted strategy gets the same fills every run. `PaperMarket.replay`
plays it in the background (as fast as possible or at a speed), `PaperMarket.live` follows the venue.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from ..orderbook import BookStream, OrderBook
from ..streams.errors import ConnectionLostError
from ..streams.recording import PollRecorder, raw_frame, read
from .base import App, Side, Terms
from .orders import Order
from .polling import BookPoller, PolledBooks, PolledSource, polled_source

log = logging.getLogger("venuekit.sandbox.paper")


@dataclass(frozen=True)
class Fees:
    maker: Decimal = Decimal(0)
    taker: Decimal = Decimal(0)


class FeeSchedule:
    """`info.x-sdk.fees` of a venue's OpenAPI spec: rates per symbol, and a default for the others."""

    def __init__(self, block: Mapping[str, Any] | None) -> None:
        block = block or {}
        self.default = self._fees(block.get("default"))
        self.symbols = {symbol: self._fees(rates) for symbol, rates in (block.get("symbols") or {}).items()}
        self.known = bool(block)

    @staticmethod
    def _fees(rates: Mapping[str, Any] | None) -> Fees | None:
        if rates is None:
            return None
        return Fees(Decimal(str(rates.get("maker", 0))), Decimal(str(rates.get("taker", 0))))

    def for_symbol(self, symbol: str) -> Fees:
        return self.symbols.get(symbol) or self.default or Fees()


@dataclass
class _Book:
    bids: list[tuple[Decimal, Decimal]]  # best first
    asks: list[tuple[Decimal, Decimal]]
    used: dict[tuple[Side, Decimal], Decimal]  # liquidity already taken from this book, per level


class PaperEngine:
    """Matches one sandbox's orders against the latest valid book of each symbol (see the module docstring).

    Everything runs under the app's lock, so market data and REST requests never interleave inside a match.
    """

    def __init__(self, app: App, fees: FeeSchedule) -> None:
        self.app = app
        self.orders = app.adapter.book
        self.fees = fees
        self.books: dict[str, _Book] = {}
        self.updates = 0
        self.orders.matcher = self._placed

    def on_book(self, symbol: str, book: OrderBook, now_ms: int) -> None:
        """A new valid book: it replaces the previous one and may fill resting orders."""
        bids, asks = book.depth()
        with self.app.lock:
            previous = self.books.get(symbol)
            # The same levels again (a poll of a book that did not move) give back nothing already taken.
            same = previous is not None and previous.bids == bids and previous.asks == asks
            self.books[symbol] = _Book(bids, asks, previous.used if same and previous is not None else {})
            self.updates += 1
            for order in sorted(self.orders.open(symbol), key=lambda o: o.id):
                terms = self.app.adapter.paper_terms(order)
                if terms is not None and terms.kind == "limit":
                    self._match(order, terms, now_ms, maker=True)

    def _placed(self, order: Order, now_ms: int) -> None:
        # Called by OrderBook.place, inside a REST request (the app's lock is held).
        terms = self.app.adapter.paper_terms(order)
        if terms is None:
            return  # an order type matching does not cover (stop orders): it just rests
        book = self.books.get(order.symbol)
        if terms.time_in_force == "fok" and not self._fillable(book, terms):
            self.orders.cancel(order, now_ms)
            return
        self._match(order, terms, now_ms, maker=False)
        if order.status == "open" and (terms.kind == "market" or terms.time_in_force != "gtc"):
            self.orders.cancel(order, now_ms)  # what a market / IOC order could not fill does not rest

    def _levels(self, book: _Book, terms: Terms) -> Iterator[tuple[Decimal, Decimal]]:
        """The other side's levels this order may take, best first, less what was already taken."""
        levels = book.asks if terms.side == "buy" else book.bids
        other: Side = "sell" if terms.side == "buy" else "buy"
        limit = terms.price if terms.kind == "limit" else None
        for price, size in levels:
            if limit is not None and (price > limit if terms.side == "buy" else price < limit):
                return  # beyond the limit price
            left = size - book.used.get((other, price), Decimal(0))
            if left > 0:
                yield price, left

    def _fillable(self, book: _Book | None, terms: Terms) -> bool:
        if book is None or terms.quantity is None:
            return False
        return sum((size for _, size in self._levels(book, terms)), Decimal(0)) >= terms.quantity

    def _match(self, order: Order, terms: Terms, now_ms: int, *, maker: bool) -> None:
        book = self.books.get(order.symbol)
        if book is None:
            return
        rates = self.fees.for_symbol(order.symbol)
        other: Side = "sell" if terms.side == "buy" else "buy"
        remaining = None if terms.quantity is None else terms.quantity - order.executed
        budget = None if terms.quote is None else terms.quote - order.executed_quote
        for level_price, available in list(self._levels(book, terms)):
            # A resting order the book has crossed trades at its own price, as the maker; an arriving one
            # takes each level at the level's price.
            price = terms.price if maker and terms.price is not None else level_price
            if remaining is not None:
                size = min(available, remaining)
            elif budget is not None:
                size = min(available, budget / price)
            else:
                return
            if size <= 0:
                break
            fee = price * size * (rates.maker if maker else rates.taker)
            self.orders.fill(
                order, price=price, size=size, fee=fee, liquidity="maker" if maker else "taker", now_ms=now_ms
            )
            book.used[(other, level_price)] = book.used.get((other, level_price), Decimal(0)) + size
            if remaining is not None:
                remaining -= size
            if budget is not None:
                budget -= price * size
        if (remaining is not None and remaining <= 0) or (budget is not None and budget <= 0):
            self.orders.complete(order, now_ms)


@dataclass(frozen=True)
class BookSource:
    """The venue's order-book stream, as `info.x-sdk.paper.book` of its AsyncAPI spec declares it."""

    stream: str  # the generated class, e.g. "PublicStream"
    method: str  # its order-book method, e.g. "order_book"; takes the symbol as its first argument


class PaperMarket:
    """Market data for a paper venue; build one with `stepped`, `replay` or `live`."""

    def __init__(
        self,
        symbols: Sequence[str],
        *,
        recording: str | Path | None = None,
        mode: Literal["stepped", "replay", "live"],
        speed: float | None = None,
        url: str | None = None,
        environment: str | None = None,
        interval: float | None = None,
        record: str | Path | None = None,
    ) -> None:
        if not symbols:
            raise ValueError("a paper venue needs at least one symbol to keep a book for")
        self.symbols = list(symbols)
        self.recording = Path(recording) if recording is not None else None
        self.mode = mode
        self.speed = speed
        self.url = url
        self.environment = environment
        self.interval = interval
        """Polled venues: seconds between two polls of one symbol (default: the spec's `interval`)."""
        self.record = Path(record) if record is not None else None
        """Polled venues, live: also write every polled reply to this recording (`.gz`: compressed)."""
        self.engine: PaperEngine | None = None
        self.polled: PolledBooks | None = None
        """Polled venues: the books kept from the replies (`applied`, `skipped` counts)."""
        self.poller: BookPoller | None = None
        """Polled venues, live: the poller (`polls`, `failures` counts)."""
        self._polled_source: PolledSource | None = None
        self._stepper: _Stepper | _PolledStepper | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self.error: BaseException | None = None
        self._recorder: PollRecorder | None = None

    @classmethod
    def stepped(cls, recording: str | Path, symbols: Sequence[str]) -> PaperMarket:
        """A recording applied only when told (`advance`): deterministic paper trading and backtests."""
        return cls(symbols, recording=recording, mode="stepped")

    @classmethod
    def replay(cls, recording: str | Path, symbols: Sequence[str], *, speed: float | None = None) -> PaperMarket:
        """A recording played in the background: as fast as possible (`speed` None) or at `speed` x real time."""
        return cls(symbols, recording=recording, mode="replay", speed=speed)

    @classmethod
    def live(
        cls,
        symbols: Sequence[str],
        *,
        url: str | None = None,
        environment: str | None = None,
        interval: float | None = None,
        record: str | Path | None = None,
    ) -> PaperMarket:
        """The venue's live public stream (or the one at `url`). A venue that polls its books (its spec declares
        an order-book operation) is polled at `url` (a REST origin) every `interval` seconds per symbol (default:
        the spec's), and `record` also writes the replies to a recording for `stepped` / `replay`."""
        return cls(symbols, mode="live", url=url, environment=environment, interval=interval, record=record)

    # --- wiring (done by the Sandbox) --------------------------------------------------------------------
    def attach(self, venue: str, app: App, source: BookSource | PolledSource, fees: FeeSchedule) -> None:
        self.engine = PaperEngine(app, fees)
        self._venue = venue
        if isinstance(source, PolledSource):
            self._polled_source = source
            self.polled = PolledBooks(source, self.engine.on_book)
            if self.mode == "live":
                self.poller = BookPoller(
                    source, self.symbols, self._on_reply, url=self.url, environment=self.environment,
                    interval=self.interval, on_failure=self._on_failure,
                )  # fmt: skip
            elif self.mode == "stepped":
                assert self.recording is not None
                self._stepper = _PolledStepper(source, self.recording, self.symbols, self.polled)
            return
        if self.record is not None:
            raise ValueError(f"{venue}: record= is for polled books; record a stream with stream.record(path)")
        self._source = source
        if self.mode == "stepped":
            assert self.recording is not None
            self._stepper = _Stepper(self._stream_class(), source, self.recording, self.symbols, self.engine)

    def _stream_class(self) -> Any:
        return getattr(importlib.import_module(f"venuekit.{self._venue}.streams"), self._source.stream)

    def start(self) -> None:
        if self.mode == "stepped" or self._thread is not None:
            return
        ready = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(ready,), name="paper-market", daemon=True)
        self._thread.start()
        ready.wait()

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None and self._thread is not None:
            with contextlib.suppress(RuntimeError):  # the loop already ended (a replay that reached its end)
                self._loop.call_soon_threadsafe(self._stop.set)
            self._thread.join(timeout=5)
            self._thread = None
        if self._recorder is not None:
            self._recorder.close()

    # --- stepped ----------------------------------------------------------------------------------------
    def advance(self, seconds: float) -> int:
        """Apply the recording's next `seconds` (recorded time); returns how many books were applied."""
        return self._stepped().advance(seconds)

    def run_to_end(self) -> int:
        return self._stepped().advance(float("inf"))

    @property
    def now(self) -> float | None:
        """The recorded time the market has reached (epoch seconds), in stepped mode."""
        return self._stepped().now

    def _stepped(self) -> _Stepper | _PolledStepper:
        if self._stepper is None:
            raise RuntimeError("advance() is for PaperMarket.stepped(...) attached to a started sandbox")
        return self._stepper

    # --- background (replay / live) ---------------------------------------------------------------------
    def _run(self, ready: threading.Event) -> None:
        async def main() -> None:
            self._loop, self._stop = asyncio.get_running_loop(), asyncio.Event()
            ready.set()
            if self._polled_source is not None:
                await (self._poll() if self.mode == "live" else self._replay_polled())
                return
            cls = self._stream_class()
            if self.mode == "replay":
                stream = cls.replay(self.recording, speed=self.speed)
            else:
                stream = cls(url=self.url, environment=self.environment)
            async with stream:
                # Subscribed before anything is awaited: a replay starts handing out frames at the first await.
                books = {symbol: getattr(stream, self._source.method)(symbol) for symbol in self.symbols}
                feeds = [asyncio.create_task(self._follow(symbol, book)) for symbol, book in books.items()]
                stopping = asyncio.create_task(self._stop.wait())
                await asyncio.wait([stopping, *feeds], return_when=asyncio.FIRST_COMPLETED)
                for task in [stopping, *feeds]:
                    task.cancel()
                for task in feeds:
                    with contextlib.suppress(asyncio.CancelledError):
                        error = task.exception() if task.done() else None
                        if error is not None:
                            self.error = error
                            log.error("paper market data failed: %s", error)

        asyncio.run(main())

    async def _follow(self, symbol: str, books: BookStream[Any]) -> None:
        assert self.engine is not None
        async for book in books:
            self.engine.on_book(symbol, book, _now_ms())

    # --- polled books -----------------------------------------------------------------------------------
    async def _poll(self) -> None:
        assert self.poller is not None and self._stop is not None and self._polled_source is not None
        if self.record is not None:
            self._recorder = PollRecorder(self.record, venue=self._venue, operation=self._polled_source.operation)
        try:
            await self.poller.run(self._stop)
        except Exception as exc:  # a bug, not a failed poll (those are counted): say so, keep the sandbox up
            self.error = exc
            log.exception("paper market data failed: %s", exc)

    def _on_reply(self, symbol: str, received: float, text: str) -> None:
        if self._recorder is not None:
            self._recorder.reply(symbol, received, text)
        assert self.polled is not None
        self.polled.apply(symbol, text, int(received * 1000))

    def _on_failure(self, symbol: str, error: BaseException) -> None:
        if self._recorder is not None:
            self._recorder.failed(symbol, str(error))

    async def _replay_polled(self) -> None:
        """The recorded replies in order, waiting `speed`-scaled recorded time between them when `speed` is set."""
        assert self.recording is not None and self._polled_source is not None and self._stop is not None
        assert self.polled is not None
        previous = None
        for record in _polled_records(self.recording, self._polled_source):
            if "body" not in record:
                continue  # events: the header, failed polls, the end
            when = float(record.get("t", 0.0))
            if self.speed and previous is not None and when > previous:
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), (when - previous) / self.speed)
            if self._stop.is_set():
                return
            previous = when
            if record.get("symbol") in self.symbols:
                self.polled.apply(str(record["symbol"]), str(record["body"]), _now_ms())


class _RecordSteps:
    """Applies a recording on demand (`advance(seconds)`, recorded time); subclasses say what one record does."""

    _records: Iterator[dict[str, Any]]
    _pending: dict[str, Any] | None = None
    now: float | None = None

    def advance(self, seconds: float) -> int:
        """Apply the next `seconds` of records; returns how many books were applied."""
        applied = 0
        target = None
        while True:
            record, self._pending = self._pending or next(self._records, None), None
            if record is None:
                break
            when = float(record.get("t", 0.0))
            if target is None:
                target = (self.now if self.now is not None else when) + seconds
            if when > target:
                self._pending = record  # the first record of the next step
                break
            self.now = when
            applied += self._take(record, int(when * 1000))
        if target is not None and target != float("inf"):
            self.now = target
        return applied

    def _take(self, record: dict[str, Any], now_ms: int) -> int:
        raise NotImplementedError


class _Stepper(_RecordSteps):
    """A recording fed frame by frame into a stream that never connects (`Stream.feed`), on demand."""

    def __init__(
        self, cls: Any, source: BookSource, recording: Path, symbols: Sequence[str], engine: PaperEngine
    ) -> None:
        self.stream = cls.replay(recording)  # never started: frames go in through feed()
        self.books: dict[str, BookStream[Any]] = {s: getattr(self.stream, source.method)(s) for s in symbols}
        self.engine = engine
        self._records = read(recording)

    def _take(self, record: dict[str, Any], now_ms: int) -> int:
        if record.get("event") == "disconnected":
            self.stream._lost(ConnectionLostError(f"recorded: {record.get('reason')}", operation="paper"))
        elif "frame" in record or "frame_b64" in record:
            self.stream.feed(raw_frame(record))
        return self._apply(now_ms)

    def _apply(self, now_ms: int) -> int:
        applied = 0
        for symbol, books in self.books.items():
            for item in books.subscription.drain():
                if books.feed(item):
                    self.engine.on_book(symbol, books.book, now_ms)
                    applied += 1
        return applied


def _polled_records(path: Path, source: PolledSource) -> Iterator[dict[str, Any]]:
    """The lines of a recording of polled replies; ValueError when it is a stream's or another operation's."""
    for record in read(path):
        if record.get("event") == "recording":
            found = (record.get("venue"), record.get("operation"))
            if found != (source.venue, source.operation):
                what = f"stream {record['stream']!r}" if "stream" in record else f"operation {found[1]!r}"
                raise ValueError(
                    f"{path}: a recording of {record.get('venue')} {what}; {source.venue} paper books come from "
                    f"polling {source.operation} (record them with PaperMarket.live(..., record=path) or "
                    f"`venuekit record {source.venue} --poll`)"
                )
        yield record


class _PolledStepper(_RecordSteps):
    """A recording of polled replies applied on demand (`advance`), like `_Stepper` for streams."""

    def __init__(self, source: PolledSource, recording: Path, symbols: Sequence[str], books: PolledBooks) -> None:
        self.books = books
        self.symbols = set(symbols)
        # Only replies count (their receive times set the steps); reading starts at once, so that a recording
        # of something else fails when the sandbox is made.
        records = _polled_records(recording, source)
        self._pending = next((r for r in records if "body" in r), None)
        self._records = (r for r in records if "body" in r)

    def _take(self, record: dict[str, Any], now_ms: int) -> int:
        symbol = record.get("symbol")
        return self.books.apply(str(symbol), str(record["body"]), now_ms) if symbol in self.symbols else 0


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def attach(market: PaperMarket, venue: str, app: App) -> None:
    """Wire a paper market into a venue's sandbox app, from what the venue's specs declare: the order-book
    stream (`info.x-sdk.paper.book` in asyncapi.yaml) or the order-book operation to poll (`info.x-sdk.paper.book`
    in openapi.yaml), and the fee schedule (`info.x-sdk.fees` in openapi.yaml)."""
    polled = (app.spec.sdk.get("paper") or {}).get("book")
    declared = (app.streams.paper if app.streams is not None else None) or {}
    book = declared.get("book")
    if polled is None and book is None:
        raise ValueError(
            f"{venue}: its specs declare no order-book stream or operation for paper trading (x-sdk.paper)"
        )
    fees = FeeSchedule(app.spec.sdk.get("fees"))
    if not fees.known:
        log.warning("%s: no fee schedule in the spec; paper fills pay no fee", venue)
    if polled is not None:
        market.attach(venue, app, polled_source(venue, app.spec, polled), fees)
    else:
        assert book is not None
        market.attach(venue, app, BookSource(book["stream"], book["method"]), fees)
