"""`hashkey_mena.Client` and `hashkey_mena.AsyncClient`: one attribute per API group.

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import httpx

from venuekit import client as _runtime
from venuekit.auth.hashkey_mena import HashKeyAuth
from venuekit.auth.hashkey_mena import envelope as _envelope
from venuekit.client import TimeoutTypes

from .errors import ERRORS

if TYPE_CHECKING:  # models load with the operation that returns them, the retry runtime with the first client
    from venuekit.retry import RetryPolicy

    from .models import (
        AccountInfo,
        AccountTrade,
        AuthenticateDepositAddressResponse,
        BalanceFlowAccountType,
        BalanceFlowEntry,
        BalanceFlowType,
        BatchOrderRequestItem,
        BookTicker,
        CancelAllOpenOrdersResponse,
        CanceledOrder,
        CancelOpenOrdersResponse,
        CancelOrdersByIdsResponse,
        ChainTypeList,
        CheckApiKeyResponse,
        CloseListenKeyResponse,
        CreateAssetTransferResponse,
        CreateBatchOrdersResponse,
        CreateListenKeyResponse,
        CreateOrderTestResponse,
        DepositOrder,
        ExchangeInfo,
        ExchangeSymbol,
        FiatChannel,
        FiatOrder,
        FiatOrderStatus,
        FiatOrderType,
        GetAccountResponse,
        GetCoinInfoResponse,
        GetDepositAddressResponse,
        GetServerTimeResponse,
        GetVipInfoResponse,
        InstType,
        KeepAliveListenKeyResponse,
        Kline,
        KlineInterval,
        MergedDepthScale,
        NewOrder,
        OrderBook,
        OrderDetail,
        OrderType,
        PingResponse,
        PublicTrade,
        Side,
        Site,
        StpMode,
        Ticker24Hr,
        TickerPrice,
        TimeInForce,
        WithdrawOrder,
        WithdrawPlatform,
        WithdrawResponse,
    )

VENUE = _runtime.Venue(
    name="hashkey_mena",
    environments={
        "production": "https://api-pro.hashkey.com",
        "sandbox": "https://api-pro.sim.hashkeydev.com",
    },
    env_prefix="HASHKEY",
    auth=HashKeyAuth,
    errors=ERRORS,
    envelope=_envelope,
    rate_limits={
        "buckets": [
            {"name": "query", "per": "key", "methods": ["GET"], "signed": True, "limit": 2, "window": 1},
            {
                "name": "order",
                "per": "key",
                "tags": ["orders"],
                "methods": ["POST", "DELETE"],
                "signed": True,
                "limit": 10,
                "window": 1,
            },
            {"name": "transfer", "per": "key", "operations": ["createAssetTransfer"], "limit": 1, "window": 1},
        ]
    },
)


class AccountResource:
    """`client.account`: 10 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_vip_info(
        self,
        *,
        symbols: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetVipInfoResponse:
        """Get VIP level and fee rates

        `GET /api/v1/account/vipInfo` (signed).

        Returns the VIP level, 30-day trading volume, total asset balance and per-symbol fee rates (a
        daily
        snapshot). The body carries `code` (integer 0 on success).

        Weight: 5.

        Source: seed lines 893-1499.

        Args:
            symbols: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            GetVipInfoResponse
        """
        from .api.account import get_vip_info as _account_get_vip_info  # loaded on first use

        call = _account_get_vip_info.request(symbols=symbols)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_account(
        self,
        *,
        account_id: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetAccountResponse:
        """Get account balances

        `GET /api/v1/account` (signed).

        Returns the balances of the trading account. A master key may pass accountId to read a sub
        trading account.

        Weight: 5.

        Source: seed lines 1500-1557.

        Args:
            account_id: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            GetAccountResponse
        """
        from .api.account import get_account as _account_get_account  # loaded on first use

        call = _account_get_account.request(account_id=account_id)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_my_trades(
        self,
        *,
        symbol: str | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        client_order_id: str | None = None,
        from_id: str | None = None,
        to_id: str | None = None,
        limit: int | None = None,
        account_id: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[AccountTrade]:
        """List the user's fills

        `GET /api/v1/account/trades` (signed).

        Returns the user's trades of the last 30 days, sorted in descending order. Only fromId: trades
        with
        IDs greater than fromId; only toId: IDs less than toId; both: between them; neither: the latest
        trades.

        Weight: 5.

        Source: seed lines 1558-1668.

        Args:
            symbol: (undocumented) Optional.
            start_time: (undocumented) Optional.
            end_time: (undocumented) Optional.
            client_order_id: (undocumented) Optional.
            from_id: (undocumented) Optional.
            to_id: (undocumented) Optional.
            limit: (undocumented) Optional.
            account_id: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[AccountTrade]
        """
        from .api.account import get_my_trades as _account_get_my_trades  # loaded on first use

        call = _account_get_my_trades.request(
            symbol=symbol,
            start_time=start_time,
            end_time=end_time,
            client_order_id=client_order_id,
            from_id=from_id,
            to_id=to_id,
            limit=limit,
            account_id=account_id,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_account_types(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[AccountInfo]:
        """List accounts and their types

        `GET /api/v1/account/type` (signed).

        Returns the user's accounts (main trading, custody, fiat, sub trading) with their types.

        Weight: 5.

        Source: seed lines 1669-1716.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[AccountInfo]
        """
        from .api.account import get_account_types as _account_get_account_types  # loaded on first use

        call = _account_get_account_types.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def create_asset_transfer(
        self,
        *,
        from_account_id: str,
        to_account_id: str,
        coin: str,
        quantity: Decimal | int | str,
        remark: str | None = None,
        client_order_id: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CreateAssetTransferResponse:
        """Transfer between own accounts

        `POST /api/v1/account/assetTransfer` (signed).

        Transfers an asset between the user's accounts (main trading, custody, fiat, sub trading). Call
        at
        most once per second. Parameters travel in the query string, as in the doc's worked examples;
        transfers show up in the ledger with flowType 51.

        Weight: 1.

        Source: seed lines 1717-1743.

        Args:
            from_account_id: (undocumented)
            to_account_id: (undocumented)
            coin: (undocumented)
            quantity: (undocumented)
            remark: (undocumented) Optional.
            client_order_id: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CreateAssetTransferResponse
        """
        from .api.account import create_asset_transfer as _account_create_asset_transfer  # loaded on first use

        call = _account_create_asset_transfer.request(
            from_account_id=from_account_id,
            to_account_id=to_account_id,
            coin=coin,
            quantity=quantity,
            remark=remark,
            client_order_id=client_order_id,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def check_api_key(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CheckApiKeyResponse:
        """Get the API key's account type

        `GET /api/v1/account/checkApiKey` (signed).

        Tells whether the API key belongs to the master account or to a sub account.

        Weight: 1.

        Source: seed lines 1744-1759.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CheckApiKeyResponse
        """
        from .api.account import check_api_key as _account_check_api_key  # loaded on first use

        call = _account_check_api_key.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_fiat_history(
        self,
        *,
        type_: FiatOrderType | Literal["deposit", "withdraw"],
        start_time: datetime.datetime,
        end_time: datetime.datetime,
        status: FiatOrderStatus
        | Literal["under_review", "processing", "successful", "failed", "withdraw_return", "return"]
        | None = None,
        channel: FiatChannel | Literal["auto", "manual"] | None = None,
        remark: str | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[FiatOrder]:
        """List fiat deposits or withdrawals

        `GET /api/v1/account/fiat/history` (signed).

        Returns fiat deposit or withdrawal records in a time range.

        Weight: 5.

        Source: seed lines 1760-1833.

        Args:
            type_: Fiat order type.
            start_time: (undocumented)
            end_time: (undocumented)
            status: Fiat order status. Deposits: under_review, processing, failed, successful,
                withdraw_return. Withdrawals: under_review, processing, failed, successful, return. The
                request filter accepts under_review, processing, successful, failed. Optional.
            channel: Fiat channel: auto (default) or manual (use manual for records before 2023-09-01).
                Optional.
            remark: (undocumented) Optional.
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[FiatOrder]
        """
        from .api.account import get_fiat_history as _account_get_fiat_history  # loaded on first use

        call = _account_get_fiat_history.request(
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            status=status,
            channel=channel,
            remark=remark,
            limit=limit,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_balance_flow(
        self,
        *,
        start_time: datetime.datetime,
        end_time: datetime.datetime,
        limit: int | None = None,
        flow_type: BalanceFlowType
        | Literal[
            1,
            2,
            32,
            51,
            900,
            904,
            906,
            910,
            "VALUE_1",
            "VALUE_2",
            "VALUE_32",
            "VALUE_51",
            "VALUE_900",
            "VALUE_904",
            "VALUE_906",
            "VALUE_910",
        ]
        | None = None,
        account_type: BalanceFlowAccountType
        | Literal[1, 3, 5, 6, "VALUE_1", "VALUE_3", "VALUE_5", "VALUE_6"]
        | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[BalanceFlowEntry]:
        """List ledger entries

        `GET /api/v1/account/balanceFlow` (signed).

        Returns the account ledger (transaction history) in a time range. Types 1 and 2 cover the last 7
        days, the others the last 30 days. Transfer queries (flowType 51) are for master-account keys.

        Weight: 5.

        Source: seed lines 1834-1998.

        Args:
            start_time: (undocumented)
            end_time: (undocumented)
            limit: (undocumented) Optional.
            flow_type: Ledger flow type filter: 1 Trade (last 7 days), 2 FEE (last 7 days), 32 Funding FEE, 51
                USER_ACCOUNT_TRANSFER, 900 CUSTODY_DEPOSIT, 904 CUSTODY_WITHDRAW, 906 FIAT_DEPOSIT, 910
                FIAT_WITHDRAW (each of the last four: last 30 days; 32 and 51 likewise). Optional.
            account_type: Ledger account type filter: 1 spot trading account, 3 contract trading account, 5
                custody account, 6 fiat account. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[BalanceFlowEntry]
        """
        from .api.account import get_balance_flow as _account_get_balance_flow  # loaded on first use

        call = _account_get_balance_flow.request(
            start_time=start_time, end_time=end_time, limit=limit, flow_type=flow_type, account_type=account_type
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_chain_types(
        self,
        *,
        coin_id: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[ChainTypeList]:
        """List a coin's chain types

        `GET /api/v1/account/chainType` (signed).

        Returns the chain types (networks) supported for deposits and withdrawals of a coin.

        Weight: 1.

        Source: seed lines 1999-2027.

        Args:
            coin_id: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[ChainTypeList]
        """
        from .api.account import get_chain_types as _account_get_chain_types  # loaded on first use

        call = _account_get_chain_types.request(coin_id=coin_id)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_coin_info(
        self,
        *,
        coin_id: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCoinInfoResponse:
        """Get coin information

        `GET /api/v1/coinInfo`.

        Returns a coin and the deposit/withdrawal parameters of its chains. The parameter table lists no
        timestamp, so this spec treats the endpoint as public (unsigned); it sits under the Account
        heading
        and has no weight. Note `chainTypes` is at top level here, not inside `coins` as in
        exchangeInfo.

        Source: seed lines 2028-2054.

        Args:
            coin_id: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            GetCoinInfoResponse
        """
        from .api.account import get_coin_info as _account_get_coin_info  # loaded on first use

        call = _account_get_coin_info.request(coin_id=coin_id)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class GeneralResource:
    """`client.general`: 3 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_exchange_info(
        self,
        *,
        symbol: str | None = None,
        site: Site | Literal["BMU", "UAE"] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> ExchangeInfo | ExchangeSymbol:
        """Get exchange information

        `GET /api/v1/exchangeInfo`.

        Returns trading rules, symbols and coins. The field table describes an envelope ({timezone,
        serverTime, symbols, coins, ...}), but the doc's example, for a MENA symbol, is a bare symbol
        object, and a ccxt recording queried with `symbol` is one too. The 200 body is therefore either
        the
        ExchangeInfo envelope or one ExchangeSymbol. Pass site=UAE for MENA pairs such as USDTAED (the
        server defaults to BMU).

        Source: seed lines 2533-2704.

        Args:
            symbol: (undocumented) Optional.
            site: Exchange site: BMU (Bermuda Exchange, the server default) or UAE (HashKey MENA pairs
                such as USDTAED). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            ExchangeInfo | ExchangeSymbol
        """
        from .api.general import get_exchange_info as _general_get_exchange_info  # loaded on first use

        call = _general_get_exchange_info.request(symbol=symbol, site=site)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def ping(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> PingResponse:
        """Test connectivity

        `GET /api/v1/ping`.

        Tests connectivity; returns an empty object.

        Weight: 1.

        Source: seed lines 3003-3011.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            PingResponse
        """
        from .api.general import ping as _general_ping  # loaded on first use

        call = _general_ping.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_server_time(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetServerTimeResponse:
        """Get server time

        `GET /api/v1/time`.

        Returns the server time in epoch milliseconds; use it to set HashKeyAuth.clock_offset_ms.

        Weight: 1.

        Source: seed lines 3012-3024.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            GetServerTimeResponse
        """
        from .api.general import get_server_time as _general_get_server_time  # loaded on first use

        call = _general_get_server_time.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class MarketResource:
    """`client.market`: 7 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_depth(
        self,
        *,
        symbol: str,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OrderBook:
        """Get the order book

        `GET /quote/v1/depth`.

        Returns the current order book.

        Source: seed lines 2705-2747.

        Args:
            symbol: (undocumented)
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            OrderBook
        """
        from .api.market import get_depth as _market_get_depth  # loaded on first use

        call = _market_get_depth.request(symbol=symbol, limit=limit)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_trades(
        self,
        *,
        symbol: str,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[PublicTrade]:
        """List recent public trades

        `GET /quote/v1/trades`.

        Returns the most recent public trades (no trade ID is given).

        Source: seed lines 2748-2783.

        Args:
            symbol: (undocumented)
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[PublicTrade]
        """
        from .api.market import get_trades as _market_get_trades  # loaded on first use

        call = _market_get_trades.request(symbol=symbol, limit=limit)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_klines(
        self,
        *,
        symbol: str,
        interval: KlineInterval
        | Literal["1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "1w", "1M"],
        limit: int | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Kline]:
        """Get candlesticks

        `GET /quote/v1/klines`.

        Returns candlesticks (klines) as positional arrays.

        Source: seed lines 2784-2865.

        Args:
            symbol: (undocumented)
            interval: Candlestick interval: m minutes, h hours, d days, w weeks, M months.
            limit: (undocumented) Optional.
            start_time: (undocumented) Optional.
            end_time: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Kline]
        """
        from .api.market import get_klines as _market_get_klines  # loaded on first use

        call = _market_get_klines.request(
            symbol=symbol, interval=interval, limit=limit, start_time=start_time, end_time=end_time
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_ticker_24_hr(
        self,
        *,
        symbol: str | None = None,
        inst_type: InstType | Literal["SPOT", "FUTURES", "ANY"] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Ticker24Hr]:
        """Get 24-hour tickers

        `GET /quote/v1/ticker/24hr`.

        Returns 24-hour rolling statistics. Always an array, even when one symbol is requested.

        Source: seed lines 2866-2903.

        Args:
            symbol: (undocumented) Optional.
            inst_type: Instrument type filter: SPOT (default), FUTURES (futures pairs only), ANY (all).
                Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Ticker24Hr]
        """
        from .api.market import get_ticker_24_hr as _market_get_ticker_24_hr  # loaded on first use

        call = _market_get_ticker_24_hr.request(symbol=symbol, inst_type=inst_type)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_ticker_price(
        self,
        *,
        symbol: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[TickerPrice]:
        """Get last prices

        `GET /quote/v1/ticker/price`.

        Returns the latest price per symbol. Always an array.

        Source: seed lines 2904-2922.

        Args:
            symbol: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[TickerPrice]
        """
        from .api.market import get_ticker_price as _market_get_ticker_price  # loaded on first use

        call = _market_get_ticker_price.request(symbol=symbol)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_book_ticker(
        self,
        *,
        symbol: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[BookTicker]:
        """Get top of book

        `GET /quote/v1/ticker/bookTicker`.

        Returns the best bid and ask of a symbol. Always an array.

        Source: seed lines 2923-2949.

        Args:
            symbol: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[BookTicker]
        """
        from .api.market import get_book_ticker as _market_get_book_ticker  # loaded on first use

        call = _market_get_book_ticker.request(symbol=symbol)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_merged_depth(
        self,
        *,
        symbol: str,
        limit: int | None = None,
        scale: MergedDepthScale
        | Literal[0, 1, 2, 3, 4, 5, "VALUE_0", "VALUE_1", "VALUE_2", "VALUE_3", "VALUE_4", "VALUE_5"]
        | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OrderBook:
        """Get aggregated order book

        `GET /quote/v1/depth/merged`.

        Returns the order book aggregated by price level (scale).

        Source: seed lines 2950-3002.

        Args:
            symbol: (undocumented)
            limit: (undocumented) Optional.
            scale: Price-aggregation level: 0 represents 1 layer, 1 represents 2 layers, and so on.
                Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            OrderBook
        """
        from .api.market import get_merged_depth as _market_get_merged_depth  # loaded on first use

        call = _market_get_merged_depth.request(symbol=symbol, limit=limit, scale=scale)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class OrdersResource:
    """`client.orders`: 10 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def create_order_test(
        self,
        *,
        symbol: str,
        side: Side | Literal["BUY", "SELL"],
        type_: OrderType | Literal["LIMIT", "MARKET", "LIMIT_MAKER"],
        quantity: Decimal | int | str,
        price: Decimal | int | str | None = None,
        new_client_order_id: str | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        stp_mode: StpMode | Literal["EXPIRE_TAKER", "EXPIRE_MAKER"] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CreateOrderTestResponse:
        """Test a new order

        `POST /api/v1/spot/orderTest` (signed).

        Validates the parameters of a new order without sending it to the matching engine. Returns an
        empty
        object on success. Parameters travel as an `application/x-www-form-urlencoded` body (the doc's
        create-order sample style); the signer appends timestamp/recvWindow/signature to that body.

        Weight: 1.

        Source: seed lines 351-370.

        Args:
            symbol: Trading pair, e.g. BTCUSDT.
            side: Order side.
            type_: Order type: LIMIT (limit order), MARKET (market order), LIMIT_MAKER (maker-only limit
                order). The private WebSocket executionReport example also shows MARKET_OF_QUOTE; REST
                reports quote-amount market orders as MARKET (seen in recorded payloads).
            quantity: Quantity in base asset (required here, unlike create order v1.1).
            price: Limit price; required for LIMIT and LIMIT_MAKER. Optional.
            new_client_order_id: Client-defined order ID (up to 255 characters); generated if not sent. Optional.
            time_in_force: GTC (limit and limit-maker orders), IOC (limit and market orders), FOK (limit orders;
                listed only in the v1.1 create-order table). Optional.
            stp_mode: Self-trade prevention mode. EXPIRE_TAKER is the default when not sent. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CreateOrderTestResponse
        """
        from .api.orders import create_order_test as _orders_create_order_test  # loaded on first use

        call = _orders_create_order_test.request(
            symbol=symbol,
            side=side,
            type_=type_,
            quantity=quantity,
            price=price,
            new_client_order_id=new_client_order_id,
            time_in_force=time_in_force,
            stp_mode=stp_mode,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def create_order(
        self,
        *,
        symbol: str,
        side: Side | Literal["BUY", "SELL"],
        type_: OrderType | Literal["LIMIT", "MARKET", "LIMIT_MAKER"],
        quantity: Decimal | int | str | None = None,
        amount: Decimal | int | str | None = None,
        price: Decimal | int | str | None = None,
        new_client_order_id: str | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        stp_mode: StpMode | Literal["EXPIRE_TAKER", "EXPIRE_MAKER"] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> NewOrder:
        """Create an order (v1.1)

        `POST /api/v1.1/spot/order` (signed).

        Places a new order. Mandatory parameters by type: LIMIT needs quantity and price; MARKET needs
        quantity or amount; LIMIT_MAKER needs quantity and price. Parameters travel as an
        `application/x-www-form-urlencoded` body, as in the doc's Python order sample; the signer
        appends
        timestamp/recvWindow/signature to that body. Order creation is documented only at this v1.1 path
        (`POST /api/v1/spot/order` appears only in the signature examples and is not specified here).

        Weight: 1.

        Source: seed lines 371-429.

        Args:
            symbol: Trading pair, e.g. BTCUSDT.
            side: Order side.
            type_: Order type: LIMIT (limit order), MARKET (market order), LIMIT_MAKER (maker-only limit
                order). The private WebSocket executionReport example also shows MARKET_OF_QUOTE; REST
                reports quote-amount market orders as MARKET (seen in recorded payloads).
            quantity: Quantity in base asset. LIMIT and LIMIT_MAKER: required. MARKET: base quantity (send
                quantity or amount, not both: error -1129). Optional.
            amount: Cash amount in quote asset, MARKET orders only (not together with quantity). Optional.
            price: Limit price; required for LIMIT and LIMIT_MAKER. Optional.
            new_client_order_id: Client-defined order ID (up to 255 characters); generated if not sent. Optional.
            time_in_force: GTC (limit and limit-maker orders), IOC (limit and market orders), FOK (limit orders;
                listed only in the v1.1 create-order table). Optional.
            stp_mode: Self-trade prevention mode. EXPIRE_TAKER is the default when not sent. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            NewOrder
        """
        from .api.orders import create_order as _orders_create_order  # loaded on first use

        call = _orders_create_order.request(
            symbol=symbol,
            side=side,
            type_=type_,
            quantity=quantity,
            amount=amount,
            price=price,
            new_client_order_id=new_client_order_id,
            time_in_force=time_in_force,
            stp_mode=stp_mode,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def create_batch_orders(
        self,
        *,
        orders: Sequence[BatchOrderRequestItem],
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CreateBatchOrdersResponse:
        """Create up to 20 orders for one symbol (v1.1)

        `POST /api/v1.1/spot/batchOrders` (signed).

        Creates up to 20 orders in one call; all orders must be for the same symbol. This is the only
        endpoint with a JSON body: the body is a bare JSON array of order objects (`content-type:
        application/json`), and timestamp/recvWindow/signature travel in the query string, as in the
        doc's
        curl example. The signature covers the query string only; the JSON body is NOT part of the
        signed
        payload (the doc's curl example shows only timestamp in the signed query; see HashKeyAuth).
        Partial
        success is possible: check each result's code. The top-level `code` is the integer 0 while each
        item's `code` is the string "0000".

        Weight: 1.

        Source: seed lines 430-542.

        Args:
            orders: Orders to create (1-20, same symbol).
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CreateBatchOrdersResponse
        """
        from .api.orders import create_batch_orders as _orders_create_batch_orders  # loaded on first use

        call = _orders_create_batch_orders.request(orders=orders)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_order(
        self,
        *,
        order_id: str | None = None,
        orig_client_order_id: str | None = None,
        account_id: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OrderDetail:
        """Query an order

        `GET /api/v1/spot/order` (signed).

        Returns one order by orderId or origClientOrderId. Only this endpoint returns the deprecated fee
        fields (feeCoin, feeAmount, sumFeeAmount).

        Weight: 1.

        Source: seed lines 666-735.

        Args:
            order_id: (undocumented) Optional.
            orig_client_order_id: (undocumented) Optional.
            account_id: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            OrderDetail
        """
        from .api.orders import get_order as _orders_get_order  # loaded on first use

        call = _orders_get_order.request(
            order_id=order_id, orig_client_order_id=orig_client_order_id, account_id=account_id
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def cancel_order(
        self,
        *,
        order_id: str | None = None,
        client_order_id: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CanceledOrder:
        """Cancel an order

        `DELETE /api/v1/spot/order` (signed).

        Cancels an existing order. Either orderId or clientOrderId must be sent. Cancelling an order
        that is
        already filled returns the order (status FILLED) rather than an error (seen in recorded
        payloads).

        Weight: 1.

        Source: seed lines 543-582.

        Args:
            order_id: (undocumented) Optional.
            client_order_id: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CanceledOrder
        """
        from .api.orders import cancel_order as _orders_cancel_order  # loaded on first use

        call = _orders_cancel_order.request(order_id=order_id, client_order_id=client_order_id)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_open_orders(
        self,
        *,
        from_order_id: str | None = None,
        symbol: str | None = None,
        side: Side | Literal["BUY", "SELL"] | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[OrderDetail]:
        """List open orders

        `GET /api/v1/spot/openOrders` (signed).

        Returns the current open orders, optionally filtered by symbol and side.

        Weight: 1.

        Source: seed lines 736-800.

        Args:
            from_order_id: (undocumented) Optional.
            symbol: (undocumented) Optional.
            side: Order side. Optional.
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[OrderDetail]
        """
        from .api.orders import get_open_orders as _orders_get_open_orders  # loaded on first use

        call = _orders_get_open_orders.request(from_order_id=from_order_id, symbol=symbol, side=side, limit=limit)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def cancel_open_orders(
        self,
        *,
        symbol: str,
        side: Side | Literal["BUY", "SELL"] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelOpenOrdersResponse:
        """Cancel all open orders of a symbol

        `DELETE /api/v1/spot/openOrders` (signed).

        Cancels all open orders of one symbol (up to 200 per call), optionally only one side.

        Weight: 1.

        Source: seed lines 583-601.

        Args:
            symbol: (undocumented)
            side: Order side. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CancelOpenOrdersResponse
        """
        from .api.orders import cancel_open_orders as _orders_cancel_open_orders  # loaded on first use

        call = _orders_cancel_open_orders.request(symbol=symbol, side=side)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def cancel_all_open_orders(
        self,
        *,
        symbol: str | None = None,
        side: Side | Literal["BUY", "SELL"] | None = None,
        from_order_id: str | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelAllOpenOrdersResponse:
        """Cancel all open spot orders

        `DELETE /api/v1/spot/cancelAllOpenOrders` (signed).

        Cancels open orders across symbols (up to 200 per request), optionally filtered by symbol and
        side.
        With a main-account key only main-account orders are cancelled, not sub-account orders.
        `message`
        reports that the request was accepted, not that every cancel completed; repeat with fromOrderId
        =
        lastOrderId to continue (inferred).

        Weight: 1.

        Source: seed lines 602-628.

        Args:
            symbol: (undocumented) Optional.
            side: Order side. Optional.
            from_order_id: (undocumented) Optional.
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CancelAllOpenOrdersResponse
        """
        from .api.orders import cancel_all_open_orders as _orders_cancel_all_open_orders  # loaded on first use

        call = _orders_cancel_all_open_orders.request(
            symbol=symbol, side=side, from_order_id=from_order_id, limit=limit
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def cancel_orders_by_ids(
        self,
        *,
        ids: Sequence[str],
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelOrdersByIdsResponse:
        """Cancel orders by ID

        `DELETE /api/v1/spot/cancelOrderByIds` (signed).

        Cancels up to 100 orders by order ID. `code` "0000" means the request was executed; `result`
        lists
        only the orders that failed (empty when all succeeded).

        Weight: 1.

        Source: seed lines 629-665.

        Args:
            ids: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CancelOrdersByIdsResponse
        """
        from .api.orders import cancel_orders_by_ids as _orders_cancel_orders_by_ids  # loaded on first use

        call = _orders_cancel_orders_by_ids.request(ids=ids)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_trade_orders(
        self,
        *,
        from_order_id: str | None = None,
        symbol: str | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        side: Side | Literal["BUY", "SELL"] | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[OrderDetail]:
        """List order history

        `GET /api/v1/spot/tradeOrders` (signed).

        Returns the user's orders that have been traded or finished (filled, cancelled), within the last
        90
        days. fromOrderId returns orders with an ID smaller than it (backward pagination).

        Weight: 5.

        Source: seed lines 801-892.

        Args:
            from_order_id: (undocumented) Optional.
            symbol: (undocumented) Optional.
            start_time: (undocumented) Optional.
            end_time: (undocumented) Optional.
            side: Order side. Optional.
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[OrderDetail]
        """
        from .api.orders import get_trade_orders as _orders_get_trade_orders  # loaded on first use

        call = _orders_get_trade_orders.request(
            from_order_id=from_order_id, symbol=symbol, start_time=start_time, end_time=end_time, side=side, limit=limit
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class SubAccountResource:
    """`client.sub_account`: 3 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_sub_account_open_orders(
        self,
        *,
        sub_account_id: str,
        from_order_id: str | None = None,
        side: Side | Literal["BUY", "SELL"] | None = None,
        symbol: str | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[OrderDetail]:
        """List a sub account's open orders

        `GET /api/v1/spot/subAccount/openOrders` (signed).

        Returns the open orders of a sub account (master key).

        Weight: 1.

        Source: seed lines 2055-2122.

        Args:
            sub_account_id: (undocumented)
            from_order_id: (undocumented) Optional.
            side: Order side. Optional.
            symbol: (undocumented) Optional.
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[OrderDetail]
        """
        from .api.sub_account import (
            get_sub_account_open_orders as _sub_account_get_sub_account_open_orders,  # loaded on first use
        )

        call = _sub_account_get_sub_account_open_orders.request(
            sub_account_id=sub_account_id, from_order_id=from_order_id, side=side, symbol=symbol, limit=limit
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_sub_account_trade_orders(
        self,
        *,
        sub_account_id: str,
        from_order_id: str | None = None,
        side: Side | Literal["BUY", "SELL"] | None = None,
        symbol: str | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[OrderDetail]:
        """List a sub account's order history

        `GET /api/v1/spot/subAccount/tradeOrders` (signed).

        Returns the order history of a sub account (last 90 days, master key).

        Weight: 5.

        Source: seed lines 2123-2192.

        Args:
            sub_account_id: (undocumented)
            from_order_id: (undocumented) Optional.
            side: Order side. Optional.
            symbol: (undocumented) Optional.
            start_time: (undocumented) Optional.
            end_time: (undocumented) Optional.
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[OrderDetail]
        """
        from .api.sub_account import (
            get_sub_account_trade_orders as _sub_account_get_sub_account_trade_orders,  # loaded on first use
        )

        call = _sub_account_get_sub_account_trade_orders.request(
            sub_account_id=sub_account_id,
            from_order_id=from_order_id,
            side=side,
            symbol=symbol,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_sub_account_trades(
        self,
        *,
        symbol: str | None = None,
        sub_account_id: str | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        client_order_id: str | None = None,
        from_id: str | None = None,
        to_id: str | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[AccountTrade]:
        """List a sub account's fills

        `GET /api/v1/subAccount/trades` (signed).

        Returns the fills of a sub account (last 30 days, descending; same fromId/toId rules as the
        account
        trade list). Note the path has no /spot/ segment.

        Weight: 5.

        Source: seed lines 2193-2300.

        Args:
            symbol: (undocumented) Optional.
            sub_account_id: (undocumented) Optional.
            start_time: (undocumented) Optional.
            end_time: (undocumented) Optional.
            client_order_id: (undocumented) Optional.
            from_id: (undocumented) Optional.
            to_id: (undocumented) Optional.
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[AccountTrade]
        """
        from .api.sub_account import (
            get_sub_account_trades as _sub_account_get_sub_account_trades,  # loaded on first use
        )

        call = _sub_account_get_sub_account_trades.request(
            symbol=symbol,
            sub_account_id=sub_account_id,
            start_time=start_time,
            end_time=end_time,
            client_order_id=client_order_id,
            from_id=from_id,
            to_id=to_id,
            limit=limit,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class UserStreamResource:
    """`client.user_stream`: 3 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def keep_alive_listen_key(
        self,
        *,
        listen_key: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> KeepAliveListenKeyResponse:
        """Keep a listen key alive

        `PUT /api/v1/userDataStream` (signed).

        Resets the validity of a listen key to 60 minutes. The listen key travels as an
        `application/x-www-form-urlencoded` body, as in the doc's WebSocket sample.

        Weight: 1.

        Source: seed lines 3045-3057.

        Args:
            listen_key: Listen key to reset.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            KeepAliveListenKeyResponse
        """
        from .api.user_stream import keep_alive_listen_key as _user_stream_keep_alive_listen_key  # loaded on first use

        call = _user_stream_keep_alive_listen_key.request(listen_key=listen_key)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def create_listen_key(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CreateListenKeyResponse:
        """Create a listen key

        `POST /api/v1/userDataStream` (signed).

        Creates a listen key for the private WebSocket stream (wss://.../api/v1/ws/{listenKey}), valid
        for
        60 minutes unless kept alive; send a keep-alive about every 30 minutes. Documented as
        USER_STREAM
        (API key only), but the table requires timestamp and the doc's WebSocket sample signs it, so it
        is
        signed here.

        Weight: 1.

        Source: seed lines 3025-3044.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CreateListenKeyResponse
        """
        from .api.user_stream import create_listen_key as _user_stream_create_listen_key  # loaded on first use

        call = _user_stream_create_listen_key.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def close_listen_key(
        self,
        *,
        listen_key: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CloseListenKeyResponse:
        """Delete a listen key

        `DELETE /api/v1/userDataStream` (signed).

        Deletes a listen key, closing its private stream.

        Weight: 1.

        Source: seed lines 3058-3070.

        Args:
            listen_key: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CloseListenKeyResponse
        """
        from .api.user_stream import close_listen_key as _user_stream_close_listen_key  # loaded on first use

        call = _user_stream_close_listen_key.request(listen_key=listen_key)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class WalletResource:
    """`client.wallet`: 5 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_deposit_address(
        self,
        *,
        coin: str,
        chain_type: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDepositAddressResponse:
        """Get a deposit address

        `GET /api/v1/account/deposit/address` (signed).

        Returns the deposit address for a coin on a chain (see getChainTypes for chain types).

        Weight: 1.

        Source: seed lines 2301-2332.

        Args:
            coin: (undocumented)
            chain_type: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            GetDepositAddressResponse
        """
        from .api.wallet import get_deposit_address as _wallet_get_deposit_address  # loaded on first use

        call = _wallet_get_deposit_address.request(coin=coin, chain_type=chain_type)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_deposit_orders(
        self,
        *,
        coin: str | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[DepositOrder]:
        """List crypto deposits

        `GET /api/v1/account/depositOrders` (signed).

        Returns the user's crypto deposit history.

        Weight: 5.

        Source: seed lines 2333-2410.

        Args:
            coin: (undocumented) Optional.
            start_time: (undocumented) Optional.
            end_time: (undocumented) Optional.
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[DepositOrder]
        """
        from .api.wallet import get_deposit_orders as _wallet_get_deposit_orders  # loaded on first use

        call = _wallet_get_deposit_orders.request(coin=coin, start_time=start_time, end_time=end_time, limit=limit)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def authenticate_deposit_address(
        self,
        *,
        txid: str,
        exchange_name: str,
        is_address_owner: bool,
        sender_last_name: str | None = None,
        sender_first_name: str | None = None,
        institutional_name: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> AuthenticateDepositAddressResponse:
        """Authenticate a deposit's source address

        `POST /api/v1/account/authAddress` (signed).

        Declares the sender of a deposit (travel rule): either institutionalName, or both
        senderFirstName
        and senderLastName. Parameters travel as an `application/x-www-form-urlencoded` body.

        Weight: 1.

        Source: seed lines 2411-2438.

        Args:
            txid: On-chain transaction ID of the deposit.
            exchange_name: Whitelisted exchange the deposit comes from, e.g. Binance, OKX, Coinbase, Bybit, Kraken.
            is_address_owner: Self-declaration that you own the address; send true (serialized as the lowercase string
                "true" on the wire).
            sender_last_name: Sender last name (with senderFirstName, unless institutionalName is sent). Optional.
            sender_first_name: Sender first name (with senderLastName, unless institutionalName is sent). Optional.
            institutional_name: Sending institution (instead of the sender's names). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            AuthenticateDepositAddressResponse
        """
        from .api.wallet import (
            authenticate_deposit_address as _wallet_authenticate_deposit_address,  # loaded on first use
        )

        call = _wallet_authenticate_deposit_address.request(
            txid=txid,
            exchange_name=exchange_name,
            is_address_owner=is_address_owner,
            sender_last_name=sender_last_name,
            sender_first_name=sender_first_name,
            institutional_name=institutional_name,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def withdraw(
        self,
        *,
        coin: str,
        client_order_id: str,
        address: str,
        quantity: Decimal | int | str,
        chain_type: str,
        address_ext: str | None = None,
        platform: WithdrawPlatform | Literal["BINANCE", "OKX", "BITGET", "BYBIT"] | None = None,
        memo: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> WithdrawResponse:
        """Withdraw a virtual asset

        `POST /api/v1/account/withdraw` (signed).

        Requests a crypto withdrawal to a whitelisted address. Parameters travel as an
        `application/x-www-form-urlencoded` body. Never retried automatically: it moves money.

        Weight: 1.

        Source: seed lines 2439-2474.

        Args:
            coin: Asset, e.g. USDT.
            client_order_id: Client-defined withdrawal ID.
            address: Withdrawal address.
            quantity: Withdrawal amount.
            chain_type: Chain type, e.g. ETH (see getChainTypes).
            address_ext: Address tag (not in use currently). Optional.
            platform: Destination platform (case-insensitive on the server). BITGET and BYBIT are for
                individual investors only. Optional.
            memo: Memo required by some coins and networks (letters and digits only, at most 20
                characters). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            WithdrawResponse
        """
        from .api.wallet import withdraw as _wallet_withdraw  # loaded on first use

        call = _wallet_withdraw.request(
            coin=coin,
            client_order_id=client_order_id,
            address=address,
            quantity=quantity,
            chain_type=chain_type,
            address_ext=address_ext,
            platform=platform,
            memo=memo,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_withdraw_orders(
        self,
        *,
        coin: str | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        remark: str | None = None,
        limit: int | None = None,
        memo: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[WithdrawOrder]:
        """List crypto withdrawals

        `GET /api/v1/account/withdrawOrders` (signed).

        Returns the user's withdrawal history.

        Weight: 5.

        Source: seed lines 2475-2532.

        Args:
            coin: (undocumented) Optional.
            start_time: (undocumented) Optional.
            end_time: (undocumented) Optional.
            remark: (undocumented) Optional.
            limit: (undocumented) Optional.
            memo: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[WithdrawOrder]
        """
        from .api.wallet import get_withdraw_orders as _wallet_get_withdraw_orders  # loaded on first use

        call = _wallet_get_withdraw_orders.request(
            coin=coin, start_time=start_time, end_time=end_time, remark=remark, limit=limit, memo=memo
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class Client(_runtime.SyncClient):
    """Synchronous client for HashKey MENA Exchange REST API.

    Args:
        api_key: API key; defaults to the HASHKEY_API_KEY environment variable.
        api_secret: API secret; defaults to HASHKEY_API_SECRET. Public calls need neither.
        base_url: Origin to send requests to; overrides `environment`.
        environment: One of production, sandbox (default production).
        timeout: Default per-operation timeouts (connect, each read, ...) for every call (seconds or an
            `httpx.Timeout`).
        deadline: Seconds a whole call may take, retries and waits included (default 60; None: no limit).
        httpx_args: Extra keyword arguments for the underlying `httpx.Client` (e.g. `transport=`).
        auth: A ready signer to use instead of building `HashKeyAuth(api_key, api_secret)`, e.g. one
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
        self.general = GeneralResource(self)
        self.market = MarketResource(self)
        self.orders = OrdersResource(self)
        self.sub_account = SubAccountResource(self)
        self.user_stream = UserStreamResource(self)
        self.wallet = WalletResource(self)


class AsyncAccountResource:
    """`client.account`: 10 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_vip_info(
        self,
        *,
        symbols: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetVipInfoResponse:
        """Get VIP level and fee rates

        `GET /api/v1/account/vipInfo` (signed).

        Returns the VIP level, 30-day trading volume, total asset balance and per-symbol fee rates (a
        daily
        snapshot). The body carries `code` (integer 0 on success).

        Weight: 5.

        Source: seed lines 893-1499.

        Args:
            symbols: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            GetVipInfoResponse
        """
        from .api.account import get_vip_info as _account_get_vip_info  # loaded on first use

        call = _account_get_vip_info.request(symbols=symbols)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_account(
        self,
        *,
        account_id: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetAccountResponse:
        """Get account balances

        `GET /api/v1/account` (signed).

        Returns the balances of the trading account. A master key may pass accountId to read a sub
        trading account.

        Weight: 5.

        Source: seed lines 1500-1557.

        Args:
            account_id: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            GetAccountResponse
        """
        from .api.account import get_account as _account_get_account  # loaded on first use

        call = _account_get_account.request(account_id=account_id)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_my_trades(
        self,
        *,
        symbol: str | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        client_order_id: str | None = None,
        from_id: str | None = None,
        to_id: str | None = None,
        limit: int | None = None,
        account_id: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[AccountTrade]:
        """List the user's fills

        `GET /api/v1/account/trades` (signed).

        Returns the user's trades of the last 30 days, sorted in descending order. Only fromId: trades
        with
        IDs greater than fromId; only toId: IDs less than toId; both: between them; neither: the latest
        trades.

        Weight: 5.

        Source: seed lines 1558-1668.

        Args:
            symbol: (undocumented) Optional.
            start_time: (undocumented) Optional.
            end_time: (undocumented) Optional.
            client_order_id: (undocumented) Optional.
            from_id: (undocumented) Optional.
            to_id: (undocumented) Optional.
            limit: (undocumented) Optional.
            account_id: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[AccountTrade]
        """
        from .api.account import get_my_trades as _account_get_my_trades  # loaded on first use

        call = _account_get_my_trades.request(
            symbol=symbol,
            start_time=start_time,
            end_time=end_time,
            client_order_id=client_order_id,
            from_id=from_id,
            to_id=to_id,
            limit=limit,
            account_id=account_id,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_account_types(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[AccountInfo]:
        """List accounts and their types

        `GET /api/v1/account/type` (signed).

        Returns the user's accounts (main trading, custody, fiat, sub trading) with their types.

        Weight: 5.

        Source: seed lines 1669-1716.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[AccountInfo]
        """
        from .api.account import get_account_types as _account_get_account_types  # loaded on first use

        call = _account_get_account_types.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def create_asset_transfer(
        self,
        *,
        from_account_id: str,
        to_account_id: str,
        coin: str,
        quantity: Decimal | int | str,
        remark: str | None = None,
        client_order_id: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CreateAssetTransferResponse:
        """Transfer between own accounts

        `POST /api/v1/account/assetTransfer` (signed).

        Transfers an asset between the user's accounts (main trading, custody, fiat, sub trading). Call
        at
        most once per second. Parameters travel in the query string, as in the doc's worked examples;
        transfers show up in the ledger with flowType 51.

        Weight: 1.

        Source: seed lines 1717-1743.

        Args:
            from_account_id: (undocumented)
            to_account_id: (undocumented)
            coin: (undocumented)
            quantity: (undocumented)
            remark: (undocumented) Optional.
            client_order_id: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CreateAssetTransferResponse
        """
        from .api.account import create_asset_transfer as _account_create_asset_transfer  # loaded on first use

        call = _account_create_asset_transfer.request(
            from_account_id=from_account_id,
            to_account_id=to_account_id,
            coin=coin,
            quantity=quantity,
            remark=remark,
            client_order_id=client_order_id,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def check_api_key(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CheckApiKeyResponse:
        """Get the API key's account type

        `GET /api/v1/account/checkApiKey` (signed).

        Tells whether the API key belongs to the master account or to a sub account.

        Weight: 1.

        Source: seed lines 1744-1759.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CheckApiKeyResponse
        """
        from .api.account import check_api_key as _account_check_api_key  # loaded on first use

        call = _account_check_api_key.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_fiat_history(
        self,
        *,
        type_: FiatOrderType | Literal["deposit", "withdraw"],
        start_time: datetime.datetime,
        end_time: datetime.datetime,
        status: FiatOrderStatus
        | Literal["under_review", "processing", "successful", "failed", "withdraw_return", "return"]
        | None = None,
        channel: FiatChannel | Literal["auto", "manual"] | None = None,
        remark: str | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[FiatOrder]:
        """List fiat deposits or withdrawals

        `GET /api/v1/account/fiat/history` (signed).

        Returns fiat deposit or withdrawal records in a time range.

        Weight: 5.

        Source: seed lines 1760-1833.

        Args:
            type_: Fiat order type.
            start_time: (undocumented)
            end_time: (undocumented)
            status: Fiat order status. Deposits: under_review, processing, failed, successful,
                withdraw_return. Withdrawals: under_review, processing, failed, successful, return. The
                request filter accepts under_review, processing, successful, failed. Optional.
            channel: Fiat channel: auto (default) or manual (use manual for records before 2023-09-01).
                Optional.
            remark: (undocumented) Optional.
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[FiatOrder]
        """
        from .api.account import get_fiat_history as _account_get_fiat_history  # loaded on first use

        call = _account_get_fiat_history.request(
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            status=status,
            channel=channel,
            remark=remark,
            limit=limit,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_balance_flow(
        self,
        *,
        start_time: datetime.datetime,
        end_time: datetime.datetime,
        limit: int | None = None,
        flow_type: BalanceFlowType
        | Literal[
            1,
            2,
            32,
            51,
            900,
            904,
            906,
            910,
            "VALUE_1",
            "VALUE_2",
            "VALUE_32",
            "VALUE_51",
            "VALUE_900",
            "VALUE_904",
            "VALUE_906",
            "VALUE_910",
        ]
        | None = None,
        account_type: BalanceFlowAccountType
        | Literal[1, 3, 5, 6, "VALUE_1", "VALUE_3", "VALUE_5", "VALUE_6"]
        | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[BalanceFlowEntry]:
        """List ledger entries

        `GET /api/v1/account/balanceFlow` (signed).

        Returns the account ledger (transaction history) in a time range. Types 1 and 2 cover the last 7
        days, the others the last 30 days. Transfer queries (flowType 51) are for master-account keys.

        Weight: 5.

        Source: seed lines 1834-1998.

        Args:
            start_time: (undocumented)
            end_time: (undocumented)
            limit: (undocumented) Optional.
            flow_type: Ledger flow type filter: 1 Trade (last 7 days), 2 FEE (last 7 days), 32 Funding FEE, 51
                USER_ACCOUNT_TRANSFER, 900 CUSTODY_DEPOSIT, 904 CUSTODY_WITHDRAW, 906 FIAT_DEPOSIT, 910
                FIAT_WITHDRAW (each of the last four: last 30 days; 32 and 51 likewise). Optional.
            account_type: Ledger account type filter: 1 spot trading account, 3 contract trading account, 5
                custody account, 6 fiat account. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[BalanceFlowEntry]
        """
        from .api.account import get_balance_flow as _account_get_balance_flow  # loaded on first use

        call = _account_get_balance_flow.request(
            start_time=start_time, end_time=end_time, limit=limit, flow_type=flow_type, account_type=account_type
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_chain_types(
        self,
        *,
        coin_id: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[ChainTypeList]:
        """List a coin's chain types

        `GET /api/v1/account/chainType` (signed).

        Returns the chain types (networks) supported for deposits and withdrawals of a coin.

        Weight: 1.

        Source: seed lines 1999-2027.

        Args:
            coin_id: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[ChainTypeList]
        """
        from .api.account import get_chain_types as _account_get_chain_types  # loaded on first use

        call = _account_get_chain_types.request(coin_id=coin_id)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_coin_info(
        self,
        *,
        coin_id: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetCoinInfoResponse:
        """Get coin information

        `GET /api/v1/coinInfo`.

        Returns a coin and the deposit/withdrawal parameters of its chains. The parameter table lists no
        timestamp, so this spec treats the endpoint as public (unsigned); it sits under the Account
        heading
        and has no weight. Note `chainTypes` is at top level here, not inside `coins` as in
        exchangeInfo.

        Source: seed lines 2028-2054.

        Args:
            coin_id: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            GetCoinInfoResponse
        """
        from .api.account import get_coin_info as _account_get_coin_info  # loaded on first use

        call = _account_get_coin_info.request(coin_id=coin_id)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncGeneralResource:
    """`client.general`: 3 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_exchange_info(
        self,
        *,
        symbol: str | None = None,
        site: Site | Literal["BMU", "UAE"] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> ExchangeInfo | ExchangeSymbol:
        """Get exchange information

        `GET /api/v1/exchangeInfo`.

        Returns trading rules, symbols and coins. The field table describes an envelope ({timezone,
        serverTime, symbols, coins, ...}), but the doc's example, for a MENA symbol, is a bare symbol
        object, and a ccxt recording queried with `symbol` is one too. The 200 body is therefore either
        the
        ExchangeInfo envelope or one ExchangeSymbol. Pass site=UAE for MENA pairs such as USDTAED (the
        server defaults to BMU).

        Source: seed lines 2533-2704.

        Args:
            symbol: (undocumented) Optional.
            site: Exchange site: BMU (Bermuda Exchange, the server default) or UAE (HashKey MENA pairs
                such as USDTAED). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            ExchangeInfo | ExchangeSymbol
        """
        from .api.general import get_exchange_info as _general_get_exchange_info  # loaded on first use

        call = _general_get_exchange_info.request(symbol=symbol, site=site)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def ping(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> PingResponse:
        """Test connectivity

        `GET /api/v1/ping`.

        Tests connectivity; returns an empty object.

        Weight: 1.

        Source: seed lines 3003-3011.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            PingResponse
        """
        from .api.general import ping as _general_ping  # loaded on first use

        call = _general_ping.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_server_time(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetServerTimeResponse:
        """Get server time

        `GET /api/v1/time`.

        Returns the server time in epoch milliseconds; use it to set HashKeyAuth.clock_offset_ms.

        Weight: 1.

        Source: seed lines 3012-3024.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            GetServerTimeResponse
        """
        from .api.general import get_server_time as _general_get_server_time  # loaded on first use

        call = _general_get_server_time.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncMarketResource:
    """`client.market`: 7 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_depth(
        self,
        *,
        symbol: str,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OrderBook:
        """Get the order book

        `GET /quote/v1/depth`.

        Returns the current order book.

        Source: seed lines 2705-2747.

        Args:
            symbol: (undocumented)
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            OrderBook
        """
        from .api.market import get_depth as _market_get_depth  # loaded on first use

        call = _market_get_depth.request(symbol=symbol, limit=limit)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_trades(
        self,
        *,
        symbol: str,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[PublicTrade]:
        """List recent public trades

        `GET /quote/v1/trades`.

        Returns the most recent public trades (no trade ID is given).

        Source: seed lines 2748-2783.

        Args:
            symbol: (undocumented)
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[PublicTrade]
        """
        from .api.market import get_trades as _market_get_trades  # loaded on first use

        call = _market_get_trades.request(symbol=symbol, limit=limit)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_klines(
        self,
        *,
        symbol: str,
        interval: KlineInterval
        | Literal["1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "1w", "1M"],
        limit: int | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Kline]:
        """Get candlesticks

        `GET /quote/v1/klines`.

        Returns candlesticks (klines) as positional arrays.

        Source: seed lines 2784-2865.

        Args:
            symbol: (undocumented)
            interval: Candlestick interval: m minutes, h hours, d days, w weeks, M months.
            limit: (undocumented) Optional.
            start_time: (undocumented) Optional.
            end_time: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Kline]
        """
        from .api.market import get_klines as _market_get_klines  # loaded on first use

        call = _market_get_klines.request(
            symbol=symbol, interval=interval, limit=limit, start_time=start_time, end_time=end_time
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_ticker_24_hr(
        self,
        *,
        symbol: str | None = None,
        inst_type: InstType | Literal["SPOT", "FUTURES", "ANY"] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Ticker24Hr]:
        """Get 24-hour tickers

        `GET /quote/v1/ticker/24hr`.

        Returns 24-hour rolling statistics. Always an array, even when one symbol is requested.

        Source: seed lines 2866-2903.

        Args:
            symbol: (undocumented) Optional.
            inst_type: Instrument type filter: SPOT (default), FUTURES (futures pairs only), ANY (all).
                Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Ticker24Hr]
        """
        from .api.market import get_ticker_24_hr as _market_get_ticker_24_hr  # loaded on first use

        call = _market_get_ticker_24_hr.request(symbol=symbol, inst_type=inst_type)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_ticker_price(
        self,
        *,
        symbol: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[TickerPrice]:
        """Get last prices

        `GET /quote/v1/ticker/price`.

        Returns the latest price per symbol. Always an array.

        Source: seed lines 2904-2922.

        Args:
            symbol: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[TickerPrice]
        """
        from .api.market import get_ticker_price as _market_get_ticker_price  # loaded on first use

        call = _market_get_ticker_price.request(symbol=symbol)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_book_ticker(
        self,
        *,
        symbol: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[BookTicker]:
        """Get top of book

        `GET /quote/v1/ticker/bookTicker`.

        Returns the best bid and ask of a symbol. Always an array.

        Source: seed lines 2923-2949.

        Args:
            symbol: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[BookTicker]
        """
        from .api.market import get_book_ticker as _market_get_book_ticker  # loaded on first use

        call = _market_get_book_ticker.request(symbol=symbol)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_merged_depth(
        self,
        *,
        symbol: str,
        limit: int | None = None,
        scale: MergedDepthScale
        | Literal[0, 1, 2, 3, 4, 5, "VALUE_0", "VALUE_1", "VALUE_2", "VALUE_3", "VALUE_4", "VALUE_5"]
        | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OrderBook:
        """Get aggregated order book

        `GET /quote/v1/depth/merged`.

        Returns the order book aggregated by price level (scale).

        Source: seed lines 2950-3002.

        Args:
            symbol: (undocumented)
            limit: (undocumented) Optional.
            scale: Price-aggregation level: 0 represents 1 layer, 1 represents 2 layers, and so on.
                Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            OrderBook
        """
        from .api.market import get_merged_depth as _market_get_merged_depth  # loaded on first use

        call = _market_get_merged_depth.request(symbol=symbol, limit=limit, scale=scale)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncOrdersResource:
    """`client.orders`: 10 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def create_order_test(
        self,
        *,
        symbol: str,
        side: Side | Literal["BUY", "SELL"],
        type_: OrderType | Literal["LIMIT", "MARKET", "LIMIT_MAKER"],
        quantity: Decimal | int | str,
        price: Decimal | int | str | None = None,
        new_client_order_id: str | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        stp_mode: StpMode | Literal["EXPIRE_TAKER", "EXPIRE_MAKER"] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CreateOrderTestResponse:
        """Test a new order

        `POST /api/v1/spot/orderTest` (signed).

        Validates the parameters of a new order without sending it to the matching engine. Returns an
        empty
        object on success. Parameters travel as an `application/x-www-form-urlencoded` body (the doc's
        create-order sample style); the signer appends timestamp/recvWindow/signature to that body.

        Weight: 1.

        Source: seed lines 351-370.

        Args:
            symbol: Trading pair, e.g. BTCUSDT.
            side: Order side.
            type_: Order type: LIMIT (limit order), MARKET (market order), LIMIT_MAKER (maker-only limit
                order). The private WebSocket executionReport example also shows MARKET_OF_QUOTE; REST
                reports quote-amount market orders as MARKET (seen in recorded payloads).
            quantity: Quantity in base asset (required here, unlike create order v1.1).
            price: Limit price; required for LIMIT and LIMIT_MAKER. Optional.
            new_client_order_id: Client-defined order ID (up to 255 characters); generated if not sent. Optional.
            time_in_force: GTC (limit and limit-maker orders), IOC (limit and market orders), FOK (limit orders;
                listed only in the v1.1 create-order table). Optional.
            stp_mode: Self-trade prevention mode. EXPIRE_TAKER is the default when not sent. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CreateOrderTestResponse
        """
        from .api.orders import create_order_test as _orders_create_order_test  # loaded on first use

        call = _orders_create_order_test.request(
            symbol=symbol,
            side=side,
            type_=type_,
            quantity=quantity,
            price=price,
            new_client_order_id=new_client_order_id,
            time_in_force=time_in_force,
            stp_mode=stp_mode,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def create_order(
        self,
        *,
        symbol: str,
        side: Side | Literal["BUY", "SELL"],
        type_: OrderType | Literal["LIMIT", "MARKET", "LIMIT_MAKER"],
        quantity: Decimal | int | str | None = None,
        amount: Decimal | int | str | None = None,
        price: Decimal | int | str | None = None,
        new_client_order_id: str | None = None,
        time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
        stp_mode: StpMode | Literal["EXPIRE_TAKER", "EXPIRE_MAKER"] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> NewOrder:
        """Create an order (v1.1)

        `POST /api/v1.1/spot/order` (signed).

        Places a new order. Mandatory parameters by type: LIMIT needs quantity and price; MARKET needs
        quantity or amount; LIMIT_MAKER needs quantity and price. Parameters travel as an
        `application/x-www-form-urlencoded` body, as in the doc's Python order sample; the signer
        appends
        timestamp/recvWindow/signature to that body. Order creation is documented only at this v1.1 path
        (`POST /api/v1/spot/order` appears only in the signature examples and is not specified here).

        Weight: 1.

        Source: seed lines 371-429.

        Args:
            symbol: Trading pair, e.g. BTCUSDT.
            side: Order side.
            type_: Order type: LIMIT (limit order), MARKET (market order), LIMIT_MAKER (maker-only limit
                order). The private WebSocket executionReport example also shows MARKET_OF_QUOTE; REST
                reports quote-amount market orders as MARKET (seen in recorded payloads).
            quantity: Quantity in base asset. LIMIT and LIMIT_MAKER: required. MARKET: base quantity (send
                quantity or amount, not both: error -1129). Optional.
            amount: Cash amount in quote asset, MARKET orders only (not together with quantity). Optional.
            price: Limit price; required for LIMIT and LIMIT_MAKER. Optional.
            new_client_order_id: Client-defined order ID (up to 255 characters); generated if not sent. Optional.
            time_in_force: GTC (limit and limit-maker orders), IOC (limit and market orders), FOK (limit orders;
                listed only in the v1.1 create-order table). Optional.
            stp_mode: Self-trade prevention mode. EXPIRE_TAKER is the default when not sent. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            NewOrder
        """
        from .api.orders import create_order as _orders_create_order  # loaded on first use

        call = _orders_create_order.request(
            symbol=symbol,
            side=side,
            type_=type_,
            quantity=quantity,
            amount=amount,
            price=price,
            new_client_order_id=new_client_order_id,
            time_in_force=time_in_force,
            stp_mode=stp_mode,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def create_batch_orders(
        self,
        *,
        orders: Sequence[BatchOrderRequestItem],
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CreateBatchOrdersResponse:
        """Create up to 20 orders for one symbol (v1.1)

        `POST /api/v1.1/spot/batchOrders` (signed).

        Creates up to 20 orders in one call; all orders must be for the same symbol. This is the only
        endpoint with a JSON body: the body is a bare JSON array of order objects (`content-type:
        application/json`), and timestamp/recvWindow/signature travel in the query string, as in the
        doc's
        curl example. The signature covers the query string only; the JSON body is NOT part of the
        signed
        payload (the doc's curl example shows only timestamp in the signed query; see HashKeyAuth).
        Partial
        success is possible: check each result's code. The top-level `code` is the integer 0 while each
        item's `code` is the string "0000".

        Weight: 1.

        Source: seed lines 430-542.

        Args:
            orders: Orders to create (1-20, same symbol).
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CreateBatchOrdersResponse
        """
        from .api.orders import create_batch_orders as _orders_create_batch_orders  # loaded on first use

        call = _orders_create_batch_orders.request(orders=orders)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_order(
        self,
        *,
        order_id: str | None = None,
        orig_client_order_id: str | None = None,
        account_id: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OrderDetail:
        """Query an order

        `GET /api/v1/spot/order` (signed).

        Returns one order by orderId or origClientOrderId. Only this endpoint returns the deprecated fee
        fields (feeCoin, feeAmount, sumFeeAmount).

        Weight: 1.

        Source: seed lines 666-735.

        Args:
            order_id: (undocumented) Optional.
            orig_client_order_id: (undocumented) Optional.
            account_id: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            OrderDetail
        """
        from .api.orders import get_order as _orders_get_order  # loaded on first use

        call = _orders_get_order.request(
            order_id=order_id, orig_client_order_id=orig_client_order_id, account_id=account_id
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def cancel_order(
        self,
        *,
        order_id: str | None = None,
        client_order_id: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CanceledOrder:
        """Cancel an order

        `DELETE /api/v1/spot/order` (signed).

        Cancels an existing order. Either orderId or clientOrderId must be sent. Cancelling an order
        that is
        already filled returns the order (status FILLED) rather than an error (seen in recorded
        payloads).

        Weight: 1.

        Source: seed lines 543-582.

        Args:
            order_id: (undocumented) Optional.
            client_order_id: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CanceledOrder
        """
        from .api.orders import cancel_order as _orders_cancel_order  # loaded on first use

        call = _orders_cancel_order.request(order_id=order_id, client_order_id=client_order_id)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_open_orders(
        self,
        *,
        from_order_id: str | None = None,
        symbol: str | None = None,
        side: Side | Literal["BUY", "SELL"] | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[OrderDetail]:
        """List open orders

        `GET /api/v1/spot/openOrders` (signed).

        Returns the current open orders, optionally filtered by symbol and side.

        Weight: 1.

        Source: seed lines 736-800.

        Args:
            from_order_id: (undocumented) Optional.
            symbol: (undocumented) Optional.
            side: Order side. Optional.
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[OrderDetail]
        """
        from .api.orders import get_open_orders as _orders_get_open_orders  # loaded on first use

        call = _orders_get_open_orders.request(from_order_id=from_order_id, symbol=symbol, side=side, limit=limit)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def cancel_open_orders(
        self,
        *,
        symbol: str,
        side: Side | Literal["BUY", "SELL"] | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelOpenOrdersResponse:
        """Cancel all open orders of a symbol

        `DELETE /api/v1/spot/openOrders` (signed).

        Cancels all open orders of one symbol (up to 200 per call), optionally only one side.

        Weight: 1.

        Source: seed lines 583-601.

        Args:
            symbol: (undocumented)
            side: Order side. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CancelOpenOrdersResponse
        """
        from .api.orders import cancel_open_orders as _orders_cancel_open_orders  # loaded on first use

        call = _orders_cancel_open_orders.request(symbol=symbol, side=side)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def cancel_all_open_orders(
        self,
        *,
        symbol: str | None = None,
        side: Side | Literal["BUY", "SELL"] | None = None,
        from_order_id: str | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelAllOpenOrdersResponse:
        """Cancel all open spot orders

        `DELETE /api/v1/spot/cancelAllOpenOrders` (signed).

        Cancels open orders across symbols (up to 200 per request), optionally filtered by symbol and
        side.
        With a main-account key only main-account orders are cancelled, not sub-account orders.
        `message`
        reports that the request was accepted, not that every cancel completed; repeat with fromOrderId
        =
        lastOrderId to continue (inferred).

        Weight: 1.

        Source: seed lines 602-628.

        Args:
            symbol: (undocumented) Optional.
            side: Order side. Optional.
            from_order_id: (undocumented) Optional.
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CancelAllOpenOrdersResponse
        """
        from .api.orders import cancel_all_open_orders as _orders_cancel_all_open_orders  # loaded on first use

        call = _orders_cancel_all_open_orders.request(
            symbol=symbol, side=side, from_order_id=from_order_id, limit=limit
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def cancel_orders_by_ids(
        self,
        *,
        ids: Sequence[str],
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelOrdersByIdsResponse:
        """Cancel orders by ID

        `DELETE /api/v1/spot/cancelOrderByIds` (signed).

        Cancels up to 100 orders by order ID. `code` "0000" means the request was executed; `result`
        lists
        only the orders that failed (empty when all succeeded).

        Weight: 1.

        Source: seed lines 629-665.

        Args:
            ids: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CancelOrdersByIdsResponse
        """
        from .api.orders import cancel_orders_by_ids as _orders_cancel_orders_by_ids  # loaded on first use

        call = _orders_cancel_orders_by_ids.request(ids=ids)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_trade_orders(
        self,
        *,
        from_order_id: str | None = None,
        symbol: str | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        side: Side | Literal["BUY", "SELL"] | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[OrderDetail]:
        """List order history

        `GET /api/v1/spot/tradeOrders` (signed).

        Returns the user's orders that have been traded or finished (filled, cancelled), within the last
        90
        days. fromOrderId returns orders with an ID smaller than it (backward pagination).

        Weight: 5.

        Source: seed lines 801-892.

        Args:
            from_order_id: (undocumented) Optional.
            symbol: (undocumented) Optional.
            start_time: (undocumented) Optional.
            end_time: (undocumented) Optional.
            side: Order side. Optional.
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[OrderDetail]
        """
        from .api.orders import get_trade_orders as _orders_get_trade_orders  # loaded on first use

        call = _orders_get_trade_orders.request(
            from_order_id=from_order_id, symbol=symbol, start_time=start_time, end_time=end_time, side=side, limit=limit
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncSubAccountResource:
    """`client.sub_account`: 3 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_sub_account_open_orders(
        self,
        *,
        sub_account_id: str,
        from_order_id: str | None = None,
        side: Side | Literal["BUY", "SELL"] | None = None,
        symbol: str | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[OrderDetail]:
        """List a sub account's open orders

        `GET /api/v1/spot/subAccount/openOrders` (signed).

        Returns the open orders of a sub account (master key).

        Weight: 1.

        Source: seed lines 2055-2122.

        Args:
            sub_account_id: (undocumented)
            from_order_id: (undocumented) Optional.
            side: Order side. Optional.
            symbol: (undocumented) Optional.
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[OrderDetail]
        """
        from .api.sub_account import (
            get_sub_account_open_orders as _sub_account_get_sub_account_open_orders,  # loaded on first use
        )

        call = _sub_account_get_sub_account_open_orders.request(
            sub_account_id=sub_account_id, from_order_id=from_order_id, side=side, symbol=symbol, limit=limit
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_sub_account_trade_orders(
        self,
        *,
        sub_account_id: str,
        from_order_id: str | None = None,
        side: Side | Literal["BUY", "SELL"] | None = None,
        symbol: str | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[OrderDetail]:
        """List a sub account's order history

        `GET /api/v1/spot/subAccount/tradeOrders` (signed).

        Returns the order history of a sub account (last 90 days, master key).

        Weight: 5.

        Source: seed lines 2123-2192.

        Args:
            sub_account_id: (undocumented)
            from_order_id: (undocumented) Optional.
            side: Order side. Optional.
            symbol: (undocumented) Optional.
            start_time: (undocumented) Optional.
            end_time: (undocumented) Optional.
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[OrderDetail]
        """
        from .api.sub_account import (
            get_sub_account_trade_orders as _sub_account_get_sub_account_trade_orders,  # loaded on first use
        )

        call = _sub_account_get_sub_account_trade_orders.request(
            sub_account_id=sub_account_id,
            from_order_id=from_order_id,
            side=side,
            symbol=symbol,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_sub_account_trades(
        self,
        *,
        symbol: str | None = None,
        sub_account_id: str | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        client_order_id: str | None = None,
        from_id: str | None = None,
        to_id: str | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[AccountTrade]:
        """List a sub account's fills

        `GET /api/v1/subAccount/trades` (signed).

        Returns the fills of a sub account (last 30 days, descending; same fromId/toId rules as the
        account
        trade list). Note the path has no /spot/ segment.

        Weight: 5.

        Source: seed lines 2193-2300.

        Args:
            symbol: (undocumented) Optional.
            sub_account_id: (undocumented) Optional.
            start_time: (undocumented) Optional.
            end_time: (undocumented) Optional.
            client_order_id: (undocumented) Optional.
            from_id: (undocumented) Optional.
            to_id: (undocumented) Optional.
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[AccountTrade]
        """
        from .api.sub_account import (
            get_sub_account_trades as _sub_account_get_sub_account_trades,  # loaded on first use
        )

        call = _sub_account_get_sub_account_trades.request(
            symbol=symbol,
            sub_account_id=sub_account_id,
            start_time=start_time,
            end_time=end_time,
            client_order_id=client_order_id,
            from_id=from_id,
            to_id=to_id,
            limit=limit,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncUserStreamResource:
    """`client.user_stream`: 3 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def keep_alive_listen_key(
        self,
        *,
        listen_key: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> KeepAliveListenKeyResponse:
        """Keep a listen key alive

        `PUT /api/v1/userDataStream` (signed).

        Resets the validity of a listen key to 60 minutes. The listen key travels as an
        `application/x-www-form-urlencoded` body, as in the doc's WebSocket sample.

        Weight: 1.

        Source: seed lines 3045-3057.

        Args:
            listen_key: Listen key to reset.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            KeepAliveListenKeyResponse
        """
        from .api.user_stream import keep_alive_listen_key as _user_stream_keep_alive_listen_key  # loaded on first use

        call = _user_stream_keep_alive_listen_key.request(listen_key=listen_key)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def create_listen_key(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CreateListenKeyResponse:
        """Create a listen key

        `POST /api/v1/userDataStream` (signed).

        Creates a listen key for the private WebSocket stream (wss://.../api/v1/ws/{listenKey}), valid
        for
        60 minutes unless kept alive; send a keep-alive about every 30 minutes. Documented as
        USER_STREAM
        (API key only), but the table requires timestamp and the doc's WebSocket sample signs it, so it
        is
        signed here.

        Weight: 1.

        Source: seed lines 3025-3044.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CreateListenKeyResponse
        """
        from .api.user_stream import create_listen_key as _user_stream_create_listen_key  # loaded on first use

        call = _user_stream_create_listen_key.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def close_listen_key(
        self,
        *,
        listen_key: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CloseListenKeyResponse:
        """Delete a listen key

        `DELETE /api/v1/userDataStream` (signed).

        Deletes a listen key, closing its private stream.

        Weight: 1.

        Source: seed lines 3058-3070.

        Args:
            listen_key: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CloseListenKeyResponse
        """
        from .api.user_stream import close_listen_key as _user_stream_close_listen_key  # loaded on first use

        call = _user_stream_close_listen_key.request(listen_key=listen_key)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncWalletResource:
    """`client.wallet`: 5 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_deposit_address(
        self,
        *,
        coin: str,
        chain_type: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> GetDepositAddressResponse:
        """Get a deposit address

        `GET /api/v1/account/deposit/address` (signed).

        Returns the deposit address for a coin on a chain (see getChainTypes for chain types).

        Weight: 1.

        Source: seed lines 2301-2332.

        Args:
            coin: (undocumented)
            chain_type: (undocumented)
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            GetDepositAddressResponse
        """
        from .api.wallet import get_deposit_address as _wallet_get_deposit_address  # loaded on first use

        call = _wallet_get_deposit_address.request(coin=coin, chain_type=chain_type)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_deposit_orders(
        self,
        *,
        coin: str | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[DepositOrder]:
        """List crypto deposits

        `GET /api/v1/account/depositOrders` (signed).

        Returns the user's crypto deposit history.

        Weight: 5.

        Source: seed lines 2333-2410.

        Args:
            coin: (undocumented) Optional.
            start_time: (undocumented) Optional.
            end_time: (undocumented) Optional.
            limit: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[DepositOrder]
        """
        from .api.wallet import get_deposit_orders as _wallet_get_deposit_orders  # loaded on first use

        call = _wallet_get_deposit_orders.request(coin=coin, start_time=start_time, end_time=end_time, limit=limit)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def authenticate_deposit_address(
        self,
        *,
        txid: str,
        exchange_name: str,
        is_address_owner: bool,
        sender_last_name: str | None = None,
        sender_first_name: str | None = None,
        institutional_name: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> AuthenticateDepositAddressResponse:
        """Authenticate a deposit's source address

        `POST /api/v1/account/authAddress` (signed).

        Declares the sender of a deposit (travel rule): either institutionalName, or both
        senderFirstName
        and senderLastName. Parameters travel as an `application/x-www-form-urlencoded` body.

        Weight: 1.

        Source: seed lines 2411-2438.

        Args:
            txid: On-chain transaction ID of the deposit.
            exchange_name: Whitelisted exchange the deposit comes from, e.g. Binance, OKX, Coinbase, Bybit, Kraken.
            is_address_owner: Self-declaration that you own the address; send true (serialized as the lowercase string
                "true" on the wire).
            sender_last_name: Sender last name (with senderFirstName, unless institutionalName is sent). Optional.
            sender_first_name: Sender first name (with senderLastName, unless institutionalName is sent). Optional.
            institutional_name: Sending institution (instead of the sender's names). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            AuthenticateDepositAddressResponse
        """
        from .api.wallet import (
            authenticate_deposit_address as _wallet_authenticate_deposit_address,  # loaded on first use
        )

        call = _wallet_authenticate_deposit_address.request(
            txid=txid,
            exchange_name=exchange_name,
            is_address_owner=is_address_owner,
            sender_last_name=sender_last_name,
            sender_first_name=sender_first_name,
            institutional_name=institutional_name,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def withdraw(
        self,
        *,
        coin: str,
        client_order_id: str,
        address: str,
        quantity: Decimal | int | str,
        chain_type: str,
        address_ext: str | None = None,
        platform: WithdrawPlatform | Literal["BINANCE", "OKX", "BITGET", "BYBIT"] | None = None,
        memo: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> WithdrawResponse:
        """Withdraw a virtual asset

        `POST /api/v1/account/withdraw` (signed).

        Requests a crypto withdrawal to a whitelisted address. Parameters travel as an
        `application/x-www-form-urlencoded` body. Never retried automatically: it moves money.

        Weight: 1.

        Source: seed lines 2439-2474.

        Args:
            coin: Asset, e.g. USDT.
            client_order_id: Client-defined withdrawal ID.
            address: Withdrawal address.
            quantity: Withdrawal amount.
            chain_type: Chain type, e.g. ETH (see getChainTypes).
            address_ext: Address tag (not in use currently). Optional.
            platform: Destination platform (case-insensitive on the server). BITGET and BYBIT are for
                individual investors only. Optional.
            memo: Memo required by some coins and networks (letters and digits only, at most 20
                characters). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            WithdrawResponse
        """
        from .api.wallet import withdraw as _wallet_withdraw  # loaded on first use

        call = _wallet_withdraw.request(
            coin=coin,
            client_order_id=client_order_id,
            address=address,
            quantity=quantity,
            chain_type=chain_type,
            address_ext=address_ext,
            platform=platform,
            memo=memo,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_withdraw_orders(
        self,
        *,
        coin: str | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        remark: str | None = None,
        limit: int | None = None,
        memo: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[WithdrawOrder]:
        """List crypto withdrawals

        `GET /api/v1/account/withdrawOrders` (signed).

        Returns the user's withdrawal history.

        Weight: 5.

        Source: seed lines 2475-2532.

        Args:
            coin: (undocumented) Optional.
            start_time: (undocumented) Optional.
            end_time: (undocumented) Optional.
            remark: (undocumented) Optional.
            limit: (undocumented) Optional.
            memo: (undocumented) Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[WithdrawOrder]
        """
        from .api.wallet import get_withdraw_orders as _wallet_get_withdraw_orders  # loaded on first use

        call = _wallet_get_withdraw_orders.request(
            coin=coin, start_time=start_time, end_time=end_time, remark=remark, limit=limit, memo=memo
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncClient(_runtime.AsyncClient):
    """Asynchronous client for HashKey MENA Exchange REST API.

    Args:
        api_key: API key; defaults to the HASHKEY_API_KEY environment variable.
        api_secret: API secret; defaults to HASHKEY_API_SECRET. Public calls need neither.
        base_url: Origin to send requests to; overrides `environment`.
        environment: One of production, sandbox (default production).
        timeout: Default per-operation timeouts (connect, each read, ...) for every call (seconds or an
            `httpx.Timeout`).
        deadline: Seconds a whole call may take, retries and waits included (default 60; None: no limit).
        httpx_args: Extra keyword arguments for the underlying `httpx.AsyncClient` (e.g. `transport=`).
        auth: A ready signer to use instead of building `HashKeyAuth(api_key, api_secret)`, e.g. one
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
        self.general = AsyncGeneralResource(self)
        self.market = AsyncMarketResource(self)
        self.orders = AsyncOrdersResource(self)
        self.sub_account = AsyncSubAccountResource(self)
        self.user_stream = AsyncUserStreamResource(self)
        self.wallet = AsyncWalletResource(self)
