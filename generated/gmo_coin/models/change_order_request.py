from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangeOrderRequest")


@_attrs_define
class ChangeOrderRequest:
    """Body of changeOrder."""

    order_id: int
    """ Id of the order to change. """
    price: Decimal
    """ New order price. """
    losscut_price: Decimal | Unset = UNSET
    """ New liquidation price (margin LIMIT and STOP orders only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        price = codec.format_decimal(self.price)

        losscut_price: str | Unset = UNSET
        if not isinstance(self.losscut_price, Unset):
            losscut_price = codec.format_decimal(self.losscut_price)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "price": price,
            }
        )
        if losscut_price is not UNSET:
            field_dict["losscutPrice"] = losscut_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        order_id = codec.expect(src_.pop("orderId"), int, "orderId")

        price = codec.parse_decimal_field(src_.pop("price"), "price")

        _losscut_price = src_.pop("losscutPrice", UNSET)
        losscut_price: Decimal | Unset
        if isinstance(_losscut_price, Unset):
            losscut_price = UNSET
        else:
            losscut_price = codec.parse_decimal_field(_losscut_price, "losscutPrice")

        result_ = cls(
            order_id=order_id,
            price=price,
            losscut_price=losscut_price,
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
