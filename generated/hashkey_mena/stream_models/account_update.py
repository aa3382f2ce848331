from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec
from venuekit.types import UNSET, Unset

if TYPE_CHECKING:
    from .balance import Balance


T = TypeVar("T", bound="AccountUpdate")


@_attrs_define
class AccountUpdate:
    """Balance change of an account."""

    event_type: str
    """ outboundAccountInfo (trading account), outboundCustodyAccountInfo or outboundFiatAccountInfo. """
    event_time: datetime.datetime
    """ Event time. """
    balances: list[Balance]
    """ Balances. """
    can_trade: bool | Unset = UNSET
    """ Can trade. """
    can_withdraw: bool | Unset = UNSET
    """ Can withdraw. """
    can_deposit: bool | Unset = UNSET
    """ Can deposit. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        event_time = codec.format_unix(self.event_time, scale=1000)

        balances = []
        for b_item_data in self.balances:
            b_item = b_item_data.to_dict()
            balances.append(b_item)

        can_trade = self.can_trade

        can_withdraw = self.can_withdraw

        can_deposit = self.can_deposit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "e": event_type,
                "E": event_time,
                "B": balances,
            }
        )
        if can_trade is not UNSET:
            field_dict["T"] = can_trade
        if can_withdraw is not UNSET:
            field_dict["W"] = can_withdraw
        if can_deposit is not UNSET:
            field_dict["D"] = can_deposit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from .balance import Balance  # noqa: PLC0415

        src_ = dict(src_dict)
        event_type = codec.expect(src_.pop("e"), str, "e")

        event_time = codec.parse_unix(src_.pop("E"), scale=1000)

        balances = []
        _balances = src_.pop("B")
        for b_item_data in codec.expect_list(_balances, "B"):
            b_item = Balance.from_dict(b_item_data)

            balances.append(b_item)

        can_trade = codec.expect_optional(src_.pop("T", UNSET), bool, "T")

        can_withdraw = codec.expect_optional(src_.pop("W", UNSET), bool, "W")

        can_deposit = codec.expect_optional(src_.pop("D", UNSET), bool, "D")

        result_ = cls(
            event_type=event_type,
            event_time=event_time,
            balances=balances,
            can_trade=can_trade,
            can_withdraw=can_withdraw,
            can_deposit=can_deposit,
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
