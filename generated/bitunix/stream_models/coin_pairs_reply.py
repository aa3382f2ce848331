from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

if TYPE_CHECKING:
    from ..models.coin_pair import CoinPair


T = TypeVar("T", bound="CoinPairsReply")


@_attrs_define
class CoinPairsReply:
    """Reply to `common.coin_pair.list`."""

    id: int | None | str
    """ The request's id. """
    code: int | str
    """ "0" is success; anything else is an error. """
    msg: str
    """ Result description. """
    data: list[CoinPair]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | str
        id = self.id

        code: int | str
        code = self.code

        msg = self.msg

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

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
        from ..models.coin_pair import CoinPair  # noqa: PLC0415

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

        data = []
        _data = src_.pop("data")
        for data_item_data in codec.expect_list(_data, "data"):
            data_item = CoinPair.from_dict(data_item_data)

            data.append(data_item)

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
