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
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["s"]
                _f1 = src_dict["b"]
                _f2 = src_dict["bq"]
                _f3 = src_dict["a"]
                _f4 = src_dict["aq"]
                _f5 = src_dict["t"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 6
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                    and type(_f5) is int
                ):
                    try:
                        b = Decimal(_f1)
                        bq = Decimal(_f2)
                        a = Decimal(_f3)
                        aq = Decimal(_f4)
                        t = codec.parse_unix(_f5, scale=1000)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if b.is_finite() and bq.is_finite() and a.is_finite() and aq.is_finite():
                            return cls(
                                _f0,  # s
                                b,
                                bq,
                                a,
                                aq,
                                t,
                            )

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
