"""What the generated mapping modules (`venuekit.<venue>.unified`, rendered from `specs/<venue>/unified.yaml`)
are made of, and the small helpers they call.

A mapping is a `VenueMapping`: for each unified method the venue supports, a function that takes the
unified arguments (`Args`) and returns a `Bound`: the venue operation's prepared `Call` (its generated
`request()`, so every argument check of the venue client applies) and a function that turns the typed reply
into the unified model. The exchange sends the call through the venue client's own `send`: one HTTP path.
Nothing here names a venue.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import enum
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Generic, Protocol, TypeVar

from ..client import Call
from ..errors import DecodeError, ValidationError, VenueError
from ..types import Unset
from .models import (
    OHLCV,
    ORDER_STATUSES,
    Balance,
    Level,
    Market,
    MarketType,
    Order,
    OrderBook,
    OrderStatus,
    OrderType,
    Side,
    TakerOrMaker,
    Ticker,
    Trade,
    make_symbol,
)

T = TypeVar("T")
R = TypeVar("R")
V = TypeVar("V")
M = TypeVar("M", covariant=True)


class Messages(Protocol[M]):
    """A venue stream's subscription (`venuekit.streams.Subscription`), as a feed reads it."""

    resumed: bool

    def __aiter__(self) -> AsyncIterator[M]: ...

    async def close(self) -> None: ...


@dataclasses.dataclass(frozen=True)
class Args:
    """The unified arguments of one call, as the exchange checked them."""

    venue: str
    method: str
    market: Market | None = None
    id: str | None = None
    client_order_id: str | None = None
    limit: int | None = None
    since: _dt.datetime | None = None
    until: _dt.datetime | None = None
    window_start: _dt.datetime | None = None
    """`since`, or `until` minus `limit` candles of `timeframe` (for venues that need a start)."""
    timeframe: str | None = None
    side: Side | None = None
    type: OrderType | None = None
    amount: Decimal | None = None
    price: Decimal | None = None

    def need(self, value: T | None, parameter: str) -> T:
        """A value the venue's operation requires: refused before sending when the caller left it out."""
        if value is None:
            raise ValidationError(parameter, f"{self.venue} needs it for {self.method}")
        return value

    def need_market(self) -> Market:
        if self.market is None:
            raise ValidationError("symbol", f"{self.venue} needs a symbol for {self.method}")
        return self.market


@dataclasses.dataclass(frozen=True)
class Context:
    """What a reply is read with: the call's arguments and the venue's markets (to name symbols)."""

    args: Args
    markets: Mapping[str, Market]
    """By the venue's id."""

    @property
    def market(self) -> Market | None:
        return self.args.market

    def symbol_of(self, venue_id: object) -> str:
        """The unified symbol of a venue id; an id the venue's metadata does not list stays as it is."""
        key = wire(venue_id) or ""
        found = self.markets.get(key)
        return found.symbol if found is not None else key

    def symbol(self, venue_id: object = None) -> str:
        """The symbol of a record: from its own venue id when it has one, else the call's market."""
        if venue_id is not None and not isinstance(venue_id, Unset):
            return self.symbol_of(venue_id)
        if self.args.market is not None:
            return self.args.market.symbol
        raise DecodeError("the reply names no symbol", operation=self.args.method, body=b"", status_code=200)


@dataclasses.dataclass(frozen=True)
class Bound(Generic[R]):
    """A prepared venue call and how its typed reply becomes the unified result."""

    call: Call[Any]
    parse: Callable[[Any, Context], R]


def bind(call: Call[T], parse: Callable[[T, Context], R]) -> Bound[R]:
    """Pair a call with its reader; the reader's first argument is typed as the call's reply."""
    return Bound(call, parse)


Method = Callable[[Args], Bound[R]]


