from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.side import Side

T = TypeVar("T", bound="Trade")


@_attrs_define
class Trade:
    """One public trade."""

    price: Decimal
    """ Executed price. """
    side: Side
    """ Order, execution or position side: BUY (buy) or SELL (sell). """
    size: Decimal
    """ Executed quantity. """
    timestamp: datetime.datetime
    """ Execution time (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price = codec.format_decimal(self.price)

        side = self.side.value

        size = codec.format_decimal(self.size)

        timestamp = codec.format_datetime(self.timestamp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price": price,
                "side": side,
                "size": size,
                "timestamp": timestamp,
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
                _f1 = src_dict["side"]
                _f2 = src_dict["size"]
                _f3 = src_dict["timestamp"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 4
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                ):
                    try:
                        price = Decimal(_f0)
                        side = Side(_f1)
                        size = Decimal(_f2)
                        timestamp = datetime.datetime.fromisoformat(_f3)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if price.is_finite() and size.is_finite() and timestamp.tzinfo is not None:
                            return cls(
                                price,
                                side,
                                size,
                                timestamp,
                            )

        src_ = dict(src_dict)
        price = codec.parse_decimal_field(src_.pop("price"), "price")

        side = Side(src_.pop("side"))

        size = codec.parse_decimal_field(src_.pop("size"), "size")

        timestamp = codec.parse_datetime(src_.pop("timestamp"))

        result_ = cls(
            price=price,
            side=side,
            size=size,
            timestamp=timestamp,
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
