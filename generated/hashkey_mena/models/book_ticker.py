from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="BookTicker")


@_attrs_define
class BookTicker:
    """Top of book of a symbol."""

    s: str
    """ Symbol. """
    b: Decimal
    """ Best bid price. """
    bq: Decimal
    """ Best bid quantity. """
    a: Decimal
    """ Best ask price. """
    aq: Decimal
    """ Best ask quantity. """
    t: datetime.datetime
    """ Time, epoch milliseconds (a JSON number in the doc; accepted as a string too, because the other quote
    endpoints were recorded sending strings). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        s = self.s

        b = codec.format_decimal(self.b)

        bq = codec.format_decimal(self.bq)

        a = codec.format_decimal(self.a)

        aq = codec.format_decimal(self.aq)

        t = codec.format_unix(self.t, scale=1000)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "s": s,
                "b": b,
                "bq": bq,
                "a": a,
                "aq": aq,
                "t": t,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        s = codec.expect(src_.pop("s"), str, "s")

        b = codec.parse_decimal_field(src_.pop("b"), "b")

        bq = codec.parse_decimal_field(src_.pop("bq"), "bq")

        a = codec.parse_decimal_field(src_.pop("a"), "a")

        aq = codec.parse_decimal_field(src_.pop("aq"), "aq")

        t = codec.parse_unix(src_.pop("t"), scale=1000)

        result_ = cls(
            s=s,
            b=b,
            bq=bq,
            a=a,
            aq=aq,
            t=t,
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
