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
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["channel"]
                _f1 = src_dict["ask"]
                _f2 = src_dict["bid"]
                _f3 = src_dict["high"]
                _f4 = src_dict["last"]
                _f5 = src_dict["low"]
                _f6 = src_dict["symbol"]
                _f7 = src_dict["timestamp"]
                _f8 = src_dict["volume"]
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
                        ask = Decimal(_f1)
                        bid = Decimal(_f2)
                        high = Decimal(_f3)
                        last = Decimal(_f4)
                        low = Decimal(_f5)
                        timestamp = datetime.datetime.fromisoformat(_f7)
                        volume = Decimal(_f8)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            ask.is_finite()
                            and bid.is_finite()
                            and high.is_finite()
                            and last.is_finite()
                            and low.is_finite()
                            and timestamp.tzinfo is not None
                            and volume.is_finite()
                        ):
                            return cls(
                                _f0,  # channel
                                ask,
                                bid,
                                high,
                                last,
                                low,
                                _f6,  # symbol
                                timestamp,
                                volume,
                            )

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
