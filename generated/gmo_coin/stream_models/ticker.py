from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="Ticker")


@_attrs_define
class Ticker:
    """Latest rates of one symbol."""

    channel: str
    """ Always `ticker`. """
    ask: Decimal
    """ Best (lowest) indicative price among the sell orders. """
    bid: Decimal
    """ Best (highest) indicative price among the buy orders. """
    high: Decimal
    """ Highest trading price of the day. """
    last: Decimal
    """ Latest trading price. """
    low: Decimal
    """ Lowest trading price of the day. """
    symbol: str
    """ Symbol. """
    timestamp: datetime.datetime
    """ Executed timestamp (UTC). """
    volume: Decimal
    """ Volume of trade in 24 hours. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        ask = codec.format_decimal(self.ask)

        bid = codec.format_decimal(self.bid)

        high = codec.format_decimal(self.high)

        last = codec.format_decimal(self.last)

        low = codec.format_decimal(self.low)

        symbol = self.symbol

        timestamp = codec.format_datetime(self.timestamp)

        volume = codec.format_decimal(self.volume)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "ask": ask,
                "bid": bid,
                "high": high,
                "last": last,
                "low": low,
                "symbol": symbol,
                "timestamp": timestamp,
                "volume": volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        channel = codec.expect(src_.pop("channel"), str, "channel")

        ask = codec.parse_decimal_field(src_.pop("ask"), "ask")

        bid = codec.parse_decimal_field(src_.pop("bid"), "bid")

        high = codec.parse_decimal_field(src_.pop("high"), "high")

        last = codec.parse_decimal_field(src_.pop("last"), "last")

        low = codec.parse_decimal_field(src_.pop("low"), "low")

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        timestamp = codec.parse_datetime(src_.pop("timestamp"))

        volume = codec.parse_decimal_field(src_.pop("volume"), "volume")

        result_ = cls(
            channel=channel,
            ask=ask,
            bid=bid,
            high=high,
            last=last,
            low=low,
            symbol=symbol,
            timestamp=timestamp,
            volume=volume,
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
