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
    base_volume: Decimal
    """ 24-hour traded volume in the base asset. """
    high: Decimal
    """ Highest price in the last 24 hours. """
    highest_bid: Decimal
    """ Best bid on the book. """
    last: Decimal
    """ Last price. """
    last_traded: datetime.datetime
    """ Last trade time (epoch milliseconds). """
    low: Decimal
    """ Lowest price in the last 24 hours. """
    lowest_ask: Decimal
    """ Best ask on the book (the docs say "min selling price's volume"). """
    open_: Decimal
    """ First trade price after 00:00 KST. """
    quote_volume: Decimal
    """ 24-hour traded volume in the quote asset. """
    trading_pair_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_volume = self.base_volume

        high = self.high

        highest_bid = self.highest_bid

        last = self.last

        last_traded = codec.format_unix(self.last_traded, scale=1000)

        low = self.low

        lowest_ask = self.lowest_ask

        open_ = self.open_

        quote_volume = self.quote_volume

        trading_pair_name = self.trading_pair_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseVolume": base_volume,
                "high": high,
                "highestBid": highest_bid,
                "last": last,
                "lastTraded": last_traded,
                "low": low,
                "lowestAsk": lowest_ask,
                "open": open_,
                "quoteVolume": quote_volume,
                "tradingPairName": trading_pair_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        base_volume = codec.parse_decimal_field(src_.pop("baseVolume"), "baseVolume")

        high = codec.parse_decimal_field(src_.pop("high"), "high")

        highest_bid = codec.parse_decimal_field(src_.pop("highestBid"), "highestBid")

        last = codec.parse_decimal_field(src_.pop("last"), "last")

        last_traded = codec.parse_unix(src_.pop("lastTraded"), scale=1000)

        low = codec.parse_decimal_field(src_.pop("low"), "low")

        lowest_ask = codec.parse_decimal_field(src_.pop("lowestAsk"), "lowestAsk")

        open_ = codec.parse_decimal_field(src_.pop("open"), "open")

        quote_volume = codec.parse_decimal_field(src_.pop("quoteVolume"), "quoteVolume")

        trading_pair_name = codec.expect(src_.pop("tradingPairName"), str, "tradingPairName")

        result_ = cls(
            base_volume=base_volume,
            high=high,
            highest_bid=highest_bid,
            last=last,
            last_traded=last_traded,
            low=low,
            lowest_ask=lowest_ask,
            open_=open_,
            quote_volume=quote_volume,
            trading_pair_name=trading_pair_name,
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
