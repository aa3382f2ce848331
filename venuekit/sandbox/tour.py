"""A scripted tour through the SDK against a venue: market data, a signed balance query, an order placed,
listed, cancelled and cancelled again; then (with `ws_url`) the venue's streams: market data, and the
order events of an order placed over REST (Bitunix: orders over its WebSocket API). `scripts/demo.py` and
the sandbox tests run it.

    steps = run_tour("gmo_coin", base_url=sandbox.url, api_secret=sandbox.secret, ws_url=sandbox.ws_url)

Each `Step` records whether it worked, how long it took and what it saw; a step that fails does not stop
the tour (steps that need an earlier result are marked skipped instead).
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from ..errors import NotFoundError, OrderRejectedError
from .streams import stream_url

T = TypeVar("T")

API_KEY = "sandbox-demo-key"


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


def _count(items: list[Any] | None) -> str:
    return f"{len(items or [])} open"


def _has(order_id: object, price: Decimal, size: Decimal) -> Callable[[list[Any] | None], str]:
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


def _lacks(order_id: object) -> Callable[[list[Any] | None], str]:
    def check(items: list[Any] | None) -> str:
        ids = [str(getattr(i, "order_id", None) or getattr(i, "id", None)) for i in items or []]
        if str(order_id) in ids:
            raise Check(f"cancelled order {order_id} is still open")
        return _count(items)

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
    package: Any = importlib.import_module(f"venuekit.{venue}")
    tour = Tour()
    options = dict(client_options or {})
    with package.Client(api_key=api_key, api_secret=api_secret, base_url=base_url, **options) as client:
        _TOURS[venue](tour, client)
    if ws_url is not None:
        if venue in _STREAM_TOURS:
            asyncio.run(_STREAM_TOURS[venue](tour, package, base_url, ws_url, api_key, api_secret, options))
        else:
            for name in STREAM_STEPS:
                tour.not_applicable(name, f"{venue} has no WebSocket API in its spec")
    return tour.steps


def _gmo_coin(tour: Tour, gmo: Any) -> None:
    price, size = Decimal("430001"), Decimal("0.02")
    tour.step("market data", lambda: gmo.public.get_ticker(symbol="BTC"), lambda t: f"BTC last {t[0].last}")
    tour.step("balance (signed)", gmo.account.get_assets, lambda a: f"{len(a)} assets")
    active = gmo.orders.get_active_orders
    tour.step("open orders", lambda: active(symbol="BTC").list_, _count)
    order_id = tour.step(
        "place order",
        lambda: gmo.orders.create_order(symbol="BTC", side="BUY", execution_type="LIMIT", price=price, size=size),
        lambda i: f"id {i}",
    )
    if order_id is None:
        return _skip_rest(tour)
    tour.step("open orders (placed)", lambda: active(symbol="BTC").list_, _has(order_id, price, size))
    tour.step("cancel", lambda: gmo.orders.cancel_order(order_id=int(order_id)), lambda _: "accepted")
    tour.step("open orders (cancelled)", lambda: active(symbol="BTC").list_, _lacks(order_id))
    tour.step("cancel again", lambda: gmo.orders.cancel_order(order_id=int(order_id)), expect=(OrderRejectedError,))


def _gmo_coin_fx(tour: Tour, fx: Any) -> None:
    price, size = Decimal("130.5"), Decimal("10000")
    tour.step("market data", fx.public.get_ticker, lambda t: f"{t[0].symbol} bid {t[0].bid}")
    tour.step("balance (signed)", fx.account.get_assets, lambda a: f"equity {a[0].equity}")
    active = fx.orders.get_active_orders
    tour.step("open orders", lambda: active(symbol="USD_JPY").list_, _count)
    placed = tour.step(
        "place order",
        lambda: fx.orders.create_order(
            symbol="USD_JPY", side="BUY", size=size, execution_type="LIMIT", limit_price=price, client_order_id="demo1"
        ),
        lambda p: f"id {p[0].root_order_id}",
    )
    if not placed:
        return _skip_rest(tour)
    root = placed[0].root_order_id
    tour.step("open orders (placed)", lambda: active(symbol="USD_JPY").list_, _has(root, price, size))
    tour.step("cancel", lambda: fx.orders.cancel_orders(root_order_ids=[root]), lambda r: f"{len(r.success)} cancelled")
    tour.step("open orders (cancelled)", lambda: active(symbol="USD_JPY").list_, _lacks(root))
    tour.step("cancel again", lambda: fx.orders.cancel_orders(root_order_ids=[root]), expect=(OrderRejectedError,))


def _hashkey_mena(tour: Tour, hk: Any) -> None:
    price, size = Decimal("30000"), Decimal("0.01")
    tour.step("market data", lambda: hk.market.get_depth(symbol="BTCUSD"), lambda d: f"best bid {d.b[0][0]}")
    tour.step("balance (signed)", hk.account.get_account, lambda a: f"{len(a.balances)} assets")
    tour.step("open orders", lambda: hk.orders.get_open_orders(symbol="BTCUSD"), _count)
    placed = tour.step(
        "place order",
        lambda: hk.orders.create_order(symbol="BTCUSD", side="BUY", type_="LIMIT", quantity=size, price=price),
        lambda o: f"id {o.order_id}",
    )
    if placed is None:
        return _skip_rest(tour)
    order_id = placed.order_id
    tour.step("open orders (placed)", lambda: hk.orders.get_open_orders(symbol="BTCUSD"), _has(order_id, price, size))
    tour.step("cancel", lambda: hk.orders.cancel_order(order_id=order_id), lambda c: "accepted")
    tour.step("open orders (cancelled)", lambda: hk.orders.get_open_orders(symbol="BTCUSD"), _lacks(order_id))
    tour.step("cancel again", lambda: hk.orders.cancel_order(order_id=order_id), expect=(OrderRejectedError,))


def _gopax(tour: Tour, gx: Any) -> None:
    price, size = Decimal("10000000"), Decimal("0.01")
    tour.step("market data", lambda: gx.market.get_ticker(trading_pair="BTC-KRW"), lambda t: f"BTC-KRW {t.price}")
    tour.step("balance (signed)", gx.account.get_balances, lambda b: f"{len(b)} assets")
    tour.step("open orders", gx.orders.get_orders, _count)
    placed = tour.step(
        "place order",
        lambda: gx.orders.create_order(
            trading_pair_name="BTC-KRW", side="buy", type_="limit", price=price, amount=size
        ),
        lambda o: f"id {o.id}",
    )
    if placed is None:
        return _skip_rest(tour)
    tour.step("open orders (placed)", gx.orders.get_orders, _has(placed.id, price, size))
    tour.step("cancel", lambda: gx.orders.cancel_order(order_id=placed.id), lambda _: "accepted")
    tour.step("open orders (cancelled)", gx.orders.get_orders, _lacks(placed.id))
    tour.step("cancel again", lambda: gx.orders.cancel_order(order_id=placed.id), expect=(NotFoundError,))


def _bitunix(tour: Tour, bx: Any) -> None:
    from venuekit.bitunix.models import OrderRef

    price, size = Decimal("30000"), Decimal("0.01")
    tour.step("market data", lambda: bx.market.get_last_price(symbol="BTCUSDT"), lambda p: f"BTCUSDT {p}")
    tour.step("balance (signed)", bx.account.get_balances, lambda b: f"{len(b or [])} assets")
    tour.step("open orders", lambda: bx.orders.get_open_orders(symbol="BTCUSDT"), _count)
    placed = tour.step(
        "place order",
        lambda: bx.orders.create_order(symbol="BTCUSDT", side="BUY", type_="LIMIT", volume=size, price=price),
        lambda o: f"id {o.order_id}",
    )
    if placed is None:
        return _skip_rest(tour)
    refs = [OrderRef(order_id=placed.order_id, symbol="BTCUSDT")]
    opened = _has(placed.order_id, price, size)
    tour.step("open orders (placed)", lambda: bx.orders.get_open_orders(symbol="BTCUSDT"), opened)
    tour.step("cancel", lambda: bx.orders.cancel_orders(order_id_list=refs), lambda _: "accepted")
    tour.step("open orders (cancelled)", lambda: bx.orders.get_open_orders(symbol="BTCUSDT"), _lacks(placed.order_id))

    # Bitunix answers a repeated cancel with success (live, notes §4); the order reads as cancelled (4).
    def cancelled(_: object) -> str:
        order = bx.orders.get_order(order_id=placed.order_id)
        if order is None or str(order.status.value) != "4":
            raise Check(f"order {placed.order_id} is not cancelled: {order!r:.60}")
        return "success (as live); order status 4"

    tour.step("cancel again", lambda: bx.orders.cancel_orders(order_id_list=refs), cancelled)


async def _first(items: AsyncIterator[Any], count: int) -> list[Any]:
    found: list[Any] = []
    async for item in items:
        found.append(item)
        if len(found) == count:
            break
    return found


SETTLE = 0.3
"""Seconds between subscribing to a private channel and placing the order it should report: the venues
acknowledge no subscription, so the tour gives the command time to arrive."""


async def _private_events(
    tour: Tour,
    package: Any,
    base_url: str,
    ws_url: str,
    credentials: tuple[str, str],
    options: Mapping[str, Any],
    place: Callable[[Any], Awaitable[Any]],
    cancel: Callable[[Any, Any], Awaitable[Any]],
    describe: Callable[[Any], str],
) -> None:
    streams = importlib.import_module(f"{package.__name__}.streams")
    url = stream_url(_venue(package), ws_url, "PrivateStream")
    opts = dataclasses.replace(streams.PrivateStream.DEFAULT_OPTIONS, reconnect_max=1.0)

    async def events() -> str:
        async with (
            package.AsyncClient(*credentials, base_url=base_url, **options) as rest,
            streams.PrivateStream(rest=rest, url=url, options=opts) as ws,
        ):
            feed = aiter(ws.execution_reports() if hasattr(ws, "execution_reports") else ws.order_events())
            await ws.wait_connected(timeout=3)
            await asyncio.sleep(SETTLE)
            placed = await place(rest)
            sent = time.perf_counter()
            first = await anext(feed)
            after_place = (time.perf_counter() - sent) * 1000
            await cancel(rest, placed)
            sent = time.perf_counter()
            second = await anext(feed)
            after_cancel = (time.perf_counter() - sent) * 1000
        lag = max(after_place, after_cancel)
        return f"{describe(first)} -> {describe(second)}, each pushed within {lag:.1f} ms of its REST reply"

    await tour.astep("stream: orders", events)


async def _gmo_streams(
    tour: Tour, package: Any, base_url: str, ws_url: str, key: str, secret: str, options: Mapping[str, Any]
) -> None:
    streams = importlib.import_module(f"{package.__name__}.streams")
    fx = _venue(package) == "gmo_coin_fx"
    symbol = "USD_JPY" if fx else "BTC"
    opts = dataclasses.replace(streams.PublicStream.DEFAULT_OPTIONS, reconnect_max=1.0)

    async def ticker() -> str:
        async with streams.PublicStream(url=stream_url(_venue(package), ws_url, "PublicStream"), options=opts) as ws:
            (item,) = await _first(ws.ticker(symbol), 1)
        return f"ticker {item.symbol} ask {item.ask}"

    await tour.astep("stream: market data", ticker)

    async def place(rest: Any) -> Any:
        if fx:
            return await rest.orders.create_order(
                symbol=symbol, side="BUY", size="10000", execution_type="LIMIT", limit_price="130.5"
            )
        return await rest.orders.create_order(symbol=symbol, side="BUY", execution_type="LIMIT", price="1", size="1")

    async def cancel(rest: Any, placed: Any) -> None:
        if fx:
            await rest.orders.cancel_orders(root_order_ids=[placed[0].root_order_id])
        else:
            await rest.orders.cancel_order(order_id=int(placed))

    def describe(event: Any) -> str:
        return f"{event.msg_type} {event.order_status.value}"

    await _private_events(tour, package, base_url, ws_url, (key, secret), options, place, cancel, describe)


async def _hashkey_streams(
    tour: Tour, package: Any, base_url: str, ws_url: str, key: str, secret: str, options: Mapping[str, Any]
) -> None:
    streams = importlib.import_module("venuekit.hashkey_mena.streams")

    async def depth() -> str:
        async with streams.PublicStream(url=stream_url("hashkey_mena", ws_url, "PublicStream")) as ws:
            (item,) = await _first(ws.depth("BTCUSD"), 1)
        return f"depth {item.symbol}: {len(item.data[0].bids)} bid levels"

    await tour.astep("stream: market data", depth)

    async def place(rest: Any) -> Any:
        return await rest.orders.create_order(symbol="BTCUSD", side="SELL", type_="LIMIT", quantity="1", price="99999")

    async def cancel(rest: Any, placed: Any) -> None:
        await rest.orders.cancel_order(order_id=placed.order_id)

    def describe(event: Any) -> str:
        return f"executionReport {event.status.value}"

    await _private_events(tour, package, base_url, ws_url, (key, secret), options, place, cancel, describe)


async def _bitunix_streams(
    tour: Tour, package: Any, base_url: str, ws_url: str, key: str, secret: str, options: Mapping[str, Any]
) -> None:
    from venuekit.bitunix.models import OrderRef

    streams = importlib.import_module("venuekit.bitunix.streams")
    url = stream_url("bitunix", ws_url, "WebSocketApi")
    opts = dataclasses.replace(streams.WebSocketApi.DEFAULT_OPTIONS, reconnect_max=1.0)

    async def last_price() -> str:
        async with streams.WebSocketApi(key, secret, url=url, options=opts) as ws:
            return f"market.last_price {await ws.get_last_price(symbol='BTCUSDT')}"

    await tour.astep("stream: market data", last_price)

    async def orders() -> str:
        async with streams.WebSocketApi(key, secret, url=url, options=opts) as ws:
            placed = await ws.create_order(symbol="BTCUSDT", side="SELL", type_="LIMIT", volume="1", price="99999")
            listed = [o.order_id for o in await ws.get_open_orders(symbol="BTCUSDT") or []]
            if placed.order_id not in listed:
                raise Check(f"order {placed.order_id} placed over the WebSocket API is not open")
            await ws.cancel_orders(order_id_list=[OrderRef(order_id=placed.order_id, symbol="BTCUSDT")])
        return f"order {placed.order_id} placed, listed, cancelled over the WebSocket API"

    await tour.astep("stream: orders", orders)


async def _gopax_streams(
    tour: Tour, package: Any, base_url: str, ws_url: str, key: str, secret: str, options: Mapping[str, Any]
) -> None:
    streams = importlib.import_module("venuekit.gopax.streams")
    public_opts = dataclasses.replace(streams.PublicStream.DEFAULT_OPTIONS, reconnect_max=1.0)
    private_opts = dataclasses.replace(streams.PrivateStream.DEFAULT_OPTIONS, reconnect_max=1.0)

    async def book() -> str:
        url = stream_url("gopax", ws_url, "PublicStream")
        async with streams.PublicStream(url=url, options=public_opts) as ws:
            (item,) = await _first(ws.order_book("BTC-KRW"), 1)
        return f"order book BTC-KRW: best bid {item.best_bid[0] if item.best_bid else None}"

    await tour.astep("stream: market data", book)

    async def orders() -> str:
        url = stream_url("gopax", ws_url, "PrivateStream")
        async with (
            package.AsyncClient(key, secret, base_url=base_url, **options) as rest,
            streams.PrivateStream(key, secret, url=url, options=private_opts) as ws,
        ):
            feed = aiter(ws.orders())
            await anext(feed)  # the answer to the subscription: the outstanding orders
            placed = await rest.orders.create_order(
                trading_pair_name="BTC-KRW", side="buy", type_="limit", price=1000, amount="1"
            )
            sent = time.perf_counter()
            first = await anext(feed)
            after_place = (time.perf_counter() - sent) * 1000
            await rest.orders.cancel_order(order_id=placed.id)
            sent = time.perf_counter()
            second = await anext(feed)
            after_cancel = (time.perf_counter() - sent) * 1000
        lag = max(after_place, after_cancel)
        return f"OrderEvent {first.o.status.name} -> {second.o.status.name}, each pushed within {lag:.1f} ms"

    await tour.astep("stream: orders", orders)


def _venue(package: Any) -> str:
    return str(package.__name__).rsplit(".", 1)[-1]


def _skip_rest(tour: Tour) -> None:
    for name in ("open orders (placed)", "cancel", "open orders (cancelled)", "cancel again"):
        tour.skip(name, "no order was placed")


StreamTour = Callable[[Tour, Any, str, str, str, str, Mapping[str, Any]], Coroutine[Any, Any, None]]
_STREAM_TOURS: dict[str, StreamTour] = {
    "gmo_coin": _gmo_streams,
    "gmo_coin_fx": _gmo_streams,
    "hashkey_mena": _hashkey_streams,
    "gopax": _gopax_streams,
    "bitunix": _bitunix_streams,
}

_TOURS: dict[str, Callable[[Tour, Any], None]] = {
    "gmo_coin": _gmo_coin,
    "gmo_coin_fx": _gmo_coin_fx,
    "hashkey_mena": _hashkey_mena,
    "gopax": _gopax,
    "bitunix": _bitunix,
}

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
