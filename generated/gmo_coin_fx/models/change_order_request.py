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
    """Exactly one of `orderId` and `clientOrderId` is required."""

    price: Decimal
    """ New order price (注文レート). """
    order_id: int | Unset = UNSET
    """ Order ID of the order to change. """
    client_order_id: str | Unset = UNSET
    """ Client order ID of the order to change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = codec.format_decimal(self.price)

        order_id = self.order_id

        client_order_id = self.client_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
            }
        )
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["price"]
                _f1 = src_dict.get("orderId", UNSET)
                _f2 = src_dict.get("clientOrderId", UNSET)
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 1 + (_f1 is not UNSET) + (_f2 is not UNSET)
                    and type(_f0) is str
                    and (_f1 is UNSET or type(_f1) is int)
                    and (_f2 is UNSET or type(_f2) is str)
                ):
                    try:
                        price = Decimal(_f0)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if price.is_finite():
                            return cls(
                                price,
                                _f1,  # order_id
                                _f2,  # client_order_id
                            )

        src_ = dict(src_dict)
        price = codec.parse_decimal_field(src_.pop("price"), "price")

        order_id = codec.expect_optional(src_.pop("orderId", UNSET), int, "orderId")

        client_order_id = codec.expect_optional(src_.pop("clientOrderId", UNSET), str, "clientOrderId")

        result_ = cls(
            price=price,
            order_id=order_id,
            client_order_id=client_order_id,
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
