from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

if TYPE_CHECKING:
    from ..models.fill import Fill


T = TypeVar("T", bound="FillsReply")


@_attrs_define
class FillsReply:
    """Reply to `order.deal.list` (one object in the WebSocket example, a list in the REST twin)."""

    id: int | None | str
    """ The request's id. """
    code: int | str
    """ "0" is success; anything else is an error. """
    msg: str
    """ Result description. """
    data: Fill | list[Fill]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | str
        id = self.id

        code: int | str
        code = self.code

        msg = self.msg

        data: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "code": code,
                "msg": msg,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fill import Fill  # noqa: PLC0415

        src_ = dict(src_dict)

        def _parse_id(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        id = _parse_id(src_.pop("id"))

        def _parse_code(data: object) -> int | str:
            return cast(int | str, data)

        code = _parse_code(src_.pop("code"))

        msg = codec.expect(src_.pop("msg"), str, "msg")

        def _parse_data(data: object) -> Fill | list[Fill]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in codec.expect_list(_data_type_0, "data_type_0"):
                    data_type_0_item = Fill.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_1 = Fill.from_dict(data)

            return data_type_1

        data = _parse_data(src_.pop("data"))

        result_ = cls(
            id=id,
            code=code,
            msg=msg,
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
