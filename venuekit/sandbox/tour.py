"""A scripted tour through the SDK against a venue: market data, a signed balance query, an order placed,
listed, cancelled and cancelled again; then (with `ws_url`) the venue's streams: market data, and the
order events of an order placed over REST (Bitunix: orders over its WebSocket API). `venuekit demo` and
the sandbox tests run it.

    steps = run_tour("gmo_coin", base_url=sandbox.url, api_secret=sandbox.secret, ws_url=sandbox.ws_url)

The script of each venue is its sandbox adapter's (`Adapter.tour` for REST, `Adapter.stream_tour` for the
streams), written with the steps and checks here. Each `Step` records whether it worked, how long it took
and what it saw; a step that fails does not stop the tour (steps that need an earlier result are marked
skipped instead).
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from .base import find_adapter
from .streams import stream_url

T = TypeVar("T")

API_KEY = "sandbox-demo-key"

STEPS = (
    "market data",
    "balance (signed)",
    "open orders",
    "place order",
    "open orders (placed)",
    "cancel",
    "open orders (cancelled)",
    "cancel again",
)
STREAM_STEPS = ("stream: market data", "stream: orders")


@dataclass
class Step:
    name: str
    ok: bool
    ms: float
    detail: str
    error: BaseException | None = None
    skipped: bool = False
    applicable: bool = True


class Check(Exception):
    """A step returned, but not what the venue should have answered."""


class Tour:
    def __init__(self) -> None:
        self.steps: list[Step] = []

    def step(
        self,
        name: str,
        call: Callable[[], T],
        describe: Callable[[T], str] = lambda value: "",
        *,
        expect: tuple[type[BaseException], ...] = (),
    ) -> T | None:
        """Run one SDK call; `describe` may raise `Check` when the answer is wrong; `expect` lists the
        errors that mean success (cancelling a cancelled order)."""
        start = time.perf_counter()
        try:
            value = call()
            ms = (time.perf_counter() - start) * 1000
            if expect:
                raise Check(f"expected {' or '.join(e.__name__ for e in expect)}, got {value!r:.60}")
            self.steps.append(Step(name, True, ms, describe(value)))
            return value
        except Exception as exc:
            ms = (time.perf_counter() - start) * 1000
            if expect and isinstance(exc, expect):
                self.steps.append(Step(name, True, ms, f"{type(exc).__name__} {getattr(exc, 'code', '')}".strip()))
            else:
                self.steps.append(Step(name, False, ms, _failure(exc), exc))
            return None

    async def astep(self, name: str, call: Callable[[], Awaitable[str]], timeout: float = 5.0) -> None:
        """An async step; `call` returns the detail to show (or raises `Check`). A step that times out
        shows the stream runtime's last warning (why it kept reconnecting)."""
        start = time.perf_counter()
        warnings = _LastWarning()
        logger = logging.getLogger("venuekit.streams")
        logger.addHandler(warnings)
        try:
            detail = await asyncio.wait_for(call(), timeout)
            self.steps.append(Step(name, True, (time.perf_counter() - start) * 1000, detail))
        except Exception as exc:
            timed_out = isinstance(exc, asyncio.TimeoutError | TimeoutError)
            detail = _failure(exc) + (f"; stream log: {warnings.last}" if timed_out and warnings.last else "")
            self.steps.append(Step(name, False, (time.perf_counter() - start) * 1000, detail, exc))
        finally:
            logger.removeHandler(warnings)

    def skip(self, name: str, why: str) -> None:
        self.steps.append(Step(name, False, 0.0, why, skipped=True))

    def not_applicable(self, name: str, why: str) -> None:
        self.steps.append(Step(name, True, 0.0, why, applicable=False))

    def no_streams(self, why: str) -> None:
        """The stream steps of a venue without streams."""
        for name in STREAM_STEPS:
            self.not_applicable(name, why)


