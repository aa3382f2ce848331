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
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["baseVolume"]
                _f1 = src_dict["high"]
                _f2 = src_dict["highestBid"]
                _f3 = src_dict["last"]
                _f4 = src_dict["lastTraded"]
                _f5 = src_dict["low"]
                _f6 = src_dict["lowestAsk"]
                _f7 = src_dict["open"]
                _f8 = src_dict["quoteVolume"]
                _f9 = src_dict["tradingPairName"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 10
                    and (type(_f0) is Decimal or type(_f0) is int)
                    and (type(_f1) is Decimal or type(_f1) is int)
                    and (type(_f2) is Decimal or type(_f2) is int)
                    and (type(_f3) is Decimal or type(_f3) is int)
                    and type(_f4) is int
                    and (type(_f5) is Decimal or type(_f5) is int)
                    and (type(_f6) is Decimal or type(_f6) is int)
                    and (type(_f7) is Decimal or type(_f7) is int)
                    and (type(_f8) is Decimal or type(_f8) is int)
                    and type(_f9) is str
                ):
                    try:
                        base_volume = Decimal(_f0)
                        high = Decimal(_f1)
                        highest_bid = Decimal(_f2)
                        last = Decimal(_f3)
                        last_traded = codec.parse_unix(_f4, scale=1000)
                        low = Decimal(_f5)
                        lowest_ask = Decimal(_f6)
                        open_ = Decimal(_f7)
                        quote_volume = Decimal(_f8)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            base_volume.is_finite()
                            and high.is_finite()
                            and highest_bid.is_finite()
                            and last.is_finite()
                            and low.is_finite()
                            and lowest_ask.is_finite()
                            and open_.is_finite()
                            and quote_volume.is_finite()
                        ):
                            return cls(
                                base_volume,
                                high,
                                highest_bid,
                                last,
                                last_traded,
                                low,
                                lowest_ask,
                                open_,
                                quote_volume,
                                _f9,  # trading_pair_name
                            )

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
