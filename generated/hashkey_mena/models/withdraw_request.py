from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.withdraw_platform import WithdrawPlatform
from ..types import UNSET, Unset

T = TypeVar("T", bound="WithdrawRequest")


@_attrs_define
class WithdrawRequest:
    """Withdrawal parameters."""

    coin: str
    """ Asset, e.g. USDT. """
    client_order_id: str
    """ Client-defined withdrawal ID. """
    address: str
    """ Withdrawal address. """
    quantity: Decimal
    """ Withdrawal amount. """
    chain_type: str
    """ Chain type, e.g. ETH (see getChainTypes). """
    address_ext: str | Unset = UNSET
    """ Address tag (not in use currently). """
    platform: WithdrawPlatform | Unset = UNSET
    """ Destination platform (case-insensitive on the server). BITGET and BYBIT are for individual investors only.
    """
    memo: str | Unset = UNSET
    """ Memo required by some coins and networks (letters and digits only, at most 20 characters). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        client_order_id = self.client_order_id

        address = self.address

        quantity = codec.format_decimal(self.quantity)

        chain_type = self.chain_type

        address_ext = self.address_ext

        platform: str | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.value

        memo = self.memo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coin": coin,
                "clientOrderId": client_order_id,
                "address": address,
                "quantity": quantity,
                "chainType": chain_type,
            }
        )
        if address_ext is not UNSET:
            field_dict["addressExt"] = address_ext
        if platform is not UNSET:
            field_dict["platform"] = platform
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        coin = codec.expect(src_.pop("coin"), str, "coin")

        client_order_id = codec.expect(src_.pop("clientOrderId"), str, "clientOrderId")

        address = codec.expect(src_.pop("address"), str, "address")

        quantity = codec.parse_decimal_field(src_.pop("quantity"), "quantity")

        chain_type = codec.expect(src_.pop("chainType"), str, "chainType")

        address_ext = codec.expect_optional(src_.pop("addressExt", UNSET), str, "addressExt")

        _platform = src_.pop("platform", UNSET)
        platform: WithdrawPlatform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = WithdrawPlatform(_platform)

        memo = codec.expect_optional(src_.pop("memo", UNSET), str, "memo")

        result_ = cls(
            coin=coin,
            client_order_id=client_order_id,
            address=address,
            quantity=quantity,
            chain_type=chain_type,
            address_ext=address_ext,
            platform=platform,
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
