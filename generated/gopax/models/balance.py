from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """Balance of one asset."""

    asset: str
    """ Asset name, e.g. `KRW`, `ETH`, `BTC` (open list; see `getAssets`). """
    avail: Decimal
    """ Transactionable amount (quantity). """
    hold: Decimal
    """ Outstanding amount (quantity) held by open orders. """
    pending_withdrawal: Decimal
    """ Amount in withdrawal (quantity). """
    last_updated_at: datetime.datetime | Unset = UNSET
    """ Current edition. Time of the last change, epoch milliseconds as a string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        avail = self.avail

        hold = self.hold

        pending_withdrawal = self.pending_withdrawal

        last_updated_at: str | Unset = UNSET
        if not isinstance(self.last_updated_at, Unset):
            last_updated_at = str(codec.format_unix(self.last_updated_at, scale=1000))

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "avail": avail,
                "hold": hold,
                "pendingWithdrawal": pending_withdrawal,
            }
        )
        if last_updated_at is not UNSET:
            field_dict["lastUpdatedAt"] = last_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        asset = codec.expect(src_.pop("asset"), str, "asset")

        avail = codec.parse_decimal_field(src_.pop("avail"), "avail")

        hold = codec.parse_decimal_field(src_.pop("hold"), "hold")

        pending_withdrawal = codec.parse_decimal_field(src_.pop("pendingWithdrawal"), "pendingWithdrawal")

        _last_updated_at = src_.pop("lastUpdatedAt", UNSET)
        last_updated_at: datetime.datetime | Unset
        if isinstance(_last_updated_at, Unset):
            last_updated_at = UNSET
        else:
            last_updated_at = codec.parse_unix(_last_updated_at, scale=1000)

        result_ = cls(
            asset=asset,
            avail=avail,
            hold=hold,
            pending_withdrawal=pending_withdrawal,
            last_updated_at=last_updated_at,
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
