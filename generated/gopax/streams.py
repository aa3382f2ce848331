"""Typed WebSocket streams of GOPAX WebSocket API.

Generated from specs/gopax/asyncapi.yaml by `python -m generator.asyncapi`; do not edit.

- `PublicStream`: GOPAX public WebSocket: order books (snapshot, then deltas), public trades and all tickers.

- `PrivateStream`: GOPAX private WebSocket: the account's outstanding orders, balances and trades (current state on
  subscribing, then every change). Each connection is signed in its query string.

Connections heal themselves (see `venuekit.streams`): after a disconnect the stream reconnects and renews
every subscription, which shows a `venuekit.streams.Gap` where messages may be missing; requests are never
re-sent. Heartbeats, command pacing and the overflow policy are described there too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from venuekit import check
from venuekit import streams as _streams
from venuekit.auth.gopax import GopaxAuth
from venuekit.errors import VenueError
from venuekit.orderbook import BookFrame, BookStream, newest_sequence

from .errors import ERRORS
from .stream_models import (
    BalanceEvent,
    BalancesSnapshot,
    OrderBookEvent,
    OrderBookSnapshot,
    OrderEvent,
    OrdersSnapshot,
    PublicTradeEvent,
    TickerEvent,
    TickersSnapshot,
    TradeEvent,
    TradesSubscribed,
)

ErrorCallback = Callable[[VenueError], None]


def _parse_order_book(message: dict[str, Any]) -> OrderBookSnapshot | OrderBookEvent:
    """One message of channel `orderBook`, as the model its route picks."""
    if _streams.matches(message, {"n": ("SubscribeToOrderBook",)}):
        return OrderBookSnapshot.from_dict(message)
    if _streams.matches(message, {"n": ("OrderBookEvent",)}):
        return OrderBookEvent.from_dict(message)
    raise ValueError("not one of OrderBookSnapshot, OrderBookEvent")


def _parse_tickers(message: dict[str, Any]) -> TickersSnapshot | TickerEvent:
    """One message of channel `tickers`, as the model its route picks."""
    if _streams.matches(message, {"n": ("SubscribeToTickers",)}):
        return TickersSnapshot.from_dict(message)
    if _streams.matches(message, {"n": ("TickerEvent",)}):
        return TickerEvent.from_dict(message)
    raise ValueError("not one of TickersSnapshot, TickerEvent")


def _book_order_book(message: OrderBookSnapshot | OrderBookEvent) -> list[BookFrame]:
    if isinstance(message, OrderBookSnapshot):
        return [
            BookFrame(
                bids=[(level.price, level.volume) for level in item.bid],
                asks=[(level.price, level.volume) for level in item.ask],
                snapshot=True,
                sequence=(item.max_entry_id,),
                timestamp=None,
            )
            for item in [message.o]
        ]
    return [
        BookFrame(
            bids=[(level.price, level.volume) for level in item.bid],
            asks=[(level.price, level.volume) for level in item.ask],
            snapshot=False,
            sequence=newest_sequence(
                [*(level.entry_id for level in item.bid), *(level.entry_id for level in item.ask)]
            ),
            timestamp=None,
        )
        for item in [message.o]
    ]


def _parse_orders(message: dict[str, Any]) -> OrdersSnapshot | OrderEvent:
    """One message of channel `orders`, as the model its route picks."""
    if _streams.matches(message, {"n": ("SubscribeToOrders",)}):
        return OrdersSnapshot.from_dict(message)
    if _streams.matches(message, {"n": ("OrderEvent",)}):
        return OrderEvent.from_dict(message)
    raise ValueError("not one of OrdersSnapshot, OrderEvent")


def _parse_balances(message: dict[str, Any]) -> BalancesSnapshot | BalanceEvent:
    """One message of channel `balances`, as the model its route picks."""
    if _streams.matches(message, {"n": ("SubscribeToBalances",)}):
        return BalancesSnapshot.from_dict(message)
    if _streams.matches(message, {"n": ("BalanceEvent",)}):
        return BalanceEvent.from_dict(message)
    raise ValueError("not one of BalancesSnapshot, BalanceEvent")


def _parse_trades(message: dict[str, Any]) -> TradesSubscribed | TradeEvent:
    """One message of channel `trades`, as the model its route picks."""
    if _streams.matches(message, {"n": ("SubscribeToTrades",)}):
        return TradesSubscribed.from_dict(message)
    if _streams.matches(message, {"n": ("TradeEvent",)}):
        return TradeEvent.from_dict(message)
    raise ValueError("not one of TradesSubscribed, TradeEvent")


class PublicStream(_streams.Stream):
    """GOPAX public WebSocket: order books (snapshot, then deltas), public trades and all tickers.

    Environments: `production` (wss://wsapi.gopax.co.kr/).
    Use as ``async with PublicStream(...) as ws:``; channel methods return subscriptions to iterate.
    """

    PROTOCOL = _streams.Protocol(
        name="gopax PublicStream",
        venue="gopax",
        env_prefix="GOPAX",
        environments={
            "production": "wss://wsapi.gopax.co.kr/",
        },
        heartbeat="server",
        server_ping_pattern="^primus::ping::(.+)$",
        server_pong="primus::pong::\\g<1>",
    )
    DEFAULT_OPTIONS = _streams.StreamOptions(
        ping_interval=30.0,
        ping_timeout=30.0,
        command_interval=0.0,
    )

    def __init__(
        self,
        *,
        url: str | None = None,
        environment: str | None = None,
        options: _streams.StreamOptions | None = None,
        on_error: ErrorCallback | None = None,
        source: _streams.FrameSource | None = None,
        clock: _streams.Clock | None = None,
        sleep: _streams.Sleep | None = None,
    ) -> None:
        """`source` replays a recording instead of connecting (see `replay`); `clock` / `sleep` replace the
        event loop's clock and `asyncio.sleep` for command pacing and the reconnect backoff (tests)."""
        super().__init__(
            self.PROTOCOL,
            options=options or self.DEFAULT_OPTIONS,
            url=url,
            environment=environment,
            errors=ERRORS,
            on_error=on_error,
            source=source,
            clock=clock,
            sleep=sleep,
        )

    def order_book_events(
        self, trading_pair: str, *, limit: int | None = None, max_queue: int | None = None
    ) -> _streams.Subscription[OrderBookSnapshot | OrderBookEvent]:
        """The whole order book of one trading pair, then every change.

        Channel `orderBook`. The answer to the subscription is the whole book (`maxEntryId`: the largest
        entry update sequence in it); every change follows as an `OrderBookEvent` with the changed entries
        (volume 0: the price level is gone). Entries are ordered by (updatedAt, entryId). "Intermittently, a
        delta arrives before the response": the order book helper then resubscribes. Up to 50 pairs per
        connection. `limit` (20 or more) caps the book's size, which the docs warn makes a local book hard
        to maintain.

        Args:
            trading_pair: Trading pair name, e.g. BTC-KRW (`tradingPairName`).
            limit: Maximum book size (20 or more); the whole book when omitted. Optional.
        """
        trading_pair = check.string("trading_pair", trading_pair)
        limit = None if limit is None else check.limited(check.integer, minimum=20)("limit", limit)
        return self.subscribe(
            _streams.Channel(
                name="orderBook",
                parse=_parse_order_book,
                route={
                    "n": (
                        "SubscribeToOrderBook",
                        "OrderBookEvent",
                    ),
                    "o.tradingPairName": (trading_pair,),
                },
                subscribe={"n": "SubscribeToOrderBook", "o": {"tradingPairName": trading_pair, "limit": limit}},
                unsubscribe=None,
            ),
            max_queue=max_queue,
        )

    def order_book(
        self, trading_pair: str, *, limit: int | None = None, max_queue: int | None = None
    ) -> BookStream[OrderBookSnapshot | OrderBookEvent]:
        """A local order book kept from `order_book_events` (see `venuekit.orderbook.BookStream`).

        Args:
            trading_pair: Trading pair name, e.g. BTC-KRW (`tradingPairName`).
            limit: Maximum book size (20 or more); the whole book when omitted. Optional.
        """
        subscription = self.order_book_events(trading_pair=trading_pair, limit=limit, max_queue=max_queue)
        return BookStream(subscription, _book_order_book)

    def trades(self, trading_pair: str, *, max_queue: int | None = None) -> _streams.Subscription[PublicTradeEvent]:
        """Public trades of one trading pair.

        Channel `tradingPairTrades`. `SubscribeToTradingPair` subscribes to "all available types of data of
        a trading pair": currently `OrderBookEvent` and `PublicTradeEvent`; its answer is the order book, as
        for `SubscribeToOrderBook`. This channel takes the `PublicTradeEvent`s; the order book parts reach
        `order_book_events` subscribers of the same pair. "More available data types can be added without
        prior notice."

        Args:
            trading_pair: Trading pair name, e.g. BTC-KRW (`tradingPairName`).
        """
        trading_pair = check.string("trading_pair", trading_pair)
        return self.subscribe(
            _streams.Channel(
                name="tradingPairTrades",
                parse=PublicTradeEvent.from_dict,
                route={"n": ("PublicTradeEvent",), "o.tradingPairName": (trading_pair,)},
                subscribe={"n": "SubscribeToTradingPair", "o": {"tradingPairName": trading_pair}},
                unsubscribe=None,
            ),
            max_queue=max_queue,
        )

    def tickers(self, *, max_queue: int | None = None) -> _streams.Subscription[TickersSnapshot | TickerEvent]:
        """Every trading pair's ticker, then updates in 1-second aggregates.

        Channel `tickers`. The answer lists the tickers of all pairs (`o.data`); each `TickerEvent` then
        maps the pairs that changed to their new ticker (`o` keyed by pair name). Added 2022-10-25.
        """
        return self.subscribe(
            _streams.Channel(
                name="tickers",
                parse=_parse_tickers,
                route={
                    "n": (
                        "SubscribeToTickers",
                        "TickerEvent",
                    )
                },
                subscribe={"n": "SubscribeToTickers", "o": {}},
                unsubscribe=None,
            ),
            max_queue=max_queue,
        )


class PrivateStream(_streams.Stream):
    """GOPAX private WebSocket: the account's outstanding orders, balances and trades (current state on subscribing,
    then every change). Each connection is signed in its query string.

    Environments: `production` (wss://wsapi.gopax.co.kr/).
    Use as ``async with PrivateStream(...) as ws:``; channel methods return subscriptions to iterate.
    """

    PROTOCOL = _streams.Protocol(
        name="gopax PrivateStream",
        venue="gopax",
        env_prefix="GOPAX",
        environments={
            "production": "wss://wsapi.gopax.co.kr/",
        },
        heartbeat="server",
        server_ping_pattern="^primus::ping::(.+)$",
        server_pong="primus::pong::\\g<1>",
    )
    DEFAULT_OPTIONS = _streams.StreamOptions(
        ping_interval=30.0,
        ping_timeout=30.0,
        command_interval=0.0,
    )

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        auth: GopaxAuth | None = None,
        url: str | None = None,
        environment: str | None = None,
        options: _streams.StreamOptions | None = None,
        on_error: ErrorCallback | None = None,
        source: _streams.FrameSource | None = None,
        clock: _streams.Clock | None = None,
        sleep: _streams.Sleep | None = None,
    ) -> None:
        """Every connection is signed in its query string: pass the keys (or set
        `GOPAX_API_KEY` / `_API_SECRET`), or a ready `auth`. A stream replaying a recording
        (`source`) needs no keys."""
        if auth is None and source is None:
            auth = GopaxAuth(*_streams.credentials("GOPAX", api_key, api_secret))
        query_signer = None
        if auth is not None:
            query_signer = _streams.QuerySigner(
                auth,
                api_key="apiKey",
                timestamp="timestamp",
                signature="signature",
                message="t{timestamp}",
            )
        super().__init__(
            self.PROTOCOL,
            options=options or self.DEFAULT_OPTIONS,
            url=url,
            environment=environment,
            query_signer=query_signer,
            errors=ERRORS,
            on_error=on_error,
            source=source,
            clock=clock,
            sleep=sleep,
        )

    def orders(self, *, max_queue: int | None = None) -> _streams.Subscription[OrdersSnapshot | OrderEvent]:
        """The account's outstanding orders, then every change of an order.

        Channel `orders`. The answer lists the outstanding (pending) orders; each change of one of the
        account's orders follows as an `OrderEvent`.
        """
        return self.subscribe(
            _streams.Channel(
                name="orders",
                parse=_parse_orders,
                route={
                    "n": (
                        "SubscribeToOrders",
                        "OrderEvent",
                    )
                },
                subscribe={"n": "SubscribeToOrders", "o": {}},
                unsubscribe=None,
            ),
            max_queue=max_queue,
        )

    def balances(self, *, max_queue: int | None = None) -> _streams.Subscription[BalancesSnapshot | BalanceEvent]:
        """The account's balances, then every change of one.

        Channel `balances`. The answer lists every asset's balance; each change follows as a `BalanceEvent`.
        """
        return self.subscribe(
            _streams.Channel(
                name="balances",
                parse=_parse_balances,
                route={
                    "n": (
                        "SubscribeToBalances",
                        "BalanceEvent",
                    )
                },
                subscribe={"n": "SubscribeToBalances", "o": {}},
                unsubscribe=None,
            ),
            max_queue=max_queue,
        )

    def my_trades(self, *, max_queue: int | None = None) -> _streams.Subscription[TradesSubscribed | TradeEvent]:
        """Every trade of the account's orders.

        Channel `trades`. The answer is empty (`{"n": "SubscribeToTrades", "o": {}}`); each trade follows as
        a `TradeEvent`. "The api only returns the current user's trading history." Added 2020-10-29.
        """
        return self.subscribe(
            _streams.Channel(
                name="trades",
                parse=_parse_trades,
                route={
                    "n": (
                        "SubscribeToTrades",
                        "TradeEvent",
                    )
                },
                subscribe={"n": "SubscribeToTrades", "o": {}},
                unsubscribe=None,
            ),
            max_queue=max_queue,
        )


def replay(
    path: str | Path,
    *,
    speed: float | None = None,
    options: _streams.StreamOptions | None = None,
    sleep: _streams.Sleep | None = None,
) -> PublicStream | PrivateStream:
    """A recording of one of these streams (`Stream.record`, `python -m venuekit.streams.record`), played back
    through the class that made it: as fast as the consumers take the messages (`speed` None) or at `speed`
    times the recorded pace (1.0: real time). For a typed result use the class method, e.g.
    ``PublicStream.replay(path)``."""
    stream = _streams.recorded_stream(
        path,
        "gopax",
        (
            "PublicStream",
            "PrivateStream",
        ),
    )
    if stream == "PublicStream":
        return PublicStream.replay(path, speed=speed, options=options, sleep=sleep)
    return PrivateStream.replay(path, speed=speed, options=options, sleep=sleep)


__all__ = [
    "PublicStream",
    "PrivateStream",
    "replay",
]
