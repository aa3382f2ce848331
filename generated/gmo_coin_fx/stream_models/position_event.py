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

T = TypeVar("T", bound="PositionEvent")


@_attrs_define
class PositionEvent:
    """A change of one of the account's positions (fields unverified, see info.description)."""

    channel: str
    """ Always `positionEvents`. """
    position_id: int
    """ Position id. """
    symbol: str
    """ Currency pair. """
    side: Side
    """ Side: BUY or SELL. """
    size: Decimal
    """ Quantity of the position. """
    price: Decimal
    """ Rate of the position. """
    msg_type: str
    """ Message type (`OPR`, `UPR`, `ULR`, `CPR` in the crypto API). """
    orderd_size: Decimal | Unset = UNSET
    """ Quantity being ordered (the crypto API's misspelt name). """
    loss_gain: Decimal | Unset = UNSET
    """ Profit/loss. """
    total_swap: Decimal | Unset = UNSET
    """ Accumulated swap. """
    timestamp: datetime.datetime | Unset = UNSET
    """ Time of the change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        position_id = self.position_id

        symbol = self.symbol

        side = self.side.value

        size = codec.format_decimal(self.size)

        price = codec.format_decimal(self.price)

        msg_type = self.msg_type

        orderd_size: str | Unset = UNSET
        if not isinstance(self.orderd_size, Unset):
            orderd_size = codec.format_decimal(self.orderd_size)

        loss_gain: str | Unset = UNSET
        if not isinstance(self.loss_gain, Unset):
            loss_gain = codec.format_decimal(self.loss_gain)

        total_swap: str | Unset = UNSET
        if not isinstance(self.total_swap, Unset):
            total_swap = codec.format_decimal(self.total_swap)

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = codec.format_datetime(self.timestamp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "positionId": position_id,
                "symbol": symbol,
                "side": side,
                "size": size,
                "price": price,
                "msgType": msg_type,
            }
        )
        if orderd_size is not UNSET:
            field_dict["orderdSize"] = orderd_size
        if loss_gain is not UNSET:
            field_dict["lossGain"] = loss_gain
        if total_swap is not UNSET:
            field_dict["totalSwap"] = total_swap
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        channel = codec.expect(src_.pop("channel"), str, "channel")

        position_id = codec.expect(src_.pop("positionId"), int, "positionId")

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        side = Side(src_.pop("side"))

        size = codec.parse_decimal_field(src_.pop("size"), "size")

        price = codec.parse_decimal_field(src_.pop("price"), "price")

        msg_type = codec.expect(src_.pop("msgType"), str, "msgType")

        _orderd_size = src_.pop("orderdSize", UNSET)
        orderd_size: Decimal | Unset
        if isinstance(_orderd_size, Unset):
            orderd_size = UNSET
        else:
            orderd_size = codec.parse_decimal_field(_orderd_size, "orderdSize")

        _loss_gain = src_.pop("lossGain", UNSET)
        loss_gain: Decimal | Unset
        if isinstance(_loss_gain, Unset):
            loss_gain = UNSET
        else:
            loss_gain = codec.parse_decimal_field(_loss_gain, "lossGain")

        _total_swap = src_.pop("totalSwap", UNSET)
        total_swap: Decimal | Unset
        if isinstance(_total_swap, Unset):
            total_swap = UNSET
        else:
            total_swap = codec.parse_decimal_field(_total_swap, "totalSwap")

        _timestamp = src_.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = codec.parse_datetime(_timestamp)

        result_ = cls(
            channel=channel,
            position_id=position_id,
            symbol=symbol,
            side=side,
            size=size,
            price=price,
            msg_type=msg_type,
            orderd_size=orderd_size,
            loss_gain=loss_gain,
            total_swap=total_swap,
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
