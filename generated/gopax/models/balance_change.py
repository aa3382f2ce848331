from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

if TYPE_CHECKING:
    from ..models.fee_breakdown import FeeBreakdown


T = TypeVar("T", bound="BalanceChange")


@_attrs_define
class BalanceChange:
    """Current edition. How the order has changed the base and quote balances so far."""

    base_gross: Decimal
    base_fee: FeeBreakdown
    """ Current edition. Fee split into the taking and making parts (negative = charged). """
    base_net: Decimal
    quote_gross: Decimal
    quote_fee: FeeBreakdown
    """ Current edition. Fee split into the taking and making parts (negative = charged). """
    quote_net: Decimal
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_gross = self.base_gross

        base_fee = self.base_fee.to_dict()

        base_net = self.base_net

        quote_gross = self.quote_gross

        quote_fee = self.quote_fee.to_dict()

        quote_net = self.quote_net

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseGross": base_gross,
                "baseFee": base_fee,
                "baseNet": base_net,
                "quoteGross": quote_gross,
                "quoteFee": quote_fee,
                "quoteNet": quote_net,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fee_breakdown import FeeBreakdown  # noqa: PLC0415

        src_ = dict(src_dict)
        base_gross = codec.parse_decimal_field(src_.pop("baseGross"), "baseGross")

        base_fee = FeeBreakdown.from_dict(src_.pop("baseFee"))

        base_net = codec.parse_decimal_field(src_.pop("baseNet"), "baseNet")

        quote_gross = codec.parse_decimal_field(src_.pop("quoteGross"), "quoteGross")

        quote_fee = FeeBreakdown.from_dict(src_.pop("quoteFee"))

        quote_net = codec.parse_decimal_field(src_.pop("quoteNet"), "quoteNet")

        result_ = cls(
            base_gross=base_gross,
            base_fee=base_fee,
            base_net=base_net,
            quote_gross=quote_gross,
            quote_fee=quote_fee,
            quote_net=quote_net,
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
