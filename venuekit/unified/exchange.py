"""`Exchange` and `AsyncExchange`: one vocabulary (ccxt's unified names) over any venue's generated client.

Each method checks its arguments (and, for orders, the market's rules) before anything is sent, builds the
venue operation's call with the venue's generated mapping (`venuekit.<venue>.unified`), sends it through the
venue client's own `send` (rate limits, signing, retries, placement safety: all as for the venue client) and
reads the typed reply into a unified model whose `.raw` is the venue's model.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import re
from collections.abc import AsyncIterator, Callable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from .. import check
from ..client import ApiResponse, AsyncClient, SyncClient
from ..errors import (
    ConfigurationError,
    DecodeError,
    NotSupportedError,
    OrderStatusUnknownError,
    ValidationError,
    VenueError,
)
from . import mapping as u
from .models import (
    OHLCV,
    ORDER_TYPES,
    SIDES,
    Balances,
    Market,
    Order,
    OrderBook,
    OrderType,
    Side,
    Ticker,
    Trade,
)

R = TypeVar("R")
F = TypeVar("F")

METHODS: tuple[str, ...] = (
    "fetch_ticker",
    "fetch_order_book",
    "fetch_trades",
    "fetch_ohlcv",
    "fetch_balance",
    "create_order",
    "cancel_order",
    "fetch_order",
    "fetch_order_by_client_id",
    "fetch_open_orders",
    "fetch_my_trades",
    "watch_ticker",
    "watch_order_book",
    "watch_orders",
)
"""The unified methods a venue may lack (`load_markets` / `market` work everywhere). `fetch_order_by_client_id`
is `fetch_order(client_order_id=...)`."""

_TIMEFRAME = re.compile(r"^([1-9][0-9]*)([smhdwM])$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, "M": 2592000}
DEFAULT_CANDLES = 100
"""Candles asked for when neither `since` nor `limit` is given (venues that need a start time)."""


def timeframe_seconds(timeframe: str) -> int:
    """``1m`` -> 60, ``4h`` -> 14400, ``1M`` -> 30 days (a month, for windows only)."""
    found = _TIMEFRAME.match(timeframe)
    if not found:
        raise ValidationError("timeframe", f"{timeframe!r} is not a timeframe like 1m, 15m, 1h, 1d, 1w or 1M")
    return int(found.group(1)) * _UNIT_SECONDS[found.group(2)]


class _Plan(Generic[R, F]):
    """A call ready to send and what to make of its reply (`finish` post-processes the parsed result; its second
    argument is the venue's typed reply, for results whose `.raw` is the whole reply)."""

    def __init__(self, bound: u.Bound[R], context: u.Context, finish: Callable[[R, Any], F]) -> None:
        self.bound = bound
        self.context = context
        self.finish = finish


def _identity(value: R, reply: object) -> R:
    return value


class _Core:
    """What both exchanges share: the mapping, the markets, argument checks and reply handling."""

    def __init__(self, mapping: u.VenueMapping, client: SyncClient | AsyncClient) -> None:
        self.mapping = mapping
        self.venue = mapping.venue
        self.client = client
        self.markets: dict[str, Market] | None = None
        """Symbol -> `Market` once `load_markets()` has run (cached; `load_markets(reload=True)` refreshes)."""
        self.markets_by_id: dict[str, Market] = {}
        self.has: dict[str, bool] = {"load_markets": True, **{m: getattr(mapping, m) is not None for m in METHODS}}
        """Which unified methods the venue supports (the others raise `NotSupportedError`), and
        ``"client_order_id"``: whether `create_order` takes one."""
        self.has["client_order_id"] = mapping.client_order_id
        self.timeframes: Mapping[str, object] = mapping.timeframes

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.venue!r}, client={self.client!r})"

    # --- markets ------------------------------------------------------------------------------------------
    def _markets_plan(self) -> _Plan[list[u.MarketInfo], dict[str, Market]]:
        args = u.Args(self.venue, "load_markets")
        return _Plan(self.mapping.markets(args), u.Context(args, {}), lambda infos, reply: self._store_markets(infos))

    def _store_markets(self, infos: list[u.MarketInfo]) -> dict[str, Market]:
        markets: dict[str, Market] = {}
        for info in infos:
            market = info.market(self.venue)
            other = markets.get(market.symbol)
            if other is not None:
                raise ConfigurationError(
                    f"{self.venue}: venue ids {other.id!r} and {market.id!r} make the same symbol {market.symbol!r}"
                )
            markets[market.symbol] = market
        self.markets = markets
        self.markets_by_id = {m.id: m for m in markets.values()}
        return markets

    def market(self, symbol: str) -> Market:
        """The market of a unified symbol (`load_markets()` first); `ValidationError` for an unknown one."""
        if self.markets is None:
            raise ConfigurationError(f"{self.venue}: call load_markets() before market()")
        if not isinstance(symbol, str):
            raise ValidationError("symbol", f"expected a str like 'BTC/JPY', got {type(symbol).__name__}")
        found = self.markets.get(symbol)
        if found is not None:
            return found
        hint = ""
        by_id = self.markets_by_id.get(symbol)
        if by_id is not None:
            hint = f"; {symbol!r} is the venue's id of {by_id.symbol!r}"
        known = ", ".join(sorted(self.markets)[:12]) + (", ..." if len(self.markets) > 12 else "")
        raise ValidationError("symbol", f"unknown symbol {symbol!r} on {self.venue}{hint} (markets: {known})")

    def _market_or_none(self, symbol: str | None) -> Market | None:
        return None if symbol is None else self.market(symbol)

    # --- plans --------------------------------------------------------------------------------------------
    def _method(self, name: str) -> Any:
        found = getattr(self.mapping, name)
        if found is None:
            raise NotSupportedError(self.venue, name, self.mapping.notes.get(name, ""))
        return found

    def _plan(self, name: str, args: u.Args, finish: Callable[[Any, Any], Any] = _identity) -> _Plan[Any, Any]:
        bound = self._method(name)(args)
        return _Plan(bound, u.Context(args, self.markets_by_id), finish)

    def _args(self, method: str, **values: Any) -> u.Args:
        return u.Args(self.venue, method, **values)

    def _ticker(self, symbol: str) -> _Plan[Ticker, Ticker]:
        return self._plan("fetch_ticker", self._args("fetch_ticker", market=self.market(symbol)))

    def _order_book(self, symbol: str, limit: int | None) -> _Plan[OrderBook, OrderBook]:
        limit = _limit(limit)

        def cut(book: OrderBook, reply: object) -> OrderBook:
            if limit is None:
                return book
            return OrderBook(
                symbol=book.symbol,
                bids=book.bids[:limit],
                asks=book.asks[:limit],
                timestamp=book.timestamp,
                raw=book.raw,
            )

        args = self._args("fetch_order_book", market=self.market(symbol), limit=limit)
        return self._plan("fetch_order_book", args, cut)

    def _trades(
        self, method: str, symbol: str | None, since: _dt.datetime | None, limit: int | None
    ) -> _Plan[list[Trade], list[Trade]]:
        market = self._market_or_none(symbol)
        if method == "fetch_trades" and market is None:
            raise ValidationError("symbol", "fetch_trades needs a symbol")
        since, limit = _since(since), _limit(limit)
        args = self._args(method, market=market, since=since, limit=limit)
        return self._plan(method, args, lambda items, reply: _window(_of(items, market), since, limit))

    def _ohlcv(
        self, symbol: str, timeframe: str, since: _dt.datetime | None, limit: int | None
    ) -> _Plan[list[OHLCV], list[OHLCV]]:
        market = self.market(symbol)
        seconds = timeframe_seconds(timeframe)
        if self.mapping.fetch_ohlcv is not None and timeframe not in self.timeframes:
            known = ", ".join(self.timeframes)
            raise ValidationError("timeframe", f"{timeframe!r} is not offered by {self.venue} (offered: {known})")
        since, limit = _since(since), _limit(limit)
        until = _dt.datetime.now(_dt.timezone.utc)
        start = since or until - _dt.timedelta(seconds=seconds * (limit or DEFAULT_CANDLES))
        args = self._args(
            "fetch_ohlcv", market=market, timeframe=timeframe, since=since, until=until, window_start=start, limit=limit
        )
        return self._plan("fetch_ohlcv", args, lambda candles, reply: _window(candles, since, limit))

    def _balance(self) -> _Plan[list[Any], Balances]:
        return self._plan("fetch_balance", self._args("fetch_balance"), lambda items, reply: Balances(items, reply))

    def _create_order(
        self,
        symbol: str,
        type: str,
        side: str,
        amount: object,
        price: object,
        client_order_id: str | None,
    ) -> _Plan[Order, Order]:
        market = self.market(symbol)
        if type not in ORDER_TYPES:
            raise ValidationError("type", f"{type!r} is not one of {', '.join(ORDER_TYPES)}")
        if side not in SIDES:
            raise ValidationError("side", f"{side!r} is not one of {', '.join(SIDES)}")
        order_type: OrderType = "limit" if type == "limit" else "market"
        order_side: Side = "buy" if side == "buy" else "sell"
        size = check.decimal("amount", amount)
        limit_price = None if price is None else check.decimal("price", price)
        if order_type == "market" and limit_price is not None:
            raise ValidationError("price", "a market order takes no price")
        for refusal in self.mapping.refusals:
            if refusal.applies(order_type, order_side):
                raise ValidationError("type", f"{self.venue}: {refusal.reason}")
        market.check_order(order_type, size, limit_price)
        if client_order_id is not None:
            client_order_id = check.string("client_order_id", client_order_id)
        args = self._args(
            "create_order",
            market=market,
            type=order_type,
            side=order_side,
            amount=size,
            price=limit_price,
            client_order_id=client_order_id,
        )
        return self._plan("create_order", args)

    def _order_id(self, id: object) -> str:
        if isinstance(id, bool) or not isinstance(id, str | int):
            raise ValidationError("id", f"expected the order id as str (or int), got {type(id).__name__}")
        return str(id)

    def _cancel(self, id: object, symbol: str | None) -> _Plan[None, None]:
        args = self._args("cancel_order", id=self._order_id(id), market=self._market_or_none(symbol))
        return self._plan("cancel_order", args)

    def _fetch_order(self, id: object, symbol: str | None, client_order_id: str | None) -> _Plan[Order, Order]:
        market = self._market_or_none(symbol)
        if (id is None) == (client_order_id is None):
            raise ValidationError("id", "give exactly one of id and client_order_id")
        if client_order_id is not None:
            key = check.string("client_order_id", client_order_id)
            args = self._args("fetch_order_by_client_id", client_order_id=key, market=market)
            return self._plan("fetch_order_by_client_id", args)
        return self._plan("fetch_order", self._args("fetch_order", id=self._order_id(id), market=market))

    def _open_orders(
        self, symbol: str | None, since: _dt.datetime | None, limit: int | None
    ) -> _Plan[list[Order], list[Order]]:
        market = self._market_or_none(symbol)
        since, limit = _since(since), _limit(limit)
        args = self._args("fetch_open_orders", market=market, since=since, limit=limit)
        return self._plan("fetch_open_orders", args, lambda items, reply: _window(_of(items, market), since, limit))

    def _read(self, plan: _Plan[Any, F], response: ApiResponse[Any]) -> F:
        try:
            parsed = plan.bound.parse(response.parsed, plan.context)
        except (u.Missing, u.NotDone) as exc:
            category = "not_found" if isinstance(exc, u.Missing) else "order_rejected"
            raise self.client.venue.errors.error(
                None, str(exc), response=response.http_response, body=None, category=category
            ) from None
        except VenueError:
            raise
        except (LookupError, TypeError, ValueError, ArithmeticError, AttributeError) as exc:
            # A reply the typed model accepted but the unified one cannot hold (e.g. a precision that is no number).
            http = response.http_response
            raise DecodeError(
                str(exc), operation=plan.context.args.method, body=http.content, status_code=http.status_code
            ) from exc
        return plan.finish(parsed, response.parsed)

    def _resolution(self, error: OrderStatusUnknownError) -> str:
        if not isinstance(error, OrderStatusUnknownError):
            raise ValidationError("error", f"expected an OrderStatusUnknownError, got {type(error).__name__}")
        if error.client_order_id is None or self.mapping.fetch_order_by_client_id is None:
            raise ConfigurationError(
                f"{self.venue}: no lookup by client order id"
                + ("" if error.client_order_id is not None else " and none was sent")
                + ": check fetch_open_orders() and fetch_my_trades()"
            )
        return error.client_order_id


