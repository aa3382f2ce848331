"""Books polled over REST: the paper-trading source of venues whose public stream pushes no order book.

A venue declares it in its OpenAPI spec (`info.x-sdk.paper.book` with `operation`, specs/CONVENTIONS.md): the
public order-book operation, the parameter that takes the symbol, the seconds between two polls of one symbol
and the operation's other parameters (a literal, or `{market: tick}`: that field of the symbol's market, from
the unified interface's market list). Where the reply keeps its levels is the operation's `x-sdk-order-book`.

`BookPoller` asks the venue through its generated `AsyncClient` (its rate limits apply; no retries: the next
poll is the retry) and hands every reply's raw text on; `PolledBooks` turns replies into checked
`venuekit.orderbook.OrderBook`s, skipping (with a log line and a count) a reply that is not JSON, has no levels,
is crossed or older than the previous one. A failed poll is logged and counted and polling goes on.
Recordings of polled replies (`venuekit.streams.recording.PollRecorder`) feed `PolledBooks` the same way.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as _dt
import importlib
import json
import logging
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..codec import parse_decimal
from ..errors import ValidationError, VenueError
from ..orderbook import BookFrame, OrderBook, OrderBookError
from ..streams.recording import PollRecorder
from .spec import Spec

log = logging.getLogger("venuekit.sandbox.paper")

Reply = Callable[[str, float, str], None]
"""(symbol, receive time in epoch seconds, raw body text) of one successful poll."""


@dataclass(frozen=True)
class PolledSource:
    """`info.x-sdk.paper.book` of a venue that polls its books, checked against the spec."""

    venue: str
    operation: str  # the operationId, e.g. "getDepth"
    symbol_param: str
    interval: float  # seconds between two polls of one symbol
    params: Mapping[str, Any] = field(default_factory=dict)  # literal values, or {"market": <Market field>}
    levels: Mapping[str, Any] = field(default_factory=dict)  # the operation's x-sdk-order-book
    tag: str = ""

    @property
    def module(self) -> str:
        """The generated module of the operation (`venuekit.<venue>.api.<tag>.<operation in snake case>`)."""
        return f"venuekit.{self.venue}.api.{_snake(self.tag)}.{_snake(self.operation)}"


def polled_source(venue: str, spec: Spec, book: Mapping[str, Any]) -> PolledSource:
    """The declaration, or ValueError naming what is wrong with it."""
    where = f"{venue}: info.x-sdk.paper.book"
    operation_id = book.get("operation")
    op = spec.by_id.get(str(operation_id))
    if op is None:
        raise ValueError(f"{where}.operation: {operation_id!r} is not an operation of the spec")
    names = {p.name for p in op.parameters}
    symbol = book.get("symbol-param")
    if symbol not in names:
        raise ValueError(f"{where}.symbol-param: {symbol!r} is not a parameter of {operation_id}")
    interval = book.get("interval")
    if isinstance(interval, bool) or not isinstance(interval, int | float) or interval <= 0:
        raise ValueError(f"{where}.interval: expected a positive number of seconds, got {interval!r}")
    params = dict(book.get("params") or {})
    unknown = sorted(set(params) - names)
    if unknown:
        raise ValueError(f"{where}.params: {unknown} are not parameters of {operation_id}")
    levels = op.book or {}
    missing = [key for key in ("bids", "asks", "price", "size") if key not in levels]
    if missing:
        raise ValueError(f"{venue}: {operation_id} declares no x-sdk-order-book with {', '.join(missing)}")
    tags = spec.document["paths"][_path_of(spec, str(operation_id))][op.method.lower()].get("tags") or ["default"]
    return PolledSource(venue, str(operation_id), str(symbol), float(interval), params, levels, str(tags[0]))


def _path_of(spec: Spec, operation_id: str) -> str:
    for path, item in spec.document["paths"].items():
        if any(isinstance(o, dict) and o.get("operationId") == operation_id for o in item.values()):
            return str(path)
    raise KeyError(operation_id)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def book_frame(levels: Mapping[str, Any], body: Any) -> BookFrame:
    """A full-book frame from a reply body, read where `x-sdk-order-book` says; ValueError when the reply
    holds no book (no item, sides that are not lists of levels, no level at all, a level that is no number)."""
    item = body.get(levels["item"]) if "item" in levels and isinstance(body, dict) else body
    if not isinstance(item, dict):
        raise ValueError("the reply holds no book")
    sides = []
    for name in (levels["bids"], levels["asks"]):
        raw = item.get(name)
        if raw is None:
            raw = []
        if not isinstance(raw, list):
            raise ValueError(f"{name} is not a list of levels")
        sides.append([(_number(_at(level, levels["price"])), _number(_at(level, levels["size"]))) for level in raw])
    if not sides[0] and not sides[1]:
        raise ValueError("the reply's book is empty")
    when = _at(item, levels["timestamp"]) if "timestamp" in levels else None
    timestamp = None
    if when is not None and str(when).isdigit():
        timestamp = _dt.datetime.fromtimestamp(int(str(when)) / 1000, _dt.timezone.utc)
    return BookFrame(sides[0], sides[1], snapshot=True, timestamp=timestamp)


def _at(level: Any, key: Any) -> Any:
    if isinstance(key, int):
        return level[key] if isinstance(level, list) and -len(level) <= key < len(level) else None
    return level.get(key) if isinstance(level, dict) else None


def _number(value: Any) -> Decimal:
    try:
        return parse_decimal(value)
    except (TypeError, ValueError):
        raise ValueError(f"a level holds no number: {value!r}") from None


class PolledBooks:
    """One checked `OrderBook` per symbol, kept from polled replies."""

    def __init__(self, source: PolledSource, on_book: Callable[[str, OrderBook, int], None]) -> None:
        self.source = source
        self.books: dict[str, OrderBook] = {}
        self.on_book = on_book
        self.applied = 0
        self.skipped = 0
        """Replies that gave no usable book (not JSON, empty, crossed, older than the last one)."""
        self.last_error: Exception | None = None

    def apply(self, symbol: str, text: str, now_ms: int) -> bool:
        """Apply one reply; True when it became the symbol's book (and was handed to `on_book`)."""
        book = self.books.setdefault(symbol, OrderBook())
        try:
            book.apply(book_frame(self.source.levels, json.loads(text, parse_float=Decimal)))
        except (OrderBookError, ValueError) as exc:  # ValueError: not JSON, or no book in it
            self.skipped += 1
            self.last_error = exc
            log.warning("%s %s %s: reply skipped: %s", self.source.venue, self.source.operation, symbol, exc)
            return False
        self.applied += 1
        self.on_book(symbol, book, now_ms)
        return True


