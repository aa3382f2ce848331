from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.settle_type import SettleType
from ..models.side import Side
from ..types import UNSET, Unset

T = TypeVar("T", bound="Execution")


@_attrs_define
class Execution:
    """One execution (fill). `amount` and `settledSwap` are in the field table but not in the seed's
    response examples (the `seed` examples below each operation), so they are optional: a page of
    executions without them still parses.

    """

    execution_id: int
    """ Execution ID (約定ID). """
    order_id: int
    """ Order ID (注文ID). """
    position_id: int
    """ Position ID (建玉ID). """
    symbol: str
    """ Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
    CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
     """
    side: Side
    """ Side (売買区分). `BUY` buy, `SELL` sell. """
    settle_type: SettleType
    """ Settlement type (決済区分). `OPEN` opens a position, `CLOSE` settles one. """
    size: Decimal
    """ Executed size (約定数量). """
    price: Decimal
    """ Execution rate (約定レート). """
    loss_gain: Decimal
    """ Realized profit/loss (決済損益). """
    fee: Decimal
    """ Trade fee (取引手数料). The example has `-30` on a CLOSE execution; the sign convention is undocumented. """
    timestamp: datetime.datetime
    """ Execution time (約定日時). """
    amount: Decimal | Unset = UNSET
    """ Settlement amount (受渡金額). Absent from the seed's examples; [T2] shows it. """
    client_order_id: str | Unset = UNSET
    """ Client order ID (顧客注文ID); returned only when one was set ([T2]). """
    settled_swap: Decimal | Unset = UNSET
    """ Settled swap (決済スワップ). Absent from the seed's examples; [T2] shows it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_id = self.execution_id

        order_id = self.order_id

        position_id = self.position_id

        symbol = self.symbol

        side = self.side.value

        settle_type = self.settle_type.value

        size = codec.format_decimal(self.size)

        price = codec.format_decimal(self.price)

        loss_gain = codec.format_decimal(self.loss_gain)

        fee = codec.format_decimal(self.fee)

        timestamp = codec.format_datetime(self.timestamp)

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = codec.format_decimal(self.amount)

        client_order_id = self.client_order_id

        settled_swap: str | Unset = UNSET
        if not isinstance(self.settled_swap, Unset):
            settled_swap = codec.format_decimal(self.settled_swap)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "executionId": execution_id,
                "orderId": order_id,
                "positionId": position_id,
                "symbol": symbol,
                "side": side,
                "settleType": settle_type,
                "size": size,
                "price": price,
                "lossGain": loss_gain,
                "fee": fee,
                "timestamp": timestamp,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if settled_swap is not UNSET:
            field_dict["settledSwap"] = settled_swap

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        execution_id = codec.expect(src_.pop("executionId"), int, "executionId")

        order_id = codec.expect(src_.pop("orderId"), int, "orderId")

        position_id = codec.expect(src_.pop("positionId"), int, "positionId")

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        side = Side(src_.pop("side"))

        settle_type = SettleType(src_.pop("settleType"))

        size = codec.parse_decimal_field(src_.pop("size"), "size")

        price = codec.parse_decimal_field(src_.pop("price"), "price")

        loss_gain = codec.parse_decimal_field(src_.pop("lossGain"), "lossGain")

        fee = codec.parse_decimal_field(src_.pop("fee"), "fee")

        timestamp = codec.parse_datetime(src_.pop("timestamp"))

        _amount = src_.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = codec.parse_decimal_field(_amount, "amount")

        client_order_id = codec.expect_optional(src_.pop("clientOrderId", UNSET), str, "clientOrderId")

        _settled_swap = src_.pop("settledSwap", UNSET)
        settled_swap: Decimal | Unset
        if isinstance(_settled_swap, Unset):
            settled_swap = UNSET
        else:
            settled_swap = codec.parse_decimal_field(_settled_swap, "settledSwap")

        result_ = cls(
            execution_id=execution_id,
            order_id=order_id,
            position_id=position_id,
            symbol=symbol,
            side=side,
            settle_type=settle_type,
            size=size,
            price=price,
            loss_gain=loss_gain,
            fee=fee,
            timestamp=timestamp,
            amount=amount,
            client_order_id=client_order_id,
            settled_swap=settled_swap,
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