def _limit(limit: int | None) -> int | None:
    if limit is None:
        return None
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValidationError("limit", f"expected a positive int, got {limit!r}")
    return limit


def _since(since: _dt.datetime | None) -> _dt.datetime | None:
    return None if since is None else check.datetime("since", since)


def _of(items: list[Any], market: Market | None) -> list[Any]:
    """A listing of every market narrowed to the one asked for (venues that cannot filter)."""
    return items if market is None else [item for item in items if item.symbol == market.symbol]


def _window(items: list[Any], since: _dt.datetime | None, limit: int | None) -> list[Any]:
    """Oldest first; from `since` on; then at most `limit`: the first ones after `since`, else the newest."""
    stamped = all(getattr(item, "timestamp", None) is not None for item in items)
    if stamped:
        items = sorted(items, key=lambda item: item.timestamp)
        if since is not None:
            items = [item for item in items if item.timestamp >= since]
    if limit is not None:
        items = items[:limit] if since is not None else items[-limit:]
    return items


class Exchange(_Core):
    """The unified interface over a venue's synchronous `Client` (see `venuekit.connect`)."""

    client: SyncClient

    def __init__(self, mapping: u.VenueMapping, client: SyncClient) -> None:
        super().__init__(mapping, client)

    def _send(self, plan: _Plan[Any, F]) -> F:
        return self._read(plan, self.client.send(plan.bound.call))

    def load_markets(self, reload: bool = False) -> dict[str, Market]:
        """Symbol -> `Market`, from the venue's metadata endpoint; cached until `reload=True`."""
        if self.markets is None or reload:
            return self._send(self._markets_plan())
        return self.markets

    def _ready(self) -> None:
        if self.markets is None:
            self.load_markets()

    def fetch_ticker(self, symbol: str) -> Ticker:
        self._ready()
        return self._send(self._ticker(symbol))

    def fetch_order_book(self, symbol: str, limit: int | None = None) -> OrderBook:
        """Bids and asks best first (at most `limit` levels each)."""
        self._ready()
        return self._send(self._order_book(symbol, limit))

    def fetch_trades(self, symbol: str, since: _dt.datetime | None = None, limit: int | None = None) -> list[Trade]:
        """Recent public trades, oldest first."""
        self._ready()
        return self._send(self._trades("fetch_trades", symbol, since, limit))

    def fetch_ohlcv(
        self, symbol: str, timeframe: str = "1m", since: _dt.datetime | None = None, limit: int | None = None
    ) -> list[OHLCV]:
        """Candles, oldest first: from `since` (at most `limit`), or the latest `limit`."""
        self._ready()
        return self._send(self._ohlcv(symbol, timeframe, since, limit))

    def fetch_balance(self) -> Balances:
        return self._send(self._balance())

    def create_order(
        self,
        symbol: str,
        type: str,
        side: str,
        amount: Decimal | int | str,
        price: Decimal | int | str | None = None,
        *,
        client_order_id: str | None = None,
    ) -> Order:
        """Place an order; returns what the venue answered (no extra request).

        Checked before anything is sent: the symbol, type, side, a positive amount within the market's
        minimum and maximum and on its step, a positive price on its tick, the minimum order value.

        Raises:
            venuekit.OrderStatusUnknownError: the venue may or may not have placed it (a timeout after the
                request went out, ...); nothing is resent. Settle it with `resolve_order(err)` where the venue
                can look an order up by client order id, or with `fetch_open_orders()`.
        """
        self._ready()
        return self._send(self._create_order(symbol, type, side, amount, price, client_order_id))

    def cancel_order(self, id: str, symbol: str | None = None) -> None:
        """Cancel an order (some venues need its `symbol`); the venue's refusal (e.g. already cancelled) raises."""
        self._ready()
        self._send(self._cancel(id, symbol))

    def fetch_order(
        self, id: str | None = None, symbol: str | None = None, *, client_order_id: str | None = None
    ) -> Order:
        """One order by the venue's id, or by your `client_order_id` where the venue can look it up."""
        self._ready()
        return self._send(self._fetch_order(id, symbol, client_order_id))

    def fetch_open_orders(
        self, symbol: str | None = None, since: _dt.datetime | None = None, limit: int | None = None
    ) -> list[Order]:
        self._ready()
        return self._send(self._open_orders(symbol, since, limit))

    def fetch_my_trades(
        self, symbol: str | None = None, since: _dt.datetime | None = None, limit: int | None = None
    ) -> list[Trade]:
        self._ready()
        return self._send(self._trades("fetch_my_trades", symbol, since, limit))

    def resolve_order(self, error: OrderStatusUnknownError) -> Order:
        """Settle an `OrderStatusUnknownError` of `create_order`: the order if the venue knows its client order
        id (placed), the venue's `NotFoundError` if not (not placed; after a timeout give the venue a moment)."""
        return self.fetch_order(client_order_id=self._resolution(error))

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Exchange:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncExchange(_Core, u.StreamHost):
    """The unified interface over a venue's `AsyncClient`, plus its streams (see `venuekit.connect_async`)."""

    client: AsyncClient

    def __init__(
        self,
        mapping: u.VenueMapping,
        client: AsyncClient,
        *,
        stream_urls: Mapping[str, str] | None = None,
        stream_options: Mapping[str, Any] | None = None,
        stream_replays: Mapping[str, str | Path] | None = None,
        environment: str | None = None,
        api_key: str | None = None,
        api_secret: str | None = None,
    ) -> None:
        super().__init__(mapping, client)
        self._stream_urls = dict(stream_urls or {})
        self._stream_options = dict(stream_options or {})
        self._stream_replays = dict(stream_replays or {})
        self._environment = environment
        self._keys = (api_key, api_secret)
        self._streams: dict[str, Any] = {}
        self._started: dict[str, asyncio.Task[None]] = {}

    async def _send(self, plan: _Plan[Any, F]) -> F:
        return self._read(plan, await self.client.send(plan.bound.call))

    async def load_markets(self, reload: bool = False) -> dict[str, Market]:
        if self.markets is None or reload:
            return await self._send(self._markets_plan())
        return self.markets

    async def _ready(self) -> None:
        if self.markets is None:
            await self.load_markets()

    async def fetch_ticker(self, symbol: str) -> Ticker:
        await self._ready()
        return await self._send(self._ticker(symbol))

    async def fetch_order_book(self, symbol: str, limit: int | None = None) -> OrderBook:
        await self._ready()
        return await self._send(self._order_book(symbol, limit))

    async def fetch_trades(
        self, symbol: str, since: _dt.datetime | None = None, limit: int | None = None
    ) -> list[Trade]:
        await self._ready()
        return await self._send(self._trades("fetch_trades", symbol, since, limit))

    async def fetch_ohlcv(
        self, symbol: str, timeframe: str = "1m", since: _dt.datetime | None = None, limit: int | None = None
    ) -> list[OHLCV]:
        await self._ready()
        return await self._send(self._ohlcv(symbol, timeframe, since, limit))

    async def fetch_balance(self) -> Balances:
        return await self._send(self._balance())

    async def create_order(
        self,
        symbol: str,
        type: str,
        side: str,
        amount: Decimal | int | str,
        price: Decimal | int | str | None = None,
        *,
        client_order_id: str | None = None,
    ) -> Order:
        """As `Exchange.create_order`; `OrderStatusUnknownError` is raised as is."""
        await self._ready()
        return await self._send(self._create_order(symbol, type, side, amount, price, client_order_id))

    async def cancel_order(self, id: str, symbol: str | None = None) -> None:
        await self._ready()
        await self._send(self._cancel(id, symbol))

    async def fetch_order(
        self, id: str | None = None, symbol: str | None = None, *, client_order_id: str | None = None
    ) -> Order:
        await self._ready()
        return await self._send(self._fetch_order(id, symbol, client_order_id))

    async def fetch_open_orders(
        self, symbol: str | None = None, since: _dt.datetime | None = None, limit: int | None = None
    ) -> list[Order]:
        await self._ready()
        return await self._send(self._open_orders(symbol, since, limit))

    async def fetch_my_trades(
        self, symbol: str | None = None, since: _dt.datetime | None = None, limit: int | None = None
    ) -> list[Trade]:
        await self._ready()
        return await self._send(self._trades("fetch_my_trades", symbol, since, limit))

    async def resolve_order(self, error: OrderStatusUnknownError) -> Order:
        return await self.fetch_order(client_order_id=self._resolution(error))

    # --- streams ------------------------------------------------------------------------------------------
    # Each watch returns once the venue stream is connected (streams are opened once and shared, and closed
    # with the exchange); iterate the feed for unified models, `feed.resumed` flags data after a gap.
    async def watch_ticker(self, symbol: str) -> u.Feed[Ticker]:
        """Tickers of one market as the venue streams them: ``async for t in await ex.watch_ticker(s)``."""
        await self._ready()
        market = self.market(symbol)
        feed: u.Feed[Ticker] = self._method("watch_ticker")(self._args("watch_ticker", market=market), self)
        await feed.ready()
        return _only(feed, market.symbol)  # venues that stream every market's tickers (GOPAX)

    async def watch_order_book(self, symbol: str, limit: int | None = None) -> u.Feed[OrderBook]:
        """The venue stream's checked local book after every change (at most `limit` levels a side)."""
        await self._ready()
        args = self._args("watch_order_book", market=self.market(symbol), limit=_limit(limit))
        feed: u.Feed[OrderBook] = self._method("watch_order_book")(args, self)
        await feed.ready()
        return feed

    async def watch_orders(self, symbol: str | None = None) -> u.Feed[Order]:
        """The account's order updates from the venue's private stream (every market, or one `symbol`'s)."""
        await self._ready()
        market = self._market_or_none(symbol)
        feed: u.Feed[Order] = self._method("watch_orders")(self._args("watch_orders", market=market), self)
        await feed.ready()
        return feed if market is None else _only(feed, market.symbol)

    def stream(self, name: str, make: Callable[[u.StreamSetup], R]) -> R:
        if name not in self._streams:
            replay = self._stream_replays.get(name)
            if replay is not None:
                from ..streams.playback import Replay  # the stream runtime loads with the first stream

            setup = u.StreamSetup(
                url=self._stream_urls.get(name),
                environment=self._environment,
                options=self._stream_options.get(name),
                rest=self.client,
                api_key=self._keys[0],
                api_secret=self._keys[1],
                source=None if replay is None else Replay(replay),
            )
            self._streams[name] = make(setup)
        found: R = self._streams[name]
        return found

    async def start(self, name: str) -> None:
        """Start a stream once (every feed on it shares it) and wait until it is connected."""
        stream = self._streams[name]
        if name not in self._started:
            self._started[name] = asyncio.ensure_future(stream.start())
        await asyncio.shield(self._started[name])
        await stream.wait_connected()

    async def aclose(self) -> None:
        """Close the streams this exchange opened, then the client."""
        for name, stream in list(self._streams.items()):
            if name in self._started:
                await stream.close()
        self._streams.clear()
        self._started.clear()
        await self.client.aclose()

    async def __aenter__(self) -> AsyncExchange:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


class _Symbolled(Protocol):
    @property
    def symbol(self) -> str: ...


S = TypeVar("S", bound=_Symbolled)


def _only(feed: u.Feed[S], symbol: str) -> u.Feed[S]:
    """The items of one market out of a feed of every market's; a gap anywhere marks the next one kept."""

    async def items() -> AsyncIterator[tuple[S, bool]]:
        seen = feed.gaps
        async for item in feed:
            if item.symbol == symbol:
                yield item, feed.gaps != seen
                seen = feed.gaps

    async def start() -> None:
        return None

    return u.Feed(start, items, feed.close)
