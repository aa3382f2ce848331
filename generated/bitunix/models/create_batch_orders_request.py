from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

if TYPE_CHECKING:
    from ..models.create_order_request import CreateOrderRequest


T = TypeVar("T", bound="CreateBatchOrdersRequest")


@_attrs_define
class CreateBatchOrdersRequest:
    """Batch placement request body."""

    order_list: list[CreateOrderRequest]
    """ Orders to place. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_list = []
        for order_list_item_data in self.order_list:
            order_list_item = order_list_item_data.to_dict()
            order_list.append(order_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderList": order_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_order_request import CreateOrderRequest  # noqa: PLC0415

        src_ = dict(src_dict)
        order_list = []
        _order_list = src_.pop("orderList")
        for order_list_item_data in codec.expect_list(_order_list, "orderList"):
            order_list_item = CreateOrderRequest.from_dict(order_list_item_data)

            order_list.append(order_list_item)

        result_ = cls(
            order_list=order_list,
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
