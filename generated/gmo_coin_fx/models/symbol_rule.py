from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="SymbolRule")


@_attrs_define
class SymbolRule:
    """Trading rules of one symbol."""

    symbol: str
    """ Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
    CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
     """
    min_open_order_size: Decimal
    """ Minimum size of a new (opening) order (新規最小注文数量/回). """
    max_order_size: Decimal
    """ Maximum size per order (最大注文数量/回). """
    size_step: Decimal
    """ Size increment (最小注文単位/回). """
    tick_size: Decimal
    """ Price tick (注文価格の呼値). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        min_open_order_size = codec.format_decimal(self.min_open_order_size)

        max_order_size = codec.format_decimal(self.max_order_size)

        size_step = codec.format_decimal(self.size_step)

        tick_size = codec.format_decimal(self.tick_size)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "minOpenOrderSize": min_open_order_size,
                "maxOrderSize": max_order_size,
                "sizeStep": size_step,
                "tickSize": tick_size,
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
                _f1 = src_dict["minOpenOrderSize"]
                _f2 = src_dict["maxOrderSize"]
                _f3 = src_dict["sizeStep"]
                _f4 = src_dict["tickSize"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 5
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                ):
                    try:
                        min_open_order_size = Decimal(_f1)
                        max_order_size = Decimal(_f2)
                        size_step = Decimal(_f3)
                        tick_size = Decimal(_f4)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            min_open_order_size.is_finite()
                            and max_order_size.is_finite()
                            and size_step.is_finite()
                            and tick_size.is_finite()
                        ):
                            return cls(
                                _f0,  # symbol
                                min_open_order_size,
                                max_order_size,
                                size_step,
                                tick_size,
                            )

        src_ = dict(src_dict)
        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        min_open_order_size = codec.parse_decimal_field(src_.pop("minOpenOrderSize"), "minOpenOrderSize")

        max_order_size = codec.parse_decimal_field(src_.pop("maxOrderSize"), "maxOrderSize")

        size_step = codec.parse_decimal_field(src_.pop("sizeStep"), "sizeStep")

        tick_size = codec.parse_decimal_field(src_.pop("tickSize"), "tickSize")

        result_ = cls(
            symbol=symbol,
            min_open_order_size=min_open_order_size,
            max_order_size=max_order_size,
            size_step=size_step,
            tick_size=tick_size,
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
