from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..models.protection import Protection
from ..models.side import Side
from ..models.time_in_force import TimeInForce
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_change import BalanceChange


T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order as returned by `getOrders`, `getOrder` and `createOrder`. The seed's `getOrder`
    adds `status` and `remaining` to the fields of the other two; the current edition returns
    the full object everywhere.

    """

    id: str
    """ Unique number of the order, as a numeric string (an integer `orderId` in `/trades`). """
    price: Decimal
    """ Order price (quote currency). """
    amount: Decimal
    """ Order amount. """
    trading_pair_name: str
    """ Trading pair, e.g. `ETH-KRW` (see `getTradingPairs`). """
    side: Side
    """ Trading type. """
    type_: OrderType
    """ Order type. The seed lists only `limit`; `market` is implied by its note on market-order
    amounts and documented by the current edition (external:
    https://gopax.github.io/API/index.en.html).
     """
    created_at: datetime.datetime
    """ Order time. """
    status: OrderStatus | Unset = UNSET
    """ `placed` (주문됨, open), `cancelled` (취소됨), `completed` (체결됨, fully filled),
    `updated` (부분 체결됨, partially filled). `reserved` (a stop order not yet triggered) is
    from the current edition (external: https://gopax.github.io/API/index.en.html).
     """
    remaining: Decimal | Unset = UNSET
    """ Amount not yet filled (in `getOrder`'s example; absent from the seed's field table). """
    client_order_id: None | str | Unset = UNSET
    """ Current edition. The client order id given at placement (up to 20 characters `[a-zA-Z0-9_-]`). """
    forced_completion_reason: None | str | Unset = UNSET
    """ Current edition. Why the exchange completed the order, or null. """
    stop_price: Decimal | None | Unset = UNSET
    """ Current edition. Trigger price of a stop order, or null. """
    protection: Protection | Unset = UNSET
    """ Current edition: price protection of an order, `no` by default. """
    time_in_force: TimeInForce | Unset = UNSET
    """ Current edition: `gtc` good till cancelled (default), `po` post only, `ioc` immediate or cancel, `fok` fill
    or kill. """
    updated_at: datetime.datetime | Unset = UNSET
    """ Current edition. Time of the last change. """
    balance_change: BalanceChange | Unset = UNSET
    """ Current edition. How the order has changed the base and quote balances so far. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        price = self.price

        amount = self.amount

        trading_pair_name = self.trading_pair_name

        side = self.side.value

        type_ = self.type_.value

        created_at = codec.format_datetime(self.created_at)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        remaining: Decimal | Unset = UNSET
        if not isinstance(self.remaining, Unset):
            remaining = self.remaining

        client_order_id: None | str | Unset
        if isinstance(self.client_order_id, Unset):
            client_order_id = UNSET
        else:
            client_order_id = self.client_order_id

        forced_completion_reason: None | str | Unset
        if isinstance(self.forced_completion_reason, Unset):
            forced_completion_reason = UNSET
        else:
            forced_completion_reason = self.forced_completion_reason

        stop_price: Decimal | None | Unset = UNSET
        if not isinstance(self.stop_price, Unset):
            stop_price = self.stop_price

        protection: str | Unset = UNSET
        if not isinstance(self.protection, Unset):
            protection = self.protection.value

        time_in_force: str | Unset = UNSET
        if not isinstance(self.time_in_force, Unset):
            time_in_force = self.time_in_force.value

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = codec.format_datetime(self.updated_at)

        balance_change: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_change, Unset):
            balance_change = self.balance_change.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "price": price,
                "amount": amount,
                "tradingPairName": trading_pair_name,
                "side": side,
                "type": type_,
                "createdAt": created_at,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if forced_completion_reason is not UNSET:
            field_dict["forcedCompletionReason"] = forced_completion_reason
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price
        if protection is not UNSET:
            field_dict["protection"] = protection
        if time_in_force is not UNSET:
            field_dict["timeInForce"] = time_in_force
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if balance_change is not UNSET:
            field_dict["balanceChange"] = balance_change

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.balance_change import BalanceChange  # noqa: PLC0415

        src_ = dict(src_dict)
        id = codec.expect(src_.pop("id"), str, "id")

        price = codec.parse_decimal_field(src_.pop("price"), "price")

        amount = codec.parse_decimal_field(src_.pop("amount"), "amount")

        trading_pair_name = codec.expect(src_.pop("tradingPairName"), str, "tradingPairName")

        side = Side(src_.pop("side"))

        type_ = OrderType(src_.pop("type"))

        created_at = codec.parse_datetime(src_.pop("createdAt"))

        _status = src_.pop("status", UNSET)
        status: OrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrderStatus(_status)

        _remaining = src_.pop("remaining", UNSET)
        remaining: Decimal | Unset
        if isinstance(_remaining, Unset):
            remaining = UNSET
        else:
            remaining = codec.parse_decimal_field(_remaining, "remaining")

        def _parse_client_order_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_order_id = _parse_client_order_id(src_.pop("clientOrderId", UNSET))

        def _parse_forced_completion_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        forced_completion_reason = _parse_forced_completion_reason(src_.pop("forcedCompletionReason", UNSET))

        _stop_price = src_.pop("stopPrice", UNSET)
        stop_price: Decimal | None | Unset
        if isinstance(_stop_price, Unset):
            stop_price = UNSET
        else:
            stop_price = codec.parse_decimal_or_none(_stop_price, "stopPrice", null=True)

        _protection = src_.pop("protection", UNSET)
        protection: Protection | Unset
        if isinstance(_protection, Unset):
            protection = UNSET
        else:
            protection = Protection(_protection)

        _time_in_force = src_.pop("timeInForce", UNSET)
        time_in_force: TimeInForce | Unset
        if isinstance(_time_in_force, Unset):
            time_in_force = UNSET
        else:
            time_in_force = TimeInForce(_time_in_force)

        _updated_at = src_.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = codec.parse_datetime(_updated_at)

        _balance_change = src_.pop("balanceChange", UNSET)
        balance_change: BalanceChange | Unset
        if isinstance(_balance_change, Unset):
            balance_change = UNSET
        else:
            balance_change = BalanceChange.from_dict(_balance_change)

        result_ = cls(
            id=id,
            price=price,
            amount=amount,
            trading_pair_name=trading_pair_name,
            side=side,
            type_=type_,
            created_at=created_at,
            status=status,
            remaining=remaining,
            client_order_id=client_order_id,
            forced_completion_reason=forced_completion_reason,
            stop_price=stop_price,
            protection=protection,
            time_in_force=time_in_force,
            updated_at=updated_at,
            balance_change=balance_change,
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
