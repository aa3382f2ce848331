from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="OrderBook")


@_attrs_define
class OrderBook:
    """Order book snapshot."""

    t: datetime.datetime
    """ Snapshot time, epoch milliseconds. """
    b: list[list[Decimal]]
    """ Bids, best (highest) first. """
    a: list[list[Decimal]]
    """ Asks, best (lowest) first. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        t = codec.format_unix(self.t, scale=1000)

        b = []
        for b_item_data in self.b:
            b_item = []
            for componentsschemas_price_level_item_data in b_item_data:
                componentsschemas_price_level_item = codec.format_decimal(componentsschemas_price_level_item_data)
                b_item.append(componentsschemas_price_level_item)

            b.append(b_item)

        a = []
        for a_item_data in self.a:
            a_item = []
            for componentsschemas_price_level_item_data in a_item_data:
                componentsschemas_price_level_item = codec.format_decimal(componentsschemas_price_level_item_data)
                a_item.append(componentsschemas_price_level_item)

            a.append(a_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
                "b": b,
                "a": a,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        t = codec.parse_unix(src_.pop("t"), scale=1000)

        b = codec.parse_decimal_rows(src_.pop("b"), "b")

        a = codec.parse_decimal_rows(src_.pop("a"), "a")

        result_ = cls(
            t=t,
            b=b,
            a=a,
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
