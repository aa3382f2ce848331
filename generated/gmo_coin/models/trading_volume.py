from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

if TYPE_CHECKING:
    from ..models.trading_volume_limit import TradingVolumeLimit


T = TypeVar("T", bound="TradingVolume")


@_attrs_define
class TradingVolume:
    """Trading volume, rate-limit tier and per-symbol limits of the account."""

    jpy_volume: Decimal
    """ Trading volume of the current week (JPY). """
    tier_level: int
    """ Current rate-limit tier, 1 or 2 (see the rate limits in info.description). """
    limit: list[TradingVolumeLimit]
    """ Limits and fees per symbol. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jpy_volume = codec.format_decimal(self.jpy_volume)

        tier_level = self.tier_level

        limit = []
        for limit_item_data in self.limit:
            limit_item = limit_item_data.to_dict()
            limit.append(limit_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jpyVolume": jpy_volume,
                "tierLevel": tier_level,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trading_volume_limit import TradingVolumeLimit  # noqa: PLC0415

        src_ = dict(src_dict)
        jpy_volume = codec.parse_decimal_field(src_.pop("jpyVolume"), "jpyVolume")

        tier_level = codec.expect(src_.pop("tierLevel"), int, "tierLevel")

        limit = []
        _limit = src_.pop("limit")
        for limit_item_data in codec.expect_list(_limit, "limit"):
            limit_item = TradingVolumeLimit.from_dict(limit_item_data)

            limit.append(limit_item)

        result_ = cls(
            jpy_volume=jpy_volume,
            tier_level=tier_level,
            limit=limit,
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
