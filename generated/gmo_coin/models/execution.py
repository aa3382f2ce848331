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
    """One execution (fill) of an order."""

    execution_id: int
    """ Execution id. """
    order_id: int
    """ Order id. """
    symbol: str
    """ Trading symbol, e.g. BTC or BTC_JPY. """
    side: Side
    """ Order, execution or position side: BUY (buy) or SELL (sell). """
    settle_type: SettleType
    """ Settlement type: OPEN (opening order) or CLOSE (closing order). """
    size: Decimal
    """ Executed quantity. """
    price: Decimal
    """ Executed price. """
    loss_gain: Decimal
    """ Realized profit or loss of the settlement. """
    fee: Decimal
    """ Trading fee; positive when taker, negative when maker. """
    timestamp: datetime.datetime
    """ Execution time (UTC). """
    position_id: int | Unset = UNSET
    """ Position id. Documented for margin trading only, although the documentation's spot example also carries it.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_id = self.execution_id

        order_id = self.order_id

        symbol = self.symbol

        side = self.side.value

        settle_type = self.settle_type.value

        size = codec.format_decimal(self.size)

        price = codec.format_decimal(self.price)

        loss_gain = codec.format_decimal(self.loss_gain)

        fee = codec.format_decimal(self.fee)

        timestamp = codec.format_datetime(self.timestamp)

        position_id = self.position_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "executionId": execution_id,
                "orderId": order_id,
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
        if position_id is not UNSET:
            field_dict["positionId"] = position_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["executionId"]
                _f1 = src_dict["orderId"]
                _f2 = src_dict["symbol"]
                _f3 = src_dict["side"]
                _f4 = src_dict["settleType"]
                _f5 = src_dict["size"]
                _f6 = src_dict["price"]
                _f7 = src_dict["lossGain"]
                _f8 = src_dict["fee"]
                _f9 = src_dict["timestamp"]
                _f10 = src_dict.get("positionId", UNSET)
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 10 + (_f10 is not UNSET)
                    and type(_f0) is int
                    and type(_f1) is int
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                    and type(_f5) is str
                    and type(_f6) is str
                    and type(_f7) is str
                    and type(_f8) is str
                    and type(_f9) is str
                    and (_f10 is UNSET or type(_f10) is int)
                ):
                    try:
                        side = Side(_f3)
                        settle_type = SettleType(_f4)
                        size = Decimal(_f5)
                        price = Decimal(_f6)
                        loss_gain = Decimal(_f7)
                        fee = Decimal(_f8)
                        timestamp = datetime.datetime.fromisoformat(_f9)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            size.is_finite()
                            and price.is_finite()
                            and loss_gain.is_finite()
                            and fee.is_finite()
                            and timestamp.tzinfo is not None
                        ):
                            return cls(
                                _f0,  # execution_id
                                _f1,  # order_id
                                _f2,  # symbol
                                side,
                                settle_type,
                                size,
                                price,
                                loss_gain,
                                fee,
                                timestamp,
                                _f10,  # position_id
                            )

        src_ = dict(src_dict)
        execution_id = codec.expect(src_.pop("executionId"), int, "executionId")

        order_id = codec.expect(src_.pop("orderId"), int, "orderId")

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        side = Side(src_.pop("side"))

        settle_type = SettleType(src_.pop("settleType"))

        size = codec.parse_decimal_field(src_.pop("size"), "size")

        price = codec.parse_decimal_field(src_.pop("price"), "price")

        loss_gain = codec.parse_decimal_field(src_.pop("lossGain"), "lossGain")

        fee = codec.parse_decimal_field(src_.pop("fee"), "fee")

        timestamp = codec.parse_datetime(src_.pop("timestamp"))

        position_id = codec.expect_optional(src_.pop("positionId", UNSET), int, "positionId")

        result_ = cls(
            execution_id=execution_id,
            order_id=order_id,
            symbol=symbol,
            side=side,
            settle_type=settle_type,
            size=size,
            price=price,
            loss_gain=loss_gain,
            fee=fee,
            timestamp=timestamp,
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
