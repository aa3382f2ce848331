from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.execution_type import ExecutionType
from ..models.side import Side
from ..models.time_in_force import TimeInForce
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define
class CreateOrderRequest:
    """Body of createOrder."""

    symbol: str
    """ Trading symbol. Spot: BTC, ETH, BCH, LTC, XRP, XEM, XLM, BAT, XTZ, QTUM, ENJ, DOT, ATOM, MKR, DAI, XYM,
    MONA, FCR, ADA, LINK, DOGE, SOL, ASTR, NAC. Margin: BTC_JPY, ETH_JPY, BCH_JPY, LTC_JPY, XRP_JPY, DOT_JPY,
    ATOM_JPY, ADA_JPY, LINK_JPY, DOGE_JPY, SOL_JPY. """
    side: Side
    """ Order, execution or position side: BUY (buy) or SELL (sell). """
    execution_type: ExecutionType
    """ Execution type: MARKET (market order), LIMIT (limit order) or STOP (stop limit order). """
    size: Decimal
    """ Order quantity. """
    time_in_force: TimeInForce | Unset = UNSET
    """ Time in force. FAK (fill and kill): the part that cannot be executed immediately expires. FAS (fill and
    store): the part that cannot be executed immediately stays on the book. FOK (fill or kill): the order expires
    unless it executes immediately in full. SOK (store or kill, post-only): a limit order that would not be a maker
    expires. """
    price: Decimal | Unset = UNSET
    """ Order price. Required for LIMIT and STOP orders; not used for MARKET orders. """
    losscut_price: Decimal | Unset = UNSET
    """ Liquidation price. Only for margin trading with executionType LIMIT or STOP (ERR-5118 otherwise). """
    cancel_before: bool | Unset = UNSET
    """ When true, cancelling active orders and creating the new order happen together: if the order size exceeds
    the available balance, existing orders are cancelled from the oldest and the new order is placed for the
    available balance; otherwise no order is cancelled. Defaults to false. true is allowed only for spot orders with
    executionType MARKET, timeInForce FAK and side SELL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        side = self.side.value

        execution_type = self.execution_type.value

        size = codec.format_decimal(self.size)

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = self.time_in_force.value

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = codec.format_decimal(self.price)

        losscut_price: str | Unset = UNSET
        if not isinstance(self.losscut_price, Unset):
            losscut_price = codec.format_decimal(self.losscut_price)

        cancel_before = self.cancel_before

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "side": side,
                "executionType": execution_type,
                "size": size,
            }
        )
        if time_in_force is not UNSET:
            field_dict["timeInForce"] = time_in_force
        if price is not UNSET:
            field_dict["price"] = price
        if losscut_price is not UNSET:
            field_dict["losscutPrice"] = losscut_price
        if cancel_before is not UNSET:
            field_dict["cancelBefore"] = cancel_before

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        side = Side(src_.pop("side"))

        execution_type = ExecutionType(src_.pop("executionType"))

        size = codec.parse_decimal_field(src_.pop("size"), "size")

        _time_in_force = src_.pop("timeInForce", UNSET)
        time_in_force: TimeInForce | Unset
        if isinstance(_time_in_force, Unset):
            time_in_force = UNSET
        else:
            time_in_force = TimeInForce(_time_in_force)

        _price = src_.pop("price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = codec.parse_decimal_field(_price, "price")

        _losscut_price = src_.pop("losscutPrice", UNSET)
        losscut_price: Decimal | Unset
        if isinstance(_losscut_price, Unset):
            losscut_price = UNSET
        else:
            losscut_price = codec.parse_decimal_field(_losscut_price, "losscutPrice")

        cancel_before = codec.expect_optional(src_.pop("cancelBefore", UNSET), bool, "cancelBefore")

        result_ = cls(
            symbol=symbol,
            side=side,
            execution_type=execution_type,
            size=size,
            time_in_force=time_in_force,
            price=price,
            losscut_price=losscut_price,
            cancel_before=cancel_before,
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
