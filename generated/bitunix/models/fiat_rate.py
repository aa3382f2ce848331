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
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["baseSymbol"]
                _f1 = src_dict["quoteSymbol"]
                _f2 = src_dict["rate"]
            except KeyError:
                pass
            else:
                if len(src_dict) == 3 and type(_f0) is str and type(_f1) is str and type(_f2) is str:
                    try:
                        rate = Decimal(_f2)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if rate.is_finite():
                            return cls(
                                _f0,  # base_symbol
                                _f1,  # quote_symbol
                                rate,
                            )

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
