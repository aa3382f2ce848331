"""`gmo_coin.Client` and `gmo_coin.AsyncClient`: one attribute per API group.

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import httpx

from venuekit import client as _runtime
from venuekit.auth.gmo_coin import GmoCoinAuth
from venuekit.auth.gmo_coin import envelope as _envelope
from venuekit.client import TimeoutTypes

from .errors import ERRORS

if TYPE_CHECKING:  # models load with the operation that returns them, the retry runtime with the first client
    from venuekit.retry import RetryPolicy

    from .models import (
        ActiveOrdersPage,
        Asset,
        CancelOrdersResult,
        CryptoTransfer,
        ExchangeStatus,
        ExecutionsList,
        ExecutionType,
        FiatTransfer,
        Kline,
        KlineInterval,
        LatestExecutionsPage,
        Margin,
        OpenPositionsPage,
        Orderbook,
        OrdersList,
        PositionSummaryList,
        SettlePosition,
        SettleType,
        Side,
        SymbolRule,
        Ticker,
        TimeInForce,
        TradesPage,
        TradingVolume,
        Transfer,
        TransferType,
    )

VENUE = _runtime.Venue(
    name="gmo_coin",
    environments={
        "production": "https://api.coin.z.com",
    },
    env_prefix="GMO_COIN",
    auth=GmoCoinAuth,
    errors=ERRORS,
    envelope=_envelope,
    rate_limits={
        "default-tier": "1",
        "buckets": [
            {
                "name": "private-get",
                "per": "key",
                "methods": ["GET"],
                "signed": True,
                "limit": {"1": 20, "2": 30},
                "window": 1,
            },
            {
                "name": "private-post",
                "per": "key",
                "methods": ["POST", "PUT", "DELETE"],
                "signed": True,
                "limit": {"1": 20, "2": 30},
                "window": 1,
            },
            {"name": "transfer", "per": "key", "operations": ["createTransfer"], "limit": 1, "window": 180},
        ],
    },
)


class AccountResource:
    """`client.account`: 8 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_margin(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Margin:
        """Get the trading capacity (margin)

        `GET /private/v1/account/margin` (signed).

        Gets information on the trading capacity of the account (margin status).

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Margin
        """
        from .api.account import get_margin as _account_get_margin  # loaded on first use

        call = _account_get_margin.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_assets(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Asset]:
        """Get the asset balances

        `GET /private/v1/account/assets` (signed).

        Retrieves the balance of every asset, with its JPY conversion rate. Only symbols available on
        the exchange (spot trading) can be ordered through the API.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Asset]
        """
        from .api.account import get_assets as _account_get_assets  # loaded on first use

        call = _account_get_assets.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_trading_volume(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> TradingVolume:
        """Get the trading volume

        `GET /private/v1/account/tradingVolume` (signed).

        Returns this week's trading volume in JPY, the current rate-limit tier, and per-symbol daily
        remaining order sizes and fees.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            TradingVolume
        """
        from .api.account import get_trading_volume as _account_get_trading_volume  # loaded on first use

        call = _account_get_trading_volume.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_fiat_deposit_history(
        self,
        *,
        from_timestamp: str,
        to_timestamp: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[FiatTransfer]:
        """Get the JPY deposit history

        `GET /private/v1/account/fiatDeposit/history` (signed).

        Returns the JPY deposit history between `fromTimestamp` and `toTimestamp` (UTC). The window is
        at most 30 minutes (ERR-846 otherwise); without `toTimestamp` it is `fromTimestamp` plus 30
        minutes.

        Args:
            from_timestamp: (undocumented)
            to_timestamp: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[FiatTransfer]
        """
        from .api.account import get_fiat_deposit_history as _account_get_fiat_deposit_history  # loaded on first use

        call = _account_get_fiat_deposit_history.request(from_timestamp=from_timestamp, to_timestamp=to_timestamp)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_fiat_withdrawal_history(
        self,
        *,
        from_timestamp: str,
        to_timestamp: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[FiatTransfer]:
        """Get the JPY withdrawal history

        `GET /private/v1/account/fiatWithdrawal/history` (signed).

        Returns the JPY withdrawal history between `fromTimestamp` and `toTimestamp` (UTC). The window
        is at most 30 minutes (ERR-846 otherwise); without `toTimestamp` it is `fromTimestamp` plus 30
        minutes.

        Args:
            from_timestamp: (undocumented)
            to_timestamp: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[FiatTransfer]
        """
        from .api.account import (
            get_fiat_withdrawal_history as _account_get_fiat_withdrawal_history,  # loaded on first use
        )

        call = _account_get_fiat_withdrawal_history.request(from_timestamp=from_timestamp, to_timestamp=to_timestamp)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_deposit_history(
        self,
        *,
        symbol: str,
        from_timestamp: str,
        to_timestamp: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[CryptoTransfer]:
        """Get the crypto deposit history

        `GET /private/v1/account/deposit/history` (signed).

        Returns the deposit history of one crypto asset between `fromTimestamp` and `toTimestamp` (UTC).
        The window is at most 30 minutes (ERR-846 otherwise); without `toTimestamp` it is
        `fromTimestamp` plus 30 minutes.

        Args:
            symbol: (undocumented)
            from_timestamp: (undocumented)
            to_timestamp: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[CryptoTransfer]
        """
        from .api.account import get_deposit_history as _account_get_deposit_history  # loaded on first use

        call = _account_get_deposit_history.request(
            symbol=symbol, from_timestamp=from_timestamp, to_timestamp=to_timestamp
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_withdrawal_history(
        self,
        *,
        symbol: str,
        from_timestamp: str,
        to_timestamp: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[CryptoTransfer]:
        """Get the crypto withdrawal history

        `GET /private/v1/account/withdrawal/history` (signed).

        Returns the withdrawal history of one crypto asset between `fromTimestamp` and `toTimestamp`
        (UTC). The window is at most 30 minutes (ERR-846 otherwise); without `toTimestamp` it is
        `fromTimestamp` plus 30 minutes.

        Args:
            symbol: (undocumented)
            from_timestamp: (undocumented)
            to_timestamp: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[CryptoTransfer]
        """
        from .api.account import get_withdrawal_history as _account_get_withdrawal_history  # loaded on first use

        call = _account_get_withdrawal_history.request(
            symbol=symbol, from_timestamp=from_timestamp, to_timestamp=to_timestamp
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def create_transfer(
        self,
        *,
        amount: Decimal | int | str,
        transfer_type: TransferType | Literal["WITHDRAWAL", "DEPOSIT"],
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Transfer]:
        """Transfer JPY between the crypto and FX accounts

        `POST /private/v1/account/transfer` (signed).

        Transfers JPY to the crypto account or to the FX account. At most 1 transfer request per 3
        minutes. Related errors: ERR-754 (not enough transferable amount), ERR-5133 (transfer
        restrictions), ERR-5135 (FX account not opened).

        Args:
            amount: Amount to transfer, in Japanese yen.
            transfer_type: Account transfer type: WITHDRAWAL or DEPOSIT. The documentation does not say which
                direction (crypto account to FX account or the reverse) each value stands for.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Transfer]
        """
        from .api.account import create_transfer as _account_create_transfer  # loaded on first use

        call = _account_create_transfer.request(amount=amount, transfer_type=transfer_type)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class ExecutionsResource:
    """`client.executions`: 2 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_executions(
        self,
        *,
        order_id: int | None = None,
        execution_id: Sequence[int] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> ExecutionsList:
        """Get executions by order id or execution ids

        `GET /private/v1/executions` (signed).

        Gets the executions of the specified order, or the specified executions (spot and margin
        trading). Exactly one of `orderId` and `executionId` must be given: sending both fails with
        ERR-5208, invalid values fail with ERR-430.

        Args:
            order_id: (undocumented) Optional.
            execution_id: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            ExecutionsList
        """
        from .api.executions import get_executions as _executions_get_executions  # loaded on first use

        call = _executions_get_executions.request(order_id=order_id, execution_id=execution_id)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_latest_executions(
        self,
        *,
        symbol: str,
        page: int | None = None,
        count: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> LatestExecutionsPage:
        """Get the latest executions

        `GET /private/v1/latestExecutions` (signed).

        Gets the latest executions of the specified symbol, one page at a time (spot and margin
        trading). There is no total count: keep requesting the next page until a page comes back with
        fewer than `count` items.

        Args:
            symbol: (undocumented)
            page: (undocumented) Optional.
            count: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            LatestExecutionsPage
        """
        from .api.executions import get_latest_executions as _executions_get_latest_executions  # loaded on first use

        call = _executions_get_latest_executions.request(symbol=symbol, page=page, count=count)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class OrdersResource:
    """`client.orders`: 7 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_orders(
        self,
        *,
        order_id: Sequence[int],
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OrdersList:
        """Get orders by id

        `GET /private/v1/orders` (signed).

        Gets the order information of up to 10 specified order ids (spot and margin trading).

        Args:
            order_id: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            OrdersList
        """
        from .api.orders import get_orders as _orders_get_orders  # loaded on first use

        call = _orders_get_orders.request(order_id=order_id)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_active_orders(
        self,
        *,
        symbol: str,
        page: int | None = None,
        count: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> ActiveOrdersPage:
        """Get active orders

        `GET /private/v1/activeOrders` (signed).

        Gets the active orders of the specified symbol, one page at a time (spot and margin trading).
        There is no total count: keep requesting the next page until a page comes back with fewer than
        `count` items. When there are no active orders, `data` has been observed to be an empty object.

        Args:
            symbol: (undocumented)
            page: (undocumented) Optional.
            count: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            ActiveOrdersPage
        """
        from .api.orders import get_active_orders as _orders_get_active_orders  # loaded on first use

        call = _orders_get_active_orders.request(symbol=symbol, page=page, count=count)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def create_order(
        self,
        *,
        symbol: str,
        side: Side | Literal["BUY", "SELL"],
        execution_type: ExecutionType | Literal["MARKET", "LIMIT", "STOP"],
        size: Decimal | int | str,
        time_in_force: TimeInForce | Literal["FAK", "FAS", "FOK", "SOK"] | None = None,
        price: Decimal | int | str | None = None,
        losscut_price: Decimal | int | str | None = None,
        cancel_before: bool | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> str:
        """Create an order

        `POST /private/v1/order` (signed).

        Creates a new order (spot and margin trading). `price` is required for LIMIT and STOP orders and
        not used for MARKET orders. `losscutPrice` can be set only for margin LIMIT and STOP orders
        (ERR-5118 otherwise). `timeInForce` defaults to FAK for MARKET and STOP and to FAS for LIMIT;
        SOK is for LIMIT orders only, on every spot symbol and on the margin symbols BTC_JPY, DOT_JPY,
        ATOM_JPY, ADA_JPY, LINK_JPY, DOGE_JPY and SOL_JPY. `data` is the new order's id as a JSON
        string. During pre-open the call fails with ERR-5203.

        Args:
            symbol: Trading symbol. Spot: BTC, ETH, BCH, LTC, XRP, XEM, XLM, BAT, XTZ, QTUM, ENJ, DOT, ATOM,
                MKR, DAI, XYM, MONA, FCR, ADA, LINK, DOGE, SOL, ASTR, NAC. Margin: BTC_JPY, ETH_JPY,
                BCH_JPY, LTC_JPY, XRP_JPY, DOT_JPY, ATOM_JPY, ADA_JPY, LINK_JPY, DOGE_JPY, SOL_JPY.
            side: Order, execution or position side: BUY (buy) or SELL (sell).
            execution_type: Execution type: MARKET (market order), LIMIT (limit order) or STOP (stop limit order).
            size: Order quantity.
            time_in_force: Time in force. FAK (fill and kill): the part that cannot be executed immediately
                expires. FAS (fill and store): the part that cannot be executed immediately stays on the
                book. FOK (fill or kill): the order expires unless it executes immediately in full. SOK
                (store or kill, post-only): a limit order that would not be a maker expires. Optional.
            price: Order price. Required for LIMIT and STOP orders; not used for MARKET orders. Optional.
            losscut_price: Liquidation price. Only for margin trading with executionType LIMIT or STOP (ERR-5118
                otherwise). Optional.
            cancel_before: When true, cancelling active orders and creating the new order happen together: if the
                order size exceeds the available balance, existing orders are cancelled from the oldest
                and the new order is placed for the available balance; otherwise no order is cancelled.
                Defaults to false. true is allowed only for spot orders with executionType MARKET,
                timeInForce FAK and side SELL. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            str
        """
        from .api.orders import create_order as _orders_create_order  # loaded on first use

        call = _orders_create_order.request(
            symbol=symbol,
            side=side,
            execution_type=execution_type,
            size=size,
            time_in_force=time_in_force,
            price=price,
            losscut_price=losscut_price,
            cancel_before=cancel_before,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def change_order(
        self,
        *,
        order_id: int,
        price: Decimal | int | str,
        losscut_price: Decimal | int | str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Change an order

        `POST /private/v1/changeOrder` (signed).

        Changes the price (and optionally the liquidation price) of an order (spot and margin trading).
        Only orders in status ORDERED (WAITING for stop limit orders) can be changed (ERR-5122); each
        order can be changed a limited number of times (ERR-5206). During pre-open the call fails with
        ERR-5203. The success response has no `data`.

        Args:
            order_id: Id of the order to change.
            price: New order price.
            losscut_price: New liquidation price (margin LIMIT and STOP orders only). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            None
        """
        from .api.orders import change_order as _orders_change_order  # loaded on first use

        call = _orders_change_order.request(order_id=order_id, price=price, losscut_price=losscut_price)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def cancel_order(
        self,
        *,
        order_id: int,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Cancel an order

        `POST /private/v1/cancelOrder` (signed).

        Cancels an order (spot and margin trading). Only orders in status ORDERED (WAITING for stop
        limit orders) can be cancelled (ERR-5122). The success response has no `data`.

        Args:
            order_id: Id of the order to cancel.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            None
        """
        from .api.orders import cancel_order as _orders_cancel_order  # loaded on first use

        call = _orders_cancel_order.request(order_id=order_id)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def cancel_orders(
        self,
        *,
        order_ids: Sequence[int],
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelOrdersResult:
        """Cancel several orders

        `POST /private/v1/cancelOrders` (signed).

        Cancels the specified orders (spot and margin trading). The call succeeds (status 0) even when
        some cancellations are refused: `data.success` lists the order ids whose cancellation was
        accepted, and `data.failed` lists the others with the error code and message.

        Args:
            order_ids: Ids of the orders to cancel (the documentation states no maximum).
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CancelOrdersResult
        """
        from .api.orders import cancel_orders as _orders_cancel_orders  # loaded on first use

        call = _orders_cancel_orders.request(order_ids=order_ids)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def cancel_bulk_order(
        self,
        *,
        symbols: Sequence[str],
        side: Side | Literal["BUY", "SELL"] | None = None,
        settle_type: SettleType | Literal["OPEN", "CLOSE"] | None = None,
        desc: bool | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[int]:
        """Cancel orders in bulk

        `POST /private/v1/cancelBulkOrder` (signed).

        Cancels all orders of the specified symbols (spot and margin trading), optionally only one side
        and/or one settlement type. `data` lists the order ids whose cancellation was accepted.

        Args:
            symbols: Spot and/or margin symbols whose orders to cancel, e.g. ["BTC", "BTC_JPY"].
            side: Order, execution or position side: BUY (buy) or SELL (sell). Optional.
            settle_type: Settlement type: OPEN (opening order) or CLOSE (closing order). Optional.
            desc: Cancellation order: true cancels the newest orders first, false the oldest first.
                Defaults to false. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[int]
        """
        from .api.orders import cancel_bulk_order as _orders_cancel_bulk_order  # loaded on first use

        call = _orders_cancel_bulk_order.request(symbols=symbols, side=side, settle_type=settle_type, desc=desc)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class PositionsResource:
    """`client.positions`: 5 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_open_positions(
        self,
        *,
        symbol: str,
        page: int | None = None,
        count: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OpenPositionsPage:
        """Get open positions

        `GET /private/v1/openPositions` (signed).

        Gets the open positions of the specified margin symbol, one page at a time (margin trading
        only). There is no total count: keep requesting the next page until a page comes back with fewer
        than `count` items.

        Args:
            symbol: (undocumented)
            page: (undocumented) Optional.
            count: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            OpenPositionsPage
        """
        from .api.positions import get_open_positions as _positions_get_open_positions  # loaded on first use

        call = _positions_get_open_positions.request(symbol=symbol, page=page, count=count)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_position_summary(
        self,
        *,
        symbol: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> PositionSummaryList:
        """Get the position summary

        `GET /private/v1/positionSummary` (signed).

        Gets the summary of open positions per symbol and side (margin trading only). Without a symbol,
        the summary of all symbols is returned.

        Args:
            symbol: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            PositionSummaryList
        """
        from .api.positions import get_position_summary as _positions_get_position_summary  # loaded on first use

        call = _positions_get_position_summary.request(symbol=symbol)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def close_order(
        self,
        *,
        symbol: str,
        side: Side | Literal["BUY", "SELL"],
        execution_type: ExecutionType | Literal["MARKET", "LIMIT", "STOP"],
        settle_position: Sequence[SettlePosition],
        time_in_force: TimeInForce | Literal["FAK", "FAS", "FOK", "SOK"] | None = None,
        price: Decimal | int | str | None = None,
        cancel_before: bool | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> str:
        """Close a position

        `POST /private/v1/closeOrder` (signed).

        Places an order that closes (settles) one position (margin trading only). `price` is required
        for LIMIT and STOP orders and not used for MARKET orders. `timeInForce` defaults to FAK for
        MARKET and STOP and to FAS for LIMIT; SOK is for LIMIT orders on BTC_JPY, DOT_JPY, ATOM_JPY,
        ADA_JPY, LINK_JPY, DOGE_JPY and SOL_JPY only. `data` is the new closing order's id as a JSON
        string. Related errors: ERR-70 (wrong side for the position), ERR-189 (size exceeds the
        position), ERR-200, ERR-254 (position not found).

        Args:
            symbol: Margin symbol: BTC_JPY, ETH_JPY, BCH_JPY, LTC_JPY, XRP_JPY, DOT_JPY, ATOM_JPY, ADA_JPY,
                LINK_JPY, DOGE_JPY, SOL_JPY.
            side: Order, execution or position side: BUY (buy) or SELL (sell).
            execution_type: Execution type: MARKET (market order), LIMIT (limit order) or STOP (stop limit order).
            settle_position: The position to close; exactly one position is allowed.
            time_in_force: Time in force. FAK (fill and kill): the part that cannot be executed immediately
                expires. FAS (fill and store): the part that cannot be executed immediately stays on the
                book. FOK (fill or kill): the order expires unless it executes immediately in full. SOK
                (store or kill, post-only): a limit order that would not be a maker expires. Optional.
            price: Order price. Required for LIMIT and STOP orders; not used for MARKET orders. Optional.
            cancel_before: When true, cancelling active orders and creating the closing order happen together: if
                the order size exceeds the available quantity, existing orders are cancelled from the
                oldest and the new order is placed for the available quantity; otherwise no order is
                cancelled. Defaults to false. true is allowed only with executionType MARKET,
                timeInForce FAK and side SELL, and not for active orders tied to several positions.
                Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            str
        """
        from .api.positions import close_order as _positions_close_order  # loaded on first use

        call = _positions_close_order.request(
            symbol=symbol,
            side=side,
            execution_type=execution_type,
            settle_position=settle_position,
            time_in_force=time_in_force,
            price=price,
            cancel_before=cancel_before,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def close_bulk_order(
        self,
        *,
        symbol: str,
        side: Side | Literal["BUY", "SELL"],
        execution_type: ExecutionType | Literal["MARKET", "LIMIT", "STOP"],
        size: Decimal | int | str,
        time_in_force: TimeInForce | Literal["FAK", "FAS", "FOK", "SOK"] | None = None,
        price: Decimal | int | str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> str:
        """Close positions in bulk

        `POST /private/v1/closeBulkOrder` (signed).

        Places an order that closes positions of the specified symbol and side up to `size`, without
        naming positions (margin trading only). `price` is required for LIMIT and STOP orders and not
        used for MARKET orders. `timeInForce` defaults to FAK for MARKET and STOP and to FAS for LIMIT.
        `data` is the new closing order's id as a JSON string. ERR-422 when no matching position exists.

        Args:
            symbol: Margin symbol: BTC_JPY, ETH_JPY, BCH_JPY, LTC_JPY, XRP_JPY, DOT_JPY, ATOM_JPY, ADA_JPY,
                LINK_JPY, DOGE_JPY, SOL_JPY.
            side: Order, execution or position side: BUY (buy) or SELL (sell).
            execution_type: Execution type: MARKET (market order), LIMIT (limit order) or STOP (stop limit order).
            size: Total quantity to close.
            time_in_force: Time in force. FAK (fill and kill): the part that cannot be executed immediately
                expires. FAS (fill and store): the part that cannot be executed immediately stays on the
                book. FOK (fill or kill): the order expires unless it executes immediately in full. SOK
                (store or kill, post-only): a limit order that would not be a maker expires. Optional.
            price: Order price. Required for LIMIT and STOP orders; not used for MARKET orders. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            str
        """
        from .api.positions import close_bulk_order as _positions_close_bulk_order  # loaded on first use

        call = _positions_close_bulk_order.request(
            symbol=symbol, side=side, execution_type=execution_type, size=size, time_in_force=time_in_force, price=price
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def change_losscut_price(
        self,
        *,
        position_id: int,
        losscut_price: Decimal | int | str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Change the liquidation price of a position

        `POST /private/v1/changeLosscutPrice` (signed).

        Changes the margin liquidation (loss-cut) price of the specified position (margin trading only).
        The success response has no `data`.

        Args:
            position_id: Id of the position.
            losscut_price: New liquidation price.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            None
        """
        from .api.positions import change_losscut_price as _positions_change_losscut_price  # loaded on first use

        call = _positions_change_losscut_price.request(position_id=position_id, losscut_price=losscut_price)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class PublicResource:
    """`client.public`: 6 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_status(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> ExchangeStatus:
        """Get the service status

        `GET /public/v1/status`.

        Gets the service status of GMO Coin: `MAINTENANCE`, `PREOPEN` or `OPEN`. During maintenance
        other REST calls fail with ERR-5201 (regular) or ERR-5202 (emergency); during pre-open, order
        and change-order calls fail with ERR-5203.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            ExchangeStatus
        """
        from .api.public import get_status as _public_get_status  # loaded on first use

        call = _public_get_status.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_ticker(
        self,
        *,
        symbol: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Ticker]:
        """Get the latest rates

        `GET /public/v1/ticker`.

        Gets the latest rates of the specified symbol. To get the rates of all symbols, call it without
        a symbol (recommended over one call per symbol). `data` is a list even when a single symbol is
        requested.

        Args:
            symbol: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Ticker]
        """
        from .api.public import get_ticker as _public_get_ticker  # loaded on first use

        call = _public_get_ticker.request(symbol=symbol)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_orderbooks(
        self,
        *,
        symbol: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Orderbook:
        """Get the order book

        `GET /public/v1/orderbooks`.

        Gets an order book (snapshot) of the specified symbol: asks in ascending and bids in descending
        order of price.

        Args:
            symbol: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Orderbook
        """
        from .api.public import get_orderbooks as _public_get_orderbooks  # loaded on first use

        call = _public_get_orderbooks.request(symbol=symbol)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_trades(
        self,
        *,
        symbol: str,
        page: int | None = None,
        count: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> TradesPage:
        """Get the trade history

        `GET /public/v1/trades`.

        Gets the trade history of the specified symbol in descending order of timestamp, one page at a
        time. There is no total count: keep requesting the next page until a page comes back with fewer
        than `count` items.

        Args:
            symbol: (undocumented)
            page: (undocumented) Optional.
            count: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            TradesPage
        """
        from .api.public import get_trades as _public_get_trades  # loaded on first use

        call = _public_get_trades.request(symbol=symbol, page=page, count=count)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_klines(
        self,
        *,
        symbol: str,
        interval: KlineInterval
        | Literal[
            "1min", "5min", "10min", "15min", "30min", "1hour", "4hour", "8hour", "12hour", "1day", "1week", "1month"
        ],
        date: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Kline]:
        """Get candlestick (OHLCV) data

        `GET /public/v1/klines`.

        Gets a market's OHLCV candlestick data for the specified symbol, interval and date, sorted by
        start time in ascending order. With `date` as YYYYMMDD only the intervals 1min, 5min, 10min,
        15min, 30min and 1hour are accepted (dates from 20210415 onwards; the day rolls over at 6:00
        JST). With `date` as YYYY only 4hour, 8hour, 12hour, 1day, 1week and 1month are accepted (years
        from the symbol's release date onwards). Invalid combinations fail with ERR-5207. Intervals
        without trades are omitted from the list.

        Args:
            symbol: (undocumented)
            interval: Candlestick interval. 1min, 5min, 10min, 15min, 30min and 1hour take a YYYYMMDD date;
                4hour, 8hour, 12hour, 1day, 1week and 1month take a YYYY date.
            date: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Kline]
        """
        from .api.public import get_klines as _public_get_klines  # loaded on first use

        call = _public_get_klines.request(symbol=symbol, interval=interval, date=date)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_symbols(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[SymbolRule]:
        """Get the trading rules

        `GET /public/v1/symbols`.

        Gets the trading rules of every symbol: order size limits, size step, tick size and fees.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[SymbolRule]
        """
        from .api.public import get_symbols as _public_get_symbols  # loaded on first use

        call = _public_get_symbols.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class WsAuthResource:
    """`client.ws_auth`: 3 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def extend_ws_auth_token(
        self,
        *,
        token: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Extend a Private WebSocket access token

        `PUT /private/v1/ws-auth` (signed).

        Extends the expiration time of an access token. The token travels in a JSON body, which is not
        part of the signature (only POST bodies are signed). The success response has no `data`.

        Args:
            token: The access token to extend.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            None
        """
        from .api.ws_auth import extend_ws_auth_token as _ws_auth_extend_ws_auth_token  # loaded on first use

        call = _ws_auth_extend_ws_auth_token.request(token=token)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def create_ws_auth_token(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> str:
        """Create a Private WebSocket access token

        `POST /private/v1/ws-auth` (signed).

        Gets an access token for the Private WebSocket API
        (`wss://api.coin.z.com/ws/private/v1/{token}`). Set the API key's permissions before obtaining
        the token. The request has no parameters; the samples send and sign the empty JSON object `{}`.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            str
        """
        from .api.ws_auth import create_ws_auth_token as _ws_auth_create_ws_auth_token  # loaded on first use

        call = _ws_auth_create_ws_auth_token.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def delete_ws_auth_token(
        self,
        *,
        token: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a Private WebSocket access token

        `DELETE /private/v1/ws-auth` (signed).

        Deletes an access token. The token travels in a JSON request body, which is intended on this
        DELETE (every sample sends it) and must not be dropped by the HTTP client; the body is not part
        of the signature (only POST bodies are signed). The success response has no `data`.

        Args:
            token: The access token to delete.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            None
        """
        from .api.ws_auth import delete_ws_auth_token as _ws_auth_delete_ws_auth_token  # loaded on first use

        call = _ws_auth_delete_ws_auth_token.request(token=token)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class Client(_runtime.SyncClient):
    """Synchronous client for GMO Coin Crypto API.

    Args:
        api_key: API key; defaults to the GMO_COIN_API_KEY environment variable.
        api_secret: API secret; defaults to GMO_COIN_API_SECRET. Public calls need neither.
        base_url: Origin to send requests to; overrides `environment`.
        environment: One of production (default production).
        timeout: Default per-operation timeouts (connect, each read, ...) for every call (seconds or an
            `httpx.Timeout`).
        deadline: Seconds a whole call may take, retries and waits included (default 60; None: no limit).
        httpx_args: Extra keyword arguments for the underlying `httpx.Client` (e.g. `transport=`).
        auth: A ready signer to use instead of building `GmoCoinAuth(api_key, api_secret)`, e.g. one
            with an injected clock or another signing edition.
        max_retries: Retries for failures that are safe to retry (default 2; 0 disables). See README, "Reliability".
        retry: Backoff settings (`venuekit.RetryPolicy`).
        rate_limit: Pace requests to the venue's documented limits (default on).
        rate_limit_tier: The venue's rate-limit tier where limits vary by tier (default 1).
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
        self.executions = ExecutionsResource(self)
        self.orders = OrdersResource(self)
        self.positions = PositionsResource(self)
        self.public = PublicResource(self)
        self.ws_auth = WsAuthResource(self)


class AsyncAccountResource:
    """`client.account`: 8 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_margin(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Margin:
        """Get the trading capacity (margin)

        `GET /private/v1/account/margin` (signed).

        Gets information on the trading capacity of the account (margin status).

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Margin
        """
        from .api.account import get_margin as _account_get_margin  # loaded on first use

        call = _account_get_margin.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_assets(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Asset]:
        """Get the asset balances

        `GET /private/v1/account/assets` (signed).

        Retrieves the balance of every asset, with its JPY conversion rate. Only symbols available on
        the exchange (spot trading) can be ordered through the API.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Asset]
        """
        from .api.account import get_assets as _account_get_assets  # loaded on first use

        call = _account_get_assets.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_trading_volume(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> TradingVolume:
        """Get the trading volume

        `GET /private/v1/account/tradingVolume` (signed).

        Returns this week's trading volume in JPY, the current rate-limit tier, and per-symbol daily
        remaining order sizes and fees.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            TradingVolume
        """
        from .api.account import get_trading_volume as _account_get_trading_volume  # loaded on first use

        call = _account_get_trading_volume.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_fiat_deposit_history(
        self,
        *,
        from_timestamp: str,
        to_timestamp: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[FiatTransfer]:
        """Get the JPY deposit history

        `GET /private/v1/account/fiatDeposit/history` (signed).

        Returns the JPY deposit history between `fromTimestamp` and `toTimestamp` (UTC). The window is
        at most 30 minutes (ERR-846 otherwise); without `toTimestamp` it is `fromTimestamp` plus 30
        minutes.

        Args:
            from_timestamp: (undocumented)
            to_timestamp: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[FiatTransfer]
        """
        from .api.account import get_fiat_deposit_history as _account_get_fiat_deposit_history  # loaded on first use

        call = _account_get_fiat_deposit_history.request(from_timestamp=from_timestamp, to_timestamp=to_timestamp)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_fiat_withdrawal_history(
        self,
        *,
        from_timestamp: str,
        to_timestamp: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[FiatTransfer]:
        """Get the JPY withdrawal history

        `GET /private/v1/account/fiatWithdrawal/history` (signed).

        Returns the JPY withdrawal history between `fromTimestamp` and `toTimestamp` (UTC). The window
        is at most 30 minutes (ERR-846 otherwise); without `toTimestamp` it is `fromTimestamp` plus 30
        minutes.

        Args:
            from_timestamp: (undocumented)
            to_timestamp: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[FiatTransfer]
        """
        from .api.account import (
            get_fiat_withdrawal_history as _account_get_fiat_withdrawal_history,  # loaded on first use
        )

        call = _account_get_fiat_withdrawal_history.request(from_timestamp=from_timestamp, to_timestamp=to_timestamp)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_deposit_history(
        self,
        *,
        symbol: str,
        from_timestamp: str,
        to_timestamp: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[CryptoTransfer]:
        """Get the crypto deposit history

        `GET /private/v1/account/deposit/history` (signed).

        Returns the deposit history of one crypto asset between `fromTimestamp` and `toTimestamp` (UTC).
        The window is at most 30 minutes (ERR-846 otherwise); without `toTimestamp` it is
        `fromTimestamp` plus 30 minutes.

        Args:
            symbol: (undocumented)
            from_timestamp: (undocumented)
            to_timestamp: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[CryptoTransfer]
        """
        from .api.account import get_deposit_history as _account_get_deposit_history  # loaded on first use

        call = _account_get_deposit_history.request(
            symbol=symbol, from_timestamp=from_timestamp, to_timestamp=to_timestamp
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_withdrawal_history(
        self,
        *,
        symbol: str,
        from_timestamp: str,
        to_timestamp: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[CryptoTransfer]:
        """Get the crypto withdrawal history

        `GET /private/v1/account/withdrawal/history` (signed).

        Returns the withdrawal history of one crypto asset between `fromTimestamp` and `toTimestamp`
        (UTC). The window is at most 30 minutes (ERR-846 otherwise); without `toTimestamp` it is
        `fromTimestamp` plus 30 minutes.

        Args:
            symbol: (undocumented)
            from_timestamp: (undocumented)
            to_timestamp: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[CryptoTransfer]
        """
        from .api.account import get_withdrawal_history as _account_get_withdrawal_history  # loaded on first use

        call = _account_get_withdrawal_history.request(
            symbol=symbol, from_timestamp=from_timestamp, to_timestamp=to_timestamp
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def create_transfer(
        self,
        *,
        amount: Decimal | int | str,
        transfer_type: TransferType | Literal["WITHDRAWAL", "DEPOSIT"],
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Transfer]:
        """Transfer JPY between the crypto and FX accounts

        `POST /private/v1/account/transfer` (signed).

        Transfers JPY to the crypto account or to the FX account. At most 1 transfer request per 3
        minutes. Related errors: ERR-754 (not enough transferable amount), ERR-5133 (transfer
        restrictions), ERR-5135 (FX account not opened).

        Args:
            amount: Amount to transfer, in Japanese yen.
            transfer_type: Account transfer type: WITHDRAWAL or DEPOSIT. The documentation does not say which
                direction (crypto account to FX account or the reverse) each value stands for.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Transfer]
        """
        from .api.account import create_transfer as _account_create_transfer  # loaded on first use

        call = _account_create_transfer.request(amount=amount, transfer_type=transfer_type)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncExecutionsResource:
    """`client.executions`: 2 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_executions(
        self,
        *,
        order_id: int | None = None,
        execution_id: Sequence[int] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> ExecutionsList:
        """Get executions by order id or execution ids

        `GET /private/v1/executions` (signed).

        Gets the executions of the specified order, or the specified executions (spot and margin
        trading). Exactly one of `orderId` and `executionId` must be given: sending both fails with
        ERR-5208, invalid values fail with ERR-430.

        Args:
            order_id: (undocumented) Optional.
            execution_id: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            ExecutionsList
        """
        from .api.executions import get_executions as _executions_get_executions  # loaded on first use

        call = _executions_get_executions.request(order_id=order_id, execution_id=execution_id)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_latest_executions(
        self,
        *,
        symbol: str,
        page: int | None = None,
        count: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> LatestExecutionsPage:
        """Get the latest executions

        `GET /private/v1/latestExecutions` (signed).

        Gets the latest executions of the specified symbol, one page at a time (spot and margin
        trading). There is no total count: keep requesting the next page until a page comes back with
        fewer than `count` items.

        Args:
            symbol: (undocumented)
            page: (undocumented) Optional.
            count: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            LatestExecutionsPage
        """
        from .api.executions import get_latest_executions as _executions_get_latest_executions  # loaded on first use

        call = _executions_get_latest_executions.request(symbol=symbol, page=page, count=count)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncOrdersResource:
    """`client.orders`: 7 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_orders(
        self,
        *,
        order_id: Sequence[int],
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OrdersList:
        """Get orders by id

        `GET /private/v1/orders` (signed).

        Gets the order information of up to 10 specified order ids (spot and margin trading).

        Args:
            order_id: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            OrdersList
        """
        from .api.orders import get_orders as _orders_get_orders  # loaded on first use

        call = _orders_get_orders.request(order_id=order_id)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_active_orders(
        self,
        *,
        symbol: str,
        page: int | None = None,
        count: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> ActiveOrdersPage:
        """Get active orders

        `GET /private/v1/activeOrders` (signed).

        Gets the active orders of the specified symbol, one page at a time (spot and margin trading).
        There is no total count: keep requesting the next page until a page comes back with fewer than
        `count` items. When there are no active orders, `data` has been observed to be an empty object.

        Args:
            symbol: (undocumented)
            page: (undocumented) Optional.
            count: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            ActiveOrdersPage
        """
        from .api.orders import get_active_orders as _orders_get_active_orders  # loaded on first use

        call = _orders_get_active_orders.request(symbol=symbol, page=page, count=count)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def create_order(
        self,
        *,
        symbol: str,
        side: Side | Literal["BUY", "SELL"],
        execution_type: ExecutionType | Literal["MARKET", "LIMIT", "STOP"],
        size: Decimal | int | str,
        time_in_force: TimeInForce | Literal["FAK", "FAS", "FOK", "SOK"] | None = None,
        price: Decimal | int | str | None = None,
        losscut_price: Decimal | int | str | None = None,
        cancel_before: bool | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> str:
        """Create an order

        `POST /private/v1/order` (signed).

        Creates a new order (spot and margin trading). `price` is required for LIMIT and STOP orders and
        not used for MARKET orders. `losscutPrice` can be set only for margin LIMIT and STOP orders
        (ERR-5118 otherwise). `timeInForce` defaults to FAK for MARKET and STOP and to FAS for LIMIT;
        SOK is for LIMIT orders only, on every spot symbol and on the margin symbols BTC_JPY, DOT_JPY,
        ATOM_JPY, ADA_JPY, LINK_JPY, DOGE_JPY and SOL_JPY. `data` is the new order's id as a JSON
        string. During pre-open the call fails with ERR-5203.

        Args:
            symbol: Trading symbol. Spot: BTC, ETH, BCH, LTC, XRP, XEM, XLM, BAT, XTZ, QTUM, ENJ, DOT, ATOM,
                MKR, DAI, XYM, MONA, FCR, ADA, LINK, DOGE, SOL, ASTR, NAC. Margin: BTC_JPY, ETH_JPY,
                BCH_JPY, LTC_JPY, XRP_JPY, DOT_JPY, ATOM_JPY, ADA_JPY, LINK_JPY, DOGE_JPY, SOL_JPY.
            side: Order, execution or position side: BUY (buy) or SELL (sell).
            execution_type: Execution type: MARKET (market order), LIMIT (limit order) or STOP (stop limit order).
            size: Order quantity.
            time_in_force: Time in force. FAK (fill and kill): the part that cannot be executed immediately
                expires. FAS (fill and store): the part that cannot be executed immediately stays on the
                book. FOK (fill or kill): the order expires unless it executes immediately in full. SOK
                (store or kill, post-only): a limit order that would not be a maker expires. Optional.
            price: Order price. Required for LIMIT and STOP orders; not used for MARKET orders. Optional.
            losscut_price: Liquidation price. Only for margin trading with executionType LIMIT or STOP (ERR-5118
                otherwise). Optional.
            cancel_before: When true, cancelling active orders and creating the new order happen together: if the
                order size exceeds the available balance, existing orders are cancelled from the oldest
                and the new order is placed for the available balance; otherwise no order is cancelled.
                Defaults to false. true is allowed only for spot orders with executionType MARKET,
                timeInForce FAK and side SELL. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            str
        """
        from .api.orders import create_order as _orders_create_order  # loaded on first use

        call = _orders_create_order.request(
            symbol=symbol,
            side=side,
            execution_type=execution_type,
            size=size,
            time_in_force=time_in_force,
            price=price,
            losscut_price=losscut_price,
            cancel_before=cancel_before,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def change_order(
        self,
        *,
        order_id: int,
        price: Decimal | int | str,
        losscut_price: Decimal | int | str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Change an order

        `POST /private/v1/changeOrder` (signed).

        Changes the price (and optionally the liquidation price) of an order (spot and margin trading).
        Only orders in status ORDERED (WAITING for stop limit orders) can be changed (ERR-5122); each
        order can be changed a limited number of times (ERR-5206). During pre-open the call fails with
        ERR-5203. The success response has no `data`.

        Args:
            order_id: Id of the order to change.
            price: New order price.
            losscut_price: New liquidation price (margin LIMIT and STOP orders only). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            None
        """
        from .api.orders import change_order as _orders_change_order  # loaded on first use

        call = _orders_change_order.request(order_id=order_id, price=price, losscut_price=losscut_price)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def cancel_order(
        self,
        *,
        order_id: int,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Cancel an order

        `POST /private/v1/cancelOrder` (signed).

        Cancels an order (spot and margin trading). Only orders in status ORDERED (WAITING for stop
        limit orders) can be cancelled (ERR-5122). The success response has no `data`.

        Args:
            order_id: Id of the order to cancel.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            None
        """
        from .api.orders import cancel_order as _orders_cancel_order  # loaded on first use

        call = _orders_cancel_order.request(order_id=order_id)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def cancel_orders(
        self,
        *,
        order_ids: Sequence[int],
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelOrdersResult:
        """Cancel several orders

        `POST /private/v1/cancelOrders` (signed).

        Cancels the specified orders (spot and margin trading). The call succeeds (status 0) even when
        some cancellations are refused: `data.success` lists the order ids whose cancellation was
        accepted, and `data.failed` lists the others with the error code and message.

        Args:
            order_ids: Ids of the orders to cancel (the documentation states no maximum).
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CancelOrdersResult
        """
        from .api.orders import cancel_orders as _orders_cancel_orders  # loaded on first use

        call = _orders_cancel_orders.request(order_ids=order_ids)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def cancel_bulk_order(
        self,
        *,
        symbols: Sequence[str],
        side: Side | Literal["BUY", "SELL"] | None = None,
        settle_type: SettleType | Literal["OPEN", "CLOSE"] | None = None,
        desc: bool | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[int]:
        """Cancel orders in bulk

        `POST /private/v1/cancelBulkOrder` (signed).

        Cancels all orders of the specified symbols (spot and margin trading), optionally only one side
        and/or one settlement type. `data` lists the order ids whose cancellation was accepted.

        Args:
            symbols: Spot and/or margin symbols whose orders to cancel, e.g. ["BTC", "BTC_JPY"].
            side: Order, execution or position side: BUY (buy) or SELL (sell). Optional.
            settle_type: Settlement type: OPEN (opening order) or CLOSE (closing order). Optional.
            desc: Cancellation order: true cancels the newest orders first, false the oldest first.
                Defaults to false. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[int]
        """
        from .api.orders import cancel_bulk_order as _orders_cancel_bulk_order  # loaded on first use

        call = _orders_cancel_bulk_order.request(symbols=symbols, side=side, settle_type=settle_type, desc=desc)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncPositionsResource:
    """`client.positions`: 5 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_open_positions(
        self,
        *,
        symbol: str,
        page: int | None = None,
        count: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OpenPositionsPage:
        """Get open positions

        `GET /private/v1/openPositions` (signed).

        Gets the open positions of the specified margin symbol, one page at a time (margin trading
        only). There is no total count: keep requesting the next page until a page comes back with fewer
        than `count` items.

        Args:
            symbol: (undocumented)
            page: (undocumented) Optional.
            count: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            OpenPositionsPage
        """
        from .api.positions import get_open_positions as _positions_get_open_positions  # loaded on first use

        call = _positions_get_open_positions.request(symbol=symbol, page=page, count=count)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_position_summary(
        self,
        *,
        symbol: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> PositionSummaryList:
        """Get the position summary

        `GET /private/v1/positionSummary` (signed).

        Gets the summary of open positions per symbol and side (margin trading only). Without a symbol,
        the summary of all symbols is returned.

        Args:
            symbol: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            PositionSummaryList
        """
        from .api.positions import get_position_summary as _positions_get_position_summary  # loaded on first use

        call = _positions_get_position_summary.request(symbol=symbol)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def close_order(
        self,
        *,
        symbol: str,
        side: Side | Literal["BUY", "SELL"],
        execution_type: ExecutionType | Literal["MARKET", "LIMIT", "STOP"],
        settle_position: Sequence[SettlePosition],
        time_in_force: TimeInForce | Literal["FAK", "FAS", "FOK", "SOK"] | None = None,
        price: Decimal | int | str | None = None,
        cancel_before: bool | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> str:
        """Close a position

        `POST /private/v1/closeOrder` (signed).

        Places an order that closes (settles) one position (margin trading only). `price` is required
        for LIMIT and STOP orders and not used for MARKET orders. `timeInForce` defaults to FAK for
        MARKET and STOP and to FAS for LIMIT; SOK is for LIMIT orders on BTC_JPY, DOT_JPY, ATOM_JPY,
        ADA_JPY, LINK_JPY, DOGE_JPY and SOL_JPY only. `data` is the new closing order's id as a JSON
        string. Related errors: ERR-70 (wrong side for the position), ERR-189 (size exceeds the
        position), ERR-200, ERR-254 (position not found).

        Args:
            symbol: Margin symbol: BTC_JPY, ETH_JPY, BCH_JPY, LTC_JPY, XRP_JPY, DOT_JPY, ATOM_JPY, ADA_JPY,
                LINK_JPY, DOGE_JPY, SOL_JPY.
            side: Order, execution or position side: BUY (buy) or SELL (sell).
            execution_type: Execution type: MARKET (market order), LIMIT (limit order) or STOP (stop limit order).
            settle_position: The position to close; exactly one position is allowed.
            time_in_force: Time in force. FAK (fill and kill): the part that cannot be executed immediately
                expires. FAS (fill and store): the part that cannot be executed immediately stays on the
                book. FOK (fill or kill): the order expires unless it executes immediately in full. SOK
                (store or kill, post-only): a limit order that would not be a maker expires. Optional.
            price: Order price. Required for LIMIT and STOP orders; not used for MARKET orders. Optional.
            cancel_before: When true, cancelling active orders and creating the closing order happen together: if
                the order size exceeds the available quantity, existing orders are cancelled from the
                oldest and the new order is placed for the available quantity; otherwise no order is
                cancelled. Defaults to false. true is allowed only with executionType MARKET,
                timeInForce FAK and side SELL, and not for active orders tied to several positions.
                Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            str
        """
        from .api.positions import close_order as _positions_close_order  # loaded on first use

        call = _positions_close_order.request(
            symbol=symbol,
            side=side,
            execution_type=execution_type,
            settle_position=settle_position,
            time_in_force=time_in_force,
            price=price,
            cancel_before=cancel_before,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def close_bulk_order(
        self,
        *,
        symbol: str,
        side: Side | Literal["BUY", "SELL"],
        execution_type: ExecutionType | Literal["MARKET", "LIMIT", "STOP"],
        size: Decimal | int | str,
        time_in_force: TimeInForce | Literal["FAK", "FAS", "FOK", "SOK"] | None = None,
        price: Decimal | int | str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> str:
        """Close positions in bulk

        `POST /private/v1/closeBulkOrder` (signed).

        Places an order that closes positions of the specified symbol and side up to `size`, without
        naming positions (margin trading only). `price` is required for LIMIT and STOP orders and not
        used for MARKET orders. `timeInForce` defaults to FAK for MARKET and STOP and to FAS for LIMIT.
        `data` is the new closing order's id as a JSON string. ERR-422 when no matching position exists.

        Args:
            symbol: Margin symbol: BTC_JPY, ETH_JPY, BCH_JPY, LTC_JPY, XRP_JPY, DOT_JPY, ATOM_JPY, ADA_JPY,
                LINK_JPY, DOGE_JPY, SOL_JPY.
            side: Order, execution or position side: BUY (buy) or SELL (sell).
            execution_type: Execution type: MARKET (market order), LIMIT (limit order) or STOP (stop limit order).
            size: Total quantity to close.
            time_in_force: Time in force. FAK (fill and kill): the part that cannot be executed immediately
                expires. FAS (fill and store): the part that cannot be executed immediately stays on the
                book. FOK (fill or kill): the order expires unless it executes immediately in full. SOK
                (store or kill, post-only): a limit order that would not be a maker expires. Optional.
            price: Order price. Required for LIMIT and STOP orders; not used for MARKET orders. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            str
        """
        from .api.positions import close_bulk_order as _positions_close_bulk_order  # loaded on first use

        call = _positions_close_bulk_order.request(
            symbol=symbol, side=side, execution_type=execution_type, size=size, time_in_force=time_in_force, price=price
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def change_losscut_price(
        self,
        *,
        position_id: int,
        losscut_price: Decimal | int | str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Change the liquidation price of a position

        `POST /private/v1/changeLosscutPrice` (signed).

        Changes the margin liquidation (loss-cut) price of the specified position (margin trading only).
        The success response has no `data`.

        Args:
            position_id: Id of the position.
            losscut_price: New liquidation price.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            None
        """
        from .api.positions import change_losscut_price as _positions_change_losscut_price  # loaded on first use

        call = _positions_change_losscut_price.request(position_id=position_id, losscut_price=losscut_price)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncPublicResource:
    """`client.public`: 6 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_status(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> ExchangeStatus:
        """Get the service status

        `GET /public/v1/status`.

        Gets the service status of GMO Coin: `MAINTENANCE`, `PREOPEN` or `OPEN`. During maintenance
        other REST calls fail with ERR-5201 (regular) or ERR-5202 (emergency); during pre-open, order
        and change-order calls fail with ERR-5203.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            ExchangeStatus
        """
        from .api.public import get_status as _public_get_status  # loaded on first use

        call = _public_get_status.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_ticker(
        self,
        *,
        symbol: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Ticker]:
        """Get the latest rates

        `GET /public/v1/ticker`.

        Gets the latest rates of the specified symbol. To get the rates of all symbols, call it without
        a symbol (recommended over one call per symbol). `data` is a list even when a single symbol is
        requested.

        Args:
            symbol: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Ticker]
        """
        from .api.public import get_ticker as _public_get_ticker  # loaded on first use

        call = _public_get_ticker.request(symbol=symbol)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_orderbooks(
        self,
        *,
        symbol: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Orderbook:
        """Get the order book

        `GET /public/v1/orderbooks`.

        Gets an order book (snapshot) of the specified symbol: asks in ascending and bids in descending
        order of price.

        Args:
            symbol: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Orderbook
        """
        from .api.public import get_orderbooks as _public_get_orderbooks  # loaded on first use

        call = _public_get_orderbooks.request(symbol=symbol)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_trades(
        self,
        *,
        symbol: str,
        page: int | None = None,
        count: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> TradesPage:
        """Get the trade history

        `GET /public/v1/trades`.

        Gets the trade history of the specified symbol in descending order of timestamp, one page at a
        time. There is no total count: keep requesting the next page until a page comes back with fewer
        than `count` items.

        Args:
            symbol: (undocumented)
            page: (undocumented) Optional.
            count: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            TradesPage
        """
        from .api.public import get_trades as _public_get_trades  # loaded on first use

        call = _public_get_trades.request(symbol=symbol, page=page, count=count)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_klines(
        self,
        *,
        symbol: str,
        interval: KlineInterval
        | Literal[
            "1min", "5min", "10min", "15min", "30min", "1hour", "4hour", "8hour", "12hour", "1day", "1week", "1month"
        ],
        date: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Kline]:
        """Get candlestick (OHLCV) data

        `GET /public/v1/klines`.

        Gets a market's OHLCV candlestick data for the specified symbol, interval and date, sorted by
        start time in ascending order. With `date` as YYYYMMDD only the intervals 1min, 5min, 10min,
        15min, 30min and 1hour are accepted (dates from 20210415 onwards; the day rolls over at 6:00
        JST). With `date` as YYYY only 4hour, 8hour, 12hour, 1day, 1week and 1month are accepted (years
        from the symbol's release date onwards). Invalid combinations fail with ERR-5207. Intervals
        without trades are omitted from the list.

        Args:
            symbol: (undocumented)
            interval: Candlestick interval. 1min, 5min, 10min, 15min, 30min and 1hour take a YYYYMMDD date;
                4hour, 8hour, 12hour, 1day, 1week and 1month take a YYYY date.
            date: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Kline]
        """
        from .api.public import get_klines as _public_get_klines  # loaded on first use

        call = _public_get_klines.request(symbol=symbol, interval=interval, date=date)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_symbols(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[SymbolRule]:
        """Get the trading rules

        `GET /public/v1/symbols`.

        Gets the trading rules of every symbol: order size limits, size step, tick size and fees.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[SymbolRule]
        """
        from .api.public import get_symbols as _public_get_symbols  # loaded on first use

        call = _public_get_symbols.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncWsAuthResource:
    """`client.ws_auth`: 3 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def extend_ws_auth_token(
        self,
        *,
        token: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Extend a Private WebSocket access token

        `PUT /private/v1/ws-auth` (signed).

        Extends the expiration time of an access token. The token travels in a JSON body, which is not
        part of the signature (only POST bodies are signed). The success response has no `data`.

        Args:
            token: The access token to extend.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            None
        """
        from .api.ws_auth import extend_ws_auth_token as _ws_auth_extend_ws_auth_token  # loaded on first use

        call = _ws_auth_extend_ws_auth_token.request(token=token)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def create_ws_auth_token(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> str:
        """Create a Private WebSocket access token

        `POST /private/v1/ws-auth` (signed).

        Gets an access token for the Private WebSocket API
        (`wss://api.coin.z.com/ws/private/v1/{token}`). Set the API key's permissions before obtaining
        the token. The request has no parameters; the samples send and sign the empty JSON object `{}`.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            str
        """
        from .api.ws_auth import create_ws_auth_token as _ws_auth_create_ws_auth_token  # loaded on first use

        call = _ws_auth_create_ws_auth_token.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def delete_ws_auth_token(
        self,
        *,
        token: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Delete a Private WebSocket access token

        `DELETE /private/v1/ws-auth` (signed).

        Deletes an access token. The token travels in a JSON request body, which is intended on this
        DELETE (every sample sends it) and must not be dropped by the HTTP client; the body is not part
        of the signature (only POST bodies are signed). The success response has no `data`.

        Args:
            token: The access token to delete.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            None
        """
        from .api.ws_auth import delete_ws_auth_token as _ws_auth_delete_ws_auth_token  # loaded on first use

        call = _ws_auth_delete_ws_auth_token.request(token=token)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncClient(_runtime.AsyncClient):
    """Asynchronous client for GMO Coin Crypto API.

    Args:
        api_key: API key; defaults to the GMO_COIN_API_KEY environment variable.
        api_secret: API secret; defaults to GMO_COIN_API_SECRET. Public calls need neither.
        base_url: Origin to send requests to; overrides `environment`.
        environment: One of production (default production).
        timeout: Default per-operation timeouts (connect, each read, ...) for every call (seconds or an
            `httpx.Timeout`).
        deadline: Seconds a whole call may take, retries and waits included (default 60; None: no limit).
        httpx_args: Extra keyword arguments for the underlying `httpx.AsyncClient` (e.g. `transport=`).
        auth: A ready signer to use instead of building `GmoCoinAuth(api_key, api_secret)`, e.g. one
            with an injected clock or another signing edition.
        max_retries: Retries for failures that are safe to retry (default 2; 0 disables). See README, "Reliability".
        retry: Backoff settings (`venuekit.RetryPolicy`).
        rate_limit: Pace requests to the venue's documented limits (default on).
        rate_limit_tier: The venue's rate-limit tier where limits vary by tier (default 1).
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
        self.executions = AsyncExecutionsResource(self)
        self.orders = AsyncOrdersResource(self)
        self.positions = AsyncPositionsResource(self)
        self.public = AsyncPublicResource(self)
        self.ws_auth = AsyncWsAuthResource(self)
