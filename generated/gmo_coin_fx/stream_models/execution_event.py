from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec
from venuekit.types import UNSET, Unset

from .execution_type import ExecutionType
from .order_type import OrderType
from .settle_type import SettleType
from .side import Side

T = TypeVar("T", bound="ExecutionEvent")


@_attrs_define
class ExecutionEvent:
    """One execution of the account's order (fields unverified, see info.description)."""

    channel: str
    """ Always `executionEvents`. """
    order_id: int
    """ Order id. """
    execution_id: int
    """ Execution id. """
    symbol: str
    """ Currency pair. """
    settle_type: SettleType
    """ Settlement type: OPEN (new) or CLOSE (settlement). """
    execution_type: ExecutionType
    """ Order type: MARKET, LIMIT, STOP. """
    side: Side
    """ Side: BUY or SELL. """
    execution_price: Decimal
    """ Executed rate. """
    execution_size: Decimal
    """ Executed quantity. """
    execution_timestamp: datetime.datetime
    """ Executed timestamp. """
    msg_type: str
    """ Message type (`ER`). """
    amount: Decimal | Unset = UNSET
    """ Amount of the execution. """
    root_order_id: int | Unset = UNSET
    """ Parent order id. """
    client_order_id: str | Unset = UNSET
    """ Client order id, when one was given. """
    order_type: OrderType | Unset = UNSET
    """ Trade type: NORMAL, OCO, IFD, IFDOCO, LOSSCUT. """
    position_id: int | Unset = UNSET
    """ Position id. """
    loss_gain: Decimal | Unset = UNSET
    """ Settlement profit/loss. """
    settled_swap: Decimal | Unset = UNSET
    """ Settled swap. """
    fee: Decimal | Unset = UNSET
    """ Fee. """
    order_price: Decimal | Unset = UNSET
    """ Rate of the order. """
    order_size: Decimal | Unset = UNSET
    """ Ordered quantity. """
    order_executed_size: Decimal | Unset = UNSET
    """ Executed quantity of the order. """
    order_timestamp: datetime.datetime | Unset = UNSET
    """ Ordered timestamp. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        order_id = self.order_id

        execution_id = self.execution_id

        symbol = self.symbol

        settle_type = self.settle_type.value

        execution_type = self.execution_type.value

        side = self.side.value

        execution_price = codec.format_decimal(self.execution_price)

        execution_size = codec.format_decimal(self.execution_size)

        execution_timestamp = codec.format_datetime(self.execution_timestamp)

        msg_type = self.msg_type

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = codec.format_decimal(self.amount)

        root_order_id = self.root_order_id

        client_order_id = self.client_order_id

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type.value

        position_id = self.position_id

        loss_gain: str | Unset = UNSET
        if not isinstance(self.loss_gain, Unset):
            loss_gain = codec.format_decimal(self.loss_gain)

        settled_swap: str | Unset = UNSET
        if not isinstance(self.settled_swap, Unset):
            settled_swap = codec.format_decimal(self.settled_swap)

        fee: str | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = codec.format_decimal(self.fee)

        order_price: str | Unset = UNSET
        if not isinstance(self.order_price, Unset):
            order_price = codec.format_decimal(self.order_price)

        order_size: str | Unset = UNSET
        if not isinstance(self.order_size, Unset):
            order_size = codec.format_decimal(self.order_size)

        order_executed_size: str | Unset = UNSET
        if not isinstance(self.order_executed_size, Unset):
            order_executed_size = codec.format_decimal(self.order_executed_size)

        order_timestamp: str | Unset = UNSET
        if not isinstance(self.order_timestamp, Unset):
            order_timestamp = codec.format_datetime(self.order_timestamp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "orderId": order_id,
                "executionId": execution_id,
                "symbol": symbol,
                "settleType": settle_type,
                "executionType": execution_type,
                "side": side,
                "executionPrice": execution_price,
                "executionSize": execution_size,
                "executionTimestamp": execution_timestamp,
                "msgType": msg_type,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if root_order_id is not UNSET:
            field_dict["rootOrderId"] = root_order_id
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if position_id is not UNSET:
            field_dict["positionId"] = position_id
        if loss_gain is not UNSET:
            field_dict["lossGain"] = loss_gain
        if settled_swap is not UNSET:
            field_dict["settledSwap"] = settled_swap
        if fee is not UNSET:
            field_dict["fee"] = fee
        if order_price is not UNSET:
            field_dict["orderPrice"] = order_price
        if order_size is not UNSET:
            field_dict["orderSize"] = order_size
        if order_executed_size is not UNSET:
            field_dict["orderExecutedSize"] = order_executed_size
        if order_timestamp is not UNSET:
            field_dict["orderTimestamp"] = order_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        channel = codec.expect(src_.pop("channel"), str, "channel")

        order_id = codec.expect(src_.pop("orderId"), int, "orderId")

        execution_id = codec.expect(src_.pop("executionId"), int, "executionId")

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        settle_type = SettleType(src_.pop("settleType"))

        execution_type = ExecutionType(src_.pop("executionType"))

        side = Side(src_.pop("side"))

        execution_price = codec.parse_decimal_field(src_.pop("executionPrice"), "executionPrice")

        execution_size = codec.parse_decimal_field(src_.pop("executionSize"), "executionSize")

        execution_timestamp = codec.parse_datetime(src_.pop("executionTimestamp"))

        msg_type = codec.expect(src_.pop("msgType"), str, "msgType")

        _amount = src_.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = codec.parse_decimal_field(_amount, "amount")

        root_order_id = codec.expect_optional(src_.pop("rootOrderId", UNSET), int, "rootOrderId")

        client_order_id = codec.expect_optional(src_.pop("clientOrderId", UNSET), str, "clientOrderId")

        _order_type = src_.pop("orderType", UNSET)
        order_type: OrderType | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = OrderType(_order_type)

        position_id = codec.expect_optional(src_.pop("positionId", UNSET), int, "positionId")

        _loss_gain = src_.pop("lossGain", UNSET)
        loss_gain: Decimal | Unset
        if isinstance(_loss_gain, Unset):
            loss_gain = UNSET
        else:
            loss_gain = codec.parse_decimal_field(_loss_gain, "lossGain")

        _settled_swap = src_.pop("settledSwap", UNSET)
        settled_swap: Decimal | Unset
        if isinstance(_settled_swap, Unset):
            settled_swap = UNSET
        else:
            settled_swap = codec.parse_decimal_field(_settled_swap, "settledSwap")

        _fee = src_.pop("fee", UNSET)
        fee: Decimal | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = codec.parse_decimal_field(_fee, "fee")

        _order_price = src_.pop("orderPrice", UNSET)
        order_price: Decimal | Unset
        if isinstance(_order_price, Unset):
            order_price = UNSET
        else:
            order_price = codec.parse_decimal_field(_order_price, "orderPrice")

        _order_size = src_.pop("orderSize", UNSET)
        order_size: Decimal | Unset
        if isinstance(_order_size, Unset):
            order_size = UNSET
        else:
            order_size = codec.parse_decimal_field(_order_size, "orderSize")

        _order_executed_size = src_.pop("orderExecutedSize", UNSET)
        order_executed_size: Decimal | Unset
        if isinstance(_order_executed_size, Unset):
            order_executed_size = UNSET
        else:
            order_executed_size = codec.parse_decimal_field(_order_executed_size, "orderExecutedSize")

        _order_timestamp = src_.pop("orderTimestamp", UNSET)
        order_timestamp: datetime.datetime | Unset
        if isinstance(_order_timestamp, Unset):
            order_timestamp = UNSET
        else:
            order_timestamp = codec.parse_datetime(_order_timestamp)

        result_ = cls(
            channel=channel,
            order_id=order_id,
            execution_id=execution_id,
            symbol=symbol,
            settle_type=settle_type,
            execution_type=execution_type,
            side=side,
            execution_price=execution_price,
            execution_size=execution_size,
            execution_timestamp=execution_timestamp,
            msg_type=msg_type,
            amount=amount,
            root_order_id=root_order_id,
            client_order_id=client_order_id,
            order_type=order_type,
            position_id=position_id,
            loss_gain=loss_gain,
            settled_swap=settled_swap,
            fee=fee,
            order_price=order_price,
            order_size=order_size,
            order_executed_size=order_executed_size,
            order_timestamp=order_timestamp,
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
