from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    asset_id: int
    avail: Decimal
    """ Amount available to place orders with. """
    hold: Decimal
    """ Amount held by outstanding orders. """
    pending_withdrawal: Decimal
    """ Amount being withdrawn. """
    blended_price: Decimal
    """ Average purchase price. """
    last_updated_at: datetime.datetime
    """ Last update time (epoch seconds, ms fraction; 0 when never updated). """
    iso_alpha_3: str
    """ Asset name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_id = self.asset_id

        avail = self.avail

        hold = self.hold

        pending_withdrawal = self.pending_withdrawal

        blended_price = self.blended_price

        last_updated_at = codec.format_unix(self.last_updated_at, scale=1)

        iso_alpha_3 = self.iso_alpha_3

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assetId": asset_id,
                "avail": avail,
                "hold": hold,
                "pendingWithdrawal": pending_withdrawal,
                "blendedPrice": blended_price,
                "lastUpdatedAt": last_updated_at,
                "isoAlpha3": iso_alpha_3,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["assetId"]
                _f1 = src_dict["avail"]
                _f2 = src_dict["hold"]
                _f3 = src_dict["pendingWithdrawal"]
                _f4 = src_dict["blendedPrice"]
                _f5 = src_dict["lastUpdatedAt"]
                _f6 = src_dict["isoAlpha3"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 7
                    and type(_f0) is int
                    and (type(_f1) is Decimal or type(_f1) is int)
                    and (type(_f2) is Decimal or type(_f2) is int)
                    and (type(_f3) is Decimal or type(_f3) is int)
                    and (type(_f4) is Decimal or type(_f4) is int)
                    and type(_f5) is int
                    and type(_f6) is str
                ):
                    try:
                        avail = Decimal(_f1)
                        hold = Decimal(_f2)
                        pending_withdrawal = Decimal(_f3)
                        blended_price = Decimal(_f4)
                        last_updated_at = codec.parse_unix(_f5, scale=1)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            avail.is_finite()
                            and hold.is_finite()
                            and pending_withdrawal.is_finite()
                            and blended_price.is_finite()
                        ):
                            return cls(
                                _f0,  # asset_id
                                avail,
                                hold,
                                pending_withdrawal,
                                blended_price,
                                last_updated_at,
                                _f6,  # iso_alpha_3
                            )

        src_ = dict(src_dict)
        asset_id = codec.expect(src_.pop("assetId"), int, "assetId")

        avail = codec.parse_decimal_field(src_.pop("avail"), "avail")

        hold = codec.parse_decimal_field(src_.pop("hold"), "hold")

        pending_withdrawal = codec.parse_decimal_field(src_.pop("pendingWithdrawal"), "pendingWithdrawal")

        blended_price = codec.parse_decimal_field(src_.pop("blendedPrice"), "blendedPrice")

        last_updated_at = codec.parse_unix(src_.pop("lastUpdatedAt"), scale=1)

        iso_alpha_3 = codec.expect(src_.pop("isoAlpha3"), str, "isoAlpha3")

        result_ = cls(
            asset_id=asset_id,
            avail=avail,
            hold=hold,
            pending_withdrawal=pending_withdrawal,
            blended_price=blended_price,
            last_updated_at=last_updated_at,
            iso_alpha_3=iso_alpha_3,
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
