from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec
from venuekit.types import UNSET, Unset

T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """One asset of an account update."""

    asset: str
    """ Asset. """
    free: Decimal
    """ Free amount. """
    locked: Decimal
    """ Locked amount. """
    remark: str | Unset = UNSET
    """ Remark. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        free = codec.format_decimal(self.free)

        locked = codec.format_decimal(self.locked)

        remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "a": asset,
                "f": free,
                "l": locked,
            }
        )
        if remark is not UNSET:
            field_dict["r"] = remark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["a"]
                _f1 = src_dict["f"]
                _f2 = src_dict["l"]
                _f3 = src_dict.get("r", UNSET)
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 3 + (_f3 is not UNSET)
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is str
                    and (_f3 is UNSET or type(_f3) is str)
                ):
                    try:
                        free = Decimal(_f1)
                        locked = Decimal(_f2)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if free.is_finite() and locked.is_finite():
                            return cls(
                                _f0,  # asset
                                free,
                                locked,
                                _f3,  # remark
                            )

        src_ = dict(src_dict)
        asset = codec.expect(src_.pop("a"), str, "a")

        free = codec.parse_decimal_field(src_.pop("f"), "f")

        locked = codec.parse_decimal_field(src_.pop("l"), "l")

        remark = codec.expect_optional(src_.pop("r", UNSET), str, "r")

        result_ = cls(
            asset=asset,
            free=free,
            locked=locked,
            remark=remark,
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
