from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec
from venuekit.types import UNSET, Unset

T = TypeVar("T", bound="DepthV1")


@_attrs_define
class DepthV1:
    """Order book levels (v1)."""

    symbol: str
    """ Trading pair. """
    time: datetime.datetime
    """ Data time. """
    bids: list[list[Decimal]]
    """ Bids. """
    asks: list[list[Decimal]]
    """ Asks. """
    exchange_id: int | str | Unset = UNSET
    """ Exchange id. """
    version: str | Unset = UNSET
    """ "Ignore this" (looks like <sequence>_<n>). """
    reserved: int | Unset = UNSET
    """ "Ignore this" (0 in every example). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        time = codec.format_unix(self.time, scale=1000)

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

        exchange_id: int | str | Unset
        if isinstance(self.exchange_id, Unset):
            exchange_id = UNSET
        else:
            exchange_id = self.exchange_id

        version = self.version

        reserved = self.reserved

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "s": symbol,
                "t": time,
                "b": bids,
                "a": asks,
            }
        )
        if exchange_id is not UNSET:
            field_dict["e"] = exchange_id
        if version is not UNSET:
            field_dict["v"] = version
        if reserved is not UNSET:
            field_dict["o"] = reserved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        symbol = codec.expect(src_.pop("s"), str, "s")

        time = codec.parse_unix(src_.pop("t"), scale=1000)

        bids = codec.parse_decimal_rows(src_.pop("b"), "b")

        asks = codec.parse_decimal_rows(src_.pop("a"), "a")

        def _parse_exchange_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        exchange_id = _parse_exchange_id(src_.pop("e", UNSET))

        version = codec.expect_optional(src_.pop("v", UNSET), str, "v")

        reserved = codec.expect_optional(src_.pop("o", UNSET), int, "o")

        result_ = cls(
            symbol=symbol,
            time=time,
            bids=bids,
            asks=asks,
            exchange_id=exchange_id,
            version=version,
            reserved=reserved,
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
