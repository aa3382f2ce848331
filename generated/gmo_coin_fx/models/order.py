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
from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order, as returned by the order queries and by every order placement/change endpoint.
    IFD/IFDOCO/OCO orders are returned as one element per leg sharing the `rootOrderId`.

    """

    order_id: int
    """ Order ID (注文ID). """
    symbol: str
    """ Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
    CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
     """
    side: Side
    """ Side (売買区分). `BUY` buy, `SELL` sell. """
    order_type: OrderType
    """ Trade type (取引区分): `NORMAL` normal order, `OCO`, `IFD`, `IFDOCO`, `LOSSCUT` (forced
    liquidation).
     """
    execution_type: ExecutionType
    """ Order type (注文タイプ) of an order in responses. `MARKET` market, `LIMIT` limit, `STOP` stop. """
    settle_type: SettleType
    """ Settlement type (決済区分). `OPEN` opens a position, `CLOSE` settles one. """
    size: Decimal
    """ Order size (注文数量). """
    status: OrderStatus
    """ Order status (注文ステータス): `WAITING` (waiting to be triggered, e.g. a second leg or a stop),
    `ORDERED`, `MODIFYING`, `CANCELED`, `EXECUTED`, `EXPIRED`. Union of the seed's tables and
    examples and [T2] (the seed lost the `/v1/orders` status row).
     """
    timestamp: datetime.datetime
    """ Order time (注文日時). """
    root_order_id: int | Unset = UNSET
    """ Root (parent) order ID (親注文ID). """
    client_order_id: str | Unset = UNSET
    """ Client order ID (顧客注文ID); returned only when one was set ([T2]). """
    price: Decimal | Unset = UNSET
    """ Order price (注文価格); returned only for LIMIT and STOP orders (absent on speed orders). """
    cancel_type: CancelType | Unset = UNSET
    """ Cancel reason (取消区分), present when `status` is `CANCELED` or `EXPIRED`: `USER` (by the
    user), `INSUFFICIENT_COLLATERAL`, `INSUFFICIENT_MARGIN`, `SPEED` (cancelled by a speed
    order), `OCO` (the other OCO leg executed), `EXPIRATION`, `PRICE_BOUND` (fill price outside
    lowerBound/upperBound), `OUT_OF_SLIPPAGE_RANGE`. The seed shows `USER`, `OCO` and
    `PRICE_BOUND`; the rest are from [T2].
     """
    expiry: str | Unset = UNSET
    """ Order expiry date (注文有効期限), `YYYYMMDD`; absent on speed orders. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        symbol = self.symbol

        side = self.side.value

        order_type = self.order_type.value

        execution_type = self.execution_type.value

        settle_type = self.settle_type.value

        size = codec.format_decimal(self.size)

        status = self.status.value

        timestamp = codec.format_datetime(self.timestamp)

        root_order_id = self.root_order_id

        client_order_id = self.client_order_id

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = codec.format_decimal(self.price)

        cancel_type: str | Unset = UNSET
        if not isinstance(self.cancel_type, Unset):
            cancel_type = self.cancel_type.value

        expiry = self.expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "symbol": symbol,
                "side": side,
                "orderType": order_type,
                "executionType": execution_type,
                "settleType": settle_type,
                "size": size,
                "status": status,
                "timestamp": timestamp,
            }
        )
        if root_order_id is not UNSET:
            field_dict["rootOrderId"] = root_order_id
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if price is not UNSET:
            field_dict["price"] = price
        if cancel_type is not UNSET:
            field_dict["cancelType"] = cancel_type
        if expiry is not UNSET:
            field_dict["expiry"] = expiry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        order_id = codec.expect(src_.pop("orderId"), int, "orderId")

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        side = Side(src_.pop("side"))

        order_type = OrderType(src_.pop("orderType"))

        execution_type = ExecutionType(src_.pop("executionType"))

        settle_type = SettleType(src_.pop("settleType"))

        size = codec.parse_decimal_field(src_.pop("size"), "size")

        status = OrderStatus(src_.pop("status"))

        timestamp = codec.parse_datetime(src_.pop("timestamp"))

        root_order_id = codec.expect_optional(src_.pop("rootOrderId", UNSET), int, "rootOrderId")

        client_order_id = codec.expect_optional(src_.pop("clientOrderId", UNSET), str, "clientOrderId")

        _price = src_.pop("price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = codec.parse_decimal_field(_price, "price")

        _cancel_type = src_.pop("cancelType", UNSET)
        cancel_type: CancelType | Unset
        if isinstance(_cancel_type, Unset):
            cancel_type = UNSET
        else:
            cancel_type = CancelType(_cancel_type)

        expiry = codec.expect_optional(src_.pop("expiry", UNSET), str, "expiry")

        result_ = cls(
            order_id=order_id,
            symbol=symbol,
            side=side,
            order_type=order_type,
            execution_type=execution_type,
            settle_type=settle_type,
            size=size,
            status=status,
            timestamp=timestamp,
            root_order_id=root_order_id,
            client_order_id=client_order_id,
            price=price,
            cancel_type=cancel_type,
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
