from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec
from venuekit.types import UNSET, Unset

from .order_status import OrderStatus
from .order_type import OrderType
from .side import Side
from .time_in_force import TimeInForce

T = TypeVar("T", bound="ExecutionReport")


@_attrs_define
class ExecutionReport:
    """A change of one of the account's orders. `C`, `v`, `P`, `lo`, `lt` are documented for contracts and optional here."""

    event_type: str
    """ Always `executionReport`. """
    event_time: datetime.datetime
    """ Event time. """
    symbol: str
    """ Symbol. """
    client_order_id: str
    """ Client order id. """
    side: Side
    """ Side: BUY or SELL. """
    order_type: OrderType
    """ Order type. MARKET_OF_QUOTE (a market order by quote amount) appears only in the executionReport example.
    """
    time_in_force: TimeInForce
    """ Time in force. """
    quantity: Decimal
    """ Order quantity ("0" for a market order by quote amount). """
    price: Decimal
    """ Order price. """
    status: OrderStatus
    """ Order status. """
    order_id: str
    """ Order id. """
    last_quantity: Decimal
    """ Last executed quantity. """
    filled_quantity: Decimal
    """ Cumulative filled quantity. """
    last_price: Decimal
    """ Last executed price. """
    commission: Decimal
    """ Commission amount. """
    commission_asset: str
    """ Commission asset. """
    is_normal: bool
    """ Whether the trade is normal (ignore for now). """
    is_working: bool
    """ Whether the order is working. """
    is_maker: bool
    """ Whether the order is a limit maker order. """
    created_at: datetime.datetime
    """ Order creation time. """
    filled_quote_quantity: Decimal
    """ Cumulative quote-asset transacted quantity. """
    is_close: bool | Unset = UNSET
    """ Whether it is a close (contracts). """
    leverage: Decimal | Unset = UNSET
    """ Leverage. """
    requested_amount: Decimal | Unset = UNSET
    """ Requested cash amount (`reqAmount` in REST). """
    execution_id: str | Unset = UNSET
    """ Execution id. """
    unfilled_quantity: Decimal | Unset = UNSET
    """ Unfilled quantity. """
    average_price: Decimal | Unset = UNSET
    """ Average executed price. """
    index_price: Decimal | Unset = UNSET
    """ Index price. """
    is_liquidation: bool | Unset = UNSET
    """ Whether it is a liquidation order. """
    liquidation_type: str | Unset = UNSET
    """ Liquidation type: LIQUIDATION_MAKER_ADL, LIQUIDATION_MAKER, LIQUIDATION_TAKER (empty if none). """
    cancel_reason: str | Unset = UNSET
    """ Order cancel reject reason (empty if none; see the REST cancel reasons). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        event_time = codec.format_unix(self.event_time, scale=1000)

        symbol = self.symbol

        client_order_id = self.client_order_id

        side = self.side.value

        order_type = self.order_type.value

        time_in_force = self.time_in_force.value

        quantity = codec.format_decimal(self.quantity)

        price = codec.format_decimal(self.price)

        status = self.status.value

        order_id = self.order_id

        last_quantity = codec.format_decimal(self.last_quantity)

        filled_quantity = codec.format_decimal(self.filled_quantity)

        last_price = codec.format_decimal(self.last_price)

        commission = codec.format_decimal(self.commission)

        commission_asset = self.commission_asset

        is_normal = self.is_normal

        is_working = self.is_working

        is_maker = self.is_maker

        created_at = codec.format_unix(self.created_at, scale=1000)

        filled_quote_quantity = codec.format_decimal(self.filled_quote_quantity)

        is_close = self.is_close

        leverage: str | Unset = UNSET
        if not isinstance(self.leverage, Unset):
            leverage = codec.format_decimal(self.leverage)

        requested_amount: str | Unset = UNSET
        if not isinstance(self.requested_amount, Unset):
            requested_amount = codec.format_decimal(self.requested_amount)

        execution_id = self.execution_id

        unfilled_quantity: str | Unset = UNSET
        if not isinstance(self.unfilled_quantity, Unset):
            unfilled_quantity = codec.format_decimal(self.unfilled_quantity)

        average_price: str | Unset = UNSET
        if not isinstance(self.average_price, Unset):
            average_price = codec.format_decimal(self.average_price)

        index_price: str | Unset = UNSET
        if not isinstance(self.index_price, Unset):
            index_price = codec.format_decimal(self.index_price)

        is_liquidation = self.is_liquidation

        liquidation_type = self.liquidation_type

        cancel_reason = self.cancel_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "e": event_type,
                "E": event_time,
                "s": symbol,
                "c": client_order_id,
                "S": side,
                "o": order_type,
                "f": time_in_force,
                "q": quantity,
                "p": price,
                "X": status,
                "i": order_id,
                "l": last_quantity,
                "z": filled_quantity,
                "L": last_price,
                "n": commission,
                "N": commission_asset,
                "u": is_normal,
                "w": is_working,
                "m": is_maker,
                "O": created_at,
                "Z": filled_quote_quantity,
            }
        )
        if is_close is not UNSET:
            field_dict["C"] = is_close
        if leverage is not UNSET:
            field_dict["v"] = leverage
        if requested_amount is not UNSET:
            field_dict["reqAmt"] = requested_amount
        if execution_id is not UNSET:
            field_dict["d"] = execution_id
        if unfilled_quantity is not UNSET:
            field_dict["r"] = unfilled_quantity
        if average_price is not UNSET:
            field_dict["V"] = average_price
        if index_price is not UNSET:
            field_dict["P"] = index_price
        if is_liquidation is not UNSET:
            field_dict["lo"] = is_liquidation
        if liquidation_type is not UNSET:
            field_dict["lt"] = liquidation_type
        if cancel_reason is not UNSET:
            field_dict["x"] = cancel_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        event_type = codec.expect(src_.pop("e"), str, "e")

        event_time = codec.parse_unix(src_.pop("E"), scale=1000)

        symbol = codec.expect(src_.pop("s"), str, "s")

        client_order_id = codec.expect(src_.pop("c"), str, "c")

        side = Side(src_.pop("S"))

        order_type = OrderType(src_.pop("o"))

        time_in_force = TimeInForce(src_.pop("f"))

        quantity = codec.parse_decimal_field(src_.pop("q"), "q")

        price = codec.parse_decimal_field(src_.pop("p"), "p")

        status = OrderStatus(src_.pop("X"))

        order_id = codec.expect(src_.pop("i"), str, "i")

        last_quantity = codec.parse_decimal_field(src_.pop("l"), "l")

        filled_quantity = codec.parse_decimal_field(src_.pop("z"), "z")

        last_price = codec.parse_decimal_field(src_.pop("L"), "L")

        commission = codec.parse_decimal_field(src_.pop("n"), "n")

        commission_asset = codec.expect(src_.pop("N"), str, "N")

        is_normal = codec.expect(src_.pop("u"), bool, "u")

        is_working = codec.expect(src_.pop("w"), bool, "w")

        is_maker = codec.expect(src_.pop("m"), bool, "m")

        created_at = codec.parse_unix(src_.pop("O"), scale=1000)

        filled_quote_quantity = codec.parse_decimal_field(src_.pop("Z"), "Z")

        is_close = codec.expect_optional(src_.pop("C", UNSET), bool, "C")

        _leverage = src_.pop("v", UNSET)
        leverage: Decimal | Unset
        if isinstance(_leverage, Unset):
            leverage = UNSET
        else:
            leverage = codec.parse_decimal_field(_leverage, "v")

        _requested_amount = src_.pop("reqAmt", UNSET)
        requested_amount: Decimal | Unset
        if isinstance(_requested_amount, Unset):
            requested_amount = UNSET
        else:
            requested_amount = codec.parse_decimal_field(_requested_amount, "reqAmt")

        execution_id = codec.expect_optional(src_.pop("d", UNSET), str, "d")

        _unfilled_quantity = src_.pop("r", UNSET)
        unfilled_quantity: Decimal | Unset
        if isinstance(_unfilled_quantity, Unset):
            unfilled_quantity = UNSET
        else:
            unfilled_quantity = codec.parse_decimal_field(_unfilled_quantity, "r")

        _average_price = src_.pop("V", UNSET)
        average_price: Decimal | Unset
        if isinstance(_average_price, Unset):
            average_price = UNSET
        else:
            average_price = codec.parse_decimal_field(_average_price, "V")

        _index_price = src_.pop("P", UNSET)
        index_price: Decimal | Unset
        if isinstance(_index_price, Unset):
            index_price = UNSET
        else:
            index_price = codec.parse_decimal_field(_index_price, "P")

        is_liquidation = codec.expect_optional(src_.pop("lo", UNSET), bool, "lo")

        liquidation_type = codec.expect_optional(src_.pop("lt", UNSET), str, "lt")

        cancel_reason = codec.expect_optional(src_.pop("x", UNSET), str, "x")

        result_ = cls(
            event_type=event_type,
            event_time=event_time,
            symbol=symbol,
            client_order_id=client_order_id,
            side=side,
            order_type=order_type,
            time_in_force=time_in_force,
            quantity=quantity,
            price=price,
            status=status,
            order_id=order_id,
            last_quantity=last_quantity,
            filled_quantity=filled_quantity,
            last_price=last_price,
            commission=commission,
            commission_asset=commission_asset,
            is_normal=is_normal,
            is_working=is_working,
            is_maker=is_maker,
            created_at=created_at,
            filled_quote_quantity=filled_quote_quantity,
            is_close=is_close,
            leverage=leverage,
            requested_amount=requested_amount,
            execution_id=execution_id,
            unfilled_quantity=unfilled_quantity,
            average_price=average_price,
            index_price=index_price,
            is_liquidation=is_liquidation,
            liquidation_type=liquidation_type,
            cancel_reason=cancel_reason,
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
