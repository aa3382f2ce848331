from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="FiatRate")


@_attrs_define
class FiatRate:
    """A fiat exchange rate."""

    base_symbol: str
    """ Base currency, e.g. `USD`. """
    quote_symbol: str
    """ Quote currency, e.g. `CNY`. """
    rate: Decimal
    """ Exchange rate. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_symbol = self.base_symbol

        quote_symbol = self.quote_symbol

        rate = codec.format_decimal(self.rate)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseSymbol": base_symbol,
                "quoteSymbol": quote_symbol,
                "rate": rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        base_symbol = codec.expect(src_.pop("baseSymbol"), str, "baseSymbol")

        quote_symbol = codec.expect(src_.pop("quoteSymbol"), str, "quoteSymbol")

        rate = codec.parse_decimal_field(src_.pop("rate"), "rate")

        result_ = cls(
            base_symbol=base_symbol,
            quote_symbol=quote_symbol,
            rate=rate,
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
