from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.cancel_type import CancelType
from ..models.execution_type import ExecutionType
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..models.settle_type import SettleType
from ..models.side import Side
from ..models.time_in_force import TimeInForce
from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """One order (spot or margin)."""

    root_order_id: int
    """ Id of the root order. """
    order_id: int
    """ Order id. """
    symbol: str
    """ Trading symbol, e.g. BTC or BTC_JPY. """
    side: Side
    """ Order, execution or position side: BUY (buy) or SELL (sell). """
    order_type: OrderType
    """ Order type: NORMAL (regular order) or LOSSCUT (liquidation order). """
    execution_type: ExecutionType
    """ Execution type: MARKET (market order), LIMIT (limit order) or STOP (stop limit order). """
    settle_type: SettleType
    """ Settlement type: OPEN (opening order) or CLOSE (closing order). """
    size: Decimal
    """ Order quantity. """
    executed_size: Decimal
    """ Executed quantity. """
    price: Decimal
    """ Order price; "0" for MARKET orders. """
    losscut_price: Decimal
    """ Liquidation price; "0" for spot orders or when none is set. """
    status: OrderStatus
    """ Order status. WAITING applies to stop limit orders that have not triggered yet. Active orders are WAITING,
    ORDERED, MODIFYING or CANCELLING. """
    time_in_force: TimeInForce
    """ Time in force. FAK (fill and kill): the part that cannot be executed immediately expires. FAS (fill and
    store): the part that cannot be executed immediately stays on the book. FOK (fill or kill): the order expires
    unless it executes immediately in full. SOK (store or kill, post-only): a limit order that would not be a maker
    expires. """
    timestamp: datetime.datetime
    """ Order time (UTC). """
    cancel_type: CancelType | Unset = UNSET
    """ Reason an order was cancelled or expired. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        root_order_id = self.root_order_id

        order_id = self.order_id

        symbol = self.symbol

        side = self.side.value

        order_type = self.order_type.value

        execution_type = self.execution_type.value

        settle_type = self.settle_type.value

        size = codec.format_decimal(self.size)

        executed_size = codec.format_decimal(self.executed_size)

        price = codec.format_decimal(self.price)

        losscut_price = codec.format_decimal(self.losscut_price)

        status = self.status.value

        time_in_force = self.time_in_force.value

        timestamp = codec.format_datetime(self.timestamp)

        cancel_type: str | Unset = UNSET
        if not isinstance(self.cancel_type, Unset):
            cancel_type = self.cancel_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rootOrderId": root_order_id,
                "orderId": order_id,
                "symbol": symbol,
                "side": side,
                "orderType": order_type,
                "executionType": execution_type,
                "settleType": settle_type,
                "size": size,
                "executedSize": executed_size,
                "price": price,
                "losscutPrice": losscut_price,
                "status": status,
                "timeInForce": time_in_force,
                "timestamp": timestamp,
            }
        )
        if cancel_type is not UNSET:
            field_dict["cancelType"] = cancel_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        root_order_id = codec.expect(src_.pop("rootOrderId"), int, "rootOrderId")

        order_id = codec.expect(src_.pop("orderId"), int, "orderId")

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        side = Side(src_.pop("side"))

        order_type = OrderType(src_.pop("orderType"))

        execution_type = ExecutionType(src_.pop("executionType"))

        settle_type = SettleType(src_.pop("settleType"))

        size = codec.parse_decimal_field(src_.pop("size"), "size")

        executed_size = codec.parse_decimal_field(src_.pop("executedSize"), "executedSize")

        price = codec.parse_decimal_field(src_.pop("price"), "price")

        losscut_price = codec.parse_decimal_field(src_.pop("losscutPrice"), "losscutPrice")

        status = OrderStatus(src_.pop("status"))

        time_in_force = TimeInForce(src_.pop("timeInForce"))

        timestamp = codec.parse_datetime(src_.pop("timestamp"))

        _cancel_type = src_.pop("cancelType", UNSET)
        cancel_type: CancelType | Unset
        if isinstance(_cancel_type, Unset):
            cancel_type = UNSET
        else:
            cancel_type = CancelType(_cancel_type)

        result_ = cls(
            root_order_id=root_order_id,
            order_id=order_id,
            symbol=symbol,
            side=side,
            order_type=order_type,
            execution_type=execution_type,
            settle_type=settle_type,
            size=size,
            executed_size=executed_size,
            price=price,
            losscut_price=losscut_price,
            status=status,
            time_in_force=time_in_force,
            timestamp=timestamp,
            cancel_type=cancel_type,
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
