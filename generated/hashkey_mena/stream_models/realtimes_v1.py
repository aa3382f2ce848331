from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec
from venuekit.types import UNSET, Unset

T = TypeVar("T", bound="RealtimesV1")


@_attrs_define
class RealtimesV1:
    """24-hour ticker (v1)."""

    time: datetime.datetime
    """ Data time. """
    symbol: str
    """ Trading pair id. """
    symbol_name: str
    """ Trading pair name. """
    close: Decimal
    """ Close (last) price. """
    high: Decimal
    """ High price. """
    low: Decimal
    """ Low price. """
    open_: Decimal
    """ Open price. """
    volume: Decimal
    """ Volume in the base asset. """
    quote_volume: Decimal
    """ Volume in the quote asset. """
    change_ratio: Decimal
    """ Documented as "24H range"; the examples show the 24-hour change ratio (c - o) / o. """
    exchange_id: int | str | Unset = UNSET
    """ Exchange id (a number here; a string in REST). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = codec.format_unix(self.time, scale=1000)

        symbol = self.symbol

        symbol_name = self.symbol_name

        close = codec.format_decimal(self.close)

        high = codec.format_decimal(self.high)

        low = codec.format_decimal(self.low)

        open_ = codec.format_decimal(self.open_)

        volume = codec.format_decimal(self.volume)

        quote_volume = codec.format_decimal(self.quote_volume)

        change_ratio = codec.format_decimal(self.change_ratio)

        exchange_id: int | str | Unset
        if isinstance(self.exchange_id, Unset):
            exchange_id = UNSET
        else:
            exchange_id = self.exchange_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": time,
                "s": symbol,
                "sn": symbol_name,
                "c": close,
                "h": high,
                "l": low,
                "o": open_,
                "v": volume,
                "qv": quote_volume,
                "m": change_ratio,
            }
        )
        if exchange_id is not UNSET:
            field_dict["e"] = exchange_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        time = codec.parse_unix(src_.pop("t"), scale=1000)

        symbol = codec.expect(src_.pop("s"), str, "s")

        symbol_name = codec.expect(src_.pop("sn"), str, "sn")

        close = codec.parse_decimal_field(src_.pop("c"), "c")

        high = codec.parse_decimal_field(src_.pop("h"), "h")

        low = codec.parse_decimal_field(src_.pop("l"), "l")

        open_ = codec.parse_decimal_field(src_.pop("o"), "o")

        volume = codec.parse_decimal_field(src_.pop("v"), "v")

        quote_volume = codec.parse_decimal_field(src_.pop("qv"), "qv")

        change_ratio = codec.parse_decimal_field(src_.pop("m"), "m")

        def _parse_exchange_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        exchange_id = _parse_exchange_id(src_.pop("e", UNSET))

        result_ = cls(
            time=time,
            symbol=symbol,
            symbol_name=symbol_name,
            close=close,
            high=high,
            low=low,
            open_=open_,
            volume=volume,
            quote_volume=quote_volume,
            change_ratio=change_ratio,
            exchange_id=exchange_id,
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
