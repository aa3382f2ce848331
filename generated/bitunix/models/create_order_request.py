from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.order_type import OrderType
from ..models.side import Side
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define
class CreateOrderRequest:
    """One order to place."""

    side: Side
    """ Order side as a JSON number: 1 = sell, 2 = buy (note the order). """
    type_: OrderType
    """ Order type as a JSON number: 1 = limit, 2 = market. """
    volume: Decimal
    """ Quantity. Limit orders: base quantity (settled live; the REST place_order page says quote, the batch and WS
    pages say base). Market orders: buy = quote amount, sell = base quantity (unverified). """
    price: Decimal
    """ Limit price. Required by the docs; for market orders send "0" (undocumented). """
    symbol: str
    """ Trading pair, e.g. `BTCUSDT`. """
    client_id: str | Unset = UNSET
    """ Caller's order id (undocumented): kept and returned by order reads, but not usable to cancel or look up an
    order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        side = self.side.value

        type_ = self.type_.value

        volume = codec.format_decimal(self.volume)

        price = codec.format_decimal(self.price)

        symbol = self.symbol

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "side": side,
                "type": type_,
                "volume": volume,
                "price": price,
                "symbol": symbol,
            }
        )
        if client_id is not UNSET:
            field_dict["clientId"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["side"]
                _f1 = src_dict["type"]
                _f2 = src_dict["volume"]
                _f3 = src_dict["price"]
                _f4 = src_dict["symbol"]
                _f5 = src_dict.get("clientId", UNSET)
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 5 + (_f5 is not UNSET)
                    and type(_f0) is int
                    and type(_f1) is int
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                    and (_f5 is UNSET or type(_f5) is str)
                ):
                    try:
                        side = Side(_f0)
                        type_ = OrderType(_f1)
                        volume = Decimal(_f2)
                        price = Decimal(_f3)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if volume.is_finite() and price.is_finite():
                            return cls(
                                side,
                                type_,
                                volume,
                                price,
                                _f4,  # symbol
                                _f5,  # client_id
                            )

        src_ = dict(src_dict)
        side = Side(src_.pop("side"))

        type_ = OrderType(src_.pop("type"))

        volume = codec.parse_decimal_field(src_.pop("volume"), "volume")

        price = codec.parse_decimal_field(src_.pop("price"), "price")

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        client_id = codec.expect_optional(src_.pop("clientId", UNSET), str, "clientId")

        result_ = cls(
            side=side,
            type_=type_,
            volume=volume,
            price=price,
            symbol=symbol,
            client_id=client_id,
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
