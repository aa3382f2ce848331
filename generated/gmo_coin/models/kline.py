from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="Kline")


@_attrs_define
class Kline:
    """One OHLCV candlestick."""

    open_time: datetime.datetime
    """ Start time of the candlestick, Unix time in milliseconds (a JSON string). """
    open_: Decimal
    """ Open price. """
    high: Decimal
    """ High price. """
    low: Decimal
    """ Low price. """
    close: Decimal
    """ Close price. """
    volume: Decimal
    """ Trading volume. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_time = str(codec.format_unix(self.open_time, scale=1000))

        open_ = codec.format_decimal(self.open_)

        high = codec.format_decimal(self.high)

        low = codec.format_decimal(self.low)

        close = codec.format_decimal(self.close)

        volume = codec.format_decimal(self.volume)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "openTime": open_time,
                "open": open_,
                "high": high,
                "low": low,
                "close": close,
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
                _f0 = src_dict["openTime"]
                _f1 = src_dict["open"]
                _f2 = src_dict["high"]
                _f3 = src_dict["low"]
                _f4 = src_dict["close"]
                _f5 = src_dict["volume"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 6
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                    and type(_f5) is str
                ):
                    try:
                        open_time = codec.parse_unix(_f0, scale=1000)
                        open_ = Decimal(_f1)
                        high = Decimal(_f2)
                        low = Decimal(_f3)
                        close = Decimal(_f4)
                        volume = Decimal(_f5)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            open_.is_finite()
                            and high.is_finite()
                            and low.is_finite()
                            and close.is_finite()
                            and volume.is_finite()
                        ):
                            return cls(
                                open_time,
                                open_,
                                high,
                                low,
                                close,
                                volume,
                            )

        src_ = dict(src_dict)
        open_time = codec.parse_unix(src_.pop("openTime"), scale=1000)

        open_ = codec.parse_decimal_field(src_.pop("open"), "open")

        high = codec.parse_decimal_field(src_.pop("high"), "high")

        low = codec.parse_decimal_field(src_.pop("low"), "low")

        close = codec.parse_decimal_field(src_.pop("close"), "close")

        volume = codec.parse_decimal_field(src_.pop("volume"), "volume")

        result_ = cls(
            open_time=open_time,
            open_=open_,
            high=high,
            low=low,
            close=close,
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
