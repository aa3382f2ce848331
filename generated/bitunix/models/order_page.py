from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

if TYPE_CHECKING:
    from ..models.order import Order


T = TypeVar("T", bound="OrderPage")


@_attrs_define
class OrderPage:
    """One page of orders."""

    total: int
    """ Total number of orders. """
    page_num: int | str
    """ Page number (the table says string, the example sends a number). """
    page_size: int | str
    """ Items per page. """
    data: list[Order]
    """ Orders. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page_num: int | str
        page_num = self.page_num

        page_size: int | str
        page_size = self.page_size

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "pageNum": page_num,
                "pageSize": page_size,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order import Order  # noqa: PLC0415

        src_ = dict(src_dict)
        total = codec.expect(src_.pop("total"), int, "total")

        def _parse_page_num(data: object) -> int | str:
            return cast(int | str, data)

        page_num = _parse_page_num(src_.pop("pageNum"))

        def _parse_page_size(data: object) -> int | str:
            return cast(int | str, data)

        page_size = _parse_page_size(src_.pop("pageSize"))

        data = []
        _data = src_.pop("data")
        for data_item_data in codec.expect_list(_data, "data"):
            data_item = Order.from_dict(data_item_data)

            data.append(data_item)

        result_ = cls(
            total=total,
            page_num=page_num,
            page_size=page_size,
            data=data,
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
