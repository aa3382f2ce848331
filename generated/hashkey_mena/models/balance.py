from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """Balance of one asset."""

    asset: str
    """ Asset. """
    asset_id: str
    """ Asset ID. """
    asset_name: str
    """ Asset name. """
    total: Decimal
    """ Total funds. """
    free: Decimal
    """ Available funds. """
    locked: Decimal
    """ Frozen funds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset = self.asset

        asset_id = self.asset_id

        asset_name = self.asset_name

        total = codec.format_decimal(self.total)

        free = codec.format_decimal(self.free)

        locked = codec.format_decimal(self.locked)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset": asset,
                "assetId": asset_id,
                "assetName": asset_name,
                "total": total,
                "free": free,
                "locked": locked,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["asset"]
                _f1 = src_dict["assetId"]
                _f2 = src_dict["assetName"]
                _f3 = src_dict["total"]
                _f4 = src_dict["free"]
                _f5 = src_dict["locked"]
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
                    and type(_f5) is str
                ):
                    try:
                        total = Decimal(_f3)
                        free = Decimal(_f4)
                        locked = Decimal(_f5)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if total.is_finite() and free.is_finite() and locked.is_finite():
                            return cls(
                                _f0,  # asset
                                _f1,  # asset_id
                                _f2,  # asset_name
                                total,
                                free,
                                locked,
                            )

        src_ = dict(src_dict)
        asset = codec.expect(src_.pop("asset"), str, "asset")

        asset_id = codec.expect(src_.pop("assetId"), str, "assetId")

        asset_name = codec.expect(src_.pop("assetName"), str, "assetName")

        total = codec.parse_decimal_field(src_.pop("total"), "total")

        free = codec.parse_decimal_field(src_.pop("free"), "free")

        locked = codec.parse_decimal_field(src_.pop("locked"), "locked")

        result_ = cls(
            asset=asset,
            asset_id=asset_id,
            asset_name=asset_name,
            total=total,
            free=free,
            locked=locked,
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
