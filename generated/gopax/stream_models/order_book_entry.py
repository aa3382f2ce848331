from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="OrderBookEntry")


@_attrs_define
class OrderBookEntry:
    """One price level of a book."""

    entry_id: int
    """ Entry update sequence ("+1 incremental"). """
    price: Decimal
    """ Entry price. """
    volume: Decimal
    """ Entry volume; 0 in a delta: the level is gone. """
    updated_at: datetime.datetime
    """ Entry last update time (epoch seconds, ms fraction). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entry_id = self.entry_id

        price = self.price

        volume = self.volume

        updated_at = codec.format_unix(self.updated_at, scale=1)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entryId": entry_id,
                "price": price,
                "volume": volume,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["entryId"]
                _f1 = src_dict["price"]
                _f2 = src_dict["volume"]
                _f3 = src_dict["updatedAt"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 4
                    and type(_f0) is int
                    and (type(_f1) is Decimal or type(_f1) is int)
                    and (type(_f2) is Decimal or type(_f2) is int)
                    and type(_f3) is int
                ):
                    try:
                        price = Decimal(_f1)
                        volume = Decimal(_f2)
                        updated_at = codec.parse_unix(_f3, scale=1)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if price.is_finite() and volume.is_finite():
                            return cls(
                                _f0,  # entry_id
                                price,
                                volume,
                                updated_at,
                            )

        src_ = dict(src_dict)
        entry_id = codec.expect(src_.pop("entryId"), int, "entryId")

        price = codec.parse_decimal_field(src_.pop("price"), "price")

        volume = codec.parse_decimal_field(src_.pop("volume"), "volume")

        updated_at = codec.parse_unix(src_.pop("updatedAt"), scale=1)

        result_ = cls(
            entry_id=entry_id,
            price=price,
            volume=volume,
            updated_at=updated_at,
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
