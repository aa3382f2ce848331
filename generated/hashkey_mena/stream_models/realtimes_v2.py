from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="RealtimesV2")


@_attrs_define
class RealtimesV2:
    """24-hour ticker (v2)."""

    time: datetime.datetime
    """ Data time. """
    symbol: str
    """ Trading pair. """
    open_: Decimal
    """ Open price. """
    high: Decimal
    """ High price. """
    low: Decimal
    """ Low price. """
    close: Decimal
    """ Close price. """
    volume: Decimal
    """ Volume in the base asset. """
    quote_volume: Decimal
    """ Volume in the quote asset. """
    change_ratio: Decimal
    """ Documented as "24H range"; the examples show the 24-hour change ratio (c - o) / o. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = codec.format_unix(self.time, scale=1000)

        symbol = self.symbol

        open_ = codec.format_decimal(self.open_)

        high = codec.format_decimal(self.high)

        low = codec.format_decimal(self.low)

        close = codec.format_decimal(self.close)

        volume = codec.format_decimal(self.volume)

        quote_volume = codec.format_decimal(self.quote_volume)

        change_ratio = codec.format_decimal(self.change_ratio)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": time,
                "s": symbol,
                "o": open_,
                "h": high,
                "l": low,
                "c": close,
                "v": volume,
                "qv": quote_volume,
                "m": change_ratio,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["t"]
                _f1 = src_dict["s"]
                _f2 = src_dict["o"]
                _f3 = src_dict["h"]
                _f4 = src_dict["l"]
                _f5 = src_dict["c"]
                _f6 = src_dict["v"]
                _f7 = src_dict["qv"]
                _f8 = src_dict["m"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 9
                    and type(_f0) is int
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
                        time = codec.parse_unix(_f0, scale=1000)
                        open_ = Decimal(_f2)
                        high = Decimal(_f3)
                        low = Decimal(_f4)
                        close = Decimal(_f5)
                        volume = Decimal(_f6)
                        quote_volume = Decimal(_f7)
                        change_ratio = Decimal(_f8)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            open_.is_finite()
                            and high.is_finite()
                            and low.is_finite()
                            and close.is_finite()
                            and volume.is_finite()
                            and quote_volume.is_finite()
                            and change_ratio.is_finite()
                        ):
                            return cls(
                                time,
                                _f1,  # symbol
                                open_,
                                high,
                                low,
                                close,
                                volume,
                                quote_volume,
                                change_ratio,
                            )

        src_ = dict(src_dict)
        time = codec.parse_unix(src_.pop("t"), scale=1000)

        symbol = codec.expect(src_.pop("s"), str, "s")

        open_ = codec.parse_decimal_field(src_.pop("o"), "o")

        high = codec.parse_decimal_field(src_.pop("h"), "h")

        low = codec.parse_decimal_field(src_.pop("l"), "l")

        close = codec.parse_decimal_field(src_.pop("c"), "c")

        volume = codec.parse_decimal_field(src_.pop("v"), "v")

        quote_volume = codec.parse_decimal_field(src_.pop("qv"), "qv")

        change_ratio = codec.parse_decimal_field(src_.pop("m"), "m")

        result_ = cls(
            time=time,
            symbol=symbol,
            open_=open_,
            high=high,
            low=low,
            close=close,
            volume=volume,
            quote_volume=quote_volume,
            change_ratio=change_ratio,
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
