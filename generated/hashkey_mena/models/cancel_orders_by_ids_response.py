from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

if TYPE_CHECKING:
    from ..models.cancel_order_by_ids_failure import CancelOrderByIdsFailure


T = TypeVar("T", bound="CancelOrdersByIdsResponse")


@_attrs_define
class CancelOrdersByIdsResponse:
    """Batch cancel result."""

    code: str
    """ "0000" means the request was executed. """
    result: list[CancelOrderByIdsFailure]
    """ Orders that failed to cancel. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cancel_order_by_ids_failure import CancelOrderByIdsFailure  # noqa: PLC0415

        src_ = dict(src_dict)
        code = codec.expect(src_.pop("code"), str, "code")

        result = []
        _result = src_.pop("result")
        for result_item_data in codec.expect_list(_result, "result"):
            result_item = CancelOrderByIdsFailure.from_dict(result_item_data)

            result.append(result_item)

        result_ = cls(
            code=code,
            result=result,
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
