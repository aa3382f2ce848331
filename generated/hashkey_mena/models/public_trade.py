from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="PublicTrade")


@_attrs_define
class PublicTrade:
    """A public trade."""

    t: datetime.datetime
    """ Trade time, epoch milliseconds. """
    p: Decimal
    """ Price. """
    q: Decimal
    """ Quantity. """
    ibm: bool
    """ true: the buyer was the maker; false: the seller was the maker. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        t = codec.format_unix(self.t, scale=1000)

        p = codec.format_decimal(self.p)

        q = codec.format_decimal(self.q)

        ibm = self.ibm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
                "p": p,
                "q": q,
                "ibm": ibm,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        t = codec.parse_unix(src_.pop("t"), scale=1000)

        p = codec.parse_decimal_field(src_.pop("p"), "p")

        q = codec.parse_decimal_field(src_.pop("q"), "q")

        ibm = codec.expect(src_.pop("ibm"), bool, "ibm")

        result_ = cls(
            t=t,
            p=p,
            q=q,
            ibm=ibm,
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
