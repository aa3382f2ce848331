from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec
from venuekit.types import UNSET, Unset

if TYPE_CHECKING:
    from .push_params_v1 import PushParamsV1
    from .trade_v1 import TradeV1


T = TypeVar("T", bound="TradeV1Push")


@_attrs_define
class TradeV1Push:
    """A v1 trade push (the first one holds the latest 60 trades)."""

    symbol: str
    """ Trading pair id. """
    symbol_name: str
    """ Trading pair name. """
    topic: str
    """ Topic (kline, realtimes, trade, depth). """
    params: PushParamsV1
    """ The `params` echoed on v1 pushes. """
    first: bool
    """ Whether this is the first push after subscribing. """
    send_time: datetime.datetime
    """ Send time. """
    data: list[TradeV1]
    """ Trades. """
    shared: bool | Unset = UNSET
    """ No longer in use. """
    channel_id: str | Unset = UNSET
    """ Connection id (seen on depth pushes; not documented). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        symbol_name = self.symbol_name

        topic = self.topic

        params = self.params.to_dict()

        first = self.first

        send_time = codec.format_unix(self.send_time, scale=1000)

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        shared = self.shared

        channel_id = self.channel_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "symbolName": symbol_name,
                "topic": topic,
                "params": params,
                "f": first,
                "sendTime": send_time,
                "data": data,
            }
        )
        if shared is not UNSET:
            field_dict["shared"] = shared
        if channel_id is not UNSET:
            field_dict["channelId"] = channel_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from .push_params_v1 import PushParamsV1  # noqa: PLC0415
        from .trade_v1 import TradeV1  # noqa: PLC0415

        src_ = dict(src_dict)
        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        symbol_name = codec.expect(src_.pop("symbolName"), str, "symbolName")

        topic = codec.expect(src_.pop("topic"), str, "topic")

        params = PushParamsV1.from_dict(src_.pop("params"))

        first = codec.expect(src_.pop("f"), bool, "f")

        send_time = codec.parse_unix(src_.pop("sendTime"), scale=1000)

        data = []
        _data = src_.pop("data")
        for data_item_data in codec.expect_list(_data, "data"):
            data_item = TradeV1.from_dict(data_item_data)

            data.append(data_item)

        shared = codec.expect_optional(src_.pop("shared", UNSET), bool, "shared")

        channel_id = codec.expect_optional(src_.pop("channelId", UNSET), str, "channelId")

        result_ = cls(
            symbol=symbol,
            symbol_name=symbol_name,
            topic=topic,
            params=params,
            first=first,
            send_time=send_time,
            data=data,
            shared=shared,
            channel_id=channel_id,
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
