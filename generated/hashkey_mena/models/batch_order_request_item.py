from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.order_type import OrderType
from ..models.side import Side
from ..models.stp_mode import StpMode
from ..models.time_in_force import TimeInForce
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchOrderRequestItem")


@_attrs_define
class BatchOrderRequestItem:
    """One order of a batch (the create-order v1.1 parameters and rules)."""

    symbol: str
    """ Trading pair, e.g. BTCUSDT. """
    side: Side
    """ Order side. """
    type_: OrderType
    """ Order type: LIMIT (limit order), MARKET (market order), LIMIT_MAKER (maker-only limit order). The private
    WebSocket executionReport example also shows MARKET_OF_QUOTE; REST reports quote-amount market orders as MARKET
    (seen in recorded payloads). """
    quantity: Decimal | Unset = UNSET
    """ Quantity in base asset. LIMIT and LIMIT_MAKER: required. MARKET: base quantity (send quantity or amount, not
    both: error -1129). """
    amount: Decimal | Unset = UNSET
    """ Cash amount in quote asset, MARKET orders only (not together with quantity). """
    price: Decimal | Unset = UNSET
    """ Limit price; required for LIMIT and LIMIT_MAKER. """
    new_client_order_id: str | Unset = UNSET
    """ Client-defined order ID (up to 255 characters); generated if not sent. """
    time_in_force: TimeInForce | Unset = UNSET
    """ GTC (limit and limit-maker orders), IOC (limit and market orders), FOK (limit orders; listed only in the
    v1.1 create-order table). """
    stp_mode: StpMode | Unset = UNSET
    """ Self-trade prevention mode. EXPIRE_TAKER is the default when not sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        side = self.side.value

        type_ = self.type_.value

        quantity: str | Unset = UNSET
        if not isinstance(self.quantity, Unset):
            quantity = codec.format_decimal(self.quantity)

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = codec.format_decimal(self.amount)

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = codec.format_decimal(self.price)

        new_client_order_id = self.new_client_order_id

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = self.time_in_force.value

        stp_mode: str | Unset = UNSET
        if not isinstance(self.stp_mode, Unset):
            stp_mode = self.stp_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "side": side,
                "type": type_,
            }
        )
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if amount is not UNSET:
            field_dict["amount"] = amount
        if price is not UNSET:
            field_dict["price"] = price
        if new_client_order_id is not UNSET:
            field_dict["newClientOrderId"] = new_client_order_id
        if time_in_force is not UNSET:
            field_dict["timeInForce"] = time_in_force
        if stp_mode is not UNSET:
            field_dict["stpMode"] = stp_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        side = Side(src_.pop("side"))

        type_ = OrderType(src_.pop("type"))

        _quantity = src_.pop("quantity", UNSET)
        quantity: Decimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = codec.parse_decimal_field(_quantity, "quantity")

        _amount = src_.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = codec.parse_decimal_field(_amount, "amount")

        _price = src_.pop("price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = codec.parse_decimal_field(_price, "price")

        new_client_order_id = codec.expect_optional(src_.pop("newClientOrderId", UNSET), str, "newClientOrderId")

        _time_in_force = src_.pop("timeInForce", UNSET)
        time_in_force: TimeInForce | Unset
        if isinstance(_time_in_force, Unset):
            time_in_force = UNSET
        else:
            time_in_force = TimeInForce(_time_in_force)

        _stp_mode = src_.pop("stpMode", UNSET)
        stp_mode: StpMode | Unset
        if isinstance(_stp_mode, Unset):
            stp_mode = UNSET
        else:
            stp_mode = StpMode(_stp_mode)

        result_ = cls(
            symbol=symbol,
            side=side,
            type_=type_,
            quantity=quantity,
            amount=amount,
            price=price,
            new_client_order_id=new_client_order_id,
            time_in_force=time_in_force,
            stp_mode=stp_mode,
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
