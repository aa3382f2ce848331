from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="FeeBreakdown")


@_attrs_define
class FeeBreakdown:
    """Current edition. Fee split into the taking and making parts (negative = charged)."""

    taking: Decimal
    making: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        taking = self.taking

        making = self.making

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taking": taking,
                "making": making,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["taking"]
                _f1 = src_dict["making"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 2
                    and (type(_f0) is Decimal or type(_f0) is int)
                    and (type(_f1) is Decimal or type(_f1) is int)
                ):
                    try:
                        taking = Decimal(_f0)
                        making = Decimal(_f1)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if taking.is_finite() and making.is_finite():
                            return cls(
                                taking,
                                making,
                            )

        src_ = dict(src_dict)
        taking = codec.parse_decimal_field(src_.pop("taking"), "taking")

        making = codec.parse_decimal_field(src_.pop("making"), "making")

        result_ = cls(
            taking=taking,
            making=making,
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
