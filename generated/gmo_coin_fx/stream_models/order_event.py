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
from .order_status import OrderStatus
from .order_type import OrderType
from .settle_type import SettleType
from .side import Side

T = TypeVar("T", bound="OrderEvent")


@_attrs_define
class OrderEvent:
    """A change of one of the account's orders (fields unverified, see info.description)."""

    channel: str
    """ Always `orderEvents`. """
    order_id: int
    """ Order id. """
    symbol: str
    """ Currency pair. """
    side: Side
    """ Side: BUY or SELL. """
    order_status: OrderStatus
    """ Order status. """
    msg_type: str
    """ Message type (`NOR`, `COR`, ...; meanings not documented). """
    root_order_id: int | Unset = UNSET
    """ Parent order id. """
    client_order_id: str | Unset = UNSET
    """ Client order id, when one was given. """
    settle_type: SettleType | Unset = UNSET
    """ Settlement type: OPEN (new) or CLOSE (settlement). """
    order_type: OrderType | Unset = UNSET
    """ Trade type: NORMAL, OCO, IFD, IFDOCO, LOSSCUT. """
    execution_type: ExecutionType | Unset = UNSET
    """ Order type: MARKET, LIMIT, STOP. """
    cancel_type: CancelType | Unset = UNSET
    """ Cancel reason (as in the REST API). """
    order_timestamp: datetime.datetime | Unset = UNSET
    """ Ordered timestamp. """
    order_price: Decimal | Unset = UNSET
    """ Rate of the order. """
    order_size: Decimal | Unset = UNSET
    """ Ordered quantity. """
    expiry: str | Unset = UNSET
    """ Expiry date (YYYYMMDD). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        order_id = self.order_id

        symbol = self.symbol

        side = self.side.value

        order_status = self.order_status.value

        msg_type = self.msg_type

        root_order_id = self.root_order_id

        client_order_id = self.client_order_id

        settle_type: str | Unset = UNSET
        if not isinstance(self.settle_type, Unset):
            settle_type = self.settle_type.value

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type.value

        execution_type: str | Unset = UNSET
        if not isinstance(self.execution_type, Unset):
            execution_type = self.execution_type.value

        cancel_type: str | Unset = UNSET
        if not isinstance(self.cancel_type, Unset):
            cancel_type = self.cancel_type.value

        order_timestamp: str | Unset = UNSET
        if not isinstance(self.order_timestamp, Unset):
            order_timestamp = codec.format_datetime(self.order_timestamp)

        order_price: str | Unset = UNSET
        if not isinstance(self.order_price, Unset):
            order_price = codec.format_decimal(self.order_price)

        order_size: str | Unset = UNSET
        if not isinstance(self.order_size, Unset):
            order_size = codec.format_decimal(self.order_size)

        expiry = self.expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "orderId": order_id,
                "symbol": symbol,
                "side": side,
                "orderStatus": order_status,
                "msgType": msg_type,
            }
        )
        if root_order_id is not UNSET:
            field_dict["rootOrderId"] = root_order_id
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if settle_type is not UNSET:
            field_dict["settleType"] = settle_type
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if execution_type is not UNSET:
            field_dict["executionType"] = execution_type
        if cancel_type is not UNSET:
            field_dict["cancelType"] = cancel_type
        if order_timestamp is not UNSET:
            field_dict["orderTimestamp"] = order_timestamp
        if order_price is not UNSET:
            field_dict["orderPrice"] = order_price
        if order_size is not UNSET:
            field_dict["orderSize"] = order_size
        if expiry is not UNSET:
            field_dict["expiry"] = expiry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        channel = codec.expect(src_.pop("channel"), str, "channel")

        order_id = codec.expect(src_.pop("orderId"), int, "orderId")

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        side = Side(src_.pop("side"))

        order_status = OrderStatus(src_.pop("orderStatus"))

        msg_type = codec.expect(src_.pop("msgType"), str, "msgType")

        root_order_id = codec.expect_optional(src_.pop("rootOrderId", UNSET), int, "rootOrderId")

        client_order_id = codec.expect_optional(src_.pop("clientOrderId", UNSET), str, "clientOrderId")

        _settle_type = src_.pop("settleType", UNSET)
        settle_type: SettleType | Unset
        if isinstance(_settle_type, Unset):
            settle_type = UNSET
        else:
            settle_type = SettleType(_settle_type)

        _order_type = src_.pop("orderType", UNSET)
        order_type: OrderType | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = OrderType(_order_type)

        _execution_type = src_.pop("executionType", UNSET)
        execution_type: ExecutionType | Unset
        if isinstance(_execution_type, Unset):
            execution_type = UNSET
        else:
            execution_type = ExecutionType(_execution_type)

        _cancel_type = src_.pop("cancelType", UNSET)
        cancel_type: CancelType | Unset
        if isinstance(_cancel_type, Unset):
            cancel_type = UNSET
        else:
            cancel_type = CancelType(_cancel_type)

        _order_timestamp = src_.pop("orderTimestamp", UNSET)
        order_timestamp: datetime.datetime | Unset
        if isinstance(_order_timestamp, Unset):
            order_timestamp = UNSET
        else:
            order_timestamp = codec.parse_datetime(_order_timestamp)

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

        expiry = codec.expect_optional(src_.pop("expiry", UNSET), str, "expiry")

        result_ = cls(
            channel=channel,
            order_id=order_id,
            symbol=symbol,
            side=side,
            order_status=order_status,
            msg_type=msg_type,
            root_order_id=root_order_id,
            client_order_id=client_order_id,
            settle_type=settle_type,
            order_type=order_type,
            execution_type=execution_type,
            cancel_type=cancel_type,
            order_timestamp=order_timestamp,
            order_price=order_price,
            order_size=order_size,
            expiry=expiry,
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
