from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec
from venuekit.types import UNSET, Unset

if TYPE_CHECKING:
    from .balance import Balance


T = TypeVar("T", bound="BalanceList")


@_attrs_define
class BalanceList:
    data: list[Balance]
    result: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from .balance import Balance  # noqa: PLC0415

        src_ = dict(src_dict)
        data = []
        _data = src_.pop("data")
        for data_item_data in codec.expect_list(_data, "data"):
            data_item = Balance.from_dict(data_item_data)

            data.append(data_item)

        result = codec.expect_optional(src_.pop("result", UNSET), bool, "result")

        result_ = cls(
            data=data,
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
