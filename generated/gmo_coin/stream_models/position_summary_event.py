from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from .position_summary_msg_type import PositionSummaryMsgType
from .side import Side

T = TypeVar("T", bound="PositionSummaryEvent")


@_attrs_define
class PositionSummaryEvent:
    """The account's position summary for one symbol and side."""

    channel: str
    """ Always `positionSummaryEvents`. """
    symbol: str
    """ Margin symbol. """
    side: Side
    """ Side: BUY or SELL. """
    average_position_rate: Decimal
    """ Average price of the positions. """
    position_loss_gain: Decimal
    """ Profit/loss of the positions. """
    sum_order_quantity: Decimal
    """ Quantity being ordered. """
    sum_position_quantity: Decimal
    """ Quantity of the positions. """
    timestamp: datetime.datetime
    """ Time of the notification. """
    msg_type: PositionSummaryMsgType
    """ Message type of positionSummaryEvents. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        symbol = self.symbol

        side = self.side.value

        average_position_rate = codec.format_decimal(self.average_position_rate)

        position_loss_gain = codec.format_decimal(self.position_loss_gain)

        sum_order_quantity = codec.format_decimal(self.sum_order_quantity)

        sum_position_quantity = codec.format_decimal(self.sum_position_quantity)

        timestamp = codec.format_datetime(self.timestamp)

        msg_type = self.msg_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "symbol": symbol,
                "side": side,
                "averagePositionRate": average_position_rate,
                "positionLossGain": position_loss_gain,
                "sumOrderQuantity": sum_order_quantity,
                "sumPositionQuantity": sum_position_quantity,
                "timestamp": timestamp,
                "msgType": msg_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["channel"]
                _f1 = src_dict["symbol"]
                _f2 = src_dict["side"]
                _f3 = src_dict["averagePositionRate"]
                _f4 = src_dict["positionLossGain"]
                _f5 = src_dict["sumOrderQuantity"]
                _f6 = src_dict["sumPositionQuantity"]
                _f7 = src_dict["timestamp"]
                _f8 = src_dict["msgType"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 9
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                    and type(_f5) is str
                    and type(_f6) is str
                    and type(_f7) is str
                    and type(_f8) is str
                ):
                    try:
                        side = Side(_f2)
                        average_position_rate = Decimal(_f3)
                        position_loss_gain = Decimal(_f4)
                        sum_order_quantity = Decimal(_f5)
                        sum_position_quantity = Decimal(_f6)
                        timestamp = datetime.datetime.fromisoformat(_f7)
                        msg_type = PositionSummaryMsgType(_f8)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            average_position_rate.is_finite()
                            and position_loss_gain.is_finite()
                            and sum_order_quantity.is_finite()
                            and sum_position_quantity.is_finite()
                            and timestamp.tzinfo is not None
                        ):
                            return cls(
                                _f0,  # channel
                                _f1,  # symbol
                                side,
                                average_position_rate,
                                position_loss_gain,
                                sum_order_quantity,
                                sum_position_quantity,
                                timestamp,
                                msg_type,
                            )

        src_ = dict(src_dict)
        channel = codec.expect(src_.pop("channel"), str, "channel")

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        side = Side(src_.pop("side"))

        average_position_rate = codec.parse_decimal_field(src_.pop("averagePositionRate"), "averagePositionRate")

        position_loss_gain = codec.parse_decimal_field(src_.pop("positionLossGain"), "positionLossGain")

        sum_order_quantity = codec.parse_decimal_field(src_.pop("sumOrderQuantity"), "sumOrderQuantity")

        sum_position_quantity = codec.parse_decimal_field(src_.pop("sumPositionQuantity"), "sumPositionQuantity")

        timestamp = codec.parse_datetime(src_.pop("timestamp"))

        msg_type = PositionSummaryMsgType(src_.pop("msgType"))

        result_ = cls(
            channel=channel,
            symbol=symbol,
            side=side,
            average_position_rate=average_position_rate,
            position_loss_gain=position_loss_gain,
            sum_order_quantity=sum_order_quantity,
            sum_position_quantity=sum_position_quantity,
            timestamp=timestamp,
            msg_type=msg_type,
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
