"""Typed WebSocket streams of Bitunix Spot WebSocket API.

Generated from specs/bitunix/asyncapi.yaml by `python -m generator.asyncapi`; do not edit.

- `WebSocketApi`: Bitunix spot WebSocket API: the REST operations over one signed, self-healing socket (market data,
  account, orders), with replies matched to requests by id.

Connections heal themselves (see `venuekit.streams`): after a disconnect the stream reconnects and renews
every subscription, which shows a `venuekit.streams.Gap` where messages may be missing; requests are never
re-sent. Heartbeats, command pacing and the overflow policy are described there too.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Literal

from venuekit import streams as _streams
from venuekit.auth.bitunix import BitunixAuth
from venuekit.errors import VenueError

from .api.account import get_balances as _account_get_balances
from .api.account import get_user_info as _account_get_user_info
from .api.market import get_coin_pairs as _market_get_coin_pairs
from .api.market import get_coins as _market_get_coins
from .api.market import get_depth as _market_get_depth
from .api.market import get_kline as _market_get_kline
from .api.market import get_last_price as _market_get_last_price
from .api.market import get_rates as _market_get_rates
from .api.orders import cancel_orders as _orders_cancel_orders
from .api.orders import create_batch_orders as _orders_create_batch_orders
from .api.orders import create_order as _orders_create_order
from .api.orders import get_open_orders as _orders_get_open_orders
from .api.orders import get_order_fills as _orders_get_order_fills
from .api.orders import get_order_history as _orders_get_order_history
from .errors import ERRORS
from .models import (
    AccountBalance,
    CancelOrdersResult,
    Coin,
    CoinPair,
    CreateOrderRequest,
    Depth,
    FiatRate,
    Fill,
    Kline,
    KlineInterval,
    Order,
    OrderPage,
    OrderRef,
    OrderStatus,
    OrderType,
    OrderTypeString,
    PlacedOrder,
    Side,
    SideString,
    UserInfo,
)
from .stream_models import (
    BalancesReply,
    CancelOrdersReply,
    CoinPairsReply,
    CoinsReply,
    DepthReply,
    FillsReply,
    KlineReply,
    LastPriceReply,
    OpenOrdersReply,
    OrderHistoryReply,
    PingReply,
    PlaceOrderReply,
    PlaceOrdersReply,
    RatesReply,
    UserInfoReply,
)

ErrorCallback = Callable[[VenueError], None]


class WebSocketApi(_streams.Stream):
    """Bitunix spot WebSocket API: the REST operations over one signed, self-healing socket (market data, account,
    orders), with replies matched to requests by id.

    Environments: `production` (wss://openapi.bitunix.com:443/ws-api/v1).
    Use as ``async with WebSocketApi(...) as ws:``; each method sends one signed request and returns its typed
    reply.
    """

    PROTOCOL = _streams.Protocol(
        name="bitunix WebSocketApi",
        venue="bitunix",
        env_prefix="BITUNIX",
        environments={
            "production": "wss://openapi.bitunix.com:443/ws-api/v1",
        },
        heartbeat="rpc",
        ping_method="ping",
        rpc=_streams.Rpc(
            id_field="id",
            method_field="method",
            params_field="params",
            code_field="code",
            message_field="msg",
            ok_codes=("0",),
        ),
    )
    DEFAULT_OPTIONS = _streams.StreamOptions(
        ping_interval=20.0,
        ping_timeout=10.0,
        command_interval=0.0,
    )

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        auth: BitunixAuth | None = None,
        url: str | None = None,
        environment: str | None = None,
        options: _streams.StreamOptions | None = None,
        on_error: ErrorCallback | None = None,
        source: _streams.FrameSource | None = None,
        clock: _streams.Clock | None = None,
        sleep: _streams.Sleep | None = None,
    ) -> None:
        """Every request is signed: pass the keys (or set `BITUNIX_API_KEY` / `_API_SECRET`),
        or a ready `auth`. A stream replaying a recording (`source`) signs nothing and needs no keys."""
        if auth is None and source is None:
            auth = BitunixAuth(*_streams.credentials("BITUNIX", api_key, api_secret))
        signer = None
        if auth is not None:
            signer = _streams.ParamSigner(
                auth,
                api_key="apiKey",
                timestamp="timestamp",
                nonce="nonce",
                sign="sign",
            )
        super().__init__(
            self.PROTOCOL,
            options=options or self.DEFAULT_OPTIONS,
            url=url,
            environment=environment,
            signer=signer,
            errors=ERRORS,
            on_error=on_error,
            source=source,
            clock=clock,
            sleep=sleep,
        )

    async def ping(
        self,
        *,
        timeout: float | None = None,
    ) -> None:
        """Keep the connection alive.

        Method `ping`. The `ping` method (listed on the WebSocket pages without parameters or result); the
        stream calls it as its heartbeat.


        Args:
            timeout: seconds to wait for the reply (default: the options' `request_timeout`).
        """
        params: dict[str, object] = {}
        await self.request("ping", params, PingReply.from_dict, timeout=timeout)

    async def get_last_price(
        self,
        *,
        symbol: str,
        timeout: float | None = None,
    ) -> Decimal:
        """Latest price of a pair.

        Method `market.last_price`.


        Args:
            symbol: Trading pair, e.g. `BTCUSDT`.
            timeout: seconds to wait for the reply (default: the options' `request_timeout`).
        """
        params = _streams.call_params(_market_get_last_price.request(symbol=symbol))
        reply = await self.request("market.last_price", params, LastPriceReply.from_dict, timeout=timeout)
        return reply.data

    async def get_depth(
        self,
        *,
        symbol: str,
        precision: Decimal | int | str,
        timeout: float | None = None,
    ) -> Depth:
        """Order book of a pair.

        Method `market.depth`.


        Args:
            symbol: Trading pair, e.g. `BTCUSDT`.
            precision: "Token precision": the price step used to merge levels (presumably one of the pair's
                `precisions` from getCoinPairs).
            timeout: seconds to wait for the reply (default: the options' `request_timeout`).
        """
        params = _streams.call_params(_market_get_depth.request(symbol=symbol, precision=precision))
        reply = await self.request("market.depth", params, DepthReply.from_dict, timeout=timeout)
        return reply.data

    async def get_kline(
        self,
        *,
        symbol: str,
        interval: KlineInterval | Literal["1", "3", "5", "15", "30", "60", "120", "240", "360", "720", "D", "M", "W"],
        timeout: float | None = None,
    ) -> Kline | list[Kline]:
        """Candles of a pair.

        Method `market.kline`.


        Args:
            symbol: Trading pair, e.g. `BTCUSDT`.
            interval: Candle interval: minutes (1 … 720) or D / W / M. The docs say "default is 1min"; the
                WS example sends "1min", which is not in the documented list.
            timeout: seconds to wait for the reply (default: the options' `request_timeout`).
        """
        params = _streams.call_params(_market_get_kline.request(symbol=symbol, interval=interval))
        reply = await self.request("market.kline", params, KlineReply.from_dict, timeout=timeout)
        return reply.data

    async def get_coin_pairs(
        self,
        *,
        timeout: float | None = None,
    ) -> list[CoinPair]:
        """Trading pairs.

        Method `common.coin_pair.list`.


        Args:
            timeout: seconds to wait for the reply (default: the options' `request_timeout`).
        """
        params = _streams.call_params(_market_get_coin_pairs.request())
        reply = await self.request("common.coin_pair.list", params, CoinPairsReply.from_dict, timeout=timeout)
        return reply.data

    async def get_rates(
        self,
        *,
        timeout: float | None = None,
    ) -> list[FiatRate]:
        """Fiat exchange rates.

        Method `common.rate.list`.


        Args:
            timeout: seconds to wait for the reply (default: the options' `request_timeout`).
        """
        params = _streams.call_params(_market_get_rates.request())
        reply = await self.request("common.rate.list", params, RatesReply.from_dict, timeout=timeout)
        return reply.data

    async def get_coins(
        self,
        *,
        timeout: float | None = None,
    ) -> list[Coin]:
        """Tokens and their networks.

        Method `common.coin.coin_network.list`.


        Args:
            timeout: seconds to wait for the reply (default: the options' `request_timeout`).
        """
        params = _streams.call_params(_market_get_coins.request())
        reply = await self.request("common.coin.coin_network.list", params, CoinsReply.from_dict, timeout=timeout)
        return reply.data

    async def get_balances(
        self,
        *,
        timeout: float | None = None,
    ) -> list[AccountBalance] | None:
        """Balances of the account.

        Method `user.account`.


        Args:
            timeout: seconds to wait for the reply (default: the options' `request_timeout`).
        """
        params = _streams.call_params(_account_get_balances.request())
        reply = await self.request("user.account", params, BalancesReply.from_dict, timeout=timeout)
        return reply.data

    async def get_user_info(
        self,
        *,
        timeout: float | None = None,
    ) -> UserInfo:
        """User id of the key's account.

        Method `user.info`.


        Args:
            timeout: seconds to wait for the reply (default: the options' `request_timeout`).
        """
        params = _streams.call_params(_account_get_user_info.request())
        reply = await self.request("user.info", params, UserInfoReply.from_dict, timeout=timeout)
        return reply.data

    async def create_order(
        self,
        *,
        side: Side | Literal[1, 2, "SELL", "BUY"],
        type_: OrderType | Literal[1, 2, "LIMIT", "MARKET"],
        volume: Decimal | int | str,
        price: Decimal | int | str,
        symbol: str,
        client_id: str | None = None,
        timeout: float | None = None,
    ) -> PlacedOrder:
        """Place an order.

        Method `order.place_order`. An answer with code "0" does not mean the order was placed; check
        `place_status`. Never re-sent.


        Args:
            side: Order side as a JSON number: 1 = sell, 2 = buy (note the order).
            type_: Order type as a JSON number: 1 = limit, 2 = market.
            volume: Quantity. Limit orders: base quantity (settled live; the REST place_order page says
                quote, the batch and WS pages say base). Market orders: buy = quote amount, sell =
                base quantity (unverified).
            price: Limit price. Required by the docs; for market orders send "0" (undocumented).
            symbol: Trading pair, e.g. `BTCUSDT`.
            client_id: Caller's order id (undocumented): kept and returned by order reads, but not usable
                to cancel or look up an order. Optional.
            timeout: seconds to wait for the reply (default: the options' `request_timeout`).
        """
        params = _streams.call_params(
            _orders_create_order.request(
                side=side, type_=type_, volume=volume, price=price, symbol=symbol, client_id=client_id
            )
        )
        reply = await self.request("order.place_order", params, PlaceOrderReply.from_dict, timeout=timeout)
        return reply.data

    async def create_batch_orders(
        self,
        *,
        order_list: Sequence[CreateOrderRequest],
        timeout: float | None = None,
    ) -> list[PlacedOrder]:
        """Place several orders.

        Method `order.place_order.batch`. One placement result per order; check each `place_status`. Never
        re-sent.


        Args:
            order_list: Orders to place.
            timeout: seconds to wait for the reply (default: the options' `request_timeout`).
        """
        params = _streams.call_params(_orders_create_batch_orders.request(order_list=order_list))
        reply = await self.request("order.place_order.batch", params, PlaceOrdersReply.from_dict, timeout=timeout)
        return reply.data

    async def cancel_orders(
        self,
        *,
        order_id_list: Sequence[OrderRef],
        timeout: float | None = None,
    ) -> CancelOrdersResult | None:
        """Cancel one or more orders.

        Method `order.cancel`. Cancelling an unknown order also answers success; read the order afterwards.


        Args:
            order_id_list: Orders to cancel (one or many).
            timeout: seconds to wait for the reply (default: the options' `request_timeout`).
        """
        params = _streams.call_params(_orders_cancel_orders.request(order_id_list=order_id_list))
        reply = await self.request("order.cancel", params, CancelOrdersReply.from_dict, timeout=timeout)
        return reply.data

    async def get_order_fills(
        self,
        *,
        order_id: str,
        symbol: str,
        timeout: float | None = None,
    ) -> Fill | list[Fill]:
        """Fills of an order.

        Method `order.deal.list`. The WebSocket example shows one object where the REST twin answers a list;
        both are accepted.


        Args:
            order_id: Order id.
            symbol: Trading pair.
            timeout: seconds to wait for the reply (default: the options' `request_timeout`).
        """
        params = _streams.call_params(_orders_get_order_fills.request(order_id=order_id, symbol=symbol))
        reply = await self.request("order.deal.list", params, FillsReply.from_dict, timeout=timeout)
        return reply.data

    async def get_order_history(
        self,
        *,
        symbol: str,
        page: int | None = None,
        page_size: int | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        status: OrderStatus | Literal["1", "2", "3", "4", "7"] | None = None,
        side: SideString | Literal["1", "2"] | None = None,
        type_: OrderTypeString | Literal["1", "2"] | None = None,
        timeout: float | None = None,
    ) -> OrderPage:
        """Past orders of a pair, one page.

        Method `order.history.page`.


        Args:
            symbol: Trading pair (required).
            page: Page number. Optional.
            page_size: Items per page. Optional.
            start_time: Earliest creation time, ISO-8601. Optional.
            end_time: Latest creation time, ISO-8601. Optional.
            status: Order status, a string holding the numeric code: 1 unfilled, 2 filled, 3 partially
                filled, 4 cancelled, 7 partially filled then cancelled. Optional.
            side: Order side as a string holding the numeric code (order reads, history filter): "1" =
                sell, "2" = buy. Optional.
            type_: Order type as a string holding the numeric code: "1" = limit, "2" = market.
                Optional.
            timeout: seconds to wait for the reply (default: the options' `request_timeout`).
        """
        params = _streams.call_params(
            _orders_get_order_history.request(
                symbol=symbol,
                page=page,
                page_size=page_size,
                start_time=start_time,
                end_time=end_time,
                status=status,
                side=side,
                type_=type_,
            )
        )
        reply = await self.request("order.history.page", params, OrderHistoryReply.from_dict, timeout=timeout)
        return reply.data

    async def get_open_orders(
        self,
        *,
        symbol: str,
        timeout: float | None = None,
    ) -> list[Order] | None:
        """Open orders of a pair.

        Method `order.pending.list`.


        Args:
            symbol: Trading pair (required).
            timeout: seconds to wait for the reply (default: the options' `request_timeout`).
        """
        params = _streams.call_params(_orders_get_open_orders.request(symbol=symbol))
        reply = await self.request("order.pending.list", params, OpenOrdersReply.from_dict, timeout=timeout)
        return reply.data


def replay(
    path: str | Path,
    *,
    speed: float | None = None,
    options: _streams.StreamOptions | None = None,
    sleep: _streams.Sleep | None = None,
) -> WebSocketApi:
    """A recording of one of these streams (`Stream.record`, `python -m venuekit.streams.record`), played back
    through the class that made it: as fast as the consumers take the messages (`speed` None) or at `speed`
    times the recorded pace (1.0: real time). For a typed result use the class method, e.g.
    ``WebSocketApi.replay(path)``."""
    _streams.recorded_stream(path, "bitunix", ("WebSocketApi",))
    return WebSocketApi.replay(path, speed=speed, options=options, sleep=sleep)


__all__ = [
    "WebSocketApi",
    "replay",
]
