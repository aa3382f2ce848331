from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec
from venuekit.types import UNSET, Unset

T = TypeVar("T", bound="KlineV1")


@_attrs_define
class KlineV1:
    """One candlestick (v1)."""

    open_time: datetime.datetime
    """ Open time. """
    symbol: str
    """ Trading pair id. """
    symbol_name: str
    """ Trading pair name. """
    close: Decimal
    """ Close price. """
    high: Decimal
    """ High price. """
    low: Decimal
    """ Low price. """
    open_: Decimal
    """ Open price. """
    volume: Decimal
    """ Base-asset volume. """
    close_time: int | Unset = UNSET
    """ Close time (0 in every example). """
    quote_volume: Decimal | Unset = UNSET
    """ Quote-asset volume. """
    trade_count: int | Unset = UNSET
    """ Number of trades. """
    taker_buy_volume: Decimal | Unset = UNSET
    """ Taker-buy base-asset volume. """
    taker_buy_quote_volume: Decimal | Unset = UNSET
    """ Taker-buy quote-asset volume. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_time = codec.format_unix(self.open_time, scale=1000)

        symbol = self.symbol

        symbol_name = self.symbol_name

        close = codec.format_decimal(self.close)

        high = codec.format_decimal(self.high)

        low = codec.format_decimal(self.low)

        open_ = codec.format_decimal(self.open_)

        volume = codec.format_decimal(self.volume)

        close_time = self.close_time

        quote_volume: str | Unset = UNSET
        if not isinstance(self.quote_volume, Unset):
            quote_volume = codec.format_decimal(self.quote_volume)

        trade_count = self.trade_count

        taker_buy_volume: str | Unset = UNSET
        if not isinstance(self.taker_buy_volume, Unset):
            taker_buy_volume = codec.format_decimal(self.taker_buy_volume)

        taker_buy_quote_volume: str | Unset = UNSET
        if not isinstance(self.taker_buy_quote_volume, Unset):
            taker_buy_quote_volume = codec.format_decimal(self.taker_buy_quote_volume)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": open_time,
                "s": symbol,
                "sn": symbol_name,
                "c": close,
                "h": high,
                "l": low,
                "o": open_,
                "v": volume,
            }
        )
        if close_time is not UNSET:
            field_dict["et"] = close_time
        if quote_volume is not UNSET:
            field_dict["qv"] = quote_volume
        if trade_count is not UNSET:
            field_dict["td"] = trade_count
        if taker_buy_volume is not UNSET:
            field_dict["tb"] = taker_buy_volume
        if taker_buy_quote_volume is not UNSET:
            field_dict["tq"] = taker_buy_quote_volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        open_time = codec.parse_unix(src_.pop("t"), scale=1000)

        symbol = codec.expect(src_.pop("s"), str, "s")

        symbol_name = codec.expect(src_.pop("sn"), str, "sn")

        close = codec.parse_decimal_field(src_.pop("c"), "c")

        high = codec.parse_decimal_field(src_.pop("h"), "h")

        low = codec.parse_decimal_field(src_.pop("l"), "l")

        open_ = codec.parse_decimal_field(src_.pop("o"), "o")

        volume = codec.parse_decimal_field(src_.pop("v"), "v")

        close_time = codec.expect_optional(src_.pop("et", UNSET), int, "et")

        _quote_volume = src_.pop("qv", UNSET)
        quote_volume: Decimal | Unset
        if isinstance(_quote_volume, Unset):
            quote_volume = UNSET
        else:
            quote_volume = codec.parse_decimal_field(_quote_volume, "qv")

        trade_count = codec.expect_optional(src_.pop("td", UNSET), int, "td")

        _taker_buy_volume = src_.pop("tb", UNSET)
        taker_buy_volume: Decimal | Unset
        if isinstance(_taker_buy_volume, Unset):
            taker_buy_volume = UNSET
        else:
            taker_buy_volume = codec.parse_decimal_field(_taker_buy_volume, "tb")

        _taker_buy_quote_volume = src_.pop("tq", UNSET)
        taker_buy_quote_volume: Decimal | Unset
        if isinstance(_taker_buy_quote_volume, Unset):
            taker_buy_quote_volume = UNSET
        else:
            taker_buy_quote_volume = codec.parse_decimal_field(_taker_buy_quote_volume, "tq")

        result_ = cls(
            open_time=open_time,
            symbol=symbol,
            symbol_name=symbol_name,
            close=close,
            high=high,
            low=low,
            open_=open_,
            volume=volume,
            close_time=close_time,
            quote_volume=quote_volume,
            trade_count=trade_count,
            taker_buy_volume=taker_buy_volume,
            taker_buy_quote_volume=taker_buy_quote_volume,
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
