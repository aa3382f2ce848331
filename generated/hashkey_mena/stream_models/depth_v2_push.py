from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

if TYPE_CHECKING:
    from .depth_v2 import DepthV2
    from .push_params_v2 import PushParamsV2


T = TypeVar("T", bound="DepthV2Push")


@_attrs_define
class DepthV2Push:
    """A v2 depth push."""

    topic: str
    """ Always `depth`. """
    params: PushParamsV2
    """ The `params` echoed on v2 pushes. """
    data: DepthV2
    """ Order book levels (v2). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic

        params = self.params.to_dict()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
                "params": params,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from .depth_v2 import DepthV2  # noqa: PLC0415
        from .push_params_v2 import PushParamsV2  # noqa: PLC0415

        src_ = dict(src_dict)
        topic = codec.expect(src_.pop("topic"), str, "topic")

        params = PushParamsV2.from_dict(src_.pop("params"))

        data = DepthV2.from_dict(src_.pop("data"))

        result_ = cls(
            topic=topic,
            params=params,
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