@dataclasses.dataclass(frozen=True)
class MarketInfo:
    """One market as the metadata endpoint describes it, before the symbol is made."""

    id: str
    type: MarketType
    base: str
    quote: str
    active: bool | None = None
    tick: Decimal | None = None
    step: Decimal | None = None
    min_amount: Decimal | None = None
    max_amount: Decimal | None = None
    min_price: Decimal | None = None
    max_price: Decimal | None = None
    min_notional: Decimal | None = None
    raw: Any = None

    def market(self, venue: str) -> Market:
        settle = None if self.type == "spot" else self.quote
        return Market(
            symbol=make_symbol(self.base, self.quote, self.type, settle),
            id=self.id,
            base=self.base,
            quote=self.quote,
            type=self.type,
            settle=settle,
            active=self.active,
            tick=self.tick,
            step=self.step,
            min_amount=self.min_amount,
            max_amount=self.max_amount,
            min_price=self.min_price,
            max_price=self.max_price,
            min_notional=self.min_notional,
            venue=venue,
            raw=self.raw,
        )


@dataclasses.dataclass(frozen=True)
class Refusal:
    """An order the venue's unified mapping does not send (`create_order.refuse` in unified.yaml)."""

    type: str | None
    side: str | None
    reason: str

    def applies(self, type: str, side: str) -> bool:
        return self.type in (None, type) and self.side in (None, side)


class StreamHost:
    """What a generated `watch_*` needs from the exchange: its streams, opened once and shared."""

    markets_by_id: dict[str, Market]

    def context(self, args: Args) -> Context:
        return Context(args, self.markets_by_id)

    def stream(self, name: str, make: Callable[[StreamSetup], T]) -> T:
        raise NotImplementedError

    async def start(self, name: str) -> None:
        raise NotImplementedError


@dataclasses.dataclass(frozen=True)
class StreamSetup:
    """How the exchange opens a venue stream: the URL (None: the environment's), environment, options, keys, the
    REST client private streams get their session token through, and a recording to replay instead (`source`)."""

    url: str | None
    environment: str | None
    options: Any
    rest: Any
    api_key: str | None
    api_secret: str | None
    source: Any = None


WatchMethod = Callable[[Args, StreamHost], "Feed[R]"]


@dataclasses.dataclass(frozen=True)
class VenueMapping:
    """A venue's unified mapping, as `make generate` renders it from `specs/<venue>/unified.yaml`."""

    venue: str
    markets: Method[list[MarketInfo]]
    timeframes: Mapping[str, object] = dataclasses.field(default_factory=dict)
    """Unified timeframe (``1m``, ``1h``, ``1d`` ...) -> the venue's interval value."""
    refusals: Sequence[Refusal] = ()
    notes: Mapping[str, str] = dataclasses.field(default_factory=dict)
    """Unified method -> why the venue does not support it (shown by NotSupportedError)."""
    client_order_id: bool = False
    """Whether `create_order` sends the caller's `client_order_id` (the venue's order has a place for it)."""
    fetch_ticker: Method[Ticker] | None = None
    fetch_order_book: Method[OrderBook] | None = None
    fetch_trades: Method[list[Trade]] | None = None
    fetch_ohlcv: Method[list[OHLCV]] | None = None
    fetch_balance: Method[list[Balance]] | None = None
    create_order: Method[Order] | None = None
    cancel_order: Method[None] | None = None
    fetch_order: Method[Order] | None = None
    fetch_order_by_client_id: Method[Order] | None = None
    fetch_open_orders: Method[list[Order]] | None = None
    fetch_my_trades: Method[list[Trade]] | None = None
    watch_ticker: WatchMethod[Ticker] | None = None
    watch_order_book: WatchMethod[OrderBook] | None = None
    watch_orders: WatchMethod[Order] | None = None


# --- reading replies --------------------------------------------------------------------------------------
def wire(value: object) -> str | None:
    """A reply value as the venue wrote it (enum members by value, booleans as ``true``/``false``)."""
    if value is None or isinstance(value, Unset):
        return None
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def dec(value: Decimal | int | str | Unset | None) -> Decimal | None:
    """A money field (already a `Decimal` in the typed model); absent (UNSET) or null is None."""
    if value is None or isinstance(value, Unset):
        return None
    return value if isinstance(value, Decimal) else Decimal(value)


def when(value: _dt.datetime | Unset | None) -> _dt.datetime | None:
    return None if value is None or isinstance(value, Unset) else value


def text(value: object) -> str | None:
    """An id as text (the unified models keep ids as strings; `.raw` keeps the wire type)."""
    return wire(value)


