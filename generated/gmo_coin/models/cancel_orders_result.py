from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

if TYPE_CHECKING:
    from ..models.cancel_failure import CancelFailure


T = TypeVar("T", bound="CancelOrdersResult")


@_attrs_define
class CancelOrdersResult:
    """Per-order outcome of cancelOrders."""

    failed: list[CancelFailure]
    """ Orders whose cancellation was refused, with the reason. """
    success: list[int]
    """ Ids of the orders whose cancellation was accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failed = []
        for failed_item_data in self.failed:
            failed_item = failed_item_data.to_dict()
            failed.append(failed_item)

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "failed": failed,
                "success": success,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cancel_failure import CancelFailure  # noqa: PLC0415

        src_ = dict(src_dict)
        failed = []
        _failed = src_.pop("failed")
        for failed_item_data in codec.expect_list(_failed, "failed"):
            failed_item = CancelFailure.from_dict(failed_item_data)

            failed.append(failed_item)

        success = cast(list[int], codec.expect_list(src_.pop("success"), "success", optional=False))

        result_ = cls(
            failed=failed,
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
