from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec
from venuekit.types import UNSET, Unset

T = TypeVar("T", bound="PushParamsV1")


@_attrs_define
class PushParamsV1:
    """The `params` echoed on v1 pushes."""

    realtime_interval: str | Unset = UNSET
    """ Time period (only 24h). """
    kline_type: str | Unset = UNSET
    """ Kline interval (kline pushes only). """
    binary: bool | str | Unset = UNSET
    """ Whether frames are binary; echoed as the string "false" although sent as a boolean. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        realtime_interval = self.realtime_interval

        kline_type = self.kline_type

        binary: bool | str | Unset
        if isinstance(self.binary, Unset):
            binary = UNSET
        else:
            binary = self.binary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if realtime_interval is not UNSET:
            field_dict["realtimeInterval"] = realtime_interval
        if kline_type is not UNSET:
            field_dict["klineType"] = kline_type
        if binary is not UNSET:
            field_dict["binary"] = binary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        realtime_interval = codec.expect_optional(src_.pop("realtimeInterval", UNSET), str, "realtimeInterval")

        kline_type = codec.expect_optional(src_.pop("klineType", UNSET), str, "klineType")

        def _parse_binary(data: object) -> bool | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | str | Unset, data)

        binary = _parse_binary(src_.pop("binary", UNSET))

        result_ = cls(
            realtime_interval=realtime_interval,
            kline_type=kline_type,
            binary=binary,
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