def step_of(places: int | str | Unset | None) -> Decimal | None:
    """A precision stated as decimal places (2 -> 0.01)."""
    if places is None or isinstance(places, Unset):
        return None
    return Decimal(f"1E{-int(places)}")


def then(value: T | Unset | None, read: Callable[[T], R]) -> R | None:
    """`read(value)` unless the value is absent: one step of a path through optional fields."""
    return None if value is None or isinstance(value, Unset) else read(value)


def at(items: Sequence[T] | Unset | None, index: int) -> T | None:
    if items is None or isinstance(items, Unset) or not -len(items) <= index < len(items):
        return None
    return items[index]


def select(items: Iterable[T] | Unset | None, match: Callable[[T], bool]) -> T | None:
    """The first item that matches (HashKey's `filters[filterType=PRICE_FILTER]`)."""
    if items is None or isinstance(items, Unset):
        return None
    return next((item for item in items if match(item)), None)


def listed(items: Sequence[T] | Unset | None) -> list[T]:
    """A list field that may be absent or null: empty then."""
    return [] if items is None or isinstance(items, Unset) else list(items)


class Missing(Exception):
    """The venue answered without the record asked for (an empty list, a null order): the exchange raises the
    venue's `NotFoundError` with the reply."""


class NotDone(Exception):
    """The venue answered without doing what was asked (a cancel whose reply does not list the order): the
    exchange raises the venue's `OrderRejectedError` with the reply."""


def one(items: Sequence[T] | Unset | None, c: Context, match: Callable[[T], bool] | None = None) -> T:
    """The record a single-result call asked for out of a list reply: the first, or the one that matches."""
    for item in listed(items):
        if match is None or match(item):
            return item
    raise missing(c)


def found(value: T | Unset | None, c: Context) -> T:
    """The record of a reply that may be null (Bitunix: null for an unknown order id)."""
    if value is None or isinstance(value, Unset):
        raise missing(c)
    return value


def missing(c: Context) -> Missing:
    what = f" for {c.market.symbol}" if c.market is not None else ""
    return Missing(f"{c.args.venue} {c.args.method}: the venue's reply has no record{what}")


def present(value: T | Unset | None, c: Context, field: str) -> T:
    """A field the unified model cannot do without."""
    if value is None or isinstance(value, Unset):
        raise DecodeError(f"the reply has no {field}", operation=c.args.method, body=b"", status_code=200)
    return value


def list_or_one(value: Sequence[T] | T | Unset | None, cls: type[T]) -> list[T]:
    """A reply documented as one record and observed as a list (Bitunix candles): a list either way."""
    if value is None or isinstance(value, Unset):
        return []
    return [value] if isinstance(value, cls) else list(value)  # type: ignore[arg-type]


def as_items(value: T | Unset | None) -> list[T]:
    """One record as a list of one (a stream event that carries one order)."""
    return [] if value is None or isinstance(value, Unset) else [value]


class _Named(Protocol[M]):
    @property
    def additional_properties(self) -> Mapping[str, M]: ...


def values(value: _Named[T]) -> list[T]:
    """The records of an object keyed by name (GOPAX's tickers by pair)."""
    return list(value.additional_properties.values())


def joined(*parts: str | None) -> str | None:
    """Parts of an id put together (Bitunix `BTCUSDT` = base + quote); None when one is missing."""
    return None if any(p is None for p in parts) else "".join(p for p in parts if p is not None)


@dataclasses.dataclass(frozen=True)
class SymbolRule:
    """How a venue id reads (`markets.symbols` in unified.yaml): the first rule whose pattern matches decides the
    market type; the pattern's groups `base` / `quote`, else the rule's own, else the metadata's fields."""

    pattern: str
    type: MarketType
    base: str | None = None
    quote: str | None = None


def classify(
    rules: Sequence[SymbolRule], venue_id: str | None, base: str | None, quote: str | None
) -> tuple[str | None, MarketType, str | None, str | None]:
    """(id, type, base, quote) of a metadata entry; the id is None when no rule matches it (not listed)."""
    import re

    for rule in rules:
        found = re.fullmatch(rule.pattern, venue_id or "")
        if found is None:
            continue
        groups = found.groupdict()
        return (
            venue_id,
            rule.type,
            groups.get("base") or rule.base or base,
            groups.get("quote") or rule.quote or quote,
        )
    return None, "spot", base, quote


