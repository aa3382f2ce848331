from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.product_type import ProductType

T = TypeVar("T", bound="VipFeeRate")


@_attrs_define
class VipFeeRate:
    """Fee rates of one trading pair."""

    symbol: str
    """ Trading pair. """
    product_type: ProductType
    """ Product type of a trading pair in the VIP fee table. """
    buy_maker_fee_currency: str
    """ Fee currency of a maker buy. """
    buy_taker_fee_currency: str
    """ Fee currency of a taker buy. """
    sell_maker_fee_currency: str
    """ Fee currency of a maker sell. """
    sell_taker_fee_currency: str
    """ Fee currency of a taker sell. """
    actual_maker_rate: Decimal
    """ Maker fee rate including any discount. """
    actual_taker_rate: Decimal
    """ Taker fee rate including any discount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        product_type = self.product_type.value

        buy_maker_fee_currency = self.buy_maker_fee_currency

        buy_taker_fee_currency = self.buy_taker_fee_currency

        sell_maker_fee_currency = self.sell_maker_fee_currency

        sell_taker_fee_currency = self.sell_taker_fee_currency

        actual_maker_rate = codec.format_decimal(self.actual_maker_rate)

        actual_taker_rate = codec.format_decimal(self.actual_taker_rate)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "productType": product_type,
                "buyMakerFeeCurrency": buy_maker_fee_currency,
                "buyTakerFeeCurrency": buy_taker_fee_currency,
                "sellMakerFeeCurrency": sell_maker_fee_currency,
                "sellTakerFeeCurrency": sell_taker_fee_currency,
                "actualMakerRate": actual_maker_rate,
                "actualTakerRate": actual_taker_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["symbol"]
                _f1 = src_dict["productType"]
                _f2 = src_dict["buyMakerFeeCurrency"]
                _f3 = src_dict["buyTakerFeeCurrency"]
                _f4 = src_dict["sellMakerFeeCurrency"]
                _f5 = src_dict["sellTakerFeeCurrency"]
                _f6 = src_dict["actualMakerRate"]
                _f7 = src_dict["actualTakerRate"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 8
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                    and type(_f5) is str
                    and type(_f6) is str
                    and type(_f7) is str
                ):
                    try:
                        product_type = ProductType(_f1)
                        actual_maker_rate = Decimal(_f6)
                        actual_taker_rate = Decimal(_f7)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if actual_maker_rate.is_finite() and actual_taker_rate.is_finite():
                            return cls(
                                _f0,  # symbol
                                product_type,
                                _f2,  # buy_maker_fee_currency
                                _f3,  # buy_taker_fee_currency
                                _f4,  # sell_maker_fee_currency
                                _f5,  # sell_taker_fee_currency
                                actual_maker_rate,
                                actual_taker_rate,
                            )

        src_ = dict(src_dict)
        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        product_type = ProductType(src_.pop("productType"))

        buy_maker_fee_currency = codec.expect(src_.pop("buyMakerFeeCurrency"), str, "buyMakerFeeCurrency")

        buy_taker_fee_currency = codec.expect(src_.pop("buyTakerFeeCurrency"), str, "buyTakerFeeCurrency")

        sell_maker_fee_currency = codec.expect(src_.pop("sellMakerFeeCurrency"), str, "sellMakerFeeCurrency")

        sell_taker_fee_currency = codec.expect(src_.pop("sellTakerFeeCurrency"), str, "sellTakerFeeCurrency")

        actual_maker_rate = codec.parse_decimal_field(src_.pop("actualMakerRate"), "actualMakerRate")

        actual_taker_rate = codec.parse_decimal_field(src_.pop("actualTakerRate"), "actualTakerRate")

        result_ = cls(
            symbol=symbol,
            product_type=product_type,
            buy_maker_fee_currency=buy_maker_fee_currency,
            buy_taker_fee_currency=buy_taker_fee_currency,
            sell_maker_fee_currency=sell_maker_fee_currency,
            sell_taker_fee_currency=sell_taker_fee_currency,
            actual_maker_rate=actual_maker_rate,
            actual_taker_rate=actual_taker_rate,
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
