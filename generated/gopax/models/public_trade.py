from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.side import Side

T = TypeVar("T", bound="PublicTrade")


@_attrs_define
class PublicTrade:
    """A public trade."""

    time: datetime.datetime
    """ Trading time. """
    date: datetime.datetime
    """ The trading time as epoch seconds (in the example, not in the seed's field table). """
    id: int
    """ Unique number of the trade. """
    price: Decimal
    """ Trading price. """
    amount: Decimal
    """ Trading amount (base). """
    side: Side
    """ Trading type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = codec.format_datetime(self.time)

        date = codec.format_unix(self.date, scale=1)

        id = self.id

        price = self.price

        amount = self.amount

        side = self.side.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "date": date,
                "id": id,
                "price": price,
                "amount": amount,
                "side": side,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        time = codec.parse_datetime(src_.pop("time"))

        date = codec.parse_unix(src_.pop("date"), scale=1)

        id = codec.expect(src_.pop("id"), int, "id")

        price = codec.parse_decimal_field(src_.pop("price"), "price")

        amount = codec.parse_decimal_field(src_.pop("amount"), "amount")

        side = Side(src_.pop("side"))

        result_ = cls(
            time=time,
            date=date,
            id=id,
            price=price,
            amount=amount,
            side=side,
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