def markets(infos: Iterable[MarketInfo | None]) -> list[MarketInfo]:
    return [info for info in infos if info is not None]


def looked_up(table: Mapping[str, V], value: object) -> V | None:
    key = wire(value)
    return None if key is None else table.get(key)


def market_info(
    raw: object,
    *,
    id: str | None,
    type: MarketType,
    base: str | None,
    quote: str | None,
    active: bool | None = None,
    tick: Decimal | None = None,
    step: Decimal | None = None,
    min_amount: Decimal | None = None,
    max_amount: Decimal | None = None,
    min_price: Decimal | None = None,
    max_price: Decimal | None = None,
    min_notional: Decimal | None = None,
) -> MarketInfo | None:
    """A market, or None for an entry without an id, base or quote (it could not be traded by symbol)."""
    if not id or not base or not quote:
        return None
    return MarketInfo(
        id,
        type,
        base,
        quote,
        active,
        tick=positive(tick),
        step=positive(step),
        min_amount=positive(min_amount),
        max_amount=positive(max_amount),
        min_price=positive(min_price),
        max_price=positive(max_price),
        min_notional=positive(min_notional),
        raw=raw,
    )


def positive(value: Decimal | None) -> Decimal | None:
    """A bound stated as 0 means "no bound" (Bitunix `minAmount`, HashKey deprecated price filters)."""
    return value if value is not None and value > 0 else None


def ticker(
    c: Context,
    raw: object,
    *,
    symbol: object = None,
    bid: Decimal | None = None,
    ask: Decimal | None = None,
    last: Decimal | None = None,
    open: Decimal | None = None,
    high: Decimal | None = None,
    low: Decimal | None = None,
    volume: Decimal | None = None,
    timestamp: _dt.datetime | None = None,
) -> Ticker:
    return Ticker(
        symbol=c.symbol(symbol),
        bid=bid,
        ask=ask,
        last=last,
        open=open,
        high=high,
        low=low,
        volume=volume,
        timestamp=timestamp,
        raw=raw,
    )


def level(c: Context, price: Decimal | None, amount: Decimal | None) -> Level:
    return Level(present(price, c, "level price"), present(amount, c, "level amount"))


def order_book(
    c: Context,
    raw: object,
    *,
    bids: Iterable[Level],
    asks: Iterable[Level],
    symbol: object = None,
    timestamp: _dt.datetime | None = None,
) -> OrderBook:
    """Sides sorted best first, whatever order the venue sent them in."""
    return OrderBook(
        symbol=c.symbol(symbol),
        bids=sorted(bids, key=lambda lv: lv.price, reverse=True),
        asks=sorted(asks, key=lambda lv: lv.price),
        timestamp=timestamp,
        raw=raw,
    )


def trade(
    c: Context,
    raw: object,
    *,
    price: Decimal | None,
    amount: Decimal | None,
    symbol: object = None,
    side: Side | None = None,
    id: str | None = None,
    order_id: str | None = None,
    fee: Decimal | None = None,
    fee_currency: str | None = None,
    taker_or_maker: TakerOrMaker | None = None,
    timestamp: _dt.datetime | None = None,
) -> Trade:
    return Trade(
        symbol=c.symbol(symbol),
        price=present(price, c, "trade price"),
        amount=present(amount, c, "trade amount"),
        side=side,
        id=id,
        order_id=order_id,
        fee=fee,
        fee_currency=fee_currency,
        taker_or_maker=taker_or_maker,
        timestamp=timestamp,
        raw=raw,
    )


def candle(
    c: Context,
    raw: object,
    *,
    timestamp: _dt.datetime | None,
    open: Decimal | None,
    high: Decimal | None,
    low: Decimal | None,
    close: Decimal | None,
    volume: Decimal | None = None,
) -> OHLCV:
    return OHLCV(
        timestamp=present(timestamp, c, "candle time"),
        open=present(open, c, "open"),
        high=present(high, c, "high"),
        low=present(low, c, "low"),
        close=present(close, c, "close"),
        volume=volume,
        raw=raw,
    )


