from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec
from venuekit.types import UNSET, Unset

from .cancel_type import CancelType
from .execution_type import ExecutionType
from .order_msg_type import OrderMsgType
from .order_status import OrderStatus
from .settle_type import SettleType
from .side import Side
from .time_in_force import TimeInForce

T = TypeVar("T", bound="OrderEvent")


@_attrs_define
class OrderEvent:
    """A change of one of the account's orders."""

    channel: str
    """ Always `orderEvents`. """
    order_id: int
    """ Order id. """
    symbol: str
    """ Symbol. """
    settle_type: SettleType
    """ Settlement type. LOSS_CUT appears in orderEvents only. """
    execution_type: ExecutionType
    """ Execution type: MARKET, LIMIT, STOP (stop limit). """
    side: Side
    """ Side: BUY or SELL. """
    order_status: OrderStatus
    """ Order status in orderEvents. WAITING is for stop limit orders. """
    order_timestamp: datetime.datetime
    """ Ordered timestamp. """
    order_price: Decimal
    """ Price of the order ("0" for MARKET). """
    order_size: Decimal
    """ Ordered size. """
    order_executed_size: Decimal
    """ Executed size of the order. """
    losscut_price: Decimal
    """ Loss-cut price ("0" for spot or when not set). """
    time_in_force: TimeInForce
    """ Time in force: FAK, FAS, FOK, and SOK (post-only). """
    msg_type: OrderMsgType
    """ Message type of orderEvents (meanings not documented). """
    cancel_type: CancelType | Unset = UNSET
    """ Why an order was cancelled (orderStatus CANCELED or EXPIRED), or SOK_TAKER / PRICE_LIMIT with orderStatus
    ORDERED. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        order_id = self.order_id

        symbol = self.symbol

        settle_type = self.settle_type.value

        execution_type = self.execution_type.value

        side = self.side.value

        order_status = self.order_status.value

        order_timestamp = codec.format_datetime(self.order_timestamp)

        order_price = codec.format_decimal(self.order_price)

        order_size = codec.format_decimal(self.order_size)

        order_executed_size = codec.format_decimal(self.order_executed_size)

        losscut_price = codec.format_decimal(self.losscut_price)

        time_in_force = self.time_in_force.value

        msg_type = self.msg_type.value

        cancel_type: str | Unset = UNSET
        if not isinstance(self.cancel_type, Unset):
            cancel_type = self.cancel_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "orderId": order_id,
                "symbol": symbol,
                "settleType": settle_type,
                "executionType": execution_type,
                "side": side,
                "orderStatus": order_status,
                "orderTimestamp": order_timestamp,
                "orderPrice": order_price,
                "orderSize": order_size,
                "orderExecutedSize": order_executed_size,
                "losscutPrice": losscut_price,
                "timeInForce": time_in_force,
                "msgType": msg_type,
            }
        )
        if cancel_type is not UNSET:
            field_dict["cancelType"] = cancel_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        channel = codec.expect(src_.pop("channel"), str, "channel")

        order_id = codec.expect(src_.pop("orderId"), int, "orderId")

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        settle_type = SettleType(src_.pop("settleType"))

        execution_type = ExecutionType(src_.pop("executionType"))

        side = Side(src_.pop("side"))

        order_status = OrderStatus(src_.pop("orderStatus"))

        order_timestamp = codec.parse_datetime(src_.pop("orderTimestamp"))

        order_price = codec.parse_decimal_field(src_.pop("orderPrice"), "orderPrice")

        order_size = codec.parse_decimal_field(src_.pop("orderSize"), "orderSize")

        order_executed_size = codec.parse_decimal_field(src_.pop("orderExecutedSize"), "orderExecutedSize")

        losscut_price = codec.parse_decimal_field(src_.pop("losscutPrice"), "losscutPrice")

        time_in_force = TimeInForce(src_.pop("timeInForce"))

        msg_type = OrderMsgType(src_.pop("msgType"))

        _cancel_type = src_.pop("cancelType", UNSET)
        cancel_type: CancelType | Unset
        if isinstance(_cancel_type, Unset):
            cancel_type = UNSET
        else:
            cancel_type = CancelType(_cancel_type)

        result_ = cls(
            channel=channel,
            order_id=order_id,
            symbol=symbol,
            settle_type=settle_type,
            execution_type=execution_type,
            side=side,
            order_status=order_status,
            order_timestamp=order_timestamp,
            order_price=order_price,
            order_size=order_size,
            order_executed_size=order_executed_size,
            losscut_price=losscut_price,
            time_in_force=time_in_force,
            msg_type=msg_type,
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
