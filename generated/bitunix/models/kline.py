from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="Kline")


@_attrs_define
class Kline:
    """One candle."""

    open_: Decimal
    """ Open price. """
    high: Decimal
    """ Highest price. """
    low: Decimal
    """ Lowest price. """
    close: Decimal
    """ Close (last) price. """
    ts: datetime.datetime
    """ Candle open time, ISO-8601 UTC. """
    symbol: str | Unset = UNSET
    """ Trading pair (documented; absent from the live history rows). """
    volume: Decimal | Unset = UNSET
    """ Volume (undocumented). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_ = codec.format_decimal(self.open_)

        high = codec.format_decimal(self.high)

        low = codec.format_decimal(self.low)

        close = codec.format_decimal(self.close)

        ts = codec.format_datetime(self.ts)

        symbol = self.symbol

        volume: str | Unset = UNSET
        if not isinstance(self.volume, Unset):
            volume = codec.format_decimal(self.volume)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "open": open_,
                "high": high,
                "low": low,
                "close": close,
                "ts": ts,
            }
        )
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        open_ = codec.parse_decimal_field(src_.pop("open"), "open")

        high = codec.parse_decimal_field(src_.pop("high"), "high")

        low = codec.parse_decimal_field(src_.pop("low"), "low")

        close = codec.parse_decimal_field(src_.pop("close"), "close")

        ts = codec.parse_datetime(src_.pop("ts"))

        symbol = codec.expect_optional(src_.pop("symbol", UNSET), str, "symbol")

        _volume = src_.pop("volume", UNSET)
        volume: Decimal | Unset
        if isinstance(_volume, Unset):
            volume = UNSET
        else:
            volume = codec.parse_decimal_field(_volume, "volume")

        result_ = cls(
            open_=open_,
            high=high,
            low=low,
            close=close,
            ts=ts,
            symbol=symbol,
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