class _LastWarning(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.last = ""

    def emit(self, record: logging.LogRecord) -> None:
        self.last = record.getMessage()


def _failure(exc: BaseException) -> str:
    if isinstance(exc, Check):
        return f"wrong answer: {exc}"
    if isinstance(exc, asyncio.TimeoutError | TimeoutError):
        return "timed out"
    code = getattr(exc, "code", None)
    message = getattr(exc, "message", None) or str(exc)
    return f"{type(exc).__name__}" + (f" {code}" if code else "") + f": {message}"[:100]


def count_open(items: list[Any] | None) -> str:
    return f"{len(items or [])} open"


def has_order(order_id: object, price: Decimal, size: Decimal) -> Callable[[list[Any] | None], str]:
    def check(items: list[Any] | None) -> str:
        for item in items or []:
            fields = {k: getattr(item, k, None) for k in ("order_id", "id", "price", "size", "orig_qty", "amount")}
            if str(fields["order_id"] or fields["id"]) == str(order_id):
                got_size = fields["size"] or fields["orig_qty"] or getattr(item, "volume", None) or fields["amount"]
                if fields["price"] != price or got_size != size:
                    raise Check(f"order {order_id} listed at {fields['price']} x {got_size}, placed {price} x {size}")
                return f"order {order_id}: {price} x {size}"
        raise Check(f"order {order_id} is not among the {len(items or [])} open orders")

    return check


def lacks_order(order_id: object) -> Callable[[list[Any] | None], str]:
    def check(items: list[Any] | None) -> str:
        ids = [str(getattr(i, "order_id", None) or getattr(i, "id", None)) for i in items or []]
        if str(order_id) in ids:
            raise Check(f"cancelled order {order_id} is still open")
        return count_open(items)

    return check


def run_tour(
    venue: str,
    *,
    base_url: str,
    api_secret: str,
    api_key: str = API_KEY,
    ws_url: str | None = None,
    client_options: Mapping[str, Any] | None = None,
) -> list[Step]:
    """Run `venue`'s tour through its SDK client pointed at `base_url` (`client_options` go to `Client`);
    with `ws_url` (the sandbox's `ws://127.0.0.1:<port>`) the venue's streams are toured too."""
    adapter = find_adapter(venue)
    package: Any = importlib.import_module(f"venuekit.{venue}")
    tour = Tour()
    options = dict(client_options or {})
    with package.Client(api_key=api_key, api_secret=api_secret, base_url=base_url, **options) as client:
        adapter.tour(tour, client)
    if ws_url is not None:
        asyncio.run(adapter.stream_tour(tour, package, base_url, ws_url, (api_key, api_secret), options))
    return tour.steps


async def first(items: AsyncIterator[Any], count: int) -> list[Any]:
    found: list[Any] = []
    async for item in items:
        found.append(item)
        if len(found) == count:
            break
    return found


SETTLE = 0.3
"""Seconds between subscribing to a private channel and placing the order it should report: the venues
acknowledge no subscription, so the tour gives the command time to arrive."""


async def private_events(
    tour: Tour,
    package: Any,
    base_url: str,
    ws_url: str,
    credentials: tuple[str, str],
    options: Mapping[str, Any],
    feed: Callable[[Any], AsyncIterator[Any]],
    place: Callable[[Any], Awaitable[Any]],
    cancel: Callable[[Any, Any], Awaitable[Any]],
    describe: Callable[[Any], str],
) -> None:
    """The "stream: orders" step of a venue whose private stream (`PrivateStream`, fed by `feed(stream)`)
    reports the orders placed over REST: an order placed and cancelled, and the two pushes it causes."""
    streams = importlib.import_module(f"{package.__name__}.streams")
    url = stream_url(venue_of(package), ws_url, "PrivateStream")
    opts = dataclasses.replace(streams.PrivateStream.DEFAULT_OPTIONS, reconnect_max=1.0)

    async def events() -> str:
        async with (
            package.AsyncClient(*credentials, base_url=base_url, **options) as rest,
            streams.PrivateStream(rest=rest, url=url, options=opts) as ws,
        ):
            pushes = aiter(feed(ws))
            await ws.wait_connected(timeout=3)
            await asyncio.sleep(SETTLE)
            placed = await place(rest)
            sent = time.perf_counter()
            first = await anext(pushes)
            after_place = (time.perf_counter() - sent) * 1000
            await cancel(rest, placed)
            sent = time.perf_counter()
            second = await anext(pushes)
            after_cancel = (time.perf_counter() - sent) * 1000
        lag = max(after_place, after_cancel)
        return f"{describe(first)} -> {describe(second)}, each pushed within {lag:.1f} ms of its REST reply"

    await tour.astep("stream: orders", events)


def venue_of(package: Any) -> str:
    """`gmo_coin` for the package `venuekit.gmo_coin`."""
    return str(package.__name__).rsplit(".", 1)[-1]


def skip_rest(tour: Tour) -> None:
    """After a placement failed: the steps that needed the order."""
    for name in STEPS[4:]:
        tour.skip(name, "no order was placed")
