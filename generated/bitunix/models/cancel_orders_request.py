from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

if TYPE_CHECKING:
    from ..models.order_ref import OrderRef


T = TypeVar("T", bound="CancelOrdersRequest")


@_attrs_define
class CancelOrdersRequest:
    """Cancel request body."""

    order_id_list: list[OrderRef]
    """ Orders to cancel (one or many). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id_list = []
        for order_id_list_item_data in self.order_id_list:
            order_id_list_item = order_id_list_item_data.to_dict()
            order_id_list.append(order_id_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderIdList": order_id_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_ref import OrderRef  # noqa: PLC0415

        src_ = dict(src_dict)
        order_id_list = []
        _order_id_list = src_.pop("orderIdList")
        for order_id_list_item_data in codec.expect_list(_order_id_list, "orderIdList"):
            order_id_list_item = OrderRef.from_dict(order_id_list_item_data)

            order_id_list.append(order_id_list_item)

        result_ = cls(
            order_id_list=order_id_list,
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
