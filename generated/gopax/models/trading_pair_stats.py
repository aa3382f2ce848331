from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="TradingPairStats")


@_attrs_define
class TradingPairStats:
    """24-hour statistics of one trading pair, with its name."""

    name: str
    """ Trading pair, e.g. `ETH-KRW`. """
    open_: Decimal
    """ Price 24 hours ago. """
    high: Decimal
    """ 24-hour peak price. """
    low: Decimal
    """ 24-hour low. """
    close: Decimal
    """ Current price (renewed every minute). """
    volume: Decimal
    """ 24-hour trading volume (base). """
    time: datetime.datetime
    """ Latest data renewal time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        open_ = self.open_

        high = self.high

        low = self.low

        close = self.close

        volume = self.volume

        time = codec.format_datetime(self.time)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "open": open_,
                "high": high,
                "low": low,
                "close": close,
                "volume": volume,
                "time": time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["name"]
                _f1 = src_dict["open"]
                _f2 = src_dict["high"]
                _f3 = src_dict["low"]
                _f4 = src_dict["close"]
                _f5 = src_dict["volume"]
                _f6 = src_dict["time"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 7
                    and type(_f0) is str
                    and (type(_f1) is Decimal or type(_f1) is int)
                    and (type(_f2) is Decimal or type(_f2) is int)
                    and (type(_f3) is Decimal or type(_f3) is int)
                    and (type(_f4) is Decimal or type(_f4) is int)
                    and (type(_f5) is Decimal or type(_f5) is int)
                    and type(_f6) is str
                ):
                    try:
                        open_ = Decimal(_f1)
                        high = Decimal(_f2)
                        low = Decimal(_f3)
                        close = Decimal(_f4)
                        volume = Decimal(_f5)
                        time = datetime.datetime.fromisoformat(_f6)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            open_.is_finite()
                            and high.is_finite()
                            and low.is_finite()
                            and close.is_finite()
                            and volume.is_finite()
                            and time.tzinfo is not None
                        ):
                            return cls(
                                _f0,  # name
                                open_,
                                high,
                                low,
                                close,
                                volume,
                                time,
                            )

        src_ = dict(src_dict)
        name = codec.expect(src_.pop("name"), str, "name")

        open_ = codec.parse_decimal_field(src_.pop("open"), "open")

        high = codec.parse_decimal_field(src_.pop("high"), "high")

        low = codec.parse_decimal_field(src_.pop("low"), "low")

        close = codec.parse_decimal_field(src_.pop("close"), "close")

        volume = codec.parse_decimal_field(src_.pop("volume"), "volume")

        time = codec.parse_datetime(src_.pop("time"))

        result_ = cls(
            name=name,
            open_=open_,
            high=high,
            low=low,
            close=close,
            volume=volume,
            time=time,
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
