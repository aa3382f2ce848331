"""`gmo_coin_fx.Client` and `gmo_coin_fx.AsyncClient`: one attribute per API group.

Generated from specs/gmo_coin_fx/openapi.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import httpx

from venuekit import client as _runtime
from venuekit import paging
from venuekit.auth.gmo_coin import GmoCoinAuth
from venuekit.auth.gmo_coin import envelope as _envelope
from venuekit.client import TimeoutTypes

from .errors import ERRORS

if TYPE_CHECKING:  # models load with the operation that returns them, the retry runtime with the first client
    from venuekit.retry import RetryPolicy

    from .models import (
        Asset,
        CancelOrdersResult,
        ExchangeStatus,
        ExecutionsList,
        Kline,
        KlineInterval,
        KlinePriceType,
        LegExecutionType,
        OpenPosition,
        OpenPositionsList,
        Order,
        OrderExecutionType,
        OrdersList,
        PositionSummaryList,
        SettlePosition,
        SettleType,
        Side,
        SymbolRule,
        Ticker,
    )

VENUE = _runtime.Venue(
    name="gmo_coin_fx",
    environments={
        "production": "https://forex-api.coin.z.com",
    },
    env_prefix="GMO_COIN_FX",
    auth=GmoCoinAuth,
    errors=ERRORS,
    envelope=_envelope,
    rate_limits={
        "buckets": [
            {"name": "private-get", "per": "key", "methods": ["GET"], "signed": True, "limit": 6, "window": 1},
            {
                "name": "private-post",
                "per": "key",
                "methods": ["POST", "PUT", "DELETE"],
                "signed": True,
                "limit": 1,
                "window": 1,
            },
        ]
    },
)


class AccountResource:
    """`client.account`: 1 operation."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_assets(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Asset]:
        """Get the account's assets and margin

        `GET /private/v1/account/assets` (signed).

        Returns the account's asset balance (資産残高): equity, available trading capacity, cash
        balance, estimated fees, margin in use, margin maintenance ratio, unrealized P/L, unsettled
        swap and transferable amount. `data` is an array holding one account summary.

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
        """Get executions by order ID or execution IDs

        `GET /private/v1/executions` (signed).

        Returns executions (約定情報取得) of one order or with the given execution IDs. Exactly one
        of `orderId` and `executionId` is required (both: ERR-5208). Only `executionId` takes a
        comma-separated list, of up to 10 IDs ([T1]); more return ERR-5132.

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
        count: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> ExecutionsList:
        """Get the latest executions of a symbol

        `GET /private/v1/latestExecutions` (signed).

        Returns the latest executions of a symbol (最新の約定一覧): up to the newest 100 executions
        from the last day ([T1]: "直近1日分から最新100件"). `count` defaults to 100, the maximum.

        Args:
            symbol: (undocumented)
            count: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            ExecutionsList
        """
        from .api.executions import get_latest_executions as _executions_get_latest_executions  # loaded on first use

        call = _executions_get_latest_executions.request(symbol=symbol, count=count)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class OrdersResource:
    """`client.orders`: 12 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_orders(
        self,
        *,
        root_order_id: Sequence[int] | None = None,
        order_id: Sequence[int] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OrdersList:
        """Get orders by order ID or root order ID

        `GET /private/v1/orders` (signed).

        Returns the orders with the given order IDs or root (parent) order IDs (注文情報取得).
        Exactly one of `rootOrderId` and `orderId` is required; both together return ERR-5209.
        Each takes a comma-separated list of up to 10 IDs ([T1]); more return ERR-5130.

        Args:
            root_order_id: (undocumented) Optional.
            order_id: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            OrdersList
        """
        from .api.orders import get_orders as _orders_get_orders  # loaded on first use

        call = _orders_get_orders.request(root_order_id=root_order_id, order_id=order_id)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_active_orders(
        self,
        *,
        symbol: str | None = None,
        prev_id: int | None = None,
        count: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OrdersList:
        """List active orders

        `GET /private/v1/activeOrders` (signed).

        Returns the active (working) orders (有効注文一覧), newest first. Cursor pagination: without
        `prevId` the list starts at the newest order; with `prevId` it continues back in time with
        orders whose ID is smaller than `prevId` ([T2]). `count` defaults to 100, the maximum.
        There is no pagination object in the response.

        Args:
            symbol: (undocumented) Optional.
            prev_id: (undocumented) Optional.
            count: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            OrdersList
        """
        from .api.orders import get_active_orders as _orders_get_active_orders  # loaded on first use

        call = _orders_get_active_orders.request(symbol=symbol, prev_id=prev_id, count=count)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def iter_active_orders(
        self,
        *,
        symbol: str | None = None,
        prev_id: int | None = None,
        count: int | None = None,
        timeout: TimeoutTypes = None,
        deadline: float | None = None,
    ) -> Iterator[Order]:
        """Every item of `get_active_orders`, following the `prev_id` cursor lazily.

        One request per page of `count` items (default 100), made only when the previous
        page has been consumed; stops at the first short or empty page and never yields an id twice.
        `prev_id` is where to start (default: the newest). `timeout` and `deadline` apply to each page's request.
        """

        def fetch(cursor: int | None) -> Sequence[Order]:
            page = self.get_active_orders(
                symbol=symbol,
                prev_id=cursor,
                count=count,
                timeout=timeout,
                deadline=deadline,
            )
            return page.list_

        return paging.follow_cursor(fetch, lambda item: item.order_id, start=prev_id, page_size=count or 100)

    def create_speed_order(
        self,
        *,
        symbol: str,
        side: Side | Literal["BUY", "SELL"],
        size: Decimal | int | str,
        client_order_id: str | None = None,
        lower_bound: Decimal | int | str | None = None,
        upper_bound: Decimal | int | str | None = None,
        is_hedgeable: bool | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Place a speed (market) order

        `POST /private/v1/speedOrder` (signed).

        Places a speed order (スピード注文), executed at market. `lowerBound` (SELL) and
        `upperBound` (BUY) limit the fill price; if the bound is breached the order expires with
        `cancelType` `PRICE_BOUND`. With `isHedgeable` false (the default) no hedged (two-way)
        positions are created, so the order can settle opposite positions (response `settleType`
        `CLOSE`); with true, it always opens a new position.

        Doc sample bug: the Node.js, Python and Go samples send the misspelled key
        `isHedgeableze` with the string `"false"`, and the Ruby/Kotlin/PHP/C#/Swift/Haskell samples
        send the string `"false"`; the parameter table says `isHedgeable` of type bool, and the
        Rust sample sends `"isHedgeable": false`. This spec sends the JSON boolean under the
        correct key `isHedgeable`.

        Args:
            symbol: Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
                CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
            side: Side (売買区分). `BUY` buy, `SELL` sell.
            size: Order size (注文数量).
            client_order_id: Client order ID (顧客注文ID); at most 36 half-width alphanumeric characters ([T1]).
                Optional.
            lower_bound: Lower bound of the fill price (成立下限価格); only for `side` SELL ([T1]). Optional.
            upper_bound: Upper bound of the fill price (成立上限価格); only for `side` BUY ([T1]). Optional.
            is_hedgeable: Whether hedged (two-way) positions are allowed. `false` (default): no hedging, so the
                order may settle opposite positions; `true`: always opens a position ([T1] 両建てあり). A
                JSON boolean under this key; several doc samples misspell it `isHedgeableze` and send
                the string `"false"`. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.orders import create_speed_order as _orders_create_speed_order  # loaded on first use

        call = _orders_create_speed_order.request(
            symbol=symbol,
            side=side,
            size=size,
            client_order_id=client_order_id,
            lower_bound=lower_bound,
            upper_bound=upper_bound,
            is_hedgeable=is_hedgeable,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def create_order(
        self,
        *,
        symbol: str,
        side: Side | Literal["BUY", "SELL"],
        size: Decimal | int | str,
        execution_type: OrderExecutionType | Literal["MARKET", "LIMIT", "STOP", "OCO"],
        client_order_id: str | None = None,
        limit_price: Decimal | int | str | None = None,
        stop_price: Decimal | int | str | None = None,
        lower_bound: Decimal | int | str | None = None,
        upper_bound: Decimal | int | str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Place a new order (MARKET, LIMIT, STOP or OCO)

        `POST /private/v1/order` (signed).

        Places a new (opening) order (注文). `executionType` is `MARKET`, `LIMIT`, `STOP` or `OCO`
        (an OCO order is placed here too, with both `limitPrice` and `stopPrice`; there is no
        separate OCO endpoint). `limitPrice` is required for LIMIT and OCO, `stopPrice` for STOP and
        OCO (mismatch: ERR-5210). `lowerBound` can be given only for MARKET SELL and `upperBound`
        only for MARKET BUY (mismatch: ERR-5211). There is no `settleType` parameter: this endpoint
        only opens positions; use closeOrder to settle. An OCO order returns two orders.

        Args:
            symbol: Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
                CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
            side: Side (売買区分). `BUY` buy, `SELL` sell.
            size: Order size (注文数量).
            execution_type: Order type accepted by `createOrder` and `closeOrder`: `MARKET`, `LIMIT`, `STOP` or
                `OCO` (an OCO order is placed as two orders, a LIMIT and a STOP). (The seed lost the
                value list; `OCO` is implied by "LIMIT OCO の場合は必須", and [T1]/[T2] list all four.)
            client_order_id: Client order ID (顧客注文ID); at most 36 half-width alphanumeric characters ([T1]).
                Optional.
            limit_price: Limit price (指値注文レート); required for `LIMIT` and `OCO`. Optional.
            stop_price: Stop price (逆指値注文レート); required for `STOP` and `OCO`. Optional.
            lower_bound: Lower bound of the fill price (成立下限価格); only for executionType `MARKET` with side
                `SELL`. Optional.
            upper_bound: Upper bound of the fill price (成立上限価格); only for executionType `MARKET` with side `BUY`.
                Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.orders import create_order as _orders_create_order  # loaded on first use

        call = _orders_create_order.request(
            symbol=symbol,
            side=side,
            size=size,
            execution_type=execution_type,
            client_order_id=client_order_id,
            limit_price=limit_price,
            stop_price=stop_price,
            lower_bound=lower_bound,
            upper_bound=upper_bound,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def create_ifd_order(
        self,
        *,
        symbol: str,
        first_side: Side | Literal["BUY", "SELL"],
        first_execution_type: LegExecutionType | Literal["LIMIT", "STOP"],
        first_size: Decimal | int | str,
        first_price: Decimal | int | str,
        second_execution_type: LegExecutionType | Literal["LIMIT", "STOP"],
        second_size: Decimal | int | str,
        second_price: Decimal | int | str,
        client_order_id: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Place an IFD order

        `POST /private/v1/ifdOrder` (signed).

        Places an IFD (if-done) order (IFD注文): a first (opening) order and a second (closing)
        order that becomes active once the first is executed. The second leg is implicitly the
        opposite side with settleType CLOSE. `secondSize` must not exceed `firstSize` (ERR-148).
        Returns two orders. (The parameter value lists `BUY SELL` / `LIMIT STOP` were lost in the
        seed and are from [T1].)

        Args:
            symbol: Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
                CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
            first_side: Side (売買区分). `BUY` buy, `SELL` sell.
            first_execution_type: Order type of an IFD/IFDOCO leg, `LIMIT` or `STOP` (values from [T1]; lost in the seed).
            first_size: First-leg (opening) order size (1次注文数量).
            first_price: First-leg order price (1次注文レート).
            second_execution_type: Order type of an IFD/IFDOCO leg, `LIMIT` or `STOP` (values from [T1]; lost in the seed).
            second_size: Second-leg (closing) order size (2次注文数量); must not exceed `firstSize` (ERR-148).
            second_price: Second-leg order price (2次注文レート).
            client_order_id: Client order ID (顧客注文ID); at most 36 half-width alphanumeric characters ([T1]).
                Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.orders import create_ifd_order as _orders_create_ifd_order  # loaded on first use

        call = _orders_create_ifd_order.request(
            symbol=symbol,
            first_side=first_side,
            first_execution_type=first_execution_type,
            first_size=first_size,
            first_price=first_price,
            second_execution_type=second_execution_type,
            second_size=second_size,
            second_price=second_price,
            client_order_id=client_order_id,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def create_ifo_order(
        self,
        *,
        symbol: str,
        first_side: Side | Literal["BUY", "SELL"],
        first_execution_type: LegExecutionType | Literal["LIMIT", "STOP"],
        first_size: Decimal | int | str,
        first_price: Decimal | int | str,
        second_size: Decimal | int | str,
        second_limit_price: Decimal | int | str,
        second_stop_price: Decimal | int | str,
        client_order_id: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Place an IFDOCO order

        `POST /private/v1/ifoOrder` (signed).

        Places an IFDOCO order (IFDOCO注文): a first (opening) order and, once it is executed, an
        OCO pair of closing orders (a limit take-profit and a stop loss) on the opposite side.
        Returns three orders.

        The seed is cut off inside this section: only the request samples (Node.js, Python and part
        of Go) survive. The body fields come from those samples; which fields are required and
        their value lists are from [T1]. The response is not in the seed; taken from [T2].
        The samples disagree on `secondStopPrice` (Node.js/Python `"132"`, Go `"145"`); for a BUY
        entry at 135 with a take-profit at 140, 132 is the sensible stop, so the doc example uses it.

        Args:
            symbol: Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
                CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
            first_side: Side (売買区分). `BUY` buy, `SELL` sell.
            first_execution_type: Order type of an IFD/IFDOCO leg, `LIMIT` or `STOP` (values from [T1]; lost in the seed).
            first_size: First-leg (opening) order size (1次注文数量).
            first_price: First-leg order price (1次注文レート).
            second_size: Second-leg (closing) order size (2次注文数量); must not exceed `firstSize` (ERR-148).
            second_limit_price: Second-leg limit (take-profit) price (2次指値注文レート).
            second_stop_price: Second-leg stop (stop-loss) price (2次逆指値注文レート).
            client_order_id: Client order ID (顧客注文ID); at most 36 half-width alphanumeric characters ([T1]).
                Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.orders import create_ifo_order as _orders_create_ifo_order  # loaded on first use

        call = _orders_create_ifo_order.request(
            symbol=symbol,
            first_side=first_side,
            first_execution_type=first_execution_type,
            first_size=first_size,
            first_price=first_price,
            second_size=second_size,
            second_limit_price=second_limit_price,
            second_stop_price=second_stop_price,
            client_order_id=client_order_id,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def change_order(
        self,
        *,
        price: Decimal | int | str,
        order_id: int | None = None,
        client_order_id: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Change the price of a normal order

        `POST /private/v1/changeOrder` (signed).

        Not in the seed documentation; taken from [T1] (parameters) and [T2] (response).

        Changes the price of a normal (NORMAL) order (注文変更). Exactly one of `orderId` and
        `clientOrderId` is required (both: ERR-5213). A non-NORMAL order returns ERR-5219, an
        unchanged price ERR-760, too many changes ERR-5206.

        Not in the seed documentation; taken from [T1] 注文変更; response: ajim3796/gmo_coin_fx_api@cd38641c
        7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py (change_order docstring).

        Args:
            price: New order price (注文レート).
            order_id: Order ID of the order to change. Optional.
            client_order_id: Client order ID of the order to change. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.orders import change_order as _orders_change_order  # loaded on first use

        call = _orders_change_order.request(price=price, order_id=order_id, client_order_id=client_order_id)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def change_oco_order(
        self,
        *,
        root_order_id: int | None = None,
        client_order_id: str | None = None,
        limit_price: Decimal | int | str | None = None,
        stop_price: Decimal | int | str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Change the prices of an OCO order

        `POST /private/v1/changeOcoOrder` (signed).

        Not in the seed documentation; taken from [T1] (parameters) and [T2] (response).

        Changes the limit and/or stop price of an OCO order (OCO注文変更). Exactly one of
        `rootOrderId` and `clientOrderId` is required; at least one of `limitPrice` and `stopPrice`.
        A non-OCO order returns ERR-542. Returns both legs.

        Not in the seed documentation; taken from [T1] OCO注文変更; response: ajim3796/gmo_coin_fx_api@cd386
        41c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py (change_oco_order
        docstring).

        Args:
            root_order_id: Root (parent) order ID of the OCO order. Optional.
            client_order_id: Client order ID of the OCO order. Optional.
            limit_price: New limit price (指値注文レート). Optional.
            stop_price: New stop price (逆指値注文レート). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.orders import change_oco_order as _orders_change_oco_order  # loaded on first use

        call = _orders_change_oco_order.request(
            root_order_id=root_order_id, client_order_id=client_order_id, limit_price=limit_price, stop_price=stop_price
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def change_ifd_order(
        self,
        *,
        root_order_id: int | None = None,
        client_order_id: str | None = None,
        first_price: Decimal | int | str | None = None,
        second_price: Decimal | int | str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Change the prices of an IFD order

        `POST /private/v1/changeIfdOrder` (signed).

        Not in the seed documentation; taken from [T1] (parameters) and [T2] (response).

        Changes the first-leg and/or second-leg price of an IFD order (IFD注文変更). Exactly one of
        `rootOrderId` and `clientOrderId` is required; at least one of `firstPrice` and
        `secondPrice`. A non-IFD/IFDOCO order returns ERR-595. Returns both legs.

        Not in the seed documentation; taken from [T1] IFD注文変更; response: ajim3796/gmo_coin_fx_api@cd386
        41c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py (change_ifd_order
        docstring).

        Args:
            root_order_id: Root (parent) order ID of the IFD order. Optional.
            client_order_id: Client order ID of the IFD order. Optional.
            first_price: New first-leg price (1次注文レート). Optional.
            second_price: New second-leg price (2次注文レート). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.orders import change_ifd_order as _orders_change_ifd_order  # loaded on first use

        call = _orders_change_ifd_order.request(
            root_order_id=root_order_id,
            client_order_id=client_order_id,
            first_price=first_price,
            second_price=second_price,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def change_ifo_order(
        self,
        *,
        root_order_id: int | None = None,
        client_order_id: str | None = None,
        first_price: Decimal | int | str | None = None,
        second_limit_price: Decimal | int | str | None = None,
        second_stop_price: Decimal | int | str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Change the prices of an IFDOCO order

        `POST /private/v1/changeIfoOrder` (signed).

        Not in the seed documentation; taken from [T1] (parameters) and [T2] (response).

        Changes the prices of an IFDOCO order (IFDOCO注文変更). Exactly one of `rootOrderId` and
        `clientOrderId` is required; at least one of `firstPrice`, `secondLimitPrice` and
        `secondStopPrice`. A non-IFD/IFDOCO order returns ERR-595. Returns all three legs.

        Not in the seed documentation; taken from [T1] IFDOCO注文変更; response: ajim3796/gmo_coin_fx_api@cd
        38641c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py (change_ifo_order
        docstring).

        Args:
            root_order_id: Root (parent) order ID of the IFDOCO order. Optional.
            client_order_id: Client order ID of the IFDOCO order. Optional.
            first_price: New first-leg price (1次注文レート). Optional.
            second_limit_price: New second-leg limit price (2次指値注文レート). Optional.
            second_stop_price: New second-leg stop price (2次逆指値注文レート). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.orders import change_ifo_order as _orders_change_ifo_order  # loaded on first use

        call = _orders_change_ifo_order.request(
            root_order_id=root_order_id,
            client_order_id=client_order_id,
            first_price=first_price,
            second_limit_price=second_limit_price,
            second_stop_price=second_stop_price,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def cancel_orders(
        self,
        *,
        root_order_ids: Sequence[int] | None = None,
        client_order_ids: Sequence[str] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelOrdersResult:
        """Cancel up to 10 orders

        `POST /private/v1/cancelOrders` (signed).

        Not in the seed documentation; taken from [T1] (parameters) and [T2] (response).

        Cancels several orders (注文の複数キャンセル), identified by root order IDs or by client
        order IDs: exactly one of `rootOrderIds` and `clientOrderIds` is required, at most 10
        entries. `data.success` lists the orders whose cancellation was accepted (`clientOrderId`
        only when one was set). [T2] reads the list from `data.success`; whether a `failed` list
        exists as in the crypto API is not documented.

        Not in the seed documentation; taken from [T1] 注文の複数キャンセル; response: ajim3796/gmo_coin_fx_api@cd
        38641c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py (cancel_orders).

        Args:
            root_order_ids: Root (parent) order IDs to cancel (a JSON array). Optional.
            client_order_ids: Client order IDs to cancel (a JSON array). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CancelOrdersResult
        """
        from .api.orders import cancel_orders as _orders_cancel_orders  # loaded on first use

        call = _orders_cancel_orders.request(root_order_ids=root_order_ids, client_order_ids=client_order_ids)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def cancel_bulk_order(
        self,
        *,
        symbols: Sequence[str],
        side: Side | Literal["BUY", "SELL"] | None = None,
        settle_type: SettleType | Literal["OPEN", "CLOSE"] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelOrdersResult:
        """Cancel all orders matching symbols, side and settle type

        `POST /private/v1/cancelBulkOrder` (signed).

        Not in the seed documentation; taken from [T1] (parameters) and [T2] (response and
        semantics).

        Cancels in bulk (注文の一括キャンセル) every order, normal or special, of the given
        symbols; `side` and `settleType` narrow the selection only when given. For IFD/IFDOCO
        orders whose first leg is not yet executed, the whole order is cancelled if any leg matches
        both side and settleType; if the first leg is executed, only the matching second-leg orders
        are cancelled ([T2]). `data.success` lists the orders whose cancellation was accepted.

        Not in the seed documentation; taken from [T1] 注文の一括キャンセル; response: ajim3796/gmo_coin_fx_api@cd
        38641c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py (cancel_bulk_order).

        Args:
            symbols: Symbols whose orders are cancelled (a JSON array). Open set; known values: USD_JPY,
                EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY, CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY,
                EUR_USD, GBP_USD, AUD_USD, NZD_USD.
            side: Side (売買区分). `BUY` buy, `SELL` sell. Optional.
            settle_type: Settlement type (決済区分). `OPEN` opens a position, `CLOSE` settles one. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CancelOrdersResult
        """
        from .api.orders import cancel_bulk_order as _orders_cancel_bulk_order  # loaded on first use

        call = _orders_cancel_bulk_order.request(symbols=symbols, side=side, settle_type=settle_type)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class PositionsResource:
    """`client.positions`: 3 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_open_positions(
        self,
        *,
        symbol: str | None = None,
        prev_id: int | None = None,
        count: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OpenPositionsList:
        """List open positions

        `GET /private/v1/openPositions` (signed).

        Returns the open positions (建玉一覧), newest first. Cursor pagination: without `prevId`
        the list starts at the newest position; with `prevId` it continues back in time with
        positions whose ID is smaller than `prevId` ([T2]). `count` defaults to 100, the maximum.

        Args:
            symbol: (undocumented) Optional.
            prev_id: (undocumented) Optional.
            count: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            OpenPositionsList
        """
        from .api.positions import get_open_positions as _positions_get_open_positions  # loaded on first use

        call = _positions_get_open_positions.request(symbol=symbol, prev_id=prev_id, count=count)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def iter_open_positions(
        self,
        *,
        symbol: str | None = None,
        prev_id: int | None = None,
        count: int | None = None,
        timeout: TimeoutTypes = None,
        deadline: float | None = None,
    ) -> Iterator[OpenPosition]:
        """Every item of `get_open_positions`, following the `prev_id` cursor lazily.

        One request per page of `count` items (default 100), made only when the previous
        page has been consumed; stops at the first short or empty page and never yields an id twice.
        `prev_id` is where to start (default: the newest). `timeout` and `deadline` apply to each page's request.
        """

        def fetch(cursor: int | None) -> Sequence[OpenPosition]:
            page = self.get_open_positions(
                symbol=symbol,
                prev_id=cursor,
                count=count,
                timeout=timeout,
                deadline=deadline,
            )
            return page.list_

        return paging.follow_cursor(fetch, lambda item: item.position_id, start=prev_id, page_size=count or 100)

    def get_position_summary(
        self,
        *,
        symbol: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> PositionSummaryList:
        """Get the position summary per symbol and side

        `GET /private/v1/positionSummary` (signed).

        Returns the position summary (建玉サマリー) of the given symbol per side (buy/sell). Without
        `symbol`, the summaries of every symbol held are returned, per side.

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
        execution_type: OrderExecutionType | Literal["MARKET", "LIMIT", "STOP", "OCO"],
        client_order_id: str | None = None,
        size: Decimal | int | str | None = None,
        limit_price: Decimal | int | str | None = None,
        stop_price: Decimal | int | str | None = None,
        lower_bound: Decimal | int | str | None = None,
        upper_bound: Decimal | int | str | None = None,
        settle_position: Sequence[SettlePosition] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Place a close (settlement) order

        `POST /private/v1/closeOrder` (signed).

        Not in the seed documentation; taken from [T1] (parameters) and [T2] (response).

        Places a close order (決済注文) that settles open positions. Give either `size` (no
        position specified) or `settlePosition` (up to 10 positions with a size each), not both
        (ERR-5214). `executionType` is `MARKET`, `LIMIT`, `STOP` or `OCO`; `limitPrice` is required
        for LIMIT and OCO, `stopPrice` for STOP and OCO. `lowerBound` (SELL) / `upperBound` (BUY)
        bound the fill price of a MARKET order ([T2] sends them only for MARKET). [T1]'s
        `upperBound` row repeats "成立下限価格" (lower bound), an apparent copy error.

        Not in the seed documentation; taken from [T1] 決済注文; response: ajim3796/gmo_coin_fx_api@cd38641c
        7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py (close_order docstring).

        Args:
            symbol: Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
                CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
            side: Side (売買区分). `BUY` buy, `SELL` sell.
            execution_type: Order type accepted by `createOrder` and `closeOrder`: `MARKET`, `LIMIT`, `STOP` or
                `OCO` (an OCO order is placed as two orders, a LIMIT and a STOP). (The seed lost the
                value list; `OCO` is implied by "LIMIT OCO の場合は必須", and [T1]/[T2] list all four.)
            client_order_id: Client order ID (顧客注文ID); at most 36 half-width alphanumeric characters. Optional.
            size: Order size without specifying positions (建玉指定なし). Optional.
            limit_price: Limit price; required for `LIMIT` and `OCO`. Optional.
            stop_price: Stop price; required for `STOP` and `OCO`. Optional.
            lower_bound: Lower bound of the fill price (成立下限価格); MARKET SELL. Optional.
            upper_bound: Upper bound of the fill price (成立上限価格); MARKET BUY. Optional.
            settle_position: Positions to settle, at most 10 (複数建玉). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.positions import close_order as _positions_close_order  # loaded on first use

        call = _positions_close_order.request(
            symbol=symbol,
            side=side,
            execution_type=execution_type,
            client_order_id=client_order_id,
            size=size,
            limit_price=limit_price,
            stop_price=stop_price,
            lower_bound=lower_bound,
            upper_bound=upper_bound,
            settle_position=settle_position,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class PublicResource:
    """`client.public`: 4 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_status(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> ExchangeStatus:
        """Get the FX service status

        `GET /public/v1/status`.

        Returns the operating status of the FX service (外国為替FXステータス): `MAINTENANCE`, `CLOSE`
        (market closed, e.g. at weekends) or `OPEN`. No parameters.

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
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Ticker]:
        """Get the latest rates of all symbols

        `GET /public/v1/ticker`.

        Returns the latest rate (最新レート) of every symbol: ask, bid, the rate's timestamp
        (microsecond precision) and the symbol's status (`CLOSE` or `OPEN`). Unlike the crypto API
        there is no `symbol` filter; one element per symbol is returned.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Ticker]
        """
        from .api.public import get_ticker as _public_get_ticker  # loaded on first use

        call = _public_get_ticker.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_klines(
        self,
        *,
        symbol: str,
        price_type: KlinePriceType | Literal["BID", "ASK"],
        interval: KlineInterval
        | Literal[
            "1min", "5min", "10min", "15min", "30min", "1hour", "4hour", "8hour", "12hour", "1day", "1week", "1month"
        ],
        date: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Kline]:
        """Get candlesticks (OHLC) of a symbol

        `GET /public/v1/klines`.

        Returns the four prices (open, high, low, close) per interval for the given symbol, price
        type (BID or ASK), interval and date (KLine情報の取得). There is no volume. `date` is
        `YYYYMMDD` for the intervals 1min 5min 10min 15min 30min 1hour and `YYYY` for 4hour 8hour
        12hour 1day 1week 1month. Invalid symbol/interval/date: ERR-5207.

        Args:
            symbol: (undocumented)
            price_type: Price type of the candles, `BID` or `ASK` (values from [T1]; lost in the seed).
            interval: Candle interval. 1min 5min 10min 15min 30min 1hour take a `YYYYMMDD` date; 4hour 8hour
                12hour 1day 1week 1month take a `YYYY` date.
            date: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Kline]
        """
        from .api.public import get_klines as _public_get_klines  # loaded on first use

        call = _public_get_klines.request(symbol=symbol, price_type=price_type, interval=interval, date=date)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_symbols(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[SymbolRule]:
        """Get the trading rules of all symbols

        `GET /public/v1/symbols`.

        Returns the trading rules (取引ルール) per symbol: minimum size of a new (opening) order,
        maximum size per order, size step and price tick. No parameters.

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

        Not in the seed documentation; taken from [T1] (parameters) and [T2] (response).

        Extends an access token: whatever time it had left, its new expiry is 60 minutes from now.
        The token travels in the JSON body. Signing: the SDK signs `timestamp + "PUT" +
        "/v1/ws-auth"` without the body, as the crypto docs' PUT/DELETE ws-auth samples do ([T2]
        signs the body too; unverified against the live API).

        Not in the seed documentation; taken from [T1] アクセストークンを延長; response: ajim3796/gmo_coin_fx_api@c
        d38641c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py (extend_ws_token
        docstring).

        Args:
            token: Access token (アクセストークン).
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
        """Get a Private WebSocket access token

        `POST /private/v1/ws-auth` (signed).

        Not in the seed documentation; taken from [T1]. The seed only says that the Private
        WebSocket API uses an access token obtained through the Private API "get access token",
        which authenticates like every other Private API.

        Issues an access token for the Private WebSocket API
        (`wss://forex-api.coin.z.com/ws/private/v1/{token}`). A token is valid for 60 minutes; at
        most 5 tokens exist per key, and issuing more deletes the tokens closest to expiry first.
        The key must have the WebSocket notification permissions (execution/order/position/position
        summary events) enabled; tokens issued before a permission edit do not get the new
        permissions. The body is an empty JSON object `{}` and is signed like any POST body.

        Not in the seed documentation; taken from [T1] アクセストークンを取得; [T2] get_ws_token.

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

        Not in the seed documentation; taken from [T1] (parameters) and [T2] (response).

        Deletes an access token. The token travels in a JSON body (DELETE with a body). Signing:
        the SDK signs `timestamp + "DELETE" + "/v1/ws-auth"` without the body, as the crypto docs'
        PUT/DELETE ws-auth samples do ([T2] signs the body too; unverified against the live API).

        Not in the seed documentation; taken from [T1] アクセストークンを削除; response: ajim3796/gmo_coin_fx_api@c
        d38641c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py (delete_ws_token
        docstring).

        Args:
            token: Access token (アクセストークン).
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
    """Synchronous client for GMO Coin FX (外国為替FX) REST API.

    Args:
        api_key: API key; defaults to the GMO_COIN_FX_API_KEY environment variable.
        api_secret: API secret; defaults to GMO_COIN_FX_API_SECRET. Public calls need neither.
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
        self.executions = ExecutionsResource(self)
        self.orders = OrdersResource(self)
        self.positions = PositionsResource(self)
        self.public = PublicResource(self)
        self.ws_auth = WsAuthResource(self)


