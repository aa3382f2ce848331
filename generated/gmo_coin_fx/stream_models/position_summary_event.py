from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec
from venuekit.types import UNSET, Unset

from .side import Side

T = TypeVar("T", bound="PositionSummaryEvent")


@_attrs_define
class PositionSummaryEvent:
    """Position summary of one pair and side. Only `channel`, `symbol`, `side` and `msgType` are certain; the other names
    follow the FX REST positionSummary and may differ on the wire (fields the model does not know are kept in
    `additional_properties`).

    """

    channel: str
    """ Always `positionSummaryEvents`. """
    symbol: str
    """ Currency pair. """
    side: Side
    """ Side: BUY or SELL. """
    msg_type: str
    """ Message type (`INIT`, `UPDATE`, `PERIODIC` in the crypto API). """
    average_position_rate: Decimal | Unset = UNSET
    """ Average rate of the positions. """
    position_loss_gain: Decimal | Unset = UNSET
    """ Profit/loss of the positions. """
    sum_ordered_size: Decimal | Unset = UNSET
    """ Quantity being ordered. """
    sum_position_size: Decimal | Unset = UNSET
    """ Quantity of the positions. """
    sum_total_swap: Decimal | Unset = UNSET
    """ Accumulated swap. """
    timestamp: datetime.datetime | Unset = UNSET
    """ Time of the notification. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        symbol = self.symbol

        side = self.side.value

        msg_type = self.msg_type

        average_position_rate: str | Unset = UNSET
        if not isinstance(self.average_position_rate, Unset):
            average_position_rate = codec.format_decimal(self.average_position_rate)

        position_loss_gain: str | Unset = UNSET
        if not isinstance(self.position_loss_gain, Unset):
            position_loss_gain = codec.format_decimal(self.position_loss_gain)

        sum_ordered_size: str | Unset = UNSET
        if not isinstance(self.sum_ordered_size, Unset):
            sum_ordered_size = codec.format_decimal(self.sum_ordered_size)

        sum_position_size: str | Unset = UNSET
        if not isinstance(self.sum_position_size, Unset):
            sum_position_size = codec.format_decimal(self.sum_position_size)

        sum_total_swap: str | Unset = UNSET
        if not isinstance(self.sum_total_swap, Unset):
            sum_total_swap = codec.format_decimal(self.sum_total_swap)

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = codec.format_datetime(self.timestamp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "symbol": symbol,
                "side": side,
                "msgType": msg_type,
            }
        )
        if average_position_rate is not UNSET:
            field_dict["averagePositionRate"] = average_position_rate
        if position_loss_gain is not UNSET:
            field_dict["positionLossGain"] = position_loss_gain
        if sum_ordered_size is not UNSET:
            field_dict["sumOrderedSize"] = sum_ordered_size
        if sum_position_size is not UNSET:
            field_dict["sumPositionSize"] = sum_position_size
        if sum_total_swap is not UNSET:
            field_dict["sumTotalSwap"] = sum_total_swap
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        channel = codec.expect(src_.pop("channel"), str, "channel")

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        side = Side(src_.pop("side"))

        msg_type = codec.expect(src_.pop("msgType"), str, "msgType")

        _average_position_rate = src_.pop("averagePositionRate", UNSET)
        average_position_rate: Decimal | Unset
        if isinstance(_average_position_rate, Unset):
            average_position_rate = UNSET
        else:
            average_position_rate = codec.parse_decimal_field(_average_position_rate, "averagePositionRate")

        _position_loss_gain = src_.pop("positionLossGain", UNSET)
        position_loss_gain: Decimal | Unset
        if isinstance(_position_loss_gain, Unset):
            position_loss_gain = UNSET
        else:
            position_loss_gain = codec.parse_decimal_field(_position_loss_gain, "positionLossGain")

        _sum_ordered_size = src_.pop("sumOrderedSize", UNSET)
        sum_ordered_size: Decimal | Unset
        if isinstance(_sum_ordered_size, Unset):
            sum_ordered_size = UNSET
        else:
            sum_ordered_size = codec.parse_decimal_field(_sum_ordered_size, "sumOrderedSize")

        _sum_position_size = src_.pop("sumPositionSize", UNSET)
        sum_position_size: Decimal | Unset
        if isinstance(_sum_position_size, Unset):
            sum_position_size = UNSET
        else:
            sum_position_size = codec.parse_decimal_field(_sum_position_size, "sumPositionSize")

        _sum_total_swap = src_.pop("sumTotalSwap", UNSET)
        sum_total_swap: Decimal | Unset
        if isinstance(_sum_total_swap, Unset):
            sum_total_swap = UNSET
        else:
            sum_total_swap = codec.parse_decimal_field(_sum_total_swap, "sumTotalSwap")

        _timestamp = src_.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = codec.parse_datetime(_timestamp)

        result_ = cls(
            channel=channel,
            symbol=symbol,
            side=side,
            msg_type=msg_type,
            average_position_rate=average_position_rate,
            position_loss_gain=position_loss_gain,
            sum_ordered_size=sum_ordered_size,
            sum_position_size=sum_position_size,
            sum_total_swap=sum_total_swap,
            timestamp=timestamp,
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
