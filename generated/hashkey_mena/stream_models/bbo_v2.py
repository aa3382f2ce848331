from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="BboV2")


@_attrs_define
class BboV2:
    """Best bid and offer (v2)."""

    symbol: str
    """ Trading pair. """
    time: datetime.datetime
    """ Data time. """
    bid_price: Decimal
    """ Best bid price. """
    bid_size: Decimal
    """ Best bid quantity. """
    ask_price: Decimal
    """ Best ask price. """
    ask_size: Decimal
    """ Best ask quantity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        time = codec.format_unix(self.time, scale=1000)

        bid_price = codec.format_decimal(self.bid_price)

        bid_size = codec.format_decimal(self.bid_size)

        ask_price = codec.format_decimal(self.ask_price)

        ask_size = codec.format_decimal(self.ask_size)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "s": symbol,
                "t": time,
                "b": bid_price,
                "bz": bid_size,
                "a": ask_price,
                "az": ask_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["s"]
                _f1 = src_dict["t"]
                _f2 = src_dict["b"]
                _f3 = src_dict["bz"]
                _f4 = src_dict["a"]
                _f5 = src_dict["az"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 6
                    and type(_f0) is str
                    and type(_f1) is int
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                    and type(_f5) is str
                ):
                    try:
                        time = codec.parse_unix(_f1, scale=1000)
                        bid_price = Decimal(_f2)
                        bid_size = Decimal(_f3)
                        ask_price = Decimal(_f4)
                        ask_size = Decimal(_f5)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            bid_price.is_finite()
                            and bid_size.is_finite()
                            and ask_price.is_finite()
                            and ask_size.is_finite()
                        ):
                            return cls(
                                _f0,  # symbol
                                time,
                                bid_price,
                                bid_size,
                                ask_price,
                                ask_size,
                            )

        src_ = dict(src_dict)
        symbol = codec.expect(src_.pop("s"), str, "s")

        time = codec.parse_unix(src_.pop("t"), scale=1000)

        bid_price = codec.parse_decimal_field(src_.pop("b"), "b")

        bid_size = codec.parse_decimal_field(src_.pop("bz"), "bz")

        ask_price = codec.parse_decimal_field(src_.pop("a"), "a")

        ask_size = codec.parse_decimal_field(src_.pop("az"), "az")

        result_ = cls(
            symbol=symbol,
            time=time,
            bid_price=bid_price,
            bid_size=bid_size,
            ask_price=ask_price,
            ask_size=ask_size,
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
