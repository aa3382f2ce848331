from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="Candle")


@_attrs_define
class Candle:
    """One candle `[time, low, high, open, close, volume]`. Note the order: low and high come
    before open and close.

    """

    time: datetime.datetime
    """ Start of the interval, epoch milliseconds. """
    low: Decimal
    """ Lowest price. """
    high: Decimal
    """ Highest price. """
    open_: Decimal
    """ Opening price. """
    close: Decimal
    """ Closing price. """
    volume: Decimal
    """ Volume (base). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    TUPLE_FIELDS: ClassVar[tuple[str, ...]] = (
        "time",
        "low",
        "high",
        "open",
        "close",
        "volume",
    )
    """Positions of the fields in the array the venue sends."""

    def to_dict(self) -> dict[str, Any]:
        time = codec.format_unix(self.time, scale=1000)

        low = self.low

        high = self.high

        open_ = self.open_

        close = self.close

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "low": low,
                "high": high,
                "open": open_,
                "close": close,
                "volume": volume,
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
        time = codec.parse_unix(src_.pop("time"), scale=1000)

        low = codec.parse_decimal_field(src_.pop("low"), "low")

        high = codec.parse_decimal_field(src_.pop("high"), "high")

        open_ = codec.parse_decimal_field(src_.pop("open"), "open")

        close = codec.parse_decimal_field(src_.pop("close"), "close")

        volume = codec.parse_decimal_field(src_.pop("volume"), "volume")

        result_ = cls(
            time=time,
            low=low,
            high=high,
            open_=open_,
            close=close,
            volume=volume,
        )

        result_.additional_properties = src_
        return result_

    @classmethod
    def _from_array(cls: type[T], src_: list[Any]) -> T:
        """`from_dict` of an array with exactly the known positions (the common case): read by index."""
        time = codec.parse_unix(src_[0], scale=1000)

        low = codec.parse_decimal_field(src_[1], "low")

        high = codec.parse_decimal_field(src_[2], "high")

        open_ = codec.parse_decimal_field(src_[3], "open")

        close = codec.parse_decimal_field(src_[4], "close")

        volume = codec.parse_decimal_field(src_[5], "volume")

        return cls(
            time=time,
            low=low,
            high=high,
            open_=open_,
            close=close,
            volume=volume,
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
