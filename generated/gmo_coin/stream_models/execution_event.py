from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec
from venuekit.types import UNSET, Unset

from .execution_msg_type import ExecutionMsgType
from .execution_type import ExecutionType
from .settle_type import SettleType
from .side import Side
from .time_in_force import TimeInForce

T = TypeVar("T", bound="ExecutionEvent")


@_attrs_define
class ExecutionEvent:
    """One execution of the account's order."""

    channel: str
    """ Always `executionEvents`. """
    order_id: int
    """ Order id. """
    execution_id: int
    """ Execution id. """
    symbol: str
    """ Symbol. """
    settle_type: SettleType
    """ Settlement type. LOSS_CUT appears in orderEvents only. """
    execution_type: ExecutionType
    """ Execution type: MARKET, LIMIT, STOP (stop limit). """
    side: Side
    """ Side: BUY or SELL. """
    execution_price: Decimal
    """ Executed price. """
    execution_size: Decimal
    """ Executed quantity. """
    order_timestamp: datetime.datetime
    """ Ordered timestamp. """
    execution_timestamp: datetime.datetime
    """ Executed timestamp. """
    loss_gain: Decimal
    """ Settlement profit/loss. """
    fee: Decimal
    """ Trade fee; positive for a taker, negative for a maker. """
    order_price: Decimal
    """ Price of the order ("0" for MARKET). """
    order_size: Decimal
    """ Ordered size. """
    order_executed_size: Decimal
    """ Executed size of the order. """
    time_in_force: TimeInForce
    """ Time in force: FAK, FAS, FOK, and SOK (post-only). """
    msg_type: ExecutionMsgType
    """ Message type of executionEvents (meaning not documented). """
    position_id: int | Unset = UNSET
    """ Position id (margin trading only; the seed's example has one, so it may appear on spot too). """
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

        order_timestamp = codec.format_datetime(self.order_timestamp)

        execution_timestamp = codec.format_datetime(self.execution_timestamp)

        loss_gain = codec.format_decimal(self.loss_gain)

        fee = codec.format_decimal(self.fee)

        order_price = codec.format_decimal(self.order_price)

        order_size = codec.format_decimal(self.order_size)

        order_executed_size = codec.format_decimal(self.order_executed_size)

        time_in_force = self.time_in_force.value

        msg_type = self.msg_type.value

        position_id = self.position_id

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
                "orderTimestamp": order_timestamp,
                "executionTimestamp": execution_timestamp,
                "lossGain": loss_gain,
                "fee": fee,
                "orderPrice": order_price,
                "orderSize": order_size,
                "orderExecutedSize": order_executed_size,
                "timeInForce": time_in_force,
                "msgType": msg_type,
            }
        )
        if position_id is not UNSET:
            field_dict["positionId"] = position_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["channel"]
                _f1 = src_dict["orderId"]
                _f2 = src_dict["executionId"]
                _f3 = src_dict["symbol"]
                _f4 = src_dict["settleType"]
                _f5 = src_dict["executionType"]
                _f6 = src_dict["side"]
                _f7 = src_dict["executionPrice"]
                _f8 = src_dict["executionSize"]
                _f9 = src_dict["orderTimestamp"]
                _f10 = src_dict["executionTimestamp"]
                _f11 = src_dict["lossGain"]
                _f12 = src_dict["fee"]
                _f13 = src_dict["orderPrice"]
                _f14 = src_dict["orderSize"]
                _f15 = src_dict["orderExecutedSize"]
                _f16 = src_dict["timeInForce"]
                _f17 = src_dict["msgType"]
                _f18 = src_dict.get("positionId", UNSET)
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 18 + (_f18 is not UNSET)
                    and type(_f0) is str
                    and type(_f1) is int
                    and type(_f2) is int
                    and type(_f3) is str
                    and type(_f4) is str
                    and type(_f5) is str
                    and type(_f6) is str
                    and type(_f7) is str
                    and type(_f8) is str
                    and type(_f9) is str
                    and type(_f10) is str
                    and type(_f11) is str
                    and type(_f12) is str
                    and type(_f13) is str
                    and type(_f14) is str
                    and type(_f15) is str
                    and type(_f16) is str
                    and type(_f17) is str
                    and (_f18 is UNSET or type(_f18) is int)
                ):
                    try:
                        settle_type = SettleType(_f4)
                        execution_type = ExecutionType(_f5)
                        side = Side(_f6)
                        execution_price = Decimal(_f7)
                        execution_size = Decimal(_f8)
                        order_timestamp = datetime.datetime.fromisoformat(_f9)
                        execution_timestamp = datetime.datetime.fromisoformat(_f10)
                        loss_gain = Decimal(_f11)
                        fee = Decimal(_f12)
                        order_price = Decimal(_f13)
                        order_size = Decimal(_f14)
                        order_executed_size = Decimal(_f15)
                        time_in_force = TimeInForce(_f16)
                        msg_type = ExecutionMsgType(_f17)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            execution_price.is_finite()
                            and execution_size.is_finite()
                            and order_timestamp.tzinfo is not None
                            and execution_timestamp.tzinfo is not None
                            and loss_gain.is_finite()
                            and fee.is_finite()
                            and order_price.is_finite()
                            and order_size.is_finite()
                            and order_executed_size.is_finite()
                        ):
                            return cls(
                                _f0,  # channel
                                _f1,  # order_id
                                _f2,  # execution_id
                                _f3,  # symbol
                                settle_type,
                                execution_type,
                                side,
                                execution_price,
                                execution_size,
                                order_timestamp,
                                execution_timestamp,
                                loss_gain,
                                fee,
                                order_price,
                                order_size,
                                order_executed_size,
                                time_in_force,
                                msg_type,
                                _f18,  # position_id
                            )

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

        order_timestamp = codec.parse_datetime(src_.pop("orderTimestamp"))

        execution_timestamp = codec.parse_datetime(src_.pop("executionTimestamp"))

        loss_gain = codec.parse_decimal_field(src_.pop("lossGain"), "lossGain")

        fee = codec.parse_decimal_field(src_.pop("fee"), "fee")

        order_price = codec.parse_decimal_field(src_.pop("orderPrice"), "orderPrice")

        order_size = codec.parse_decimal_field(src_.pop("orderSize"), "orderSize")

        order_executed_size = codec.parse_decimal_field(src_.pop("orderExecutedSize"), "orderExecutedSize")

        time_in_force = TimeInForce(src_.pop("timeInForce"))

        msg_type = ExecutionMsgType(src_.pop("msgType"))

        position_id = codec.expect_optional(src_.pop("positionId", UNSET), int, "positionId")

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
            order_timestamp=order_timestamp,
            execution_timestamp=execution_timestamp,
            loss_gain=loss_gain,
            fee=fee,
            order_price=order_price,
            order_size=order_size,
            order_executed_size=order_executed_size,
            time_in_force=time_in_force,
            msg_type=msg_type,
            position_id=position_id,
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
