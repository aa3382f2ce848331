from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

if TYPE_CHECKING:
    from ..models.crypto_transfer import CryptoTransfer


T = TypeVar("T", bound="GetDepositHistoryResponse")


@_attrs_define
class GetDepositHistoryResponse:
    """Success body of getDepositHistory (envelope included)."""

    status: int
    """ Processing status; 0 on success. """
    data: list[CryptoTransfer]
    """ Crypto deposits in the window. """
    responsetime: datetime.datetime
    """ Server time of the response (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        responsetime = codec.format_datetime(self.responsetime)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
                "responsetime": responsetime,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.crypto_transfer import CryptoTransfer  # noqa: PLC0415

        src_ = dict(src_dict)
        status = codec.expect(src_.pop("status"), int, "status")

        data = []
        _data = src_.pop("data")
        for data_item_data in codec.expect_list(_data, "data"):
            data_item = CryptoTransfer.from_dict(data_item_data)

            data.append(data_item)

        responsetime = codec.parse_datetime(src_.pop("responsetime"))

        result_ = cls(
            status=status,
            data=data,
            responsetime=responsetime,
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
