from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="Kline")


@_attrs_define
class Kline:
    """One candlestick as an 11-element positional array: [0] open time (epoch ms, number), [1] open, [2] high, [3] low,
    [4] close, [5] base volume, [6] close time (number; 0 in every example), [7] quote volume, [8] number of trades
    (number), [9] taker-buy base volume, [10] taker-buy quote volume. Decimals are strings. The SDK turns the array into
    named fields (x-sdk-tuple-fields).

    """

    open_time: datetime.datetime
    """ Open time, epoch milliseconds. """
    open_: Decimal
    """ Open price. """
    high: Decimal
    """ High price. """
    low: Decimal
    """ Low price. """
    close: Decimal
    """ Close price. """
    volume: Decimal
    """ Base-asset volume. """
    close_time: datetime.datetime
    """ Close time (0 in every example). """
    quote_volume: Decimal
    """ Quote-asset volume. """
    trades: int
    """ Number of trades. """
    taker_buy_base_volume: Decimal
    """ Taker-buy base-asset volume. """
    taker_buy_quote_volume: Decimal
    """ Taker-buy quote-asset volume. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    TUPLE_FIELDS: ClassVar[tuple[str, ...]] = (
        "open_time",
        "open",
        "high",
        "low",
        "close",
        "volume",
        "close_time",
        "quote_volume",
        "trades",
        "taker_buy_base_volume",
        "taker_buy_quote_volume",
    )
    """Positions of the fields in the array the venue sends."""

    def to_dict(self) -> dict[str, Any]:
        open_time = codec.format_unix(self.open_time, scale=1000)

        open_ = codec.format_decimal(self.open_)

        high = codec.format_decimal(self.high)

        low = codec.format_decimal(self.low)

        close = codec.format_decimal(self.close)

        volume = codec.format_decimal(self.volume)

        close_time = codec.format_unix(self.close_time, scale=1000)

        quote_volume = codec.format_decimal(self.quote_volume)

        trades = self.trades

        taker_buy_base_volume = codec.format_decimal(self.taker_buy_base_volume)

        taker_buy_quote_volume = codec.format_decimal(self.taker_buy_quote_volume)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "open_time": open_time,
                "open": open_,
                "high": high,
                "low": low,
                "close": close,
                "volume": volume,
                "close_time": close_time,
                "quote_volume": quote_volume,
                "trades": trades,
                "taker_buy_base_volume": taker_buy_base_volume,
                "taker_buy_quote_volume": taker_buy_quote_volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src: Mapping[str, Any] | Sequence[Any]) -> T:
        # The venue sends this object as a positional array; positions past the known fields are kept by index.
        names = cls.TUPLE_FIELDS
        if type(src) is list and len(src) == len(names):
            return cls._from_array(src)
        src_dict: Mapping[str, Any] = (
            src if isinstance(src, Mapping) else {names[i] if i < len(names) else str(i): v for i, v in enumerate(src)}
        )
        src_ = dict(src_dict)
        open_time = codec.parse_unix(src_.pop("open_time"), scale=1000)

        open_ = codec.parse_decimal_field(src_.pop("open"), "open")

        high = codec.parse_decimal_field(src_.pop("high"), "high")

        low = codec.parse_decimal_field(src_.pop("low"), "low")

        close = codec.parse_decimal_field(src_.pop("close"), "close")

        volume = codec.parse_decimal_field(src_.pop("volume"), "volume")

        close_time = codec.parse_unix(src_.pop("close_time"), scale=1000)

        quote_volume = codec.parse_decimal_field(src_.pop("quote_volume"), "quote_volume")

        trades = codec.expect(src_.pop("trades"), int, "trades")

        taker_buy_base_volume = codec.parse_decimal_field(src_.pop("taker_buy_base_volume"), "taker_buy_base_volume")

        taker_buy_quote_volume = codec.parse_decimal_field(src_.pop("taker_buy_quote_volume"), "taker_buy_quote_volume")

        result_ = cls(
            open_time=open_time,
            open_=open_,
            high=high,
            low=low,
            close=close,
            volume=volume,
            close_time=close_time,
            quote_volume=quote_volume,
            trades=trades,
            taker_buy_base_volume=taker_buy_base_volume,
            taker_buy_quote_volume=taker_buy_quote_volume,
        )

        result_.additional_properties = src_
        return result_

    @classmethod
    def _from_array(cls: type[T], src_: list[Any]) -> T:
        """`from_dict` of an array with exactly the known positions (the common case): read by index."""
        open_time = codec.parse_unix(src_[0], scale=1000)

        open_ = codec.parse_decimal_field(src_[1], "open")

        high = codec.parse_decimal_field(src_[2], "high")

        low = codec.parse_decimal_field(src_[3], "low")

        close = codec.parse_decimal_field(src_[4], "close")

        volume = codec.parse_decimal_field(src_[5], "volume")

        close_time = codec.parse_unix(src_[6], scale=1000)

        quote_volume = codec.parse_decimal_field(src_[7], "quote_volume")

        trades = codec.expect(src_[8], int, "trades")
        taker_buy_base_volume = codec.parse_decimal_field(src_[9], "taker_buy_base_volume")

        taker_buy_quote_volume = codec.parse_decimal_field(src_[10], "taker_buy_quote_volume")

        return cls(
            open_time=open_time,
            open_=open_,
            high=high,
            low=low,
            close=close,
            volume=volume,
            close_time=close_time,
            quote_volume=quote_volume,
            trades=trades,
            taker_buy_base_volume=taker_buy_base_volume,
            taker_buy_quote_volume=taker_buy_quote_volume,
        )

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
