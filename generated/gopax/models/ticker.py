from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="Ticker")


@_attrs_define
class Ticker:
    """Ticker of a trading pair (the seed has no field table, only the example)."""

    price: Decimal
    """ Last price. """
    ask: Decimal
    """ Best ask price. """
    bid: Decimal
    """ Best bid price. """
    volume: Decimal
    """ 24-hour volume (base). """
    time: datetime.datetime
    """ Time of the data. """
    ask_volume: Decimal | Unset = UNSET
    """ Current edition. Volume at the best ask. """
    bid_volume: Decimal | Unset = UNSET
    """ Current edition. Volume at the best bid. """
    quote_volume: Decimal | Unset = UNSET
    """ Current edition. 24-hour volume in the quote currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = self.price

        ask = self.ask

        bid = self.bid

        volume = self.volume

        time = codec.format_datetime(self.time)

        ask_volume: Decimal | Unset = UNSET
        if not isinstance(self.ask_volume, Unset):
            ask_volume = self.ask_volume

        bid_volume: Decimal | Unset = UNSET
        if not isinstance(self.bid_volume, Unset):
            bid_volume = self.bid_volume

        quote_volume: Decimal | Unset = UNSET
        if not isinstance(self.quote_volume, Unset):
            quote_volume = self.quote_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
                "ask": ask,
                "bid": bid,
                "volume": volume,
                "time": time,
            }
        )
        if ask_volume is not UNSET:
            field_dict["askVolume"] = ask_volume
        if bid_volume is not UNSET:
            field_dict["bidVolume"] = bid_volume
        if quote_volume is not UNSET:
            field_dict["quoteVolume"] = quote_volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        price = codec.parse_decimal_field(src_.pop("price"), "price")

        ask = codec.parse_decimal_field(src_.pop("ask"), "ask")

        bid = codec.parse_decimal_field(src_.pop("bid"), "bid")

        volume = codec.parse_decimal_field(src_.pop("volume"), "volume")

        time = codec.parse_datetime(src_.pop("time"))

        _ask_volume = src_.pop("askVolume", UNSET)
        ask_volume: Decimal | Unset
        if isinstance(_ask_volume, Unset):
            ask_volume = UNSET
        else:
            ask_volume = codec.parse_decimal_field(_ask_volume, "askVolume")

        _bid_volume = src_.pop("bidVolume", UNSET)
        bid_volume: Decimal | Unset
        if isinstance(_bid_volume, Unset):
            bid_volume = UNSET
        else:
            bid_volume = codec.parse_decimal_field(_bid_volume, "bidVolume")

        _quote_volume = src_.pop("quoteVolume", UNSET)
        quote_volume: Decimal | Unset
        if isinstance(_quote_volume, Unset):
            quote_volume = UNSET
        else:
            quote_volume = codec.parse_decimal_field(_quote_volume, "quoteVolume")

        result_ = cls(
            price=price,
            ask=ask,
            bid=bid,
            volume=volume,
            time=time,
            ask_volume=ask_volume,
            bid_volume=bid_volume,
            quote_volume=quote_volume,
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