class BookPoller:
    """Polls the declared operation for each symbol every `interval` seconds until `stop` is set."""

    def __init__(
        self,
        source: PolledSource,
        symbols: Sequence[str],
        on_reply: Reply,
        *,
        url: str | None = None,
        environment: str | None = None,
        interval: float | None = None,
        on_failure: Callable[[str, BaseException], None] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.source = source
        self.clock = clock
        """The receive time handed on with each reply (epoch seconds); tests inject a fixed sequence."""
        self.symbols = list(symbols)
        self.on_reply = on_reply
        self.on_failure = on_failure
        self.url = url
        self.environment = environment
        self.interval = source.interval if interval is None else interval
        self.polls = 0
        """Polls answered with a reply the client accepted."""
        self.failures = 0
        """Polls that failed (an error reply, a reply the client could not read, no answer): logged, skipped."""
        self.last_error: BaseException | None = None
        self._params: dict[str, dict[str, Any]] = {}
        self._markets: dict[str, Any] | None = None
        self._module = importlib.import_module(source.module)
        if getattr(getattr(self._module, "OPERATION", None), "operation_id", None) != source.operation:
            raise ValueError(f"{source.venue}: {source.module} is not the generated module of {source.operation}")

    async def run(self, stop: asyncio.Event) -> None:
        package = importlib.import_module(f"venuekit.{self.source.venue}")
        client = package.AsyncClient(base_url=self.url, environment=self.environment, max_retries=0)
        try:
            tasks = [asyncio.create_task(self._follow(client, symbol, stop)) for symbol in self.symbols]
            await asyncio.gather(*tasks)
        finally:
            await client.aclose()

    async def _follow(self, client: Any, symbol: str, stop: asyncio.Event) -> None:
        loop = asyncio.get_running_loop()
        while not stop.is_set():
            started = loop.time()
            await self.poll(client, symbol)
            wait = max(self.interval - (loop.time() - started), 0.0)
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), wait)

    async def poll(self, client: Any, symbol: str) -> bool:
        """One poll of one symbol; True when a reply was handed on."""
        try:
            params = await self._arguments(symbol)
            response = await client.send(self._module.request(**params))
        except VenueError as exc:
            self.failures += 1
            self.last_error = exc
            log.warning("%s %s %s: poll failed: %s", self.source.venue, self.source.operation, symbol, exc)
            if self.on_failure is not None:
                self.on_failure(symbol, exc)
            return False
        self.polls += 1
        self.on_reply(symbol, self.clock(), response.http_response.text)
        return True

    def arguments(self, symbol: str) -> dict[str, Any] | None:
        """The keyword arguments the symbol is polled with (None before its first poll)."""
        found = self._params.get(symbol)
        return dict(found) if found is not None else None

    async def _arguments(self, symbol: str) -> dict[str, Any]:
        """The call's keyword arguments; `{market: <field>}` values are read once from the venue's markets."""
        if symbol not in self._params:
            values: dict[str, Any] = {_snake(self.source.symbol_param): symbol}
            for name, value in self.source.params.items():
                if isinstance(value, dict) and "market" in value:
                    value = getattr(await self._market(symbol), str(value["market"]))
                values[_snake(name)] = value
            self._params[symbol] = values
        return self._params[symbol]

    async def _market(self, symbol: str) -> Any:
        if self._markets is None:  # one call for every symbol (Bitunix's list is ~577 KB); a failure is retried
            from ..unified import connect_async

            async with connect_async(self.source.venue, base_url=self.url, environment=self.environment) as exchange:
                await exchange.load_markets()
                self._markets = dict(exchange.markets_by_id)
        market = self._markets.get(symbol)
        if market is None:
            raise ValidationError("symbols", f"{symbol!r} is not a market id of {self.source.venue}")
        return market


