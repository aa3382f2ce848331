"""`gopax.Client` and `gopax.AsyncClient`: one attribute per API group.

Generated from specs/gopax/openapi.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import httpx

from venuekit import client as _runtime
from venuekit.auth.gopax import GopaxAuth
from venuekit.auth.gopax import envelope as _envelope
from venuekit.client import TimeoutTypes

from .errors import ERRORS

if TYPE_CHECKING:  # models load with the operation that returns them, the retry runtime with the first client
    from venuekit.retry import RetryPolicy

    from .models import (
        Asset,
        Balance,
        CancelOrderResponse,
        Candle,
        CandleInterval,
        Order,
        Orderbook,
        OrderType,
        Protection,
        PublicTrade,
        Side,
        Stats,
        Ticker,
        TimeInForce,
        TradingPair,
        TradingPairStats,
        UserTrade,
    )

VENUE = _runtime.Venue(
    name="gopax",
    environments={
        "production": "https://api.gopax.co.kr",
    },
    env_prefix="GOPAX",
    auth=GopaxAuth,
    errors=ERRORS,
    envelope=_envelope,
    rate_limits={
        "buckets": [
            {"name": "public", "per": "ip", "signed": False, "limit": 20, "window": 1},
            {"name": "private", "per": "key", "signed": True, "limit": 20, "window": 1},
            {"name": "book", "per": "ip", "operations": ["getOrderbook"], "limit": 1, "window": 1},
        ]
    },
)


class AccountResource:
    """`client.account`: 2 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_balances(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Balance]:
        """Get the balances of every asset.

        `GET /balances` (signed).

        Returns one entry per asset: the tradable amount (`avail`), the amount held by open orders
        (`hold`) and the amount being withdrawn (`pendingWithdrawal`).

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Balance]
        """
        from .api.account import get_balances as _account_get_balances  # loaded on first use

        call = _account_get_balances.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_balance(
        self,
        *,
        asset_name: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Balance:
        """Get the balance of one asset.

        `GET /balances/{asset_name}` (signed).

        Returns the balance of the asset named in the path (same fields as `getBalances`).

        Args:
            asset_name: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Balance
        """
        from .api.account import get_balance as _account_get_balance  # loaded on first use

        call = _account_get_balance.request(asset_name=asset_name)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class MarketResource:
    """`client.market`: 8 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_assets(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Asset]:
        """Get all assets.

        `GET /assets`.

        Lists every asset GOPAX handles. `name` is the Korean display name.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Asset]
        """
        from .api.market import get_assets as _market_get_assets  # loaded on first use

        call = _market_get_assets.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_trading_pairs(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[TradingPair]:
        """Get all trading pairs.

        `GET /trading-pairs`.

        Lists every trading pair (`BASE-QUOTE`, e.g. `ETH-KRW`) with its base and quote asset.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[TradingPair]
        """
        from .api.market import get_trading_pairs as _market_get_trading_pairs  # loaded on first use

        call = _market_get_trading_pairs.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_ticker(
        self,
        *,
        trading_pair: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Ticker:
        """Get the ticker of a trading pair.

        `GET /trading-pairs/{trading_pair}/ticker`.

        Last price, best ask and bid, 24-hour base volume and the time of the data.

        Args:
            trading_pair: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Ticker
        """
        from .api.market import get_ticker as _market_get_ticker  # loaded on first use

        call = _market_get_ticker.request(trading_pair=trading_pair)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_orderbook(
        self,
        *,
        trading_pair: str,
        level: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Orderbook:
        """Get the order book of a trading pair.

        `GET /trading-pairs/{trading_pair}/book`.

        Returns the bids and asks. The seed documents the request only; the response shape comes
        from GOPAX's 2018 docs and the current edition: `bid` and `ask` (singular keys) hold
        entries `[entryId, price, volume]`, to which the current edition appends the entry's
        update time (epoch ms as a string) and a top-level `sequence`. The current edition limits
        this endpoint to 1 call per second.

        Args:
            trading_pair: (undocumented)
            level: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Orderbook
        """
        from .api.market import get_orderbook as _market_get_orderbook  # loaded on first use

        call = _market_get_orderbook.request(trading_pair=trading_pair, level=level)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_trades(
        self,
        *,
        trading_pair: str,
        limit: int | None = None,
        pastmax: int | None = None,
        latestmin: int | None = None,
        after: int | None = None,
        before: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[PublicTrade]:
        """Get the recent public trades of a trading pair.

        `GET /trading-pairs/{trading_pair}/trades`.

        Recent trades, newest first, paged by trade id (`pastmax` / `latestmin`) or time
        (`after` / `before`), with the same caveats as `getMyTrades`. Each trade carries both an
        ISO `time` and the same instant as epoch seconds in `date`.

        Args:
            trading_pair: (undocumented)
            limit: (undocumented) Optional.
            pastmax: (undocumented) Optional.
            latestmin: (undocumented) Optional.
            after: (undocumented) Optional.
            before: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[PublicTrade]
        """
        from .api.market import get_trades as _market_get_trades  # loaded on first use

        call = _market_get_trades.request(
            trading_pair=trading_pair, limit=limit, pastmax=pastmax, latestmin=latestmin, after=after, before=before
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_stats(
        self,
        *,
        trading_pair: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Stats:
        """Get the 24-hour statistics of a trading pair.

        `GET /trading-pairs/{trading_pair}/stats`.

        Price 24 hours ago (`open`), 24-hour high and low, the current price (`close`, refreshed
        every minute), the 24-hour volume and the time of the last refresh.

        Args:
            trading_pair: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Stats
        """
        from .api.market import get_stats as _market_get_stats  # loaded on first use

        call = _market_get_stats.request(trading_pair=trading_pair)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_candles(
        self,
        *,
        trading_pair: str,
        start: int,
        end: int,
        interval: CandleInterval | Literal[1, 5, 30, 1440, "VALUE_1", "VALUE_5", "VALUE_30", "VALUE_1440"],
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Candle]:
        """Get the candles (historic rates) of a trading pair.

        `GET /trading-pairs/{trading_pair}/candles`.

        Returns candles as arrays `[time, low, high, open, close, volume]`: low and high come
        **before** open and close (not OHLC order). `time` is epoch milliseconds (the start of the
        interval, per the current edition). The seed's field table for this endpoint is copied
        from the 24-hour stats ("24-hour low", "Price 24hrs ago"); read it as the candle's low,
        high, open, close and base volume.

        Args:
            trading_pair: (undocumented)
            start: (undocumented)
            end: (undocumented)
            interval: Candle interval in minutes.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Candle]
        """
        from .api.market import get_candles as _market_get_candles  # loaded on first use

        call = _market_get_candles.request(trading_pair=trading_pair, start=start, end=end, interval=interval)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_all_stats(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[TradingPairStats]:
        """Get the 24-hour statistics of every trading pair.

        `GET /trading-pairs/stats`.

        The fields of `getStats` for every pair, each with the pair's `name`.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[TradingPairStats]
        """
        from .api.market import get_all_stats as _market_get_all_stats  # loaded on first use

        call = _market_get_all_stats.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class OrdersResource:
    """`client.orders`: 5 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_orders(
        self,
        *,
        include_past: bool | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Get the open orders.

        `GET /orders` (signed).

        Returns the user's outstanding orders. The seed documents no parameters; the current
        edition adds `includePast` (and further filters not modelled here).

        Args:
            include_past: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.orders import get_orders as _orders_get_orders  # loaded on first use

        call = _orders_get_orders.request(include_past=include_past)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def create_order(
        self,
        *,
        type_: OrderType | Literal["limit", "market"],
        side: Side | Literal["buy", "sell"],
        amount: Decimal | int | str,
        trading_pair_name: str,
        price: Decimal | int | str | None = None,
        client_order_id: str | None = None,
        stop_price: Decimal | int | str | None = None,
        protection: Protection | Literal["yes", "no"] | None = None,
        time_in_force: TimeInForce | Literal["gtc", "po", "ioc", "fok"] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Order:
        """Place an order.

        `POST /orders` (signed).

        Places a limit order (the seed's only documented type). The seed also describes market
        orders: for a market order `amount` is the total to spend or sell, in the quote currency
        for a buy (KRW for ETH-KRW) and in the base currency for a sell (ETH for ETH-KRW), and
        `price` is not needed. For a limit order `amount` is the base quantity.

        The body is signed exactly as sent, so the SDK serialises it once (compact JSON, field
        order kept) and signs those bytes. Never sent twice: after a failure that may have reached
        GOPAX the call raises `OrderStatusUnknownError` (see `x-sdk-placement`).

        Args:
            type_: Order type. The seed lists only `limit`; `market` is implied by its note on market-order
                amounts and documented by the current edition (external:
                https://gopax.github.io/API/index.en.html).
            side: Trading type.
            amount: Order amount: base quantity for limit orders; for market orders the total to spend in
                the quote currency (buy) or to sell in the base currency (sell).
            trading_pair_name: Trading pair, e.g. `ETH-KRW` (see `getTradingPairs`).
            price: Order price (quote currency). Required for limit orders. Optional.
            client_order_id: Current edition. Your own id for the order. Optional.
            stop_price: Current edition. Makes the order a stop order (status `reserved` until triggered).
                Optional.
            protection: Current edition: price protection of an order, `no` by default. Optional.
            time_in_force: Current edition: `gtc` good till cancelled (default), `po` post only, `ioc` immediate or
                cancel, `fok` fill or kill. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Order
        """
        from .api.orders import create_order as _orders_create_order  # loaded on first use

        call = _orders_create_order.request(
            type_=type_,
            side=side,
            amount=amount,
            trading_pair_name=trading_pair_name,
            price=price,
            client_order_id=client_order_id,
            stop_price=stop_price,
            protection=protection,
            time_in_force=time_in_force,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_order(
        self,
        *,
        order_id: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Order:
        """Get one order by id.

        `GET /orders/{order_id}` (signed).

        Returns the order with its `status` (`placed` open, `cancelled`, `completed` fully filled,
        `updated` partially filled) and the unfilled `remaining` amount.

        Args:
            order_id: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Order
        """
        from .api.orders import get_order as _orders_get_order  # loaded on first use

        call = _orders_get_order.request(order_id=order_id)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def cancel_order(
        self,
        *,
        order_id: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelOrderResponse:
        """Cancel an order by id.

        `DELETE /orders/{order_id}` (signed).

        Cancels the order. The response is an empty object. An unknown id fails with error 202
        (and, per the current edition, HTTP 404).

        Args:
            order_id: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CancelOrderResponse
        """
        from .api.orders import cancel_order as _orders_cancel_order  # loaded on first use

        call = _orders_cancel_order.request(order_id=order_id)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_order_by_client_order_id(
        self,
        *,
        client_order_id: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Order:
        """Get one order by the client order id it was placed with.

        `GET /orders/clientOrderId/{client_order_id}` (signed).

        Current edition. Returns the order placed with this `clientOrderId`, as `getOrder` does; an
        unknown id fails with error 202 and HTTP 404. This is how an order whose placement ended in
        `OrderStatusUnknownError` is settled (`client.resolve_order(err)`).

        Not in the seed documentation; taken from https://gopax.github.io/API/index.en.html (GET
        /orders/clientOrderId/<clientOrderId>); ccxt python/ccxt/gopax.py fetch_order.

        Args:
            client_order_id: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Order
        """
        from .api.orders import (
            get_order_by_client_order_id as _orders_get_order_by_client_order_id,  # loaded on first use
        )

        call = _orders_get_order_by_client_order_id.request(client_order_id=client_order_id)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class TradesResource:
    """`client.trades`: 1 operation."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_my_trades(
        self,
        *,
        limit: int | None = None,
        pastmax: int | None = None,
        latestmin: int | None = None,
        after: int | None = None,
        before: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[UserTrade]:
        """Get the user's trade history.

        `GET /trades` (signed).

        Returns the user's fills, newest first. Paging uses trade ids: the seed's English says
        `pastmax` "excludes data older than this ID", but the 2018 Korean doc and the current
        edition say the opposite (return the items older than the id, i.e. page backwards); the
        English is most likely a mistranslation.
        The seed gives `after`/`before` in milliseconds; the current edition documents seconds
        for this endpoint. Note the ids in the response are integers, unlike the order endpoints.

        Args:
            limit: (undocumented) Optional.
            pastmax: (undocumented) Optional.
            latestmin: (undocumented) Optional.
            after: (undocumented) Optional.
            before: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[UserTrade]
        """
        from .api.trades import get_my_trades as _trades_get_my_trades  # loaded on first use

        call = _trades_get_my_trades.request(
            limit=limit, pastmax=pastmax, latestmin=latestmin, after=after, before=before
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class Client(_runtime.SyncClient):
    """Synchronous client for GOPAX REST API.

    Args:
        api_key: API key; defaults to the GOPAX_API_KEY environment variable.
        api_secret: API secret; defaults to GOPAX_API_SECRET. Public calls need neither.
        base_url: Origin to send requests to; overrides `environment`.
        environment: One of production (default production).
        timeout: Default per-operation timeouts (connect, each read, ...) for every call (seconds or an
            `httpx.Timeout`).
        deadline: Seconds a whole call may take, retries and waits included (default 60; None: no limit).
        httpx_args: Extra keyword arguments for the underlying `httpx.Client` (e.g. `transport=`).
        auth: A ready signer to use instead of building `GopaxAuth(api_key, api_secret)`, e.g. one
            with an injected clock or another signing edition.
        max_retries: Retries for failures that are safe to retry (default 2; 0 disables). See README, "Reliability".
        retry: Backoff settings (`venuekit.RetryPolicy`).
        rate_limit: Pace requests to the venue's documented limits (default on).
        rate_limit_tier: The venue's rate-limit tier where limits vary by tier.
    """

    venue = VENUE

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        base_url: str | None = None,
        environment: str | None = None,
        timeout: TimeoutTypes = _runtime.DEFAULT_TIMEOUT,
        httpx_args: Mapping[str, Any] | None = None,
        auth: httpx.Auth | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: bool = True,
        rate_limit_tier: str | None = None,
        deadline: float | None = _runtime.DEFAULT_DEADLINE,
    ) -> None:
        super().__init__(
            api_key,
            api_secret,
            base_url=base_url,
            environment=environment,
            timeout=timeout,
            httpx_args=httpx_args,
            auth=auth,
            max_retries=max_retries,
            retry=retry,
            rate_limit=rate_limit,
            rate_limit_tier=rate_limit_tier,
            deadline=deadline,
        )
        self.account = AccountResource(self)
        self.market = MarketResource(self)
        self.orders = OrdersResource(self)
        self.trades = TradesResource(self)


class AsyncAccountResource:
    """`client.account`: 2 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_balances(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Balance]:
        """Get the balances of every asset.

        `GET /balances` (signed).

        Returns one entry per asset: the tradable amount (`avail`), the amount held by open orders
        (`hold`) and the amount being withdrawn (`pendingWithdrawal`).

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Balance]
        """
        from .api.account import get_balances as _account_get_balances  # loaded on first use

        call = _account_get_balances.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_balance(
        self,
        *,
        asset_name: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Balance:
        """Get the balance of one asset.

        `GET /balances/{asset_name}` (signed).

        Returns the balance of the asset named in the path (same fields as `getBalances`).

        Args:
            asset_name: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Balance
        """
        from .api.account import get_balance as _account_get_balance  # loaded on first use

        call = _account_get_balance.request(asset_name=asset_name)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncMarketResource:
    """`client.market`: 8 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_assets(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Asset]:
        """Get all assets.

        `GET /assets`.

        Lists every asset GOPAX handles. `name` is the Korean display name.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Asset]
        """
        from .api.market import get_assets as _market_get_assets  # loaded on first use

        call = _market_get_assets.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_trading_pairs(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[TradingPair]:
        """Get all trading pairs.

        `GET /trading-pairs`.

        Lists every trading pair (`BASE-QUOTE`, e.g. `ETH-KRW`) with its base and quote asset.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[TradingPair]
        """
        from .api.market import get_trading_pairs as _market_get_trading_pairs  # loaded on first use

        call = _market_get_trading_pairs.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_ticker(
        self,
        *,
        trading_pair: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Ticker:
        """Get the ticker of a trading pair.

        `GET /trading-pairs/{trading_pair}/ticker`.

        Last price, best ask and bid, 24-hour base volume and the time of the data.

        Args:
            trading_pair: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Ticker
        """
        from .api.market import get_ticker as _market_get_ticker  # loaded on first use

        call = _market_get_ticker.request(trading_pair=trading_pair)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_orderbook(
        self,
        *,
        trading_pair: str,
        level: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Orderbook:
        """Get the order book of a trading pair.

        `GET /trading-pairs/{trading_pair}/book`.

        Returns the bids and asks. The seed documents the request only; the response shape comes
        from GOPAX's 2018 docs and the current edition: `bid` and `ask` (singular keys) hold
        entries `[entryId, price, volume]`, to which the current edition appends the entry's
        update time (epoch ms as a string) and a top-level `sequence`. The current edition limits
        this endpoint to 1 call per second.

        Args:
            trading_pair: (undocumented)
            level: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Orderbook
        """
        from .api.market import get_orderbook as _market_get_orderbook  # loaded on first use

        call = _market_get_orderbook.request(trading_pair=trading_pair, level=level)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_trades(
        self,
        *,
        trading_pair: str,
        limit: int | None = None,
        pastmax: int | None = None,
        latestmin: int | None = None,
        after: int | None = None,
        before: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[PublicTrade]:
        """Get the recent public trades of a trading pair.

        `GET /trading-pairs/{trading_pair}/trades`.

        Recent trades, newest first, paged by trade id (`pastmax` / `latestmin`) or time
        (`after` / `before`), with the same caveats as `getMyTrades`. Each trade carries both an
        ISO `time` and the same instant as epoch seconds in `date`.

        Args:
            trading_pair: (undocumented)
            limit: (undocumented) Optional.
            pastmax: (undocumented) Optional.
            latestmin: (undocumented) Optional.
            after: (undocumented) Optional.
            before: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[PublicTrade]
        """
        from .api.market import get_trades as _market_get_trades  # loaded on first use

        call = _market_get_trades.request(
            trading_pair=trading_pair, limit=limit, pastmax=pastmax, latestmin=latestmin, after=after, before=before
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_stats(
        self,
        *,
        trading_pair: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Stats:
        """Get the 24-hour statistics of a trading pair.

        `GET /trading-pairs/{trading_pair}/stats`.

        Price 24 hours ago (`open`), 24-hour high and low, the current price (`close`, refreshed
        every minute), the 24-hour volume and the time of the last refresh.

        Args:
            trading_pair: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Stats
        """
        from .api.market import get_stats as _market_get_stats  # loaded on first use

        call = _market_get_stats.request(trading_pair=trading_pair)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_candles(
        self,
        *,
        trading_pair: str,
        start: int,
        end: int,
        interval: CandleInterval | Literal[1, 5, 30, 1440, "VALUE_1", "VALUE_5", "VALUE_30", "VALUE_1440"],
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Candle]:
        """Get the candles (historic rates) of a trading pair.

        `GET /trading-pairs/{trading_pair}/candles`.

        Returns candles as arrays `[time, low, high, open, close, volume]`: low and high come
        **before** open and close (not OHLC order). `time` is epoch milliseconds (the start of the
        interval, per the current edition). The seed's field table for this endpoint is copied
        from the 24-hour stats ("24-hour low", "Price 24hrs ago"); read it as the candle's low,
        high, open, close and base volume.

        Args:
            trading_pair: (undocumented)
            start: (undocumented)
            end: (undocumented)
            interval: Candle interval in minutes.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Candle]
        """
        from .api.market import get_candles as _market_get_candles  # loaded on first use

        call = _market_get_candles.request(trading_pair=trading_pair, start=start, end=end, interval=interval)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_all_stats(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[TradingPairStats]:
        """Get the 24-hour statistics of every trading pair.

        `GET /trading-pairs/stats`.

        The fields of `getStats` for every pair, each with the pair's `name`.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[TradingPairStats]
        """
        from .api.market import get_all_stats as _market_get_all_stats  # loaded on first use

        call = _market_get_all_stats.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncOrdersResource:
    """`client.orders`: 5 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_orders(
        self,
        *,
        include_past: bool | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Get the open orders.

        `GET /orders` (signed).

        Returns the user's outstanding orders. The seed documents no parameters; the current
        edition adds `includePast` (and further filters not modelled here).

        Args:
            include_past: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.orders import get_orders as _orders_get_orders  # loaded on first use

        call = _orders_get_orders.request(include_past=include_past)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def create_order(
        self,
        *,
        type_: OrderType | Literal["limit", "market"],
        side: Side | Literal["buy", "sell"],
        amount: Decimal | int | str,
        trading_pair_name: str,
        price: Decimal | int | str | None = None,
        client_order_id: str | None = None,
        stop_price: Decimal | int | str | None = None,
        protection: Protection | Literal["yes", "no"] | None = None,
        time_in_force: TimeInForce | Literal["gtc", "po", "ioc", "fok"] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Order:
        """Place an order.

        `POST /orders` (signed).

        Places a limit order (the seed's only documented type). The seed also describes market
        orders: for a market order `amount` is the total to spend or sell, in the quote currency
        for a buy (KRW for ETH-KRW) and in the base currency for a sell (ETH for ETH-KRW), and
        `price` is not needed. For a limit order `amount` is the base quantity.

        The body is signed exactly as sent, so the SDK serialises it once (compact JSON, field
        order kept) and signs those bytes. Never sent twice: after a failure that may have reached
        GOPAX the call raises `OrderStatusUnknownError` (see `x-sdk-placement`).

        Args:
            type_: Order type. The seed lists only `limit`; `market` is implied by its note on market-order
                amounts and documented by the current edition (external:
                https://gopax.github.io/API/index.en.html).
            side: Trading type.
            amount: Order amount: base quantity for limit orders; for market orders the total to spend in
                the quote currency (buy) or to sell in the base currency (sell).
            trading_pair_name: Trading pair, e.g. `ETH-KRW` (see `getTradingPairs`).
            price: Order price (quote currency). Required for limit orders. Optional.
            client_order_id: Current edition. Your own id for the order. Optional.
            stop_price: Current edition. Makes the order a stop order (status `reserved` until triggered).
                Optional.
            protection: Current edition: price protection of an order, `no` by default. Optional.
            time_in_force: Current edition: `gtc` good till cancelled (default), `po` post only, `ioc` immediate or
                cancel, `fok` fill or kill. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Order
        """
        from .api.orders import create_order as _orders_create_order  # loaded on first use

        call = _orders_create_order.request(
            type_=type_,
            side=side,
            amount=amount,
            trading_pair_name=trading_pair_name,
            price=price,
            client_order_id=client_order_id,
            stop_price=stop_price,
            protection=protection,
            time_in_force=time_in_force,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_order(
        self,
        *,
        order_id: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Order:
        """Get one order by id.

        `GET /orders/{order_id}` (signed).

        Returns the order with its `status` (`placed` open, `cancelled`, `completed` fully filled,
        `updated` partially filled) and the unfilled `remaining` amount.

        Args:
            order_id: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Order
        """
        from .api.orders import get_order as _orders_get_order  # loaded on first use

        call = _orders_get_order.request(order_id=order_id)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def cancel_order(
        self,
        *,
        order_id: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelOrderResponse:
        """Cancel an order by id.

        `DELETE /orders/{order_id}` (signed).

        Cancels the order. The response is an empty object. An unknown id fails with error 202
        (and, per the current edition, HTTP 404).

        Args:
            order_id: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CancelOrderResponse
        """
        from .api.orders import cancel_order as _orders_cancel_order  # loaded on first use

        call = _orders_cancel_order.request(order_id=order_id)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_order_by_client_order_id(
        self,
        *,
        client_order_id: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Order:
        """Get one order by the client order id it was placed with.

        `GET /orders/clientOrderId/{client_order_id}` (signed).

        Current edition. Returns the order placed with this `clientOrderId`, as `getOrder` does; an
        unknown id fails with error 202 and HTTP 404. This is how an order whose placement ended in
        `OrderStatusUnknownError` is settled (`client.resolve_order(err)`).

        Not in the seed documentation; taken from https://gopax.github.io/API/index.en.html (GET
        /orders/clientOrderId/<clientOrderId>); ccxt python/ccxt/gopax.py fetch_order.

        Args:
            client_order_id: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Order
        """
        from .api.orders import (
            get_order_by_client_order_id as _orders_get_order_by_client_order_id,  # loaded on first use
        )

        call = _orders_get_order_by_client_order_id.request(client_order_id=client_order_id)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncTradesResource:
    """`client.trades`: 1 operation."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_my_trades(
        self,
        *,
        limit: int | None = None,
        pastmax: int | None = None,
        latestmin: int | None = None,
        after: int | None = None,
        before: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[UserTrade]:
        """Get the user's trade history.

        `GET /trades` (signed).

        Returns the user's fills, newest first. Paging uses trade ids: the seed's English says
        `pastmax` "excludes data older than this ID", but the 2018 Korean doc and the current
        edition say the opposite (return the items older than the id, i.e. page backwards); the
        English is most likely a mistranslation.
        The seed gives `after`/`before` in milliseconds; the current edition documents seconds
        for this endpoint. Note the ids in the response are integers, unlike the order endpoints.

        Args:
            limit: (undocumented) Optional.
            pastmax: (undocumented) Optional.
            latestmin: (undocumented) Optional.
            after: (undocumented) Optional.
            before: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[UserTrade]
        """
        from .api.trades import get_my_trades as _trades_get_my_trades  # loaded on first use

        call = _trades_get_my_trades.request(
            limit=limit, pastmax=pastmax, latestmin=latestmin, after=after, before=before
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncClient(_runtime.AsyncClient):
    """Asynchronous client for GOPAX REST API.

    Args:
        api_key: API key; defaults to the GOPAX_API_KEY environment variable.
        api_secret: API secret; defaults to GOPAX_API_SECRET. Public calls need neither.
        base_url: Origin to send requests to; overrides `environment`.
        environment: One of production (default production).
        timeout: Default per-operation timeouts (connect, each read, ...) for every call (seconds or an
            `httpx.Timeout`).
        deadline: Seconds a whole call may take, retries and waits included (default 60; None: no limit).
        httpx_args: Extra keyword arguments for the underlying `httpx.AsyncClient` (e.g. `transport=`).
        auth: A ready signer to use instead of building `GopaxAuth(api_key, api_secret)`, e.g. one
            with an injected clock or another signing edition.
        max_retries: Retries for failures that are safe to retry (default 2; 0 disables). See README, "Reliability".
        retry: Backoff settings (`venuekit.RetryPolicy`).
        rate_limit: Pace requests to the venue's documented limits (default on).
        rate_limit_tier: The venue's rate-limit tier where limits vary by tier.
        transport: "httpx" (default) or "aiohttp": send through aiohttp directly (the `aiohttp` extra), the
            choice for many concurrent calls. See README, "Performance".
    """

    venue = VENUE

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        base_url: str | None = None,
        environment: str | None = None,
        timeout: TimeoutTypes = _runtime.DEFAULT_TIMEOUT,
        httpx_args: Mapping[str, Any] | None = None,
        auth: httpx.Auth | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: bool = True,
        rate_limit_tier: str | None = None,
        deadline: float | None = _runtime.DEFAULT_DEADLINE,
        transport: str = "httpx",
    ) -> None:
        super().__init__(
            api_key,
            api_secret,
            base_url=base_url,
            environment=environment,
            timeout=timeout,
            httpx_args=httpx_args,
            auth=auth,
            max_retries=max_retries,
            retry=retry,
            rate_limit=rate_limit,
            rate_limit_tier=rate_limit_tier,
            deadline=deadline,
            transport=transport,
        )
        self.account = AsyncAccountResource(self)
        self.market = AsyncMarketResource(self)
        self.orders = AsyncOrdersResource(self)
        self.trades = AsyncTradesResource(self)
