from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="Asset")


@_attrs_define
class Asset:
    """An asset."""

    id: str
    """ Asset name used everywhere else, e.g. `KRW`, `ETH`, `BTC`. """
    name: str
    """ Korean display name, e.g. `대한민국 원`. """
    english_name: str | Unset = UNSET
    """ Current edition. English display name. """
    scale: int | Unset = UNSET
    """ Current edition. Number of decimal places of the asset. """
    withdrawal_fee: Decimal | Unset = UNSET
    """ Current edition. Withdrawal fee. """
    withdrawal_amount_min: Decimal | Unset = UNSET
    """ Current edition. Minimum withdrawal amount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        english_name = self.english_name

        scale = self.scale

        withdrawal_fee: Decimal | Unset = UNSET
        if not isinstance(self.withdrawal_fee, Unset):
            withdrawal_fee = self.withdrawal_fee

        withdrawal_amount_min: Decimal | Unset = UNSET
        if not isinstance(self.withdrawal_amount_min, Unset):
            withdrawal_amount_min = self.withdrawal_amount_min

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if english_name is not UNSET:
            field_dict["englishName"] = english_name
        if scale is not UNSET:
            field_dict["scale"] = scale
        if withdrawal_fee is not UNSET:
            field_dict["withdrawalFee"] = withdrawal_fee
        if withdrawal_amount_min is not UNSET:
            field_dict["withdrawalAmountMin"] = withdrawal_amount_min

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        id = codec.expect(src_.pop("id"), str, "id")

        name = codec.expect(src_.pop("name"), str, "name")

        english_name = codec.expect_optional(src_.pop("englishName", UNSET), str, "englishName")

        scale = codec.expect_optional(src_.pop("scale", UNSET), int, "scale")

        _withdrawal_fee = src_.pop("withdrawalFee", UNSET)
        withdrawal_fee: Decimal | Unset
        if isinstance(_withdrawal_fee, Unset):
            withdrawal_fee = UNSET
        else:
            withdrawal_fee = codec.parse_decimal_field(_withdrawal_fee, "withdrawalFee")

        _withdrawal_amount_min = src_.pop("withdrawalAmountMin", UNSET)
        withdrawal_amount_min: Decimal | Unset
        if isinstance(_withdrawal_amount_min, Unset):
            withdrawal_amount_min = UNSET
        else:
            withdrawal_amount_min = codec.parse_decimal_field(_withdrawal_amount_min, "withdrawalAmountMin")

        result_ = cls(
            id=id,
            name=name,
            english_name=english_name,
            scale=scale,
            withdrawal_fee=withdrawal_fee,
            withdrawal_amount_min=withdrawal_amount_min,
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
