"""`bitunix.Client` and `bitunix.AsyncClient`: one attribute per API group.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

import httpx

from venuekit import client as _runtime
from venuekit.auth.bitunix import BitunixAuth
from venuekit.auth.bitunix import envelope as _envelope
from venuekit.client import TimeoutTypes

from .errors import ERRORS

if TYPE_CHECKING:  # models load with the operation that returns them, the retry runtime with the first client
    from venuekit.retry import RetryPolicy

    from .models import (
        AccountBalance,
        CancelOrdersResult,
        Coin,
        CoinPair,
        CreateOrderRequest,
        DepositAddress,
        DepositRecord,
        DepositType,
        Depth,
        FiatRate,
        Fill,
        FundsTransferType,
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
        TransferTarget,
        UserInfo,
        WithdrawalRecord,
        WithdrawalType,
    )

VENUE = _runtime.Venue(
    name="bitunix",
    environments={
        "production": "https://openapi.bitunix.com",
    },
    env_prefix="BITUNIX",
    auth=BitunixAuth,
    errors=ERRORS,
    envelope=_envelope,
    rate_limits={"buckets": [{"name": "per-route", "per": "ip", "per-operation": True, "limit": 10, "window": 1}]},
)


class AccountResource:
    """`client.account`: 10 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_balances(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[AccountBalance] | None:
        """Get spot account balances

        `GET /api/spot/v1/user/account` (signed).

        Returns the balance of every token in the spot account. An empty account answers `data: null`
        (live).

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#1-checking-account-balance.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[AccountBalance] | None
        """
        from .api.account import get_balances as _account_get_balances  # loaded on first use

        call = _account_get_balances.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_user_info(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> UserInfo:
        """Get the user bound to the API key

        `GET /api/spot/v1/user/info` (signed).

        Returns the `uid` of the API key's user; for a sub-account key, the master account's `uid`.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#2-get-user-information.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            UserInfo
        """
        from .api.account import get_user_info as _account_get_user_info  # loaded on first use

        call = _account_get_user_info.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def create_withdrawal(
        self,
        *,
        coin: str,
        network: str,
        address: str,
        amount: Decimal | int | str,
        memo: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> str:
        """Withdraw to a whitelisted address

        `POST /api/spot/v1/withdraw` (signed).

        Submits an on-chain withdrawal. Only addresses added as quick-withdrawal addresses work, and the
        API key needs withdrawal permission. Rate limit: 10 requests/s per IP. Returns the withdrawal
        id. Not idempotent: never retried automatically.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#3-submit-withdrawal-request.

        Args:
            coin: Token (see getCoins).
            network: Network name from getCoins, e.g. `Tron (TRC-20)`.
            address: Withdrawal address; must be on the account's quick-withdrawal whitelist.
            amount: Amount; the fee is deducted from it (received = amount - fee).
            memo: Tag / memo, for tokens that need one. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            str
        """
        from .api.account import create_withdrawal as _account_create_withdrawal  # loaded on first use

        call = _account_create_withdrawal.request(coin=coin, network=network, address=address, amount=amount, memo=memo)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def cancel_withdrawal(
        self,
        *,
        withdraw_id: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Cancel a withdrawal under review

        `POST /api/spot/v1/withdraw/cancel` (signed).

        Cancels a withdrawal while it is in the initial manual-review stage; once approved or on chain
        it cannot be cancelled. Rate limit: 10 requests/s per IP.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#4-cancel-withdrawal.

        Args:
            withdraw_id: Withdrawal id from createWithdrawal.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            None
        """
        from .api.account import cancel_withdrawal as _account_cancel_withdrawal  # loaded on first use

        call = _account_cancel_withdrawal.request(withdraw_id=withdraw_id)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def create_internal_transfer(
        self,
        *,
        coin: str,
        amount: Decimal | int | str,
        to_type: TransferTarget | Literal["uid", "phone", "email"],
        out_biz_id: str | None = None,
        to_uid: int | None = None,
        to_phone_country_code: str | None = None,
        to_phone_number: str | None = None,
        to_email: str | None = None,
        remark: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> str:
        """Transfer to another Bitunix user

        `POST /api/spot/v1/inside_transfer` (signed).

        Sends tokens to another Bitunix user by uid, phone or email. The API key needs withdrawal
        permission. Pass `outBizId` to be able to find the transfer again (getWithdrawalHistory filters
        by it). Rate limit: 10 requests/s per IP. Returns the transfer id.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#5-initiate-internal-transfer.

        Args:
            coin: Token (see getCoins).
            amount: Amount to transfer.
            to_type: How the receiver of an internal transfer is identified.
            out_biz_id: Caller's business id (up to 32 characters); getWithdrawalHistory finds the transfer by
                it. Optional.
            to_uid: Receiver uid (toType `uid`). Optional.
            to_phone_country_code: Receiver phone country code (toType `phone`). Optional.
            to_phone_number: Receiver phone number (toType `phone`). Optional.
            to_email: Receiver email (toType `email`). Optional.
            remark: Remark (up to 256 characters). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            str
        """
        from .api.account import create_internal_transfer as _account_create_internal_transfer  # loaded on first use

        call = _account_create_internal_transfer.request(
            coin=coin,
            amount=amount,
            to_type=to_type,
            out_biz_id=out_biz_id,
            to_uid=to_uid,
            to_phone_country_code=to_phone_country_code,
            to_phone_number=to_phone_number,
            to_email=to_email,
            remark=remark,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def cancel_internal_transfer(
        self,
        *,
        inside_transfer_id: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Cancel an internal transfer under review

        `POST /api/spot/v1/inside_transfer/cancel` (signed).

        Cancels an internal transfer while it is in the initial manual-review stage. Rate limit: 10
        requests/s per IP.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#6-cancel-internal-transfer.

        Args:
            inside_transfer_id: Transfer id from createInternalTransfer.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            None
        """
        from .api.account import cancel_internal_transfer as _account_cancel_internal_transfer  # loaded on first use

        call = _account_cancel_internal_transfer.request(inside_transfer_id=inside_transfer_id)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_withdrawal_history(
        self,
        *,
        id: str | None = None,
        out_biz_id: str | None = None,
        coin: str | None = None,
        transaction_hash: str | None = None,
        type_: WithdrawalType | Literal["withdraw", "inside_transfer_out"] | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        remark: str | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[WithdrawalRecord]:
        """List withdrawals and outgoing internal transfers

        `POST /api/spot/v1/withdraw_transfer/page` (signed).

        Returns withdrawals and outgoing internal transfers matching the filter, at most 100. Rate
        limit: 10 requests/s per IP.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#7-request-withdrawal-historywithdrawal-and-internal-transfer-included.

        Args:
            id: Withdrawal or internal transfer id. Optional.
            out_biz_id: Caller's business id. Optional.
            coin: Token. Optional.
            transaction_hash: Transaction hash (type `withdraw` only). Optional.
            type_: `withdraw` = on-chain withdrawal, `inside_transfer_out` = outgoing internal transfer.
                Optional.
            start_time: Start time, epoch milliseconds. Optional.
            end_time: End time, epoch milliseconds. Optional.
            remark: Remark (exact match). Optional.
            limit: Number of records, at most 100 (default 100). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[WithdrawalRecord]
        """
        from .api.account import get_withdrawal_history as _account_get_withdrawal_history  # loaded on first use

        call = _account_get_withdrawal_history.request(
            id=id,
            out_biz_id=out_biz_id,
            coin=coin,
            transaction_hash=transaction_hash,
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            remark=remark,
            limit=limit,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def create_funds_transfer(
        self,
        *,
        type_: FundsTransferType | Literal["spot_futures", "futures_spot"],
        coin: str,
        amount: Decimal | int | str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> str:
        """Move funds between the spot and futures accounts

        `POST /api/spot/v1/funds_transfer` (signed).

        Transfers funds between the user's own spot and futures accounts. Rate limit: 10 requests/s per
        IP. Returns the transfer id. Not idempotent: never retried automatically.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#8-transfer.

        Args:
            type_: `spot_futures` = spot account to futures account, `futures_spot` = the reverse.
            coin: Token.
            amount: Amount.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            str
        """
        from .api.account import create_funds_transfer as _account_create_funds_transfer  # loaded on first use

        call = _account_create_funds_transfer.request(type_=type_, coin=coin, amount=amount)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_deposit_history(
        self,
        *,
        id: str | None = None,
        coin: str | None = None,
        type_: DepositType | Literal["deposit", "inside_transfer_in"] | None = None,
        transaction_hash: str | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[DepositRecord]:
        """List deposits and incoming internal transfers

        `POST /api/spot/v1/deposit/page` (signed).

        Returns on-chain deposits and incoming internal transfers matching the filter, at most 100. Rate
        limit: 10 requests/s per IP.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#9-get-deposit-records-on-chain-deposit-internal-transfer.

        Args:
            id: Deposit or transfer id. Optional.
            coin: Token. Optional.
            type_: `deposit` = on-chain deposit, `inside_transfer_in` = incoming internal transfer.
                Optional.
            transaction_hash: Transaction hash (type `deposit` only). Optional.
            start_time: Start time, epoch milliseconds. Optional.
            end_time: End time, epoch milliseconds. Optional.
            limit: Number of records, at most 100 (default 100). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[DepositRecord]
        """
        from .api.account import get_deposit_history as _account_get_deposit_history  # loaded on first use

        call = _account_get_deposit_history.request(
            id=id,
            coin=coin,
            type_=type_,
            transaction_hash=transaction_hash,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_deposit_address(
        self,
        *,
        coin: str,
        network: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[DepositAddress]:
        """Get deposit addresses for a token and network

        `POST /api/spot/v1/deposit/address` (signed).

        Returns the account's deposit address(es) for a token on a network. Rate limit: 10 requests/s
        per IP.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#10-get-deposit-address.

        Args:
            coin: Token.
            network: Network name from getCoins.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[DepositAddress]
        """
        from .api.account import get_deposit_address as _account_get_deposit_address  # loaded on first use

        call = _account_get_deposit_address.request(coin=coin, network=network)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class MarketResource:
    """`client.market`: 7 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def get_last_price(
        self,
        *,
        symbol: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Decimal:
        """Get the last traded price of a pair

        `GET /api/spot/v1/market/last_price`.

        Returns the last traded price of one trading pair as a decimal string. One pair per call; there
        is no bulk ticker.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/public/#1-get-latest-price.

        Args:
            symbol: Trading pair, e.g. `BTCUSDT`.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Decimal
        """
        from .api.market import get_last_price as _market_get_last_price  # loaded on first use

        call = _market_get_last_price.request(symbol=symbol)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_depth(
        self,
        *,
        symbol: str,
        precision: Decimal | int | str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Depth:
        """Get the order book of a pair

        `GET /api/spot/v1/market/depth`.

        Returns an order-book snapshot (about 50 levels a side, per a live probe) at the requested price
        precision.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/public/#2-get-depth-data.

        Args:
            symbol: Trading pair, e.g. `BTCUSDT`.
            precision: "Token precision": the price step used to merge levels (presumably one of the pair's
                `precisions` from getCoinPairs).
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Depth
        """
        from .api.market import get_depth as _market_get_depth  # loaded on first use

        call = _market_get_depth.request(symbol=symbol, precision=precision)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_kline(
        self,
        *,
        symbol: str,
        interval: KlineInterval | Literal["1", "3", "5", "15", "30", "60", "120", "240", "360", "720", "D", "M", "W"],
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Kline | list[Kline]:
        """Get recent candles of a pair

        `GET /api/spot/v1/market/kline`.

        Returns the latest candles of a pair, including the one still in progress. Documented as a
        single candle object; a live report says it returns the latest ~201 candles, so both shapes are
        accepted.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/public/#3-get-k-line-data.

        Args:
            symbol: Trading pair, e.g. `BTCUSDT`.
            interval: Candle interval: minutes (1 … 720) or D / W / M. The docs say "default is 1min"; the WS
                example sends "1min", which is not in the documented list.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Kline | list[Kline]
        """
        from .api.market import get_kline as _market_get_kline  # loaded on first use

        call = _market_get_kline.request(symbol=symbol, interval=interval)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_kline_history(
        self,
        *,
        symbol: str,
        interval: KlineInterval
        | Literal["1", "3", "5", "15", "30", "60", "120", "240", "360", "720", "D", "M", "W"]
        | None = None,
        end_time: datetime.datetime | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Kline]:
        """Get historical candles of a pair

        `GET /api/spot/v1/market/kline/history`.

        Returns closed candles ending before `endTime` (epoch **seconds**, open interval; default now,
        excluding the unfinished candle), newest first. Page backwards with `endTime` = oldest open time
        of the previous page. Documented as an object; it arrives as an array.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/public/#4-get-k-line-history-data.

        Args:
            symbol: Trading pair, e.g. `BTCUSDT`.
            interval: Candle interval: minutes (1 … 720) or D / W / M. The docs say "default is 1min"; the WS
                example sends "1min", which is not in the documented list. Optional.
            end_time: End time in epoch **seconds**, exclusive (e.g. 1696507201). Omitted: now, and the latest
                (unfinished) candle is not included. The docs type it as a string. Optional.
            limit: Number of candles, 1-500 (default 200). Live: more than 500 returns an empty array. The
                docs type it as a string. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Kline]
        """
        from .api.market import get_kline_history as _market_get_kline_history  # loaded on first use

        call = _market_get_kline_history.request(symbol=symbol, interval=interval, end_time=end_time, limit=limit)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_coin_pairs(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[CoinPair]:
        """List trading pairs and their rules

        `GET /api/spot/v1/common/coin_pair/list`.

        Returns every trading pair with its precisions and limits in one call (about 577 KB live).

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/public/#5-query-trading-pair-data.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[CoinPair]
        """
        from .api.market import get_coin_pairs as _market_get_coin_pairs  # loaded on first use

        call = _market_get_coin_pairs.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_rates(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[FiatRate]:
        """List fiat exchange rates

        `GET /api/spot/v1/common/rate/list`.

        Returns reference exchange rates between currencies (e.g. USD/CNY).

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/public/#6-query-rate-data.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[FiatRate]
        """
        from .api.market import get_rates as _market_get_rates  # loaded on first use

        call = _market_get_rates.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_coins(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Coin]:
        """List tokens and their networks

        `GET /api/spot/v1/common/coin/coin_network/list`.

        Returns every token with its deposit / withdrawal switches and limits per network. The `network`
        names are the ones withdraw and deposit-address calls expect.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/public/#7-query-token-data.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Coin]
        """
        from .api.market import get_coins as _market_get_coins  # loaded on first use

        call = _market_get_coins.request()
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class OrdersResource:
    """`client.orders`: 7 operations."""

    def __init__(self, client: _runtime.SyncClient) -> None:
        self._client = client

    def create_order(
        self,
        *,
        side: Side | Literal[1, 2, "SELL", "BUY"],
        type_: OrderType | Literal[1, 2, "LIMIT", "MARKET"],
        volume: Decimal | int | str,
        price: Decimal | int | str,
        symbol: str,
        client_id: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> PlacedOrder:
        """Place an order

        `POST /api/spot/v1/order/place_order` (signed).

        Places one limit or market order. **An envelope `code` of 0 does not mean the order was
        placed:** a refused order comes back with `code` "0", `orderId` null, `placeStatus` 0 (rejected)
        and the reason in `placeCode` / `placeMsg` (e.g. 10034 insufficient balance). `placeStatus` 1
        means placed. Not idempotent: never retried automatically.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/order/#1-place-order.

        Args:
            side: Order side as a JSON number: 1 = sell, 2 = buy (note the order).
            type_: Order type as a JSON number: 1 = limit, 2 = market.
            volume: Quantity. Limit orders: base quantity (settled live; the REST place_order page says
                quote, the batch and WS pages say base). Market orders: buy = quote amount, sell = base
                quantity (unverified).
            price: Limit price. Required by the docs; for market orders send "0" (undocumented).
            symbol: Trading pair, e.g. `BTCUSDT`.
            client_id: Caller's order id (undocumented): kept and returned by order reads, but not usable to
                cancel or look up an order. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            PlacedOrder
        """
        from .api.orders import create_order as _orders_create_order  # loaded on first use

        call = _orders_create_order.request(
            side=side, type_=type_, volume=volume, price=price, symbol=symbol, client_id=client_id
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def create_batch_orders(
        self,
        *,
        order_list: Sequence[CreateOrderRequest],
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[PlacedOrder]:
        """Place several orders

        `POST /api/spot/v1/order/place_order/batch` (signed).

        Places several orders in one call; returns one placement result per order. **An envelope `code`
        of 0 does not mean the order was placed:** a refused order comes back with `code` "0", `orderId`
        null, `placeStatus` 0 (rejected) and the reason in `placeCode` / `placeMsg` (e.g. 10034
        insufficient balance). `placeStatus` 1 means placed. Not idempotent: never retried
        automatically.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/order/#2-batch-order.

        Args:
            order_list: Orders to place.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[PlacedOrder]
        """
        from .api.orders import create_batch_orders as _orders_create_batch_orders  # loaded on first use

        call = _orders_create_batch_orders.request(order_list=order_list)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def cancel_orders(
        self,
        *,
        order_id_list: Sequence[OrderRef],
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelOrdersResult | None:
        """Cancel one or more orders

        `POST /api/spot/v1/order/cancel` (signed).

        Cancels orders by id. Live, cancelling an unknown order id also answers success, so the answer
        proves nothing: read the order afterwards.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/order/#3-cancel-order-batch-cancel.

        Args:
            order_id_list: Orders to cancel (one or many).
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CancelOrdersResult | None
        """
        from .api.orders import cancel_orders as _orders_cancel_orders  # loaded on first use

        call = _orders_cancel_orders.request(order_id_list=order_id_list)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_order_fills(
        self,
        *,
        order_id: str,
        symbol: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Fill]:
        """List the fills of an order

        `POST /api/spot/v1/order/deal/list` (signed).

        Returns the fills (matches) of one order. Documented as one object; it arrives as a list, `[]`
        when the order has no fills (also for an unknown order).

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/order/#4-query-matching-orders.

        Args:
            order_id: Order id.
            symbol: Trading pair.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Fill]
        """
        from .api.orders import get_order_fills as _orders_get_order_fills  # loaded on first use

        call = _orders_get_order_fills.request(order_id=order_id, symbol=symbol)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_order_history(
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
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OrderPage:
        """List past orders of a pair

        `POST /api/spot/v1/order/history/page` (signed).

        Returns one page of the pair's orders, optionally filtered by creation time (ISO-8601), status,
        side and type.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/order/#5-query-order-history.

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
            type_: Order type as a string holding the numeric code: "1" = limit, "2" = market. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            OrderPage
        """
        from .api.orders import get_order_history as _orders_get_order_history  # loaded on first use

        call = _orders_get_order_history.request(
            symbol=symbol,
            page=page,
            page_size=page_size,
            start_time=start_time,
            end_time=end_time,
            status=status,
            side=side,
            type_=type_,
        )
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_open_orders(
        self,
        *,
        symbol: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order] | None:
        """List open orders of a pair

        `POST /api/spot/v1/order/pending/list` (signed).

        Returns the pair's open (unfilled or partially filled) orders. Documented as an object; the
        example is a list. With no open orders `data` may be null.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/order/#6-query-current-orders.

        Args:
            symbol: Trading pair (required).
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order] | None
        """
        from .api.orders import get_open_orders as _orders_get_open_orders  # loaded on first use

        call = _orders_get_open_orders.request(symbol=symbol)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    def get_order(
        self,
        *,
        order_id: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None | Order:
        """Get one order

        `GET /api/spot/v1/order/detail` (signed).

        Returns one order by id. An unknown order id answers `code` 0 with `data: null` (live), not an
        error.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/order/#7-query-order-detail.

        Args:
            order_id: Order id.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            None | Order
        """
        from .api.orders import get_order as _orders_get_order  # loaded on first use

        call = _orders_get_order.request(order_id=order_id)
        return (self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class Client(_runtime.SyncClient):
    """Synchronous client for Bitunix Spot OpenAPI.

    Args:
        api_key: API key; defaults to the BITUNIX_API_KEY environment variable.
        api_secret: API secret; defaults to BITUNIX_API_SECRET. Public calls need neither.
        base_url: Origin to send requests to; overrides `environment`.
        environment: One of production (default production).
        timeout: Default per-operation timeouts (connect, each read, ...) for every call (seconds or an
            `httpx.Timeout`).
        deadline: Seconds a whole call may take, retries and waits included (default 60; None: no limit).
        httpx_args: Extra keyword arguments for the underlying `httpx.Client` (e.g. `transport=`).
        auth: A ready signer to use instead of building `BitunixAuth(api_key, api_secret)`, e.g. one
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


class AsyncAccountResource:
    """`client.account`: 10 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_balances(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[AccountBalance] | None:
        """Get spot account balances

        `GET /api/spot/v1/user/account` (signed).

        Returns the balance of every token in the spot account. An empty account answers `data: null`
        (live).

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#1-checking-account-balance.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[AccountBalance] | None
        """
        from .api.account import get_balances as _account_get_balances  # loaded on first use

        call = _account_get_balances.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_user_info(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> UserInfo:
        """Get the user bound to the API key

        `GET /api/spot/v1/user/info` (signed).

        Returns the `uid` of the API key's user; for a sub-account key, the master account's `uid`.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#2-get-user-information.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            UserInfo
        """
        from .api.account import get_user_info as _account_get_user_info  # loaded on first use

        call = _account_get_user_info.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def create_withdrawal(
        self,
        *,
        coin: str,
        network: str,
        address: str,
        amount: Decimal | int | str,
        memo: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> str:
        """Withdraw to a whitelisted address

        `POST /api/spot/v1/withdraw` (signed).

        Submits an on-chain withdrawal. Only addresses added as quick-withdrawal addresses work, and the
        API key needs withdrawal permission. Rate limit: 10 requests/s per IP. Returns the withdrawal
        id. Not idempotent: never retried automatically.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#3-submit-withdrawal-request.

        Args:
            coin: Token (see getCoins).
            network: Network name from getCoins, e.g. `Tron (TRC-20)`.
            address: Withdrawal address; must be on the account's quick-withdrawal whitelist.
            amount: Amount; the fee is deducted from it (received = amount - fee).
            memo: Tag / memo, for tokens that need one. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            str
        """
        from .api.account import create_withdrawal as _account_create_withdrawal  # loaded on first use

        call = _account_create_withdrawal.request(coin=coin, network=network, address=address, amount=amount, memo=memo)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def cancel_withdrawal(
        self,
        *,
        withdraw_id: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Cancel a withdrawal under review

        `POST /api/spot/v1/withdraw/cancel` (signed).

        Cancels a withdrawal while it is in the initial manual-review stage; once approved or on chain
        it cannot be cancelled. Rate limit: 10 requests/s per IP.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#4-cancel-withdrawal.

        Args:
            withdraw_id: Withdrawal id from createWithdrawal.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            None
        """
        from .api.account import cancel_withdrawal as _account_cancel_withdrawal  # loaded on first use

        call = _account_cancel_withdrawal.request(withdraw_id=withdraw_id)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def create_internal_transfer(
        self,
        *,
        coin: str,
        amount: Decimal | int | str,
        to_type: TransferTarget | Literal["uid", "phone", "email"],
        out_biz_id: str | None = None,
        to_uid: int | None = None,
        to_phone_country_code: str | None = None,
        to_phone_number: str | None = None,
        to_email: str | None = None,
        remark: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> str:
        """Transfer to another Bitunix user

        `POST /api/spot/v1/inside_transfer` (signed).

        Sends tokens to another Bitunix user by uid, phone or email. The API key needs withdrawal
        permission. Pass `outBizId` to be able to find the transfer again (getWithdrawalHistory filters
        by it). Rate limit: 10 requests/s per IP. Returns the transfer id.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#5-initiate-internal-transfer.

        Args:
            coin: Token (see getCoins).
            amount: Amount to transfer.
            to_type: How the receiver of an internal transfer is identified.
            out_biz_id: Caller's business id (up to 32 characters); getWithdrawalHistory finds the transfer by
                it. Optional.
            to_uid: Receiver uid (toType `uid`). Optional.
            to_phone_country_code: Receiver phone country code (toType `phone`). Optional.
            to_phone_number: Receiver phone number (toType `phone`). Optional.
            to_email: Receiver email (toType `email`). Optional.
            remark: Remark (up to 256 characters). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            str
        """
        from .api.account import create_internal_transfer as _account_create_internal_transfer  # loaded on first use

        call = _account_create_internal_transfer.request(
            coin=coin,
            amount=amount,
            to_type=to_type,
            out_biz_id=out_biz_id,
            to_uid=to_uid,
            to_phone_country_code=to_phone_country_code,
            to_phone_number=to_phone_number,
            to_email=to_email,
            remark=remark,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def cancel_internal_transfer(
        self,
        *,
        inside_transfer_id: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None:
        """Cancel an internal transfer under review

        `POST /api/spot/v1/inside_transfer/cancel` (signed).

        Cancels an internal transfer while it is in the initial manual-review stage. Rate limit: 10
        requests/s per IP.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#6-cancel-internal-transfer.

        Args:
            inside_transfer_id: Transfer id from createInternalTransfer.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            None
        """
        from .api.account import cancel_internal_transfer as _account_cancel_internal_transfer  # loaded on first use

        call = _account_cancel_internal_transfer.request(inside_transfer_id=inside_transfer_id)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_withdrawal_history(
        self,
        *,
        id: str | None = None,
        out_biz_id: str | None = None,
        coin: str | None = None,
        transaction_hash: str | None = None,
        type_: WithdrawalType | Literal["withdraw", "inside_transfer_out"] | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        remark: str | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[WithdrawalRecord]:
        """List withdrawals and outgoing internal transfers

        `POST /api/spot/v1/withdraw_transfer/page` (signed).

        Returns withdrawals and outgoing internal transfers matching the filter, at most 100. Rate
        limit: 10 requests/s per IP.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#7-request-withdrawal-historywithdrawal-and-internal-transfer-included.

        Args:
            id: Withdrawal or internal transfer id. Optional.
            out_biz_id: Caller's business id. Optional.
            coin: Token. Optional.
            transaction_hash: Transaction hash (type `withdraw` only). Optional.
            type_: `withdraw` = on-chain withdrawal, `inside_transfer_out` = outgoing internal transfer.
                Optional.
            start_time: Start time, epoch milliseconds. Optional.
            end_time: End time, epoch milliseconds. Optional.
            remark: Remark (exact match). Optional.
            limit: Number of records, at most 100 (default 100). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[WithdrawalRecord]
        """
        from .api.account import get_withdrawal_history as _account_get_withdrawal_history  # loaded on first use

        call = _account_get_withdrawal_history.request(
            id=id,
            out_biz_id=out_biz_id,
            coin=coin,
            transaction_hash=transaction_hash,
            type_=type_,
            start_time=start_time,
            end_time=end_time,
            remark=remark,
            limit=limit,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def create_funds_transfer(
        self,
        *,
        type_: FundsTransferType | Literal["spot_futures", "futures_spot"],
        coin: str,
        amount: Decimal | int | str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> str:
        """Move funds between the spot and futures accounts

        `POST /api/spot/v1/funds_transfer` (signed).

        Transfers funds between the user's own spot and futures accounts. Rate limit: 10 requests/s per
        IP. Returns the transfer id. Not idempotent: never retried automatically.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#8-transfer.

        Args:
            type_: `spot_futures` = spot account to futures account, `futures_spot` = the reverse.
            coin: Token.
            amount: Amount.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            str
        """
        from .api.account import create_funds_transfer as _account_create_funds_transfer  # loaded on first use

        call = _account_create_funds_transfer.request(type_=type_, coin=coin, amount=amount)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_deposit_history(
        self,
        *,
        id: str | None = None,
        coin: str | None = None,
        type_: DepositType | Literal["deposit", "inside_transfer_in"] | None = None,
        transaction_hash: str | None = None,
        start_time: datetime.datetime | None = None,
        end_time: datetime.datetime | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[DepositRecord]:
        """List deposits and incoming internal transfers

        `POST /api/spot/v1/deposit/page` (signed).

        Returns on-chain deposits and incoming internal transfers matching the filter, at most 100. Rate
        limit: 10 requests/s per IP.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#9-get-deposit-records-on-chain-deposit-internal-transfer.

        Args:
            id: Deposit or transfer id. Optional.
            coin: Token. Optional.
            type_: `deposit` = on-chain deposit, `inside_transfer_in` = incoming internal transfer.
                Optional.
            transaction_hash: Transaction hash (type `deposit` only). Optional.
            start_time: Start time, epoch milliseconds. Optional.
            end_time: End time, epoch milliseconds. Optional.
            limit: Number of records, at most 100 (default 100). Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[DepositRecord]
        """
        from .api.account import get_deposit_history as _account_get_deposit_history  # loaded on first use

        call = _account_get_deposit_history.request(
            id=id,
            coin=coin,
            type_=type_,
            transaction_hash=transaction_hash,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_deposit_address(
        self,
        *,
        coin: str,
        network: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[DepositAddress]:
        """Get deposit addresses for a token and network

        `POST /api/spot/v1/deposit/address` (signed).

        Returns the account's deposit address(es) for a token on a network. Rate limit: 10 requests/s
        per IP.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/user/#10-get-deposit-address.

        Args:
            coin: Token.
            network: Network name from getCoins.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[DepositAddress]
        """
        from .api.account import get_deposit_address as _account_get_deposit_address  # loaded on first use

        call = _account_get_deposit_address.request(coin=coin, network=network)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncMarketResource:
    """`client.market`: 7 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def get_last_price(
        self,
        *,
        symbol: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Decimal:
        """Get the last traded price of a pair

        `GET /api/spot/v1/market/last_price`.

        Returns the last traded price of one trading pair as a decimal string. One pair per call; there
        is no bulk ticker.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/public/#1-get-latest-price.

        Args:
            symbol: Trading pair, e.g. `BTCUSDT`.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Decimal
        """
        from .api.market import get_last_price as _market_get_last_price  # loaded on first use

        call = _market_get_last_price.request(symbol=symbol)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_depth(
        self,
        *,
        symbol: str,
        precision: Decimal | int | str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Depth:
        """Get the order book of a pair

        `GET /api/spot/v1/market/depth`.

        Returns an order-book snapshot (about 50 levels a side, per a live probe) at the requested price
        precision.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/public/#2-get-depth-data.

        Args:
            symbol: Trading pair, e.g. `BTCUSDT`.
            precision: "Token precision": the price step used to merge levels (presumably one of the pair's
                `precisions` from getCoinPairs).
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Depth
        """
        from .api.market import get_depth as _market_get_depth  # loaded on first use

        call = _market_get_depth.request(symbol=symbol, precision=precision)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_kline(
        self,
        *,
        symbol: str,
        interval: KlineInterval | Literal["1", "3", "5", "15", "30", "60", "120", "240", "360", "720", "D", "M", "W"],
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> Kline | list[Kline]:
        """Get recent candles of a pair

        `GET /api/spot/v1/market/kline`.

        Returns the latest candles of a pair, including the one still in progress. Documented as a
        single candle object; a live report says it returns the latest ~201 candles, so both shapes are
        accepted.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/public/#3-get-k-line-data.

        Args:
            symbol: Trading pair, e.g. `BTCUSDT`.
            interval: Candle interval: minutes (1 … 720) or D / W / M. The docs say "default is 1min"; the WS
                example sends "1min", which is not in the documented list.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            Kline | list[Kline]
        """
        from .api.market import get_kline as _market_get_kline  # loaded on first use

        call = _market_get_kline.request(symbol=symbol, interval=interval)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_kline_history(
        self,
        *,
        symbol: str,
        interval: KlineInterval
        | Literal["1", "3", "5", "15", "30", "60", "120", "240", "360", "720", "D", "M", "W"]
        | None = None,
        end_time: datetime.datetime | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Kline]:
        """Get historical candles of a pair

        `GET /api/spot/v1/market/kline/history`.

        Returns closed candles ending before `endTime` (epoch **seconds**, open interval; default now,
        excluding the unfinished candle), newest first. Page backwards with `endTime` = oldest open time
        of the previous page. Documented as an object; it arrives as an array.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/public/#4-get-k-line-history-data.

        Args:
            symbol: Trading pair, e.g. `BTCUSDT`.
            interval: Candle interval: minutes (1 … 720) or D / W / M. The docs say "default is 1min"; the WS
                example sends "1min", which is not in the documented list. Optional.
            end_time: End time in epoch **seconds**, exclusive (e.g. 1696507201). Omitted: now, and the latest
                (unfinished) candle is not included. The docs type it as a string. Optional.
            limit: Number of candles, 1-500 (default 200). Live: more than 500 returns an empty array. The
                docs type it as a string. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Kline]
        """
        from .api.market import get_kline_history as _market_get_kline_history  # loaded on first use

        call = _market_get_kline_history.request(symbol=symbol, interval=interval, end_time=end_time, limit=limit)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_coin_pairs(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[CoinPair]:
        """List trading pairs and their rules

        `GET /api/spot/v1/common/coin_pair/list`.

        Returns every trading pair with its precisions and limits in one call (about 577 KB live).

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/public/#5-query-trading-pair-data.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[CoinPair]
        """
        from .api.market import get_coin_pairs as _market_get_coin_pairs  # loaded on first use

        call = _market_get_coin_pairs.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_rates(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[FiatRate]:
        """List fiat exchange rates

        `GET /api/spot/v1/common/rate/list`.

        Returns reference exchange rates between currencies (e.g. USD/CNY).

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/public/#6-query-rate-data.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[FiatRate]
        """
        from .api.market import get_rates as _market_get_rates  # loaded on first use

        call = _market_get_rates.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_coins(
        self,
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Coin]:
        """List tokens and their networks

        `GET /api/spot/v1/common/coin/coin_network/list`.

        Returns every token with its deposit / withdrawal switches and limits per network. The `network`
        names are the ones withdraw and deposit-address calls expect.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/public/#7-query-token-data.

        Args:
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Coin]
        """
        from .api.market import get_coins as _market_get_coins  # loaded on first use

        call = _market_get_coins.request()
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncOrdersResource:
    """`client.orders`: 7 operations."""

    def __init__(self, client: _runtime.AsyncClient) -> None:
        self._client = client

    async def create_order(
        self,
        *,
        side: Side | Literal[1, 2, "SELL", "BUY"],
        type_: OrderType | Literal[1, 2, "LIMIT", "MARKET"],
        volume: Decimal | int | str,
        price: Decimal | int | str,
        symbol: str,
        client_id: str | None = None,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> PlacedOrder:
        """Place an order

        `POST /api/spot/v1/order/place_order` (signed).

        Places one limit or market order. **An envelope `code` of 0 does not mean the order was
        placed:** a refused order comes back with `code` "0", `orderId` null, `placeStatus` 0 (rejected)
        and the reason in `placeCode` / `placeMsg` (e.g. 10034 insufficient balance). `placeStatus` 1
        means placed. Not idempotent: never retried automatically.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/order/#1-place-order.

        Args:
            side: Order side as a JSON number: 1 = sell, 2 = buy (note the order).
            type_: Order type as a JSON number: 1 = limit, 2 = market.
            volume: Quantity. Limit orders: base quantity (settled live; the REST place_order page says
                quote, the batch and WS pages say base). Market orders: buy = quote amount, sell = base
                quantity (unverified).
            price: Limit price. Required by the docs; for market orders send "0" (undocumented).
            symbol: Trading pair, e.g. `BTCUSDT`.
            client_id: Caller's order id (undocumented): kept and returned by order reads, but not usable to
                cancel or look up an order. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            PlacedOrder
        """
        from .api.orders import create_order as _orders_create_order  # loaded on first use

        call = _orders_create_order.request(
            side=side, type_=type_, volume=volume, price=price, symbol=symbol, client_id=client_id
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def create_batch_orders(
        self,
        *,
        order_list: Sequence[CreateOrderRequest],
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[PlacedOrder]:
        """Place several orders

        `POST /api/spot/v1/order/place_order/batch` (signed).

        Places several orders in one call; returns one placement result per order. **An envelope `code`
        of 0 does not mean the order was placed:** a refused order comes back with `code` "0", `orderId`
        null, `placeStatus` 0 (rejected) and the reason in `placeCode` / `placeMsg` (e.g. 10034
        insufficient balance). `placeStatus` 1 means placed. Not idempotent: never retried
        automatically.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/order/#2-batch-order.

        Args:
            order_list: Orders to place.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[PlacedOrder]
        """
        from .api.orders import create_batch_orders as _orders_create_batch_orders  # loaded on first use

        call = _orders_create_batch_orders.request(order_list=order_list)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def cancel_orders(
        self,
        *,
        order_id_list: Sequence[OrderRef],
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> CancelOrdersResult | None:
        """Cancel one or more orders

        `POST /api/spot/v1/order/cancel` (signed).

        Cancels orders by id. Live, cancelling an unknown order id also answers success, so the answer
        proves nothing: read the order afterwards.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/order/#3-cancel-order-batch-cancel.

        Args:
            order_id_list: Orders to cancel (one or many).
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            CancelOrdersResult | None
        """
        from .api.orders import cancel_orders as _orders_cancel_orders  # loaded on first use

        call = _orders_cancel_orders.request(order_id_list=order_id_list)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_order_fills(
        self,
        *,
        order_id: str,
        symbol: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Fill]:
        """List the fills of an order

        `POST /api/spot/v1/order/deal/list` (signed).

        Returns the fills (matches) of one order. Documented as one object; it arrives as a list, `[]`
        when the order has no fills (also for an unknown order).

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/order/#4-query-matching-orders.

        Args:
            order_id: Order id.
            symbol: Trading pair.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Fill]
        """
        from .api.orders import get_order_fills as _orders_get_order_fills  # loaded on first use

        call = _orders_get_order_fills.request(order_id=order_id, symbol=symbol)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

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
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> OrderPage:
        """List past orders of a pair

        `POST /api/spot/v1/order/history/page` (signed).

        Returns one page of the pair's orders, optionally filtered by creation time (ISO-8601), status,
        side and type.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/order/#5-query-order-history.

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
            type_: Order type as a string holding the numeric code: "1" = limit, "2" = market. Optional.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            OrderPage
        """
        from .api.orders import get_order_history as _orders_get_order_history  # loaded on first use

        call = _orders_get_order_history.request(
            symbol=symbol,
            page=page,
            page_size=page_size,
            start_time=start_time,
            end_time=end_time,
            status=status,
            side=side,
            type_=type_,
        )
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_open_orders(
        self,
        *,
        symbol: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> list[Order] | None:
        """List open orders of a pair

        `POST /api/spot/v1/order/pending/list` (signed).

        Returns the pair's open (unfilled or partially filled) orders. Documented as an object; the
        example is a list. With no open orders `data` may be null.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/order/#6-query-current-orders.

        Args:
            symbol: Trading pair (required).
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            list[Order] | None
        """
        from .api.orders import get_open_orders as _orders_get_open_orders  # loaded on first use

        call = _orders_get_open_orders.request(symbol=symbol)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed

    async def get_order(
        self,
        *,
        order_id: str,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> None | Order:
        """Get one order

        `GET /api/spot/v1/order/detail` (signed).

        Returns one order by id. An unknown order id answers `code` 0 with `data: null` (live), not an
        error.

        Not in the seed documentation; taken from https://www.bitunix.com/api-
        docs/spots/en_us/order/#7-query-order-detail.

        Args:
            order_id: Order id.
            timeout: Overrides the client's per-operation timeouts (connect, each read, ...) for this call.
            max_retries: Overrides the client's retry count for this call (0 disables retries).
            deadline: Seconds this whole call may take, retries and waits included (default: the client's).

        Returns:
            None | Order
        """
        from .api.orders import get_order as _orders_get_order  # loaded on first use

        call = _orders_get_order.request(order_id=order_id)
        return (await self._client.send(call, timeout=timeout, max_retries=max_retries, deadline=deadline)).parsed


class AsyncClient(_runtime.AsyncClient):
    """Asynchronous client for Bitunix Spot OpenAPI.

    Args:
        api_key: API key; defaults to the BITUNIX_API_KEY environment variable.
        api_secret: API secret; defaults to BITUNIX_API_SECRET. Public calls need neither.
        base_url: Origin to send requests to; overrides `environment`.
        environment: One of production (default production).
        timeout: Default per-operation timeouts (connect, each read, ...) for every call (seconds or an
            `httpx.Timeout`).
        deadline: Seconds a whole call may take, retries and waits included (default 60; None: no limit).
        httpx_args: Extra keyword arguments for the underlying `httpx.AsyncClient` (e.g. `transport=`).
        auth: A ready signer to use instead of building `BitunixAuth(api_key, api_secret)`, e.g. one
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
