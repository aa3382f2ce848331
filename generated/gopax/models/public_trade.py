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
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["time"]
                _f1 = src_dict["date"]
                _f2 = src_dict["id"]
                _f3 = src_dict["price"]
                _f4 = src_dict["amount"]
                _f5 = src_dict["side"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 6
                    and type(_f0) is str
                    and type(_f1) is int
                    and type(_f2) is int
                    and (type(_f3) is Decimal or type(_f3) is int)
                    and (type(_f4) is Decimal or type(_f4) is int)
                    and type(_f5) is str
                ):
                    try:
                        time = datetime.datetime.fromisoformat(_f0)
                        date = codec.parse_unix(_f1, scale=1)
                        price = Decimal(_f3)
                        amount = Decimal(_f4)
                        side = Side(_f5)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if time.tzinfo is not None and price.is_finite() and amount.is_finite():
                            return cls(
                                time,
                                date,
                                _f2,  # id
                                price,
                                amount,
                                side,
                            )

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
