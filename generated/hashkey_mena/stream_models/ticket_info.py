from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec
from venuekit.types import UNSET, Unset

from .side import Side

T = TypeVar("T", bound="TicketInfo")


@_attrs_define
class TicketInfo:
    """One fill (ticket) of the account's order. `q` and `p` are documented as "order quantity" and "order price"; they are
    most likely the fill's.

    """

    event_type: str
    """ Always `ticketInfo`. """
    event_time: datetime.datetime
    """ Event time. """
    symbol: str
    """ Symbol. """
    quantity: Decimal
    """ Quantity. """
    match_time: datetime.datetime
    """ Matching time. """
    price: Decimal
    """ Price. """
    ticket_id: str
    """ Ticket id. """
    order_id: str
    """ Order id. """
    client_order_id: str
    """ Client order id. """
    account_id: str
    """ Account id. """
    is_maker: bool
    """ Whether the account was the maker. """
    side: Side | Unset = UNSET
    """ Side: BUY or SELL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        event_time = codec.format_unix(self.event_time, scale=1000)

        symbol = self.symbol

        quantity = codec.format_decimal(self.quantity)

        match_time = codec.format_unix(self.match_time, scale=1000)

        price = codec.format_decimal(self.price)

        ticket_id = self.ticket_id

        order_id = self.order_id

        client_order_id = self.client_order_id

        account_id = self.account_id

        is_maker = self.is_maker

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "e": event_type,
                "E": event_time,
                "s": symbol,
                "q": quantity,
                "t": match_time,
                "p": price,
                "T": ticket_id,
                "o": order_id,
                "c": client_order_id,
                "a": account_id,
                "m": is_maker,
            }
        )
        if side is not UNSET:
            field_dict["S"] = side

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        event_type = codec.expect(src_.pop("e"), str, "e")

        event_time = codec.parse_unix(src_.pop("E"), scale=1000)

        symbol = codec.expect(src_.pop("s"), str, "s")

        quantity = codec.parse_decimal_field(src_.pop("q"), "q")

        match_time = codec.parse_unix(src_.pop("t"), scale=1000)

        price = codec.parse_decimal_field(src_.pop("p"), "p")

        ticket_id = codec.expect(src_.pop("T"), str, "T")

        order_id = codec.expect(src_.pop("o"), str, "o")

        client_order_id = codec.expect(src_.pop("c"), str, "c")

        account_id = codec.expect(src_.pop("a"), str, "a")

        is_maker = codec.expect(src_.pop("m"), bool, "m")

        _side = src_.pop("S", UNSET)
        side: Side | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = Side(_side)

        result_ = cls(
            event_type=event_type,
            event_time=event_time,
            symbol=symbol,
            quantity=quantity,
            match_time=match_time,
            price=price,
            ticket_id=ticket_id,
            order_id=order_id,
            client_order_id=client_order_id,
            account_id=account_id,
            is_maker=is_maker,
            side=side,
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
