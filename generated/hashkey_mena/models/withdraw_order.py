from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.withdraw_status import WithdrawStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="WithdrawOrder")


@_attrs_define
class WithdrawOrder:
    """A crypto withdrawal."""

    time: datetime.datetime
    """ Time, epoch milliseconds as a JSON string. """
    id: str
    """ Withdrawal order ID, e.g. W474986756938121216. """
    coin: str
    """ Coin. """
    coin_id: str
    """ Coin ID. """
    coin_name: str
    """ Coin name. """
    address: str
    """ Withdrawal address. """
    quantity: Decimal
    """ Withdrawal amount entered by the user. """
    arrive_quantity: Decimal | None
    """ Net amount received; the venue sends "" while the withdrawal is pending, which decodes to None. """
    tx_id: str
    """ Transaction ID (empty until broadcast). """
    address_url: str
    """ Withdrawal address URL (same as address). """
    fee_coin_id: str
    """ Fee currency ID. """
    fee_coin_name: str
    """ Fee currency name. """
    fee: Decimal
    """ Fee. """
    remark: str
    """ Remark. """
    platform: str
    """ Destination platform name, e.g. Binance (empty when none). """
    status: WithdrawStatus | Unset = UNSET
    """ Withdrawal status. """
    memo: str | Unset = UNSET
    """ Memo. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = str(codec.format_unix(self.time, scale=1000))

        id = self.id

        coin = self.coin

        coin_id = self.coin_id

        coin_name = self.coin_name

        address = self.address

        quantity = codec.format_decimal(self.quantity)

        arrive_quantity = "" if self.arrive_quantity is None else codec.format_decimal(self.arrive_quantity)

        tx_id = self.tx_id

        address_url = self.address_url

        fee_coin_id = self.fee_coin_id

        fee_coin_name = self.fee_coin_name

        fee = codec.format_decimal(self.fee)

        remark = self.remark

        platform = self.platform

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        memo = self.memo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "id": id,
                "coin": coin,
                "coinId": coin_id,
                "coinName": coin_name,
                "address": address,
                "quantity": quantity,
                "arriveQuantity": arrive_quantity,
                "txId": tx_id,
                "addressUrl": address_url,
                "feeCoinId": fee_coin_id,
                "feeCoinName": fee_coin_name,
                "fee": fee,
                "remark": remark,
                "platform": platform,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        time = codec.parse_unix(src_.pop("time"), scale=1000)

        id = codec.expect(src_.pop("id"), str, "id")

        coin = codec.expect(src_.pop("coin"), str, "coin")

        coin_id = codec.expect(src_.pop("coinId"), str, "coinId")

        coin_name = codec.expect(src_.pop("coinName"), str, "coinName")

        address = codec.expect(src_.pop("address"), str, "address")

        quantity = codec.parse_decimal_field(src_.pop("quantity"), "quantity")

        arrive_quantity = codec.parse_decimal_or_none(src_.pop("arriveQuantity"), "arriveQuantity", empty=True)

        tx_id = codec.expect(src_.pop("txId"), str, "txId")

        address_url = codec.expect(src_.pop("addressUrl"), str, "addressUrl")

        fee_coin_id = codec.expect(src_.pop("feeCoinId"), str, "feeCoinId")

        fee_coin_name = codec.expect(src_.pop("feeCoinName"), str, "feeCoinName")

        fee = codec.parse_decimal_field(src_.pop("fee"), "fee")

        remark = codec.expect(src_.pop("remark"), str, "remark")

        platform = codec.expect(src_.pop("platform"), str, "platform")

        _status = src_.pop("status", UNSET)
        status: WithdrawStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WithdrawStatus(_status)

        memo = codec.expect_optional(src_.pop("memo", UNSET), str, "memo")

        result_ = cls(
            time=time,
            id=id,
            coin=coin,
            coin_id=coin_id,
            coin_name=coin_name,
            address=address,
            quantity=quantity,
            arrive_quantity=arrive_quantity,
            tx_id=tx_id,
            address_url=address_url,
            fee_coin_id=fee_coin_id,
            fee_coin_name=fee_coin_name,
            fee=fee,
            remark=remark,
            platform=platform,
            status=status,
            memo=memo,
        )

        result_.additional_properties = src_
        return result_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
