from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.inst_type import InstType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Ticker24Hr")


@_attrs_define
class Ticker24Hr:
    """24-hour rolling ticker."""

    t: datetime.datetime
    """ Time, epoch milliseconds. """
    s: str
    """ Symbol. """
    c: Decimal
    """ Last price. """
    h: Decimal
    """ High price. """
    l: Decimal
    """ Low price. """
    o: Decimal
    """ Open price. """
    b: Decimal
    """ Best bid price. """
    a: Decimal
    """ Best ask price (the table says "Highest selling price"). """
    v: Decimal
    """ Volume in base asset. """
    qv: Decimal
    """ Volume in quote asset. """
    it: InstType | Unset = UNSET
    """ Instrument type filter: SPOT (default), FUTURES (futures pairs only), ANY (all). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        t = codec.format_unix(self.t, scale=1000)

        s = self.s

        c = codec.format_decimal(self.c)

        h = codec.format_decimal(self.h)

        l = codec.format_decimal(self.l)

        o = codec.format_decimal(self.o)

        b = codec.format_decimal(self.b)

        a = codec.format_decimal(self.a)

        v = codec.format_decimal(self.v)

        qv = codec.format_decimal(self.qv)

        it: str | Unset = UNSET
        if not isinstance(self.it, Unset):
            it = self.it.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "t": t,
                "s": s,
                "c": c,
                "h": h,
                "l": l,
                "o": o,
                "b": b,
                "a": a,
                "v": v,
                "qv": qv,
            }
        )
        if it is not UNSET:
            field_dict["it"] = it

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        t = codec.parse_unix(src_.pop("t"), scale=1000)

        s = codec.expect(src_.pop("s"), str, "s")

        c = codec.parse_decimal_field(src_.pop("c"), "c")

        h = codec.parse_decimal_field(src_.pop("h"), "h")

        l = codec.parse_decimal_field(src_.pop("l"), "l")

        o = codec.parse_decimal_field(src_.pop("o"), "o")

        b = codec.parse_decimal_field(src_.pop("b"), "b")

        a = codec.parse_decimal_field(src_.pop("a"), "a")

        v = codec.parse_decimal_field(src_.pop("v"), "v")

        qv = codec.parse_decimal_field(src_.pop("qv"), "qv")

        _it = src_.pop("it", UNSET)
        it: InstType | Unset
        if isinstance(_it, Unset):
            it = UNSET
        else:
            it = InstType(_it)

        result_ = cls(
            t=t,
            s=s,
            c=c,
            h=h,
            l=l,
            o=o,
            b=b,
            a=a,
            v=v,
            qv=qv,
            it=it,
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
