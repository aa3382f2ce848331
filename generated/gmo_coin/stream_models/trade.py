from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from .side import Side

T = TypeVar("T", bound="Trade")


@_attrs_define
class Trade:
    """One execution of the symbol."""

    channel: str
    """ Always `trades`. """
    price: Decimal
    """ Executed price. """
    side: Side
    """ Side: BUY or SELL. """
    size: Decimal
    """ Executed quantity. """
    timestamp: datetime.datetime
    """ Executed timestamp (UTC). """
    symbol: str
    """ Symbol. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        price = codec.format_decimal(self.price)

        side = self.side.value

        size = codec.format_decimal(self.size)

        timestamp = codec.format_datetime(self.timestamp)

        symbol = self.symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "price": price,
                "side": side,
                "size": size,
                "timestamp": timestamp,
                "symbol": symbol,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["channel"]
                _f1 = src_dict["price"]
                _f2 = src_dict["side"]
                _f3 = src_dict["size"]
                _f4 = src_dict["timestamp"]
                _f5 = src_dict["symbol"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 6
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                    and type(_f5) is str
                ):
                    try:
                        price = Decimal(_f1)
                        side = Side(_f2)
                        size = Decimal(_f3)
                        timestamp = datetime.datetime.fromisoformat(_f4)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if price.is_finite() and size.is_finite() and timestamp.tzinfo is not None:
                            return cls(
                                _f0,  # channel
                                price,
                                side,
                                size,
                                timestamp,
                                _f5,  # symbol
                            )

        src_ = dict(src_dict)
        channel = codec.expect(src_.pop("channel"), str, "channel")

        price = codec.parse_decimal_field(src_.pop("price"), "price")

        side = Side(src_.pop("side"))

        size = codec.parse_decimal_field(src_.pop("size"), "size")

        timestamp = codec.parse_datetime(src_.pop("timestamp"))

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        result_ = cls(
            channel=channel,
            price=price,
            side=side,
            size=size,
            timestamp=timestamp,
            symbol=symbol,
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
