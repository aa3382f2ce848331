from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.funds_transfer_type import FundsTransferType

T = TypeVar("T", bound="CreateFundsTransferRequest")


@_attrs_define
class CreateFundsTransferRequest:
    """Spot/futures transfer request body."""

    type_: FundsTransferType
    """ `spot_futures` = spot account to futures account, `futures_spot` = the reverse. """
    coin: str
    """ Token. """
    amount: Decimal
    """ Amount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        coin = self.coin

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "coin": coin,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        type_ = FundsTransferType(src_.pop("type"))

        coin = codec.expect(src_.pop("coin"), str, "coin")

        amount = codec.parse_decimal_field(src_.pop("amount"), "amount")

        result_ = cls(
            type_=type_,
            coin=coin,
            amount=amount,
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
