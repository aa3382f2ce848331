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
    """ Trading symbol, e.g. BTC or BTC_JPY. """
    min_order_size: Decimal
    """ Minimum order size. """
    max_order_size: Decimal
    """ Maximum order size. """
    size_step: Decimal
    """ Order size increment. """
    tick_size: Decimal
    """ Price increment (tick size). """
    taker_fee: Decimal
    """ Taker fee rate. """
    maker_fee: Decimal
    """ Maker fee rate; negative values are rebates. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        min_order_size = codec.format_decimal(self.min_order_size)

        max_order_size = codec.format_decimal(self.max_order_size)

        size_step = codec.format_decimal(self.size_step)

        tick_size = codec.format_decimal(self.tick_size)

        taker_fee = codec.format_decimal(self.taker_fee)

        maker_fee = codec.format_decimal(self.maker_fee)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "minOrderSize": min_order_size,
                "maxOrderSize": max_order_size,
                "sizeStep": size_step,
                "tickSize": tick_size,
                "takerFee": taker_fee,
                "makerFee": maker_fee,
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
                _f1 = src_dict["minOrderSize"]
                _f2 = src_dict["maxOrderSize"]
                _f3 = src_dict["sizeStep"]
                _f4 = src_dict["tickSize"]
                _f5 = src_dict["takerFee"]
                _f6 = src_dict["makerFee"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 7
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                    and type(_f5) is str
                    and type(_f6) is str
                ):
                    try:
                        min_order_size = Decimal(_f1)
                        max_order_size = Decimal(_f2)
                        size_step = Decimal(_f3)
                        tick_size = Decimal(_f4)
                        taker_fee = Decimal(_f5)
                        maker_fee = Decimal(_f6)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            min_order_size.is_finite()
                            and max_order_size.is_finite()
                            and size_step.is_finite()
                            and tick_size.is_finite()
                            and taker_fee.is_finite()
                            and maker_fee.is_finite()
                        ):
                            return cls(
                                _f0,  # symbol
                                min_order_size,
                                max_order_size,
                                size_step,
                                tick_size,
                                taker_fee,
                                maker_fee,
                            )

        src_ = dict(src_dict)
        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        min_order_size = codec.parse_decimal_field(src_.pop("minOrderSize"), "minOrderSize")

        max_order_size = codec.parse_decimal_field(src_.pop("maxOrderSize"), "maxOrderSize")

        size_step = codec.parse_decimal_field(src_.pop("sizeStep"), "sizeStep")

        tick_size = codec.parse_decimal_field(src_.pop("tickSize"), "tickSize")

        taker_fee = codec.parse_decimal_field(src_.pop("takerFee"), "takerFee")

        maker_fee = codec.parse_decimal_field(src_.pop("makerFee"), "makerFee")

        result_ = cls(
            symbol=symbol,
            min_order_size=min_order_size,
            max_order_size=max_order_size,
            size_step=size_step,
            tick_size=tick_size,
            taker_fee=taker_fee,
            maker_fee=maker_fee,
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