def declared_source(venue: str) -> PolledSource:
    """The venue's polled order-book source, from its OpenAPI spec; ValueError when it declares none."""
    from .spec import load_spec

    spec = load_spec(venue)
    book = (spec.sdk.get("paper") or {}).get("book")
    if book is None:
        raise ValueError(f"{venue}: its OpenAPI spec declares no order-book operation to poll (info.x-sdk.paper)")
    return polled_source(venue, spec, book)


async def record_polls(
    venue: str,
    symbols: Sequence[str],
    path: str | Path,
    *,
    url: str | None = None,
    environment: str | None = None,
    interval: float | None = None,
    replies: int | None = None,
    duration: float | None = None,
    compress: bool | None = None,
) -> PollRecorder:
    """Poll the venue's declared order-book operation for `symbols` and write every reply to `path` (JSON Lines,
    `venuekit.streams.recording`) until `replies` polls were made (answered or failed: failures are written as
    `poll-failed` lines) or `duration` seconds passed (one of them is required). Returns the closed recorder
    (`frames`: replies written)."""
    if replies is None and duration is None:
        raise ValueError("record_polls needs replies= or duration= (it would poll forever)")
    source = declared_source(venue)
    stop = asyncio.Event()
    recorder = PollRecorder(path, venue=venue, operation=source.operation, compress=compress)

    polls = 0

    def counted() -> None:
        nonlocal polls
        polls += 1
        if replies is not None and polls >= replies:
            stop.set()

    def reply(symbol: str, received: float, text: str) -> None:
        recorder.reply(symbol, received, text)
        counted()

    def failed(symbol: str, error: BaseException) -> None:
        recorder.failed(symbol, str(error))
        counted()

    poller = BookPoller(source, symbols, reply, url=url, environment=environment, interval=interval, on_failure=failed)
    with recorder, contextlib.suppress(asyncio.TimeoutError):  # the duration is over
        await asyncio.wait_for(poller.run(stop), duration)
    return recorder
