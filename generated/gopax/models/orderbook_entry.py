from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderbookEntry")


@_attrs_define
class OrderbookEntry:
    """One resting order `[entryId, price, volume, updatedAt]`. The 2018 docs show three items;
    the current edition appends `updatedAt`, epoch milliseconds as a string.

    """

    entry_id: str
    """ Entry id (a numeric string). """
    price: Decimal
    """ Price. """
    volume: Decimal
    """ Volume (base). """
    updated_at: datetime.datetime | Unset = UNSET
    """ Current edition. Last update, epoch milliseconds as a string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    TUPLE_FIELDS: ClassVar[tuple[str, ...]] = (
        "entry_id",
        "price",
        "volume",
        "updated_at",
    )
    """Positions of the fields in the array the venue sends."""

    def to_dict(self) -> dict[str, Any]:
        entry_id = self.entry_id

        price = self.price

        volume = self.volume

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = str(codec.format_unix(self.updated_at, scale=1000))

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entry_id": entry_id,
                "price": price,
                "volume": volume,
            }
        )
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

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
        entry_id = codec.expect(src_.pop("entry_id"), str, "entry_id")

        price = codec.parse_decimal_field(src_.pop("price"), "price")

        volume = codec.parse_decimal_field(src_.pop("volume"), "volume")

        _updated_at = src_.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = codec.parse_unix(_updated_at, scale=1000)

        result_ = cls(
            entry_id=entry_id,
            price=price,
            volume=volume,
            updated_at=updated_at,
        )

        result_.additional_properties = src_
        return result_

    @classmethod
    def _from_array(cls: type[T], src_: list[Any]) -> T:
        """`from_dict` of an array with exactly the known positions (the common case): read by index."""
        entry_id = codec.expect(src_[0], str, "entry_id")
        price = codec.parse_decimal_field(src_[1], "price")

        volume = codec.parse_decimal_field(src_[2], "volume")

        _updated_at = src_[3]
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = codec.parse_unix(_updated_at, scale=1000)

        return cls(
            entry_id=entry_id,
            price=price,
            volume=volume,
            updated_at=updated_at,
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
