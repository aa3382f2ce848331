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
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["t"]
                _f1 = src_dict["p"]
                _f2 = src_dict["q"]
                _f3 = src_dict["ibm"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 4
                    and type(_f0) is int
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is bool
                ):
                    try:
                        t = codec.parse_unix(_f0, scale=1000)
                        p = Decimal(_f1)
                        q = Decimal(_f2)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if p.is_finite() and q.is_finite():
                            return cls(
                                t,
                                p,
                                q,
                                _f3,  # ibm
                            )

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
