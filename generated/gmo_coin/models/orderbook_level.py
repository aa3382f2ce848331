from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="OrderbookLevel")


@_attrs_define
class OrderbookLevel:
    """One price level of the order book."""

    price: Decimal
    """ Price of the level. """
    size: Decimal
    """ Total quantity at this price. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = codec.format_decimal(self.price)

        size = codec.format_decimal(self.size)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["price"]
                _f1 = src_dict["size"]
            except KeyError:
                pass
            else:
                if len(src_dict) == 2 and type(_f0) is str and type(_f1) is str:
                    try:
                        price = Decimal(_f0)
                        size = Decimal(_f1)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if price.is_finite() and size.is_finite():
                            return cls(
                                price,
                                size,
                            )

        src_ = dict(src_dict)
        price = codec.parse_decimal_field(src_.pop("price"), "price")

        size = codec.parse_decimal_field(src_.pop("size"), "size")

        result_ = cls(
            price=price,
            size=size,
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