class AsyncAccountResource:
    """`client.account`: 1 operation."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_assets(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Asset]:
        """Get the account's assets and margin

        `GET /private/v1/account/assets` (signed).

        Returns the account's asset balance (資産残高): equity, available trading capacity, cash
        balance, estimated fees, margin in use, margin maintenance ratio, unrealized P/L, unsettled
        swap and transferable amount. `data` is an array holding one account summary.

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
        """Get executions by order ID or execution IDs

        `GET /private/v1/executions` (signed).

        Returns executions (約定情報取得) of one order or with the given execution IDs. Exactly one
        of `orderId` and `executionId` is required (both: ERR-5208). Only `executionId` takes a
        comma-separated list, of up to 10 IDs ([T1]); more return ERR-5132.

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
        count: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> ExecutionsList:
        """Get the latest executions of a symbol

        `GET /private/v1/latestExecutions` (signed).

        Returns the latest executions of a symbol (最新の約定一覧): up to the newest 100 executions
        from the last day ([T1]: "直近1日分から最新100件"). `count` defaults to 100, the maximum.

        Args:
            symbol: (undocumented)
            count: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            ExecutionsList
        """
        from .api.executions import get_latest_executions as _executions_get_latest_executions  # loaded on first use

        call = _executions_get_latest_executions.request(symbol=symbol, count=count)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncOrdersResource:
    """`client.orders`: 12 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_orders(
        self,
        *,
        root_order_id: Sequence[int] | None = None,
        order_id: Sequence[int] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OrdersList:
        """Get orders by order ID or root order ID

        `GET /private/v1/orders` (signed).

        Returns the orders with the given order IDs or root (parent) order IDs (注文情報取得).
        Exactly one of `rootOrderId` and `orderId` is required; both together return ERR-5209.
        Each takes a comma-separated list of up to 10 IDs ([T1]); more return ERR-5130.

        Args:
            root_order_id: (undocumented) Optional.
            order_id: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            OrdersList
        """
        from .api.orders import get_orders as _orders_get_orders  # loaded on first use

        call = _orders_get_orders.request(root_order_id=root_order_id, order_id=order_id)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_active_orders(
        self,
        *,
        symbol: str | None = None,
        prev_id: int | None = None,
        count: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OrdersList:
        """List active orders

        `GET /private/v1/activeOrders` (signed).

        Returns the active (working) orders (有効注文一覧), newest first. Cursor pagination: without
        `prevId` the list starts at the newest order; with `prevId` it continues back in time with
        orders whose ID is smaller than `prevId` ([T2]). `count` defaults to 100, the maximum.
        There is no pagination object in the response.

        Args:
            symbol: (undocumented) Optional.
            prev_id: (undocumented) Optional.
            count: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            OrdersList
        """
        from .api.orders import get_active_orders as _orders_get_active_orders  # loaded on first use

        call = _orders_get_active_orders.request(symbol=symbol, prev_id=prev_id, count=count)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def iter_active_orders(
        self,
        *,
        symbol: str | None = None,
        prev_id: int | None = None,
        count: int | None = None,
        timeout: TimeoutTypes = None,
        deadline: float | None = None,
    ) -> AsyncIterator[Order]:
        """Every item of `get_active_orders`, following the `prev_id` cursor lazily.

        One request per page of `count` items (default 100), made only when the previous
        page has been consumed; stops at the first short or empty page and never yields an id twice.
        `prev_id` is where to start (default: the newest). `timeout` and `deadline` apply to each page's request.
        """

        async def fetch(cursor: int | None) -> Sequence[Order]:
            page = await self.get_active_orders(
                symbol=symbol,
                prev_id=cursor,
                count=count,
                timeout=timeout,
                deadline=deadline,
            )
            return page.list_

        return paging.afollow_cursor(fetch, lambda item: item.order_id, start=prev_id, page_size=count or 100)

    async def create_speed_order(
        self,
        *,
        symbol: str,
        side: Side | Literal["BUY", "SELL"],
        size: Decimal | int | str,
        client_order_id: str | None = None,
        lower_bound: Decimal | int | str | None = None,
        upper_bound: Decimal | int | str | None = None,
        is_hedgeable: bool | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Place a speed (market) order

        `POST /private/v1/speedOrder` (signed).

        Places a speed order (スピード注文), executed at market. `lowerBound` (SELL) and
        `upperBound` (BUY) limit the fill price; if the bound is breached the order expires with
        `cancelType` `PRICE_BOUND`. With `isHedgeable` false (the default) no hedged (two-way)
        positions are created, so the order can settle opposite positions (response `settleType`
        `CLOSE`); with true, it always opens a new position.

        Doc sample bug: the Node.js, Python and Go samples send the misspelled key
        `isHedgeableze` with the string `"false"`, and the Ruby/Kotlin/PHP/C#/Swift/Haskell samples
        send the string `"false"`; the parameter table says `isHedgeable` of type bool, and the
        Rust sample sends `"isHedgeable": false`. This spec sends the JSON boolean under the
        correct key `isHedgeable`.

        Args:
            symbol: Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
                CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
            side: Side (売買区分). `BUY` buy, `SELL` sell.
            size: Order size (注文数量).
            client_order_id: Client order ID (顧客注文ID); at most 36 half-width alphanumeric characters ([T1]).
                Optional.
            lower_bound: Lower bound of the fill price (成立下限価格); only for `side` SELL ([T1]). Optional.
            upper_bound: Upper bound of the fill price (成立上限価格); only for `side` BUY ([T1]). Optional.
            is_hedgeable: Whether hedged (two-way) positions are allowed. `false` (default): no hedging, so the
                order may settle opposite positions; `true`: always opens a position ([T1] 両建てあり). A
                JSON boolean under this key; several doc samples misspell it `isHedgeableze` and send
                the string `"false"`. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.orders import create_speed_order as _orders_create_speed_order  # loaded on first use

        call = _orders_create_speed_order.request(
            symbol=symbol,
            side=side,
            size=size,
            client_order_id=client_order_id,
            lower_bound=lower_bound,
            upper_bound=upper_bound,
            is_hedgeable=is_hedgeable,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def create_order(
        self,
        *,
        symbol: str,
        side: Side | Literal["BUY", "SELL"],
        size: Decimal | int | str,
        execution_type: OrderExecutionType | Literal["MARKET", "LIMIT", "STOP", "OCO"],
        client_order_id: str | None = None,
        limit_price: Decimal | int | str | None = None,
        stop_price: Decimal | int | str | None = None,
        lower_bound: Decimal | int | str | None = None,
        upper_bound: Decimal | int | str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Place a new order (MARKET, LIMIT, STOP or OCO)

        `POST /private/v1/order` (signed).

        Places a new (opening) order (注文). `executionType` is `MARKET`, `LIMIT`, `STOP` or `OCO`
        (an OCO order is placed here too, with both `limitPrice` and `stopPrice`; there is no
        separate OCO endpoint). `limitPrice` is required for LIMIT and OCO, `stopPrice` for STOP and
        OCO (mismatch: ERR-5210). `lowerBound` can be given only for MARKET SELL and `upperBound`
        only for MARKET BUY (mismatch: ERR-5211). There is no `settleType` parameter: this endpoint
        only opens positions; use closeOrder to settle. An OCO order returns two orders.

        Args:
            symbol: Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
                CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
            side: Side (売買区分). `BUY` buy, `SELL` sell.
            size: Order size (注文数量).
            execution_type: Order type accepted by `createOrder` and `closeOrder`: `MARKET`, `LIMIT`, `STOP` or
                `OCO` (an OCO order is placed as two orders, a LIMIT and a STOP). (The seed lost the
                value list; `OCO` is implied by "LIMIT OCO の場合は必須", and [T1]/[T2] list all four.)
            client_order_id: Client order ID (顧客注文ID); at most 36 half-width alphanumeric characters ([T1]).
                Optional.
            limit_price: Limit price (指値注文レート); required for `LIMIT` and `OCO`. Optional.
            stop_price: Stop price (逆指値注文レート); required for `STOP` and `OCO`. Optional.
            lower_bound: Lower bound of the fill price (成立下限価格); only for executionType `MARKET` with side
                `SELL`. Optional.
            upper_bound: Upper bound of the fill price (成立上限価格); only for executionType `MARKET` with side `BUY`.
                Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.orders import create_order as _orders_create_order  # loaded on first use

        call = _orders_create_order.request(
            symbol=symbol,
            side=side,
            size=size,
            execution_type=execution_type,
            client_order_id=client_order_id,
            limit_price=limit_price,
            stop_price=stop_price,
            lower_bound=lower_bound,
            upper_bound=upper_bound,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def create_ifd_order(
        self,
        *,
        symbol: str,
        first_side: Side | Literal["BUY", "SELL"],
        first_execution_type: LegExecutionType | Literal["LIMIT", "STOP"],
        first_size: Decimal | int | str,
        first_price: Decimal | int | str,
        second_execution_type: LegExecutionType | Literal["LIMIT", "STOP"],
        second_size: Decimal | int | str,
        second_price: Decimal | int | str,
        client_order_id: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Place an IFD order

        `POST /private/v1/ifdOrder` (signed).

        Places an IFD (if-done) order (IFD注文): a first (opening) order and a second (closing)
        order that becomes active once the first is executed. The second leg is implicitly the
        opposite side with settleType CLOSE. `secondSize` must not exceed `firstSize` (ERR-148).
        Returns two orders. (The parameter value lists `BUY SELL` / `LIMIT STOP` were lost in the
        seed and are from [T1].)

        Args:
            symbol: Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
                CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
            first_side: Side (売買区分). `BUY` buy, `SELL` sell.
            first_execution_type: Order type of an IFD/IFDOCO leg, `LIMIT` or `STOP` (values from [T1]; lost in the seed).
            first_size: First-leg (opening) order size (1次注文数量).
            first_price: First-leg order price (1次注文レート).
            second_execution_type: Order type of an IFD/IFDOCO leg, `LIMIT` or `STOP` (values from [T1]; lost in the seed).
            second_size: Second-leg (closing) order size (2次注文数量); must not exceed `firstSize` (ERR-148).
            second_price: Second-leg order price (2次注文レート).
            client_order_id: Client order ID (顧客注文ID); at most 36 half-width alphanumeric characters ([T1]).
                Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.orders import create_ifd_order as _orders_create_ifd_order  # loaded on first use

        call = _orders_create_ifd_order.request(
            symbol=symbol,
            first_side=first_side,
            first_execution_type=first_execution_type,
            first_size=first_size,
            first_price=first_price,
            second_execution_type=second_execution_type,
            second_size=second_size,
            second_price=second_price,
            client_order_id=client_order_id,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def create_ifo_order(
        self,
        *,
        symbol: str,
        first_side: Side | Literal["BUY", "SELL"],
        first_execution_type: LegExecutionType | Literal["LIMIT", "STOP"],
        first_size: Decimal | int | str,
        first_price: Decimal | int | str,
        second_size: Decimal | int | str,
        second_limit_price: Decimal | int | str,
        second_stop_price: Decimal | int | str,
        client_order_id: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Place an IFDOCO order

        `POST /private/v1/ifoOrder` (signed).

        Places an IFDOCO order (IFDOCO注文): a first (opening) order and, once it is executed, an
        OCO pair of closing orders (a limit take-profit and a stop loss) on the opposite side.
        Returns three orders.

        The seed is cut off inside this section: only the request samples (Node.js, Python and part
        of Go) survive. The body fields come from those samples; which fields are required and
        their value lists are from [T1]. The response is not in the seed; taken from [T2].
        The samples disagree on `secondStopPrice` (Node.js/Python `"132"`, Go `"145"`); for a BUY
        entry at 135 with a take-profit at 140, 132 is the sensible stop, so the doc example uses it.

        Args:
            symbol: Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
                CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
            first_side: Side (売買区分). `BUY` buy, `SELL` sell.
            first_execution_type: Order type of an IFD/IFDOCO leg, `LIMIT` or `STOP` (values from [T1]; lost in the seed).
            first_size: First-leg (opening) order size (1次注文数量).
            first_price: First-leg order price (1次注文レート).
            second_size: Second-leg (closing) order size (2次注文数量); must not exceed `firstSize` (ERR-148).
            second_limit_price: Second-leg limit (take-profit) price (2次指値注文レート).
            second_stop_price: Second-leg stop (stop-loss) price (2次逆指値注文レート).
            client_order_id: Client order ID (顧客注文ID); at most 36 half-width alphanumeric characters ([T1]).
                Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.orders import create_ifo_order as _orders_create_ifo_order  # loaded on first use

        call = _orders_create_ifo_order.request(
            symbol=symbol,
            first_side=first_side,
            first_execution_type=first_execution_type,
            first_size=first_size,
            first_price=first_price,
            second_size=second_size,
            second_limit_price=second_limit_price,
            second_stop_price=second_stop_price,
            client_order_id=client_order_id,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def change_order(
        self,
        *,
        price: Decimal | int | str,
        order_id: int | None = None,
        client_order_id: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Change the price of a normal order

        `POST /private/v1/changeOrder` (signed).

        Not in the seed documentation; taken from [T1] (parameters) and [T2] (response).

        Changes the price of a normal (NORMAL) order (注文変更). Exactly one of `orderId` and
        `clientOrderId` is required (both: ERR-5213). A non-NORMAL order returns ERR-5219, an
        unchanged price ERR-760, too many changes ERR-5206.

        Not in the seed documentation; taken from [T1] 注文変更; response: ajim3796/gmo_coin_fx_api@cd38641c
        7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py (change_order docstring).

        Args:
            price: New order price (注文レート).
            order_id: Order ID of the order to change. Optional.
            client_order_id: Client order ID of the order to change. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.orders import change_order as _orders_change_order  # loaded on first use

        call = _orders_change_order.request(price=price, order_id=order_id, client_order_id=client_order_id)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def change_oco_order(
        self,
        *,
        root_order_id: int | None = None,
        client_order_id: str | None = None,
        limit_price: Decimal | int | str | None = None,
        stop_price: Decimal | int | str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Change the prices of an OCO order

        `POST /private/v1/changeOcoOrder` (signed).

        Not in the seed documentation; taken from [T1] (parameters) and [T2] (response).

        Changes the limit and/or stop price of an OCO order (OCO注文変更). Exactly one of
        `rootOrderId` and `clientOrderId` is required; at least one of `limitPrice` and `stopPrice`.
        A non-OCO order returns ERR-542. Returns both legs.

        Not in the seed documentation; taken from [T1] OCO注文変更; response: ajim3796/gmo_coin_fx_api@cd386
        41c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py (change_oco_order
        docstring).

        Args:
            root_order_id: Root (parent) order ID of the OCO order. Optional.
            client_order_id: Client order ID of the OCO order. Optional.
            limit_price: New limit price (指値注文レート). Optional.
            stop_price: New stop price (逆指値注文レート). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.orders import change_oco_order as _orders_change_oco_order  # loaded on first use

        call = _orders_change_oco_order.request(
            root_order_id=root_order_id, client_order_id=client_order_id, limit_price=limit_price, stop_price=stop_price
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def change_ifd_order(
        self,
        *,
        root_order_id: int | None = None,
        client_order_id: str | None = None,
        first_price: Decimal | int | str | None = None,
        second_price: Decimal | int | str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Change the prices of an IFD order

        `POST /private/v1/changeIfdOrder` (signed).

        Not in the seed documentation; taken from [T1] (parameters) and [T2] (response).

        Changes the first-leg and/or second-leg price of an IFD order (IFD注文変更). Exactly one of
        `rootOrderId` and `clientOrderId` is required; at least one of `firstPrice` and
        `secondPrice`. A non-IFD/IFDOCO order returns ERR-595. Returns both legs.

        Not in the seed documentation; taken from [T1] IFD注文変更; response: ajim3796/gmo_coin_fx_api@cd386
        41c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py (change_ifd_order
        docstring).

        Args:
            root_order_id: Root (parent) order ID of the IFD order. Optional.
            client_order_id: Client order ID of the IFD order. Optional.
            first_price: New first-leg price (1次注文レート). Optional.
            second_price: New second-leg price (2次注文レート). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.orders import change_ifd_order as _orders_change_ifd_order  # loaded on first use

        call = _orders_change_ifd_order.request(
            root_order_id=root_order_id,
            client_order_id=client_order_id,
            first_price=first_price,
            second_price=second_price,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def change_ifo_order(
        self,
        *,
        root_order_id: int | None = None,
        client_order_id: str | None = None,
        first_price: Decimal | int | str | None = None,
        second_limit_price: Decimal | int | str | None = None,
        second_stop_price: Decimal | int | str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Change the prices of an IFDOCO order

        `POST /private/v1/changeIfoOrder` (signed).

        Not in the seed documentation; taken from [T1] (parameters) and [T2] (response).

        Changes the prices of an IFDOCO order (IFDOCO注文変更). Exactly one of `rootOrderId` and
        `clientOrderId` is required; at least one of `firstPrice`, `secondLimitPrice` and
        `secondStopPrice`. A non-IFD/IFDOCO order returns ERR-595. Returns all three legs.

        Not in the seed documentation; taken from [T1] IFDOCO注文変更; response: ajim3796/gmo_coin_fx_api@cd
        38641c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py (change_ifo_order
        docstring).

        Args:
            root_order_id: Root (parent) order ID of the IFDOCO order. Optional.
            client_order_id: Client order ID of the IFDOCO order. Optional.
            first_price: New first-leg price (1次注文レート). Optional.
            second_limit_price: New second-leg limit price (2次指値注文レート). Optional.
            second_stop_price: New second-leg stop price (2次逆指値注文レート). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.orders import change_ifo_order as _orders_change_ifo_order  # loaded on first use

        call = _orders_change_ifo_order.request(
            root_order_id=root_order_id,
            client_order_id=client_order_id,
            first_price=first_price,
            second_limit_price=second_limit_price,
            second_stop_price=second_stop_price,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def cancel_orders(
        self,
        *,
        root_order_ids: Sequence[int] | None = None,
        client_order_ids: Sequence[str] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelOrdersResult:
        """Cancel up to 10 orders

        `POST /private/v1/cancelOrders` (signed).

        Not in the seed documentation; taken from [T1] (parameters) and [T2] (response).

        Cancels several orders (注文の複数キャンセル), identified by root order IDs or by client
        order IDs: exactly one of `rootOrderIds` and `clientOrderIds` is required, at most 10
        entries. `data.success` lists the orders whose cancellation was accepted (`clientOrderId`
        only when one was set). [T2] reads the list from `data.success`; whether a `failed` list
        exists as in the crypto API is not documented.

        Not in the seed documentation; taken from [T1] 注文の複数キャンセル; response: ajim3796/gmo_coin_fx_api@cd
        38641c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py (cancel_orders).

        Args:
            root_order_ids: Root (parent) order IDs to cancel (a JSON array). Optional.
            client_order_ids: Client order IDs to cancel (a JSON array). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CancelOrdersResult
        """
        from .api.orders import cancel_orders as _orders_cancel_orders  # loaded on first use

        call = _orders_cancel_orders.request(root_order_ids=root_order_ids, client_order_ids=client_order_ids)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def cancel_bulk_order(
        self,
        *,
        symbols: Sequence[str],
        side: Side | Literal["BUY", "SELL"] | None = None,
        settle_type: SettleType | Literal["OPEN", "CLOSE"] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelOrdersResult:
        """Cancel all orders matching symbols, side and settle type

        `POST /private/v1/cancelBulkOrder` (signed).

        Not in the seed documentation; taken from [T1] (parameters) and [T2] (response and
        semantics).

        Cancels in bulk (注文の一括キャンセル) every order, normal or special, of the given
        symbols; `side` and `settleType` narrow the selection only when given. For IFD/IFDOCO
        orders whose first leg is not yet executed, the whole order is cancelled if any leg matches
        both side and settleType; if the first leg is executed, only the matching second-leg orders
        are cancelled ([T2]). `data.success` lists the orders whose cancellation was accepted.

        Not in the seed documentation; taken from [T1] 注文の一括キャンセル; response: ajim3796/gmo_coin_fx_api@cd
        38641c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py (cancel_bulk_order).

        Args:
            symbols: Symbols whose orders are cancelled (a JSON array). Open set; known values: USD_JPY,
                EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY, CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY,
                EUR_USD, GBP_USD, AUD_USD, NZD_USD.
            side: Side (売買区分). `BUY` buy, `SELL` sell. Optional.
            settle_type: Settlement type (決済区分). `OPEN` opens a position, `CLOSE` settles one. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CancelOrdersResult
        """
        from .api.orders import cancel_bulk_order as _orders_cancel_bulk_order  # loaded on first use

        call = _orders_cancel_bulk_order.request(symbols=symbols, side=side, settle_type=settle_type)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncPositionsResource:
    """`client.positions`: 3 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_open_positions(
        self,
        *,
        symbol: str | None = None,
        prev_id: int | None = None,
        count: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OpenPositionsList:
        """List open positions

        `GET /private/v1/openPositions` (signed).

        Returns the open positions (建玉一覧), newest first. Cursor pagination: without `prevId`
        the list starts at the newest position; with `prevId` it continues back in time with
        positions whose ID is smaller than `prevId` ([T2]). `count` defaults to 100, the maximum.

        Args:
            symbol: (undocumented) Optional.
            prev_id: (undocumented) Optional.
            count: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            OpenPositionsList
        """
        from .api.positions import get_open_positions as _positions_get_open_positions  # loaded on first use

        call = _positions_get_open_positions.request(symbol=symbol, prev_id=prev_id, count=count)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def iter_open_positions(
        self,
        *,
        symbol: str | None = None,
        prev_id: int | None = None,
        count: int | None = None,
        timeout: TimeoutTypes = None,
        deadline: float | None = None,
    ) -> AsyncIterator[OpenPosition]:
        """Every item of `get_open_positions`, following the `prev_id` cursor lazily.

        One request per page of `count` items (default 100), made only when the previous
        page has been consumed; stops at the first short or empty page and never yields an id twice.
        `prev_id` is where to start (default: the newest). `timeout` and `deadline` apply to each page's request.
        """

        async def fetch(cursor: int | None) -> Sequence[OpenPosition]:
            page = await self.get_open_positions(
                symbol=symbol,
                prev_id=cursor,
                count=count,
                timeout=timeout,
                deadline=deadline,
            )
            return page.list_

        return paging.afollow_cursor(fetch, lambda item: item.position_id, start=prev_id, page_size=count or 100)

    async def get_position_summary(
        self,
        *,
        symbol: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> PositionSummaryList:
        """Get the position summary per symbol and side

        `GET /private/v1/positionSummary` (signed).

        Returns the position summary (建玉サマリー) of the given symbol per side (buy/sell). Without
        `symbol`, the summaries of every symbol held are returned, per side.

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
        execution_type: OrderExecutionType | Literal["MARKET", "LIMIT", "STOP", "OCO"],
        client_order_id: str | None = None,
        size: Decimal | int | str | None = None,
        limit_price: Decimal | int | str | None = None,
        stop_price: Decimal | int | str | None = None,
        lower_bound: Decimal | int | str | None = None,
        upper_bound: Decimal | int | str | None = None,
        settle_position: Sequence[SettlePosition] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order]:
        """Place a close (settlement) order

        `POST /private/v1/closeOrder` (signed).

        Not in the seed documentation; taken from [T1] (parameters) and [T2] (response).

        Places a close order (決済注文) that settles open positions. Give either `size` (no
        position specified) or `settlePosition` (up to 10 positions with a size each), not both
        (ERR-5214). `executionType` is `MARKET`, `LIMIT`, `STOP` or `OCO`; `limitPrice` is required
        for LIMIT and OCO, `stopPrice` for STOP and OCO. `lowerBound` (SELL) / `upperBound` (BUY)
        bound the fill price of a MARKET order ([T2] sends them only for MARKET). [T1]'s
        `upperBound` row repeats "成立下限価格" (lower bound), an apparent copy error.

        Not in the seed documentation; taken from [T1] 決済注文; response: ajim3796/gmo_coin_fx_api@cd38641c
        7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py (close_order docstring).

        Args:
            symbol: Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
                CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
            side: Side (売買区分). `BUY` buy, `SELL` sell.
            execution_type: Order type accepted by `createOrder` and `closeOrder`: `MARKET`, `LIMIT`, `STOP` or
                `OCO` (an OCO order is placed as two orders, a LIMIT and a STOP). (The seed lost the
                value list; `OCO` is implied by "LIMIT OCO の場合は必須", and [T1]/[T2] list all four.)
            client_order_id: Client order ID (顧客注文ID); at most 36 half-width alphanumeric characters. Optional.
            size: Order size without specifying positions (建玉指定なし). Optional.
            limit_price: Limit price; required for `LIMIT` and `OCO`. Optional.
            stop_price: Stop price; required for `STOP` and `OCO`. Optional.
            lower_bound: Lower bound of the fill price (成立下限価格); MARKET SELL. Optional.
            upper_bound: Upper bound of the fill price (成立上限価格); MARKET BUY. Optional.
            settle_position: Positions to settle, at most 10 (複数建玉). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order]
        """
        from .api.positions import close_order as _positions_close_order  # loaded on first use

        call = _positions_close_order.request(
            symbol=symbol,
            side=side,
            execution_type=execution_type,
            client_order_id=client_order_id,
            size=size,
            limit_price=limit_price,
            stop_price=stop_price,
            lower_bound=lower_bound,
            upper_bound=upper_bound,
            settle_position=settle_position,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncPublicResource:
    """`client.public`: 4 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_status(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> ExchangeStatus:
        """Get the FX service status

        `GET /public/v1/status`.

        Returns the operating status of the FX service (外国為替FXステータス): `MAINTENANCE`, `CLOSE`
        (market closed, e.g. at weekends) or `OPEN`. No parameters.

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
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Ticker]:
        """Get the latest rates of all symbols

        `GET /public/v1/ticker`.

        Returns the latest rate (最新レート) of every symbol: ask, bid, the rate's timestamp
        (microsecond precision) and the symbol's status (`CLOSE` or `OPEN`). Unlike the crypto API
        there is no `symbol` filter; one element per symbol is returned.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Ticker]
        """
        from .api.public import get_ticker as _public_get_ticker  # loaded on first use

        call = _public_get_ticker.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_klines(
        self,
        *,
        symbol: str,
        price_type: KlinePriceType | Literal["BID", "ASK"],
        interval: KlineInterval
        | Literal[
            "1min", "5min", "10min", "15min", "30min", "1hour", "4hour", "8hour", "12hour", "1day", "1week", "1month"
        ],
        date: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Kline]:
        """Get candlesticks (OHLC) of a symbol

        `GET /public/v1/klines`.

        Returns the four prices (open, high, low, close) per interval for the given symbol, price
        type (BID or ASK), interval and date (KLine情報の取得). There is no volume. `date` is
        `YYYYMMDD` for the intervals 1min 5min 10min 15min 30min 1hour and `YYYY` for 4hour 8hour
        12hour 1day 1week 1month. Invalid symbol/interval/date: ERR-5207.

        Args:
            symbol: (undocumented)
            price_type: Price type of the candles, `BID` or `ASK` (values from [T1]; lost in the seed).
            interval: Candle interval. 1min 5min 10min 15min 30min 1hour take a `YYYYMMDD` date; 4hour 8hour
                12hour 1day 1week 1month take a `YYYY` date.
            date: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Kline]
        """
        from .api.public import get_klines as _public_get_klines  # loaded on first use

        call = _public_get_klines.request(symbol=symbol, price_type=price_type, interval=interval, date=date)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_symbols(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[SymbolRule]:
        """Get the trading rules of all symbols

        `GET /public/v1/symbols`.

        Returns the trading rules (取引ルール) per symbol: minimum size of a new (opening) order,
        maximum size per order, size step and price tick. No parameters.

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

        Not in the seed documentation; taken from [T1] (parameters) and [T2] (response).

        Extends an access token: whatever time it had left, its new expiry is 60 minutes from now.
        The token travels in the JSON body. Signing: the SDK signs `timestamp + "PUT" +
        "/v1/ws-auth"` without the body, as the crypto docs' PUT/DELETE ws-auth samples do ([T2]
        signs the body too; unverified against the live API).

        Not in the seed documentation; taken from [T1] アクセストークンを延長; response: ajim3796/gmo_coin_fx_api@c
        d38641c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py (extend_ws_token
        docstring).

        Args:
            token: Access token (アクセストークン).
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
        """Get a Private WebSocket access token

        `POST /private/v1/ws-auth` (signed).

        Not in the seed documentation; taken from [T1]. The seed only says that the Private
        WebSocket API uses an access token obtained through the Private API "get access token",
        which authenticates like every other Private API.

        Issues an access token for the Private WebSocket API
        (`wss://forex-api.coin.z.com/ws/private/v1/{token}`). A token is valid for 60 minutes; at
        most 5 tokens exist per key, and issuing more deletes the tokens closest to expiry first.
        The key must have the WebSocket notification permissions (execution/order/position/position
        summary events) enabled; tokens issued before a permission edit do not get the new
        permissions. The body is an empty JSON object `{}` and is signed like any POST body.

        Not in the seed documentation; taken from [T1] アクセストークンを取得; [T2] get_ws_token.

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

        Not in the seed documentation; taken from [T1] (parameters) and [T2] (response).

        Deletes an access token. The token travels in a JSON body (DELETE with a body). Signing:
        the SDK signs `timestamp + "DELETE" + "/v1/ws-auth"` without the body, as the crypto docs'
        PUT/DELETE ws-auth samples do ([T2] signs the body too; unverified against the live API).

        Not in the seed documentation; taken from [T1] アクセストークンを削除; response: ajim3796/gmo_coin_fx_api@c
        d38641c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py (delete_ws_token
        docstring).

        Args:
            token: Access token (アクセストークン).
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
    """Asynchronous client for GMO Coin FX (外国為替FX) REST API.

    Args:
        api_key: API key; defaults to the GMO_COIN_FX_API_KEY environment variable.
        api_secret: API secret; defaults to GMO_COIN_FX_API_SECRET. Public calls need neither.
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
        self.executions = AsyncExecutionsResource(self)
        self.orders = AsyncOrdersResource(self)
        self.positions = AsyncPositionsResource(self)
        self.public = AsyncPublicResource(self)
        self.ws_auth = AsyncWsAuthResource(self)
