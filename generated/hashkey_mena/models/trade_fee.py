from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="TradeFee")


@_attrs_define
class TradeFee:
    """Fee breakdown of a fill."""

    fee_coin_id: str
    """ Fee currency. """
    fee_coin_name: str
    """ Fee currency name. """
    fee: Decimal
    """ Fee charged, after HSK deduction. """
    origin_coin_id: str | Unset = UNSET
    """ Fee currency before HSK deduction. """
    origin_coin_name: str | Unset = UNSET
    """ Fee currency name before HSK deduction. """
    origin_fee: Decimal | Unset = UNSET
    """ Fee before HSK deduction. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fee_coin_id = self.fee_coin_id

        fee_coin_name = self.fee_coin_name

        fee = codec.format_decimal(self.fee)

        origin_coin_id = self.origin_coin_id

        origin_coin_name = self.origin_coin_name

        origin_fee: str | Unset = UNSET
        if not isinstance(self.origin_fee, Unset):
            origin_fee = codec.format_decimal(self.origin_fee)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feeCoinId": fee_coin_id,
                "feeCoinName": fee_coin_name,
                "fee": fee,
            }
        )
        if origin_coin_id is not UNSET:
            field_dict["originCoinId"] = origin_coin_id
        if origin_coin_name is not UNSET:
            field_dict["originCoinName"] = origin_coin_name
        if origin_fee is not UNSET:
            field_dict["originFee"] = origin_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        fee_coin_id = codec.expect(src_.pop("feeCoinId"), str, "feeCoinId")

        fee_coin_name = codec.expect(src_.pop("feeCoinName"), str, "feeCoinName")

        fee = codec.parse_decimal_field(src_.pop("fee"), "fee")

        origin_coin_id = codec.expect_optional(src_.pop("originCoinId", UNSET), str, "originCoinId")

        origin_coin_name = codec.expect_optional(src_.pop("originCoinName", UNSET), str, "originCoinName")

        _origin_fee = src_.pop("originFee", UNSET)
        origin_fee: Decimal | Unset
        if isinstance(_origin_fee, Unset):
            origin_fee = UNSET
        else:
            origin_fee = codec.parse_decimal_field(_origin_fee, "originFee")

        result_ = cls(
            fee_coin_id=fee_coin_id,
            fee_coin_name=fee_coin_name,
            fee=fee,
            origin_coin_id=origin_coin_id,
            origin_coin_name=origin_coin_name,
            origin_fee=origin_fee,
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
