from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangeOcoOrderRequest")


@_attrs_define
class ChangeOcoOrderRequest:
    """Exactly one of `rootOrderId` and `clientOrderId` is required; `limitPrice`, `stopPrice` or
    both are required.

    """

    root_order_id: int | Unset = UNSET
    """ Root (parent) order ID of the OCO order. """
    client_order_id: str | Unset = UNSET
    """ Client order ID of the OCO order. """
    limit_price: Decimal | Unset = UNSET
    """ New limit price (指値注文レート). """
    stop_price: Decimal | Unset = UNSET
    """ New stop price (逆指値注文レート). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        root_order_id = self.root_order_id

        client_order_id = self.client_order_id

        limit_price: str | Unset = UNSET
        if not isinstance(self.limit_price, Unset):
            limit_price = codec.format_decimal(self.limit_price)

        stop_price: str | Unset = UNSET
        if not isinstance(self.stop_price, Unset):
            stop_price = codec.format_decimal(self.stop_price)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if root_order_id is not UNSET:
            field_dict["rootOrderId"] = root_order_id
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if limit_price is not UNSET:
            field_dict["limitPrice"] = limit_price
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        root_order_id = codec.expect_optional(src_.pop("rootOrderId", UNSET), int, "rootOrderId")

        client_order_id = codec.expect_optional(src_.pop("clientOrderId", UNSET), str, "clientOrderId")

        _limit_price = src_.pop("limitPrice", UNSET)
        limit_price: Decimal | Unset
        if isinstance(_limit_price, Unset):
            limit_price = UNSET
        else:
            limit_price = codec.parse_decimal_field(_limit_price, "limitPrice")

        _stop_price = src_.pop("stopPrice", UNSET)
        stop_price: Decimal | Unset
        if isinstance(_stop_price, Unset):
            stop_price = UNSET
        else:
            stop_price = codec.parse_decimal_field(_stop_price, "stopPrice")

        result_ = cls(
            root_order_id=root_order_id,
            client_order_id=client_order_id,
            limit_price=limit_price,
            stop_price=stop_price,
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
