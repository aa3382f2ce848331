"""Typed WebSocket streams of GMO Coin FX WebSocket API.

Generated from specs/gmo_coin_fx/asyncapi.yaml by `python -m generator.asyncapi`; do not edit.

- `PublicStream`: GMO Coin FX public WebSocket: the latest rate of a currency pair.

- `PrivateStream`: GMO Coin FX private WebSocket: execution, order, position and position-summary events of the
  account. The access token is created, extended every 30 minutes (it lives 60) and deleted on close
  by itself, through the REST `ws_auth` operations.

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

from .errors import ERRORS
from .stream_models import (
    ExecutionEvent,
    OrderEvent,
    PositionEvent,
    PositionSummaryEvent,
    PositionSummaryOption,
    Ticker,
)

if TYPE_CHECKING:
    from .client import AsyncClient

ErrorCallback = Callable[[VenueError], None]


def token_lifecycle(
    rest: AsyncClient, *, clock: _streams.Clock | None = None, sleep: _streams.Sleep | None = None
) -> _streams.TokenLifecycle:
    """The session token of `PrivateStream`, run through the REST client `rest`: created before
    connecting, extended every 1800 s (it lives 3600 s), deleted on close."""

    async def create() -> str:
        return await rest.ws_auth.create_ws_auth_token()

    async def extend(token: str) -> None:
        await rest.ws_auth.extend_ws_auth_token(token=token)

    async def delete(token: str) -> None:
        await rest.ws_auth.delete_ws_auth_token(token=token)

    return _streams.TokenLifecycle(
        create=create,
        extend=extend,
        delete=delete,
        ttl=3600.0,
        refresh_every=1800.0,
        reissue_codes=("ERR-5201", "ERR-5202"),
        reissue_statuses=(401, 403, 404, 503),
        clock=clock,
        sleep=sleep,
    )


class PublicStream(_streams.Stream):
    """GMO Coin FX public WebSocket: the latest rate of a currency pair.

    Environments: `production` (wss://forex-api.coin.z.com/ws/public/v1).
    Use as ``async with PublicStream(...) as ws:``; channel methods return subscriptions to iterate.
    """

    PROTOCOL = _streams.Protocol(
        name="gmo_coin_fx PublicStream",
        venue="gmo_coin_fx",
        env_prefix="GMO_COIN_FX",
        environments={
            "production": "wss://forex-api.coin.z.com/ws/public/v1",
        },
        heartbeat="websocket",
        error_field="error",
        error_pattern="^(ERR-\\d+)\\s*(.*)$",
    )
    DEFAULT_OPTIONS = _streams.StreamOptions(
        ping_interval=20.0,
        ping_timeout=20.0,
        command_interval=1.0,
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

    def ticker(self, symbol: str, *, max_queue: int | None = None) -> _streams.Subscription[Ticker]:
        """Latest rate of one currency pair.

        Channel `ticker`. Receives the latest rate of the specified symbol after subscribing. Seed
        L1022-1275. The messages carry no `channel`; they are routed by `symbol`.

        Args:
            symbol: Currency pair such as USD_JPY.
        """
        symbol = check.string("symbol", symbol)
        return self.subscribe(
            _streams.Channel(
                name="ticker",
                parse=Ticker.from_dict,
                route={"symbol": (symbol,)},
                subscribe={"command": "subscribe", "channel": "ticker", "symbol": symbol},
                unsubscribe={"command": "unsubscribe", "channel": "ticker", "symbol": symbol},
            ),
            max_queue=max_queue,
        )


class PrivateStream(_streams.Stream):
    """GMO Coin FX private WebSocket: execution, order, position and position-summary events of the account. The
    access token is created, extended every 30 minutes (it lives 60) and deleted on close by itself, through the
    REST `ws_auth` operations.

    Environments: `production` (wss://forex-api.coin.z.com/ws/private/v1/{token}).
    Use as ``async with PrivateStream(...) as ws:``; channel methods return subscriptions to iterate.
    """

    PROTOCOL = _streams.Protocol(
        name="gmo_coin_fx PrivateStream",
        venue="gmo_coin_fx",
        env_prefix="GMO_COIN_FX",
        environments={
            "production": "wss://forex-api.coin.z.com/ws/private/v1/{token}",
        },
        heartbeat="websocket",
        error_field="error",
        error_pattern="^(ERR-\\d+)\\s*(.*)$",
        token_variable="token",
    )
    DEFAULT_OPTIONS = _streams.StreamOptions(
        ping_interval=20.0,
        ping_timeout=20.0,
        command_interval=1.0,
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
        """Keys (or `GMO_COIN_FX_API_KEY` / `_API_SECRET`) go to a REST client this stream
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
            errors=ERRORS,
            on_error=on_error,
            source=source,
            clock=clock,
            sleep=sleep,
        )

    async def close(self) -> None:
        await super().close()
        if self._own_rest is not None:
            await self._own_rest.aclose()

    def execution_events(self, *, max_queue: int | None = None) -> _streams.Subscription[ExecutionEvent]:
        """The account's executions.

        Channel `executionEvents`. Receives the latest execution notifications after subscribing ([T1]).
        """
        return self.subscribe(
            _streams.Channel(
                name="executionEvents",
                parse=ExecutionEvent.from_dict,
                route={"channel": ("executionEvents",)},
                subscribe={"command": "subscribe", "channel": "executionEvents"},
                unsubscribe={"command": "unsubscribe", "channel": "executionEvents"},
            ),
            max_queue=max_queue,
        )

    def order_events(self, *, max_queue: int | None = None) -> _streams.Subscription[OrderEvent]:
        """Changes of the account's orders.

        Channel `orderEvents`. Receives the latest order notifications after subscribing ([T1]).
        """
        return self.subscribe(
            _streams.Channel(
                name="orderEvents",
                parse=OrderEvent.from_dict,
                route={"channel": ("orderEvents",)},
                subscribe={"command": "subscribe", "channel": "orderEvents"},
                unsubscribe={"command": "unsubscribe", "channel": "orderEvents"},
            ),
            max_queue=max_queue,
        )

    def position_events(self, *, max_queue: int | None = None) -> _streams.Subscription[PositionEvent]:
        """Changes of the account's positions.

        Channel `positionEvents`. Receives the latest position notifications after subscribing ([T1]).
        """
        return self.subscribe(
            _streams.Channel(
                name="positionEvents",
                parse=PositionEvent.from_dict,
                route={"channel": ("positionEvents",)},
                subscribe={"command": "subscribe", "channel": "positionEvents"},
                unsubscribe={"command": "unsubscribe", "channel": "positionEvents"},
            ),
            max_queue=max_queue,
        )

    def position_summary_events(
        self, *, option: PositionSummaryOption | Literal["PERIODIC"] | None = None, max_queue: int | None = None
    ) -> _streams.Subscription[PositionSummaryEvent]:
        """The account's position summary per symbol and side.

        Channel `positionSummaryEvents`. Receives the latest position summary after subscribing; with
        `option` PERIODIC it is also sent every 5 seconds ([T1]).

        Args:
            option: PERIODIC also sends the summary every 5 seconds. Optional.
        """
        option_value = None if option is None else check.enum_of(PositionSummaryOption)("option", option).value
        return self.subscribe(
            _streams.Channel(
                name="positionSummaryEvents",
                parse=PositionSummaryEvent.from_dict,
                route={"channel": ("positionSummaryEvents",)},
                subscribe={"command": "subscribe", "channel": "positionSummaryEvents", "option": option_value},
                unsubscribe={"command": "unsubscribe", "channel": "positionSummaryEvents", "option": option_value},
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
        "gmo_coin_fx",
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
    "token_lifecycle",
]
