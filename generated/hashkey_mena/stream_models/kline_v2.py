from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec
from venuekit.types import UNSET, Unset

T = TypeVar("T", bound="KlineV2")


@_attrs_define
class KlineV2:
    """One candlestick (v2)."""

    open_time: datetime.datetime
    """ Open time. """
    symbol: str
    """ Trading pair. """
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
    symbol_name: str | Unset = UNSET
    """ Trading pair name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_time = codec.format_unix(self.open_time, scale=1000)

        symbol = self.symbol

        close = codec.format_decimal(self.close)

        high = codec.format_decimal(self.high)

        low = codec.format_decimal(self.low)

        open_ = codec.format_decimal(self.open_)

        volume = codec.format_decimal(self.volume)

        symbol_name = self.symbol_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": open_time,
                "s": symbol,
                "c": close,
                "h": high,
                "l": low,
                "o": open_,
                "v": volume,
            }
        )
        if symbol_name is not UNSET:
            field_dict["sn"] = symbol_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["t"]
                _f1 = src_dict["s"]
                _f2 = src_dict["c"]
                _f3 = src_dict["h"]
                _f4 = src_dict["l"]
                _f5 = src_dict["o"]
                _f6 = src_dict["v"]
                _f7 = src_dict.get("sn", UNSET)
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 7 + (_f7 is not UNSET)
                    and type(_f0) is int
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                    and type(_f5) is str
                    and type(_f6) is str
                    and (_f7 is UNSET or type(_f7) is str)
                ):
                    try:
                        open_time = codec.parse_unix(_f0, scale=1000)
                        close = Decimal(_f2)
                        high = Decimal(_f3)
                        low = Decimal(_f4)
                        open_ = Decimal(_f5)
                        volume = Decimal(_f6)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            close.is_finite()
                            and high.is_finite()
                            and low.is_finite()
                            and open_.is_finite()
                            and volume.is_finite()
                        ):
                            return cls(
                                open_time,
                                _f1,  # symbol
                                close,
                                high,
                                low,
                                open_,
                                volume,
                                _f7,  # symbol_name
                            )

        src_ = dict(src_dict)
        open_time = codec.parse_unix(src_.pop("t"), scale=1000)

        symbol = codec.expect(src_.pop("s"), str, "s")

        close = codec.parse_decimal_field(src_.pop("c"), "c")

        high = codec.parse_decimal_field(src_.pop("h"), "h")

        low = codec.parse_decimal_field(src_.pop("l"), "l")

        open_ = codec.parse_decimal_field(src_.pop("o"), "o")

        volume = codec.parse_decimal_field(src_.pop("v"), "v")

        symbol_name = codec.expect_optional(src_.pop("sn", UNSET), str, "sn")

        result_ = cls(
            open_time=open_time,
            symbol=symbol,
            close=close,
            high=high,
            low=low,
            open_=open_,
            volume=volume,
            symbol_name=symbol_name,
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
