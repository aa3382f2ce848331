from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="DepthV2")


@_attrs_define
class DepthV2:
    """Order book levels (v2)."""

    symbol: str
    """ Trading pair. """
    time: datetime.datetime
    """ Data time. """
    version: str
    """ Message version, "<sequence>_<n>". """
    bids: list[list[Decimal]]
    """ Bids. """
    asks: list[list[Decimal]]
    """ Asks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        time = codec.format_unix(self.time, scale=1000)

        version = self.version

        bids = []
        for b_item_data in self.bids:
            b_item = []
            for componentsschemas_price_level_item_data in b_item_data:
                componentsschemas_price_level_item = codec.format_decimal(componentsschemas_price_level_item_data)
                b_item.append(componentsschemas_price_level_item)

            bids.append(b_item)

        asks = []
        for a_item_data in self.asks:
            a_item = []
            for componentsschemas_price_level_item_data in a_item_data:
                componentsschemas_price_level_item = codec.format_decimal(componentsschemas_price_level_item_data)
                a_item.append(componentsschemas_price_level_item)

            asks.append(a_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "s": symbol,
                "t": time,
                "v": version,
                "b": bids,
                "a": asks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        symbol = codec.expect(src_.pop("s"), str, "s")

        time = codec.parse_unix(src_.pop("t"), scale=1000)

        version = codec.expect(src_.pop("v"), str, "v")

        bids = codec.parse_decimal_rows(src_.pop("b"), "b")

        asks = codec.parse_decimal_rows(src_.pop("a"), "a")

        result_ = cls(
            symbol=symbol,
            time=time,
            version=version,
            bids=bids,
            asks=asks,
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
