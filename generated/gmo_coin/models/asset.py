from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="Asset")


@_attrs_define
class Asset:
    """Balance of one asset."""

    amount: Decimal
    """ Balance. """
    available: Decimal
    """ Available amount (balance minus amounts scheduled for withdrawal). """
    conversion_rate: Decimal
    """ JPY conversion rate: the selling price in the OTC spot market or, for symbols not listed there, the last
    execution price in spot trading. """
    symbol: str
    """ Asset ticker symbol. Documented: JPY, BTC, ETH, BCH, LTC, XRP, XEM, XLM, BAT, OMG, XTZ, QTUM, ENJ, DOT,
    ATOM, MKR, DAI, XYM, MONA, FCR, ADA, LINK, DOGE, SOL, FLR, ASTR, FIL, SAND, CHZ, NAC, AVAX. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = codec.format_decimal(self.amount)

        available = codec.format_decimal(self.available)

        conversion_rate = codec.format_decimal(self.conversion_rate)

        symbol = self.symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "available": available,
                "conversionRate": conversion_rate,
                "symbol": symbol,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["amount"]
                _f1 = src_dict["available"]
                _f2 = src_dict["conversionRate"]
                _f3 = src_dict["symbol"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 4
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                ):
                    try:
                        amount = Decimal(_f0)
                        available = Decimal(_f1)
                        conversion_rate = Decimal(_f2)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if amount.is_finite() and available.is_finite() and conversion_rate.is_finite():
                            return cls(
                                amount,
                                available,
                                conversion_rate,
                                _f3,  # symbol
                            )

        src_ = dict(src_dict)
        amount = codec.parse_decimal_field(src_.pop("amount"), "amount")

        available = codec.parse_decimal_field(src_.pop("available"), "available")

        conversion_rate = codec.parse_decimal_field(src_.pop("conversionRate"), "conversionRate")

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        result_ = cls(
            amount=amount,
            available=available,
            conversion_rate=conversion_rate,
            symbol=symbol,
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
