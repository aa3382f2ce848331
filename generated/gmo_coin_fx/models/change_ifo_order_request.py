from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangeIfoOrderRequest")


@_attrs_define
class ChangeIfoOrderRequest:
    """Exactly one of `rootOrderId` and `clientOrderId` is required; at least one of `firstPrice`,
    `secondLimitPrice` and `secondStopPrice` is required.

    """

    root_order_id: int | Unset = UNSET
    """ Root (parent) order ID of the IFDOCO order. """
    client_order_id: str | Unset = UNSET
    """ Client order ID of the IFDOCO order. """
    first_price: Decimal | Unset = UNSET
    """ New first-leg price (1次注文レート). """
    second_limit_price: Decimal | Unset = UNSET
    """ New second-leg limit price (2次指値注文レート). """
    second_stop_price: Decimal | Unset = UNSET
    """ New second-leg stop price (2次逆指値注文レート). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        root_order_id = self.root_order_id

        client_order_id = self.client_order_id

        first_price: str | Unset = UNSET
        if not isinstance(self.first_price, Unset):
            first_price = codec.format_decimal(self.first_price)

        second_limit_price: str | Unset = UNSET
        if not isinstance(self.second_limit_price, Unset):
            second_limit_price = codec.format_decimal(self.second_limit_price)

        second_stop_price: str | Unset = UNSET
        if not isinstance(self.second_stop_price, Unset):
            second_stop_price = codec.format_decimal(self.second_stop_price)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if root_order_id is not UNSET:
            field_dict["rootOrderId"] = root_order_id
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if first_price is not UNSET:
            field_dict["firstPrice"] = first_price
        if second_limit_price is not UNSET:
            field_dict["secondLimitPrice"] = second_limit_price
        if second_stop_price is not UNSET:
            field_dict["secondStopPrice"] = second_stop_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        root_order_id = codec.expect_optional(src_.pop("rootOrderId", UNSET), int, "rootOrderId")

        client_order_id = codec.expect_optional(src_.pop("clientOrderId", UNSET), str, "clientOrderId")

        _first_price = src_.pop("firstPrice", UNSET)
        first_price: Decimal | Unset
        if isinstance(_first_price, Unset):
            first_price = UNSET
        else:
            first_price = codec.parse_decimal_field(_first_price, "firstPrice")

        _second_limit_price = src_.pop("secondLimitPrice", UNSET)
        second_limit_price: Decimal | Unset
        if isinstance(_second_limit_price, Unset):
            second_limit_price = UNSET
        else:
            second_limit_price = codec.parse_decimal_field(_second_limit_price, "secondLimitPrice")

        _second_stop_price = src_.pop("secondStopPrice", UNSET)
        second_stop_price: Decimal | Unset
        if isinstance(_second_stop_price, Unset):
            second_stop_price = UNSET
        else:
            second_stop_price = codec.parse_decimal_field(_second_stop_price, "secondStopPrice")

        result_ = cls(
            root_order_id=root_order_id,
            client_order_id=client_order_id,
            first_price=first_price,
            second_limit_price=second_limit_price,
            second_stop_price=second_stop_price,
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
