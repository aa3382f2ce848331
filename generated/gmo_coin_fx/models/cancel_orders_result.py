from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

if TYPE_CHECKING:
    from ..models.canceled_order import CanceledOrder


T = TypeVar("T", bound="CancelOrdersResult")


@_attrs_define
class CancelOrdersResult:
    """Result of a multiple or bulk cancellation."""

    success: list[CanceledOrder]
    """ Orders whose cancellation was accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = []
        for success_item_data in self.success:
            success_item = success_item_data.to_dict()
            success.append(success_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.canceled_order import CanceledOrder  # noqa: PLC0415

        src_ = dict(src_dict)
        success = []
        _success = src_.pop("success")
        for success_item_data in codec.expect_list(_success, "success"):
            success_item = CanceledOrder.from_dict(success_item_data)

            success.append(success_item)

        result_ = cls(
            success=success,
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