def balance(
    c: Context,
    raw: object,
    *,
    currency: str | None,
    free: Decimal | None = None,
    used: Decimal | None = None,
    total: Decimal | None = None,
) -> Balance:
    """`total` = free + used, `used` = total - free where the venue states only two of them."""
    if total is None and free is not None and used is not None:
        total = free + used
    if used is None and free is not None and total is not None:
        used = total - free
    if free is None and used is not None and total is not None:
        free = total - used
    return Balance(currency=present(currency, c, "currency"), free=free, used=used, total=total, raw=raw)


def order(
    c: Context,
    raw: object,
    *,
    statuses: Mapping[str, OrderStatus] | None = None,
    venue_status: object = None,
    absent_status: OrderStatus | None = None,
    id: str | None = None,
    symbol: object = None,
    client_order_id: str | None = None,
    side: Side | None = None,
    type: OrderType | None = None,
    venue_type: object = None,
    price: Decimal | None = None,
    amount: Decimal | None = None,
    filled: Decimal | None = None,
    remaining: Decimal | None = None,
    average: Decimal | None = None,
    fee: Decimal | None = None,
    fee_currency: str | None = None,
    timestamp: _dt.datetime | None = None,
    updated: _dt.datetime | None = None,
) -> Order:
    """An `Order` from the fields the venue's reply carries.

    The status is the venue's, mapped (a value the mapping does not list is ``"unknown"``, its text kept in
    `venue_status`). Without one: `absent_status` where the operation itself says it (a list of open orders),
    ``"accepted"`` for a placement's acknowledgement, else ``"unknown"``.
    A placement's reply is completed with what the caller just sent (symbol, side, type, price, amount,
    client order id) where the venue does not repeat it; nothing else is filled in, except `filled` /
    `remaining` from each other and the amount.
    """
    a = c.args
    placed = a.method == "create_order"
    status_text = wire(venue_status)
    status: OrderStatus = "accepted"
    if status_text is None and absent_status is not None:
        status = absent_status
    elif statuses is not None and (status_text is not None or not placed):
        status = statuses.get(status_text or "", "unknown")
        if status not in ORDER_STATUSES:
            status = "unknown"
    if placed:
        side = side or a.side
        type = type or (a.type if venue_type is None else None)
        price = price if price is not None and price > 0 else (a.price if a.type == "limit" else price)
        amount = amount if amount is not None else a.amount
        client_order_id = client_order_id or a.client_order_id
    if remaining is None and amount is not None and filled is not None:
        remaining = amount - filled
    if filled is None and amount is not None and remaining is not None:
        filled = amount - remaining
    if average is not None and (average == 0 or filled == 0):
        average = None  # venues write 0 while nothing has filled
    return Order(
        id=present(id, c, "order id"),
        symbol=c.symbol(symbol),
        status=status,
        venue_status=status_text,
        client_order_id=client_order_id or None,
        side=side,
        type=type,
        venue_type=wire(venue_type),
        price=price,
        amount=amount,
        filled=filled,
        remaining=remaining,
        average=average,
        fee=fee,
        fee_currency=fee_currency or None,
        timestamp=timestamp,
        updated=updated,
        raw=raw,
    )


# --- building requests ------------------------------------------------------------------------------------
def choose(table: Mapping[str, V], value: str | None, parameter: str, a: Args) -> V:
    """The venue's value for a unified one (`side`, `type`, `timeframe`), or a `ValidationError` naming those
    the venue takes."""
    if value is None:
        raise ValidationError(parameter, f"{a.venue} needs it for {a.method}")
    if value not in table:
        known = ", ".join(repr(k) for k in table)
        raise ValidationError(parameter, f"{value!r} is not supported by {a.venue} {a.method} (supported: {known})")
    return table[value]


def int_id(value: str, parameter: str) -> int:
    """An order id the venue takes as an integer (GMO Coin): the unified id is its decimal text."""
    if not value.isascii() or not value.isdigit() or len(value) > 19:
        raise ValidationError(parameter, f"{value!r} is not one of this venue's order ids (digits)")
    return int(value)


def unused(a: Args, parameter: str) -> None:
    """Refuse an argument the venue's operation has no place for (GMO Coin has no client order id)."""
    if getattr(a, parameter) is not None:
        raise ValidationError(parameter, f"{a.venue} {a.method} has no such parameter")


def otherwise(value: T | None, default: T) -> T:
    return default if value is None else value


