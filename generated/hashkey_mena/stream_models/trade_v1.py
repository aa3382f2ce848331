from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="TradeV1")


@_attrs_define
class TradeV1:
    """One trade (v1)."""

    trade_id: str
    """ Trade id. """
    time: datetime.datetime
    """ Trade time. """
    price: Decimal
    """ Price. """
    quantity: Decimal
    """ Quantity. """
    is_maker: bool
    """ isMaker (true: maker, false: taker). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trade_id = self.trade_id

        time = codec.format_unix(self.time, scale=1000)

        price = codec.format_decimal(self.price)

        quantity = codec.format_decimal(self.quantity)

        is_maker = self.is_maker

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "v": trade_id,
                "t": time,
                "p": price,
                "q": quantity,
                "m": is_maker,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["v"]
                _f1 = src_dict["t"]
                _f2 = src_dict["p"]
                _f3 = src_dict["q"]
                _f4 = src_dict["m"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 5
                    and type(_f0) is str
                    and type(_f1) is int
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is bool
                ):
                    try:
                        time = codec.parse_unix(_f1, scale=1000)
                        price = Decimal(_f2)
                        quantity = Decimal(_f3)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if price.is_finite() and quantity.is_finite():
                            return cls(
                                _f0,  # trade_id
                                time,
                                price,
                                quantity,
                                _f4,  # is_maker
                            )

        src_ = dict(src_dict)
        trade_id = codec.expect(src_.pop("v"), str, "v")

        time = codec.parse_unix(src_.pop("t"), scale=1000)

        price = codec.parse_decimal_field(src_.pop("p"), "p")

        quantity = codec.parse_decimal_field(src_.pop("q"), "q")

        is_maker = codec.expect(src_.pop("m"), bool, "m")

        result_ = cls(
            trade_id=trade_id,
            time=time,
            price=price,
            quantity=quantity,
            is_maker=is_maker,
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
