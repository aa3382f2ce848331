"""Typed WebSocket streams of HashKey MENA WebSocket API.

Generated from specs/hashkey_mena/asyncapi.yaml by `python -m generator.asyncapi`; do not edit.

- `PublicStream`: HashKey public market data, stream v1: klines, 24-hour tickers, trades and order books per symbol;
  each push carries a list of items.

- `PublicStreamV2`: HashKey public market data, stream v2: klines, 24-hour tickers, trades, order books and best
  bid/offer per symbol; each push carries one item.

- `PrivateStream`: HashKey user data stream: balance changes, order updates and fills of the account, pushed without
  subscribing. The listen key is created, kept alive every 30 minutes (it lives 60) and deleted on
  close by itself, through the REST `user_stream` operations.

Connections heal themselves (see `venuekit.streams`): after a disconnect the stream reconnects and renews
every subscription, which shows a `venuekit.streams.Gap` where messages may be missing; requests are never
re-sent. Heartbeats, command pacing and the overflow policy are described there too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from venuekit import check
from venuekit import streams as _streams
from venuekit.errors import VenueError
from venuekit.orderbook import BookFrame, BookStream, version_key

from .stream_models import (
    AccountUpdate,
    BboV2Push,
    DepthV1Push,
    DepthV2Push,
    ExecutionReport,
    KlineInterval,
    KlineV1Push,
    KlineV2Push,
    RealtimesV1Push,
    RealtimesV2Push,
    TicketInfo,
    TradeV1Push,
    TradeV2Push,
)

if TYPE_CHECKING:
    from .client import AsyncClient

ErrorCallback = Callable[[VenueError], None]


def _book_v_1_depth(message: DepthV1Push) -> list[BookFrame]:
    return [
        BookFrame(
            bids=[(level[0], level[1]) for level in item.bids],
            asks=[(level[0], level[1]) for level in item.asks],
            snapshot=True,
            sequence=None,
            timestamp=item.time,
        )
        for item in message.data
    ]


def _book_v_2_depth(message: DepthV2Push) -> list[BookFrame]:
    return [
        BookFrame(
            bids=[(level[0], level[1]) for level in item.bids],
            asks=[(level[0], level[1]) for level in item.asks],
            snapshot=True,
            sequence=version_key(item.version),
            timestamp=item.time,
        )
        for item in [message.data]
    ]


def token_lifecycle(
    rest: AsyncClient, *, clock: _streams.Clock | None = None, sleep: _streams.Sleep | None = None
) -> _streams.TokenLifecycle:
    """The session token of `PrivateStream`, run through the REST client `rest`: created before
    connecting, extended every 1800 s (it lives 3600 s), deleted on close."""

    async def create() -> str:
        return (await rest.user_stream.create_listen_key()).listen_key

    async def extend(token: str) -> None:
        await rest.user_stream.keep_alive_listen_key(listen_key=token)

    async def delete(token: str) -> None:
        await rest.user_stream.close_listen_key(listen_key=token)

    return _streams.TokenLifecycle(
        create=create,
        extend=extend,
        delete=delete,
        ttl=3600.0,
        refresh_every=1800.0,
        clock=clock,
        sleep=sleep,
    )


class PublicStream(_streams.Stream):
    """HashKey public market data, stream v1: klines, 24-hour tickers, trades and order books per symbol; each push
    carries a list of items.

    Environments: `production` (wss://stream-pro.hashkey.com/quote/ws/v1), `sandbox` (wss://stream-pro.sim.hashkeydev.com/quote/ws/v1).
    Use as ``async with PublicStream(...) as ws:``; channel methods return subscriptions to iterate.
    """

    PROTOCOL = _streams.Protocol(
        name="hashkey_mena PublicStream",
        venue="hashkey_mena",
        env_prefix="HASHKEY",
        environments={
            "production": "wss://stream-pro.hashkey.com/quote/ws/v1",
            "sandbox": "wss://stream-pro.sim.hashkeydev.com/quote/ws/v1",
        },
        heartbeat="message",
        ping_message={"ping": "{now_ms}"},
        pong_field="pong",
    )
    DEFAULT_OPTIONS = _streams.StreamOptions(
        ping_interval=10.0,
        ping_timeout=5.0,
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
            on_error=on_error,
            source=source,
            clock=clock,
            sleep=sleep,
        )

    def kline(
        self,
        symbol: str,
        interval: KlineInterval
        | Literal["1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "1w", "1M"],
        *,
        max_queue: int | None = None,
    ) -> _streams.Subscription[KlineV1Push]:
        """Candlesticks of one symbol and interval.

        Channel `v1Kline`. Topic `kline_<interval>`; pushes come back as topic `kline` with
        `params.klineType`. Update frequency 300 ms. Seed L3537-3615.

        Args:
            symbol: Trading pair such as BTCUSDT.
            interval: Candlestick interval.
        """
        symbol = check.string("symbol", symbol)
        interval_value = check.enum_of(KlineInterval)("interval", interval).value
        return self.subscribe(
            _streams.Channel(
                name="v1Kline",
                parse=KlineV1Push.from_dict,
                route={"topic": ("kline",), "symbol": (symbol,), "params.klineType": (interval_value,)},
                subscribe={
                    "symbol": symbol,
                    "topic": f"kline_{interval_value}",
                    "event": "sub",
                    "params": {"binary": False},
                },
                unsubscribe={
                    "symbol": symbol,
                    "topic": f"kline_{interval_value}",
                    "event": "cancel",
                    "params": {"binary": False},
                },
            ),
            max_queue=max_queue,
        )

    def realtimes(self, symbol: str, *, max_queue: int | None = None) -> _streams.Subscription[RealtimesV1Push]:
        """24-hour ticker of one symbol.

        Channel `v1Realtimes`. Update frequency 500 ms. Seed L3616-3686.

        Args:
            symbol: Trading pair such as BTCUSDT.
        """
        symbol = check.string("symbol", symbol)
        return self.subscribe(
            _streams.Channel(
                name="v1Realtimes",
                parse=RealtimesV1Push.from_dict,
                route={"topic": ("realtimes",), "symbol": (symbol,)},
                subscribe={"symbol": symbol, "topic": "realtimes", "event": "sub", "params": {"binary": False}},
                unsubscribe={"symbol": symbol, "topic": "realtimes", "event": "cancel", "params": {"binary": False}},
            ),
            max_queue=max_queue,
        )

    def trade(self, symbol: str, *, max_queue: int | None = None) -> _streams.Subscription[TradeV1Push]:
        """Trades of one symbol.

        Channel `v1Trade`. The first push after subscribing holds the most recent 60 trades. Update
        frequency 300 ms. Seed L3687-3746.

        Args:
            symbol: Trading pair such as BTCUSDT.
        """
        symbol = check.string("symbol", symbol)
        return self.subscribe(
            _streams.Channel(
                name="v1Trade",
                parse=TradeV1Push.from_dict,
                route={"topic": ("trade",), "symbol": (symbol,)},
                subscribe={"symbol": symbol, "topic": "trade", "event": "sub", "params": {"binary": False}},
                unsubscribe={"symbol": symbol, "topic": "trade", "event": "cancel", "params": {"binary": False}},
            ),
            max_queue=max_queue,
        )

    def depth(self, symbol: str, *, max_queue: int | None = None) -> _streams.Subscription[DepthV1Push]:
        """Order book of one symbol.

        Channel `v1Depth`. Order book levels (up to 200). Update frequency 300 ms. Treated as a snapshot per
        push (not documented either way). Seed L3747-3829.

        Args:
            symbol: Trading pair such as BTCUSDT.
        """
        symbol = check.string("symbol", symbol)
        return self.subscribe(
            _streams.Channel(
                name="v1Depth",
                parse=DepthV1Push.from_dict,
                route={"topic": ("depth",), "symbol": (symbol,)},
                subscribe={"symbol": symbol, "topic": "depth", "event": "sub", "params": {"binary": False}},
                unsubscribe={"symbol": symbol, "topic": "depth", "event": "cancel", "params": {"binary": False}},
            ),
            max_queue=max_queue,
        )

    def order_book(self, symbol: str, *, max_queue: int | None = None) -> BookStream[DepthV1Push]:
        """A local order book kept from `depth` (see `venuekit.orderbook.BookStream`).

        Args:
            symbol: Trading pair such as BTCUSDT.
        """
        subscription = self.depth(symbol=symbol, max_queue=max_queue)
        return BookStream(subscription, _book_v_1_depth)


class PublicStreamV2(_streams.Stream):
    """HashKey public market data, stream v2: klines, 24-hour tickers, trades, order books and best bid/offer per
    symbol; each push carries one item.

    Environments: `production` (wss://stream-pro.hashkey.com/quote/ws/v2), `sandbox` (wss://stream-pro.sim.hashkeydev.com/quote/ws/v2).
    Use as ``async with PublicStreamV2(...) as ws:``; channel methods return subscriptions to iterate.
    """

    PROTOCOL = _streams.Protocol(
        name="hashkey_mena PublicStreamV2",
        venue="hashkey_mena",
        env_prefix="HASHKEY",
        environments={
            "production": "wss://stream-pro.hashkey.com/quote/ws/v2",
            "sandbox": "wss://stream-pro.sim.hashkeydev.com/quote/ws/v2",
        },
        heartbeat="message",
        ping_message={"ping": "{now_ms}"},
        pong_field="pong",
    )
    DEFAULT_OPTIONS = _streams.StreamOptions(
        ping_interval=10.0,
        ping_timeout=5.0,
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
            on_error=on_error,
            source=source,
            clock=clock,
            sleep=sleep,
        )

    def kline(
        self,
        symbol: str,
        kline_type: KlineInterval
        | Literal["1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "1w", "1M"],
        *,
        max_queue: int | None = None,
    ) -> _streams.Subscription[KlineV2Push]:
        """Candlesticks of one symbol and interval.

        Channel `v2Kline`. Real-time push. Seed L3835-3899.

        Args:
            symbol: Trading pair such as BTCUSDT.
            kline_type: Candlestick interval (`klineType`).
        """
        symbol = check.string("symbol", symbol)
        kline_type_value = check.enum_of(KlineInterval)("kline_type", kline_type).value
        return self.subscribe(
            _streams.Channel(
                name="v2Kline",
                parse=KlineV2Push.from_dict,
                route={"topic": ("kline",), "params.symbol": (symbol,), "params.klineType": (kline_type_value,)},
                subscribe={
                    "topic": "kline",
                    "event": "sub",
                    "params": {"symbol": symbol, "klineType": kline_type_value},
                },
                unsubscribe={
                    "topic": "kline",
                    "event": "cancel",
                    "params": {"symbol": symbol, "klineType": kline_type_value},
                },
            ),
            max_queue=max_queue,
        )

    def realtimes(self, symbol: str, *, max_queue: int | None = None) -> _streams.Subscription[RealtimesV2Push]:
        """24-hour ticker of one symbol.

        Channel `v2Realtimes`. Real-time push. Seed L3900-3960.

        Args:
            symbol: Trading pair such as BTCUSDT.
        """
        symbol = check.string("symbol", symbol)
        return self.subscribe(
            _streams.Channel(
                name="v2Realtimes",
                parse=RealtimesV2Push.from_dict,
                route={"topic": ("realtimes",), "params.symbol": (symbol,)},
                subscribe={"topic": "realtimes", "event": "sub", "params": {"symbol": symbol}},
                unsubscribe={"topic": "realtimes", "event": "cancel", "params": {"symbol": symbol}},
            ),
            max_queue=max_queue,
        )

    def trade(self, symbol: str, *, max_queue: int | None = None) -> _streams.Subscription[TradeV2Push]:
        """Trades of one symbol, one per push.

        Channel `v2Trade`. Real-time push. Seed L3961-4009.

        Args:
            symbol: Trading pair such as BTCUSDT.
        """
        symbol = check.string("symbol", symbol)
        return self.subscribe(
            _streams.Channel(
                name="v2Trade",
                parse=TradeV2Push.from_dict,
                route={"topic": ("trade",), "params.symbol": (symbol,)},
                subscribe={"topic": "trade", "event": "sub", "params": {"symbol": symbol}},
                unsubscribe={"topic": "trade", "event": "cancel", "params": {"symbol": symbol}},
            ),
            max_queue=max_queue,
        )

    def depth(self, symbol: str, *, max_queue: int | None = None) -> _streams.Subscription[DepthV2Push]:
        """Order book of one symbol.

        Channel `v2Depth`. Update frequency 100 ms. `v` is the message version ("<sequence>_<n>"). Treated
        as a snapshot per push (not documented either way). Seed L4010-4076.

        Args:
            symbol: Trading pair such as BTCUSDT.
        """
        symbol = check.string("symbol", symbol)
        return self.subscribe(
            _streams.Channel(
                name="v2Depth",
                parse=DepthV2Push.from_dict,
                route={"topic": ("depth",), "params.symbol": (symbol,)},
                subscribe={"topic": "depth", "event": "sub", "params": {"symbol": symbol}},
                unsubscribe={"topic": "depth", "event": "cancel", "params": {"symbol": symbol}},
            ),
            max_queue=max_queue,
        )

    def order_book(self, symbol: str, *, max_queue: int | None = None) -> BookStream[DepthV2Push]:
        """A local order book kept from `depth` (see `venuekit.orderbook.BookStream`).

        Args:
            symbol: Trading pair such as BTCUSDT.
        """
        subscription = self.depth(symbol=symbol, max_queue=max_queue)
        return BookStream(subscription, _book_v_2_depth)

    def bbo(self, symbol: str, *, max_queue: int | None = None) -> _streams.Subscription[BboV2Push]:
        """Best bid and offer of one symbol.

        Channel `v2Bbo`. Real-time push. Seed L4077-4128.

        Args:
            symbol: Trading pair such as BTCUSDT.
        """
        symbol = check.string("symbol", symbol)
        return self.subscribe(
            _streams.Channel(
                name="v2Bbo",
                parse=BboV2Push.from_dict,
                route={"topic": ("bbo",), "params.symbol": (symbol,)},
                subscribe={"topic": "bbo", "event": "sub", "params": {"symbol": symbol}},
                unsubscribe={"topic": "bbo", "event": "cancel", "params": {"symbol": symbol}},
            ),
            max_queue=max_queue,
        )


class PrivateStream(_streams.Stream):
    """HashKey user data stream: balance changes, order updates and fills of the account, pushed without subscribing.
    The listen key is created, kept alive every 30 minutes (it lives 60) and deleted on close by itself, through
    the REST `user_stream` operations.

    Environments: `production` (wss://stream-pro.hashkey.com/api/v1/ws/{listenKey}), `sandbox` (wss://stream-pro.sim.hashkeydev.com/api/v1/ws/{listenKey}).
    Use as ``async with PrivateStream(...) as ws:``; channel methods return subscriptions to iterate.
    """

    PROTOCOL = _streams.Protocol(
        name="hashkey_mena PrivateStream",
        venue="hashkey_mena",
        env_prefix="HASHKEY",
        environments={
            "production": "wss://stream-pro.hashkey.com/api/v1/ws/{listenKey}",
            "sandbox": "wss://stream-pro.sim.hashkeydev.com/api/v1/ws/{listenKey}",
        },
        heartbeat="message",
        ping_message={"ping": "{now_ms}"},
        pong_field="pong",
        server_ping_field="ping",
        split_arrays=True,
        token_variable="listenKey",
    )
    DEFAULT_OPTIONS = _streams.StreamOptions(
        ping_interval=10.0,
        ping_timeout=5.0,
        command_interval=0.0,
    )

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        rest: AsyncClient | None = None,
        lifecycle: _streams.TokenLifecycle | None = None,
        url: str | None = None,
        environment: str | None = None,
        options: _streams.StreamOptions | None = None,
        on_error: ErrorCallback | None = None,
        source: _streams.FrameSource | None = None,
        clock: _streams.Clock | None = None,
        sleep: _streams.Sleep | None = None,
    ) -> None:
        """Keys (or `HASHKEY_API_KEY` / `_API_SECRET`) go to a REST client this stream
        creates and closes; or pass your own `rest` client, or a ready `lifecycle`. A stream replaying a
        recording (`source`) needs none of them. `clock` / `sleep` replace the monotonic clock and
        `asyncio.sleep` for the token schedule and the reconnect backoff (tests)."""
        self._own_rest: AsyncClient | None = None
        if lifecycle is None and source is None:
            if rest is None:
                # Imported here so that a stream given its own lifecycle needs no REST client at all.
                from .client import AsyncClient

                rest = self._own_rest = AsyncClient(api_key, api_secret, environment=environment)
            lifecycle = token_lifecycle(rest, clock=clock, sleep=sleep)
        super().__init__(
            self.PROTOCOL,
            options=options or self.DEFAULT_OPTIONS,
            url=url,
            environment=environment,
            lifecycle=lifecycle,
            on_error=on_error,
            source=source,
            clock=clock,
            sleep=sleep,
        )

    async def close(self) -> None:
        await super().close()
        if self._own_rest is not None:
            await self._own_rest.aclose()

    def account_updates(self, *, max_queue: int | None = None) -> _streams.Subscription[AccountUpdate]:
        """Balance changes of the account.

        Channel `accountUpdate`. Whenever the account balance changes, an event is sent with the assets that
        may have moved. `e` is outboundAccountInfo (trading account), outboundCustodyAccountInfo or
        outboundFiatAccountInfo. Seed L4135-4172.
        """
        return self.subscribe(
            _streams.Channel(
                name="accountUpdate",
                parse=AccountUpdate.from_dict,
                route={
                    "e": (
                        "outboundAccountInfo",
                        "outboundCustodyAccountInfo",
                        "outboundFiatAccountInfo",
                    )
                },
                subscribe=None,
                unsubscribe=None,
            ),
            max_queue=max_queue,
        )

    def execution_reports(self, *, max_queue: int | None = None) -> _streams.Subscription[ExecutionReport]:
        """Changes of the account's orders.

        Channel `executionReport`. Seed L4173-4244.
        """
        return self.subscribe(
            _streams.Channel(
                name="executionReport",
                parse=ExecutionReport.from_dict,
                route={"e": ("executionReport",)},
                subscribe=None,
                unsubscribe=None,
            ),
            max_queue=max_queue,
        )

    def tickets(self, *, max_queue: int | None = None) -> _streams.Subscription[TicketInfo]:
        """Fills (tickets) of the account's orders.

        Channel `ticketInfo`. Seed L4245-4290.
        """
        return self.subscribe(
            _streams.Channel(
                name="ticketInfo",
                parse=TicketInfo.from_dict,
                route={"e": ("ticketInfo",)},
                subscribe=None,
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
) -> PublicStream | PublicStreamV2 | PrivateStream:
    """A recording of one of these streams (`Stream.record`, `python -m venuekit.streams.record`), played back
    through the class that made it: as fast as the consumers take the messages (`speed` None) or at `speed`
    times the recorded pace (1.0: real time). For a typed result use the class method, e.g.
    ``PublicStream.replay(path)``."""
    stream = _streams.recorded_stream(
        path,
        "hashkey_mena",
        (
            "PublicStream",
            "PublicStreamV2",
            "PrivateStream",
        ),
    )
    if stream == "PublicStream":
        return PublicStream.replay(path, speed=speed, options=options, sleep=sleep)
    if stream == "PublicStreamV2":
        return PublicStreamV2.replay(path, speed=speed, options=options, sleep=sleep)
    return PrivateStream.replay(path, speed=speed, options=options, sleep=sleep)


__all__ = [
    "PublicStream",
    "PublicStreamV2",
    "PrivateStream",
    "replay",
    "token_lifecycle",
]
