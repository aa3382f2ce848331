from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.order_type import OrderType
from ..models.protection import Protection
from ..models.side import Side
from ..models.time_in_force import TimeInForce
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define
class CreateOrderRequest:
    """A new order. Every field is required except `price` for market orders; the seed has no
    required column. Decimals are sent as JSON numbers.

    """

    type_: OrderType
    """ Order type. The seed lists only `limit`; `market` is implied by its note on market-order
    amounts and documented by the current edition (external:
    https://gopax.github.io/API/index.en.html).
     """
    side: Side
    """ Trading type. """
    amount: Decimal
    """ Order amount: base quantity for limit orders; for market orders the total to spend in
    the quote currency (buy) or to sell in the base currency (sell).
     """
    trading_pair_name: str
    """ Trading pair, e.g. `ETH-KRW` (see `getTradingPairs`). """
    price: Decimal | Unset = UNSET
    """ Order price (quote currency). Required for limit orders. """
    client_order_id: str | Unset = UNSET
    """ Current edition. Your own id for the order. """
    stop_price: Decimal | Unset = UNSET
    """ Current edition. Makes the order a stop order (status `reserved` until triggered). """
    protection: Protection | Unset = UNSET
    """ Current edition: price protection of an order, `no` by default. """
    time_in_force: TimeInForce | Unset = UNSET
    """ Current edition: `gtc` good till cancelled (default), `po` post only, `ioc` immediate or cancel, `fok` fill
    or kill. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        side = self.side.value

        amount = self.amount

        trading_pair_name = self.trading_pair_name

        price: Decimal | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price

        client_order_id = self.client_order_id

        stop_price: Decimal | Unset = UNSET
        if not isinstance(self.stop_price, Unset):
            stop_price = self.stop_price

        protection: str | Unset = UNSET
        if not isinstance(self.protection, Unset):
            protection = self.protection.value

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = self.time_in_force.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "side": side,
                "amount": amount,
                "tradingPairName": trading_pair_name,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price
        if protection is not UNSET:
            field_dict["protection"] = protection
        if time_in_force is not UNSET:
            field_dict["timeInForce"] = time_in_force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        type_ = OrderType(src_.pop("type"))

        side = Side(src_.pop("side"))

        amount = codec.parse_decimal_field(src_.pop("amount"), "amount")

        trading_pair_name = codec.expect(src_.pop("tradingPairName"), str, "tradingPairName")

        _price = src_.pop("price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = codec.parse_decimal_field(_price, "price")

        client_order_id = codec.expect_optional(src_.pop("clientOrderId", UNSET), str, "clientOrderId")

        _stop_price = src_.pop("stopPrice", UNSET)
        stop_price: Decimal | Unset
        if isinstance(_stop_price, Unset):
            stop_price = UNSET
        else:
            stop_price = codec.parse_decimal_field(_stop_price, "stopPrice")

        _protection = src_.pop("protection", UNSET)
        protection: Protection | Unset
        if isinstance(_protection, Unset):
            protection = UNSET
        else:
            protection = Protection(_protection)

        _time_in_force = src_.pop("timeInForce", UNSET)
        time_in_force: TimeInForce | Unset
        if isinstance(_time_in_force, Unset):
            time_in_force = UNSET
        else:
            time_in_force = TimeInForce(_time_in_force)

        result_ = cls(
            type_=type_,
            side=side,
            amount=amount,
            trading_pair_name=trading_pair_name,
            price=price,
            client_order_id=client_order_id,
            stop_price=stop_price,
            protection=protection,
            time_in_force=time_in_force,
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