def epoch(value: _dt.datetime | None, scale: int) -> int | None:
    """A time as epoch seconds (`scale` 1) or milliseconds (1000)."""
    return None if value is None else int(value.timestamp() * scale)


def strftime(
    value: _dt.datetime | None, formats: Mapping[str, str], timeframe: str | None, utc_offset_minutes: int
) -> str | None:
    """A time written as the venue's date parameter; the format may depend on the timeframe and the venue's
    day may start at another offset from UTC (GMO Coin's candles: 06:00 JST, i.e. UTC+3)."""
    if value is None:
        return None
    fmt = formats.get(timeframe or "", formats.get("", ""))
    shifted = value.astimezone(_dt.timezone(_dt.timedelta(minutes=utc_offset_minutes)))
    return shifted.strftime(fmt)


# --- streams ----------------------------------------------------------------------------------------------
class Feed(Generic[R]):
    """A unified watch: iterate it for unified models. `resumed` is True for the first item after messages may
    have been missed (the venue stream's gap: a reconnect, a slow consumer, a resynchronised book, or a message
    the unified model cannot hold, which is skipped and kept in `errors`); `gaps` counts them. `close()` (or
    `async with`) stops it."""

    def __init__(
        self,
        start: Callable[[], Awaitable[None]],
        items: Callable[[], AsyncIterator[tuple[R, bool]]],
        close: Callable[[], Awaitable[None]],
    ) -> None:
        self._start = start
        self._items = items
        self._close = close
        self._iterator: AsyncIterator[tuple[R, bool]] | None = None
        self._started = False
        self.resumed = False
        self.gaps = 0
        self.errors: list[VenueError] = []
        """Messages that could not be read into the unified model (each also counts as a gap)."""

    async def ready(self) -> None:
        """Start the venue stream behind it and wait until it is connected (the exchange's `watch_*` do this
        before returning). Venues acknowledge no subscription: the first moments' events may come before it."""
        if not self._started:
            await self._start()
            self._started = True

    def __aiter__(self) -> Feed[R]:
        return self

    async def __anext__(self) -> R:
        if self._iterator is None:
            await self.ready()
            self._iterator = self._items()
        item, resumed = await self._iterator.__anext__()
        self.resumed = resumed
        self.gaps += int(resumed)
        return item

    async def close(self) -> None:
        await self._close()

    async def __aenter__(self) -> Feed[R]:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


def feed(host: StreamHost, name: str, subscription: Messages[T], read: Callable[[T], Iterable[R]]) -> Feed[R]:
    """The items `read` makes of each message of a subscription (`venuekit.streams.Subscription`)."""

    skipped = False

    async def items() -> AsyncIterator[tuple[R, bool]]:
        nonlocal skipped
        async for message in subscription:
            resumed = bool(subscription.resumed) or skipped
            try:
                records = list(read(message))
            except (VenueError, LookupError, TypeError, ValueError, ArithmeticError, AttributeError) as exc:
                error = (
                    exc
                    if isinstance(exc, VenueError)
                    else DecodeError(str(exc), operation=name, body=b"", status_code=0)
                )
                made.errors.append(error)
                skipped = True  # the next record follows a message that was lost
                continue
            skipped = False
            for item in records:
                yield item, resumed
                resumed = False

    made: Feed[R] = Feed(lambda: host.start(name), items, subscription.close)
    return made


def book_feed(host: StreamHost, name: str, books: Any, c: Context, depth: int | None = None) -> Feed[OrderBook]:
    """Unified books from a venue stream's checked local book (`venuekit.orderbook.BookStream`); after the book
    had to be resynchronised (a gap or a failed check) the next one is `resumed`."""

    async def items() -> AsyncIterator[tuple[OrderBook, bool]]:
        seen = (books.resyncs, books.subscription.gaps)
        async for book in books:
            now = (books.resyncs, books.subscription.gaps)
            bids, asks = book.depth(depth)
            unified = order_book(
                c,
                book,
                bids=[Level(p, s) for p, s in bids],
                asks=[Level(p, s) for p, s in asks],
                timestamp=book.timestamp,
            )
            yield unified, now != seen
            seen = now

    return Feed(lambda: host.start(name), items, books.close)
