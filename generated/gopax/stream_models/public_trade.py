from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="PublicTrade")


@_attrs_define
class PublicTrade:
    trade_id: int
    """ Public trade id. """
    base_amount: Decimal
    """ Filled base asset amount. """
    quote_amount: Decimal
    """ Filled quote asset amount. """
    price: Decimal
    is_buy: bool
    """ true: buy, false: sell. """
    occurred_at: datetime.datetime
    """ Trade time (epoch seconds). """
    trading_pair_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trade_id = self.trade_id

        base_amount = self.base_amount

        quote_amount = self.quote_amount

        price = self.price

        is_buy = self.is_buy

        occurred_at = codec.format_unix(self.occurred_at, scale=1)

        trading_pair_name = self.trading_pair_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tradeId": trade_id,
                "baseAmount": base_amount,
                "quoteAmount": quote_amount,
                "price": price,
                "isBuy": is_buy,
                "occurredAt": occurred_at,
                "tradingPairName": trading_pair_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["tradeId"]
                _f1 = src_dict["baseAmount"]
                _f2 = src_dict["quoteAmount"]
                _f3 = src_dict["price"]
                _f4 = src_dict["isBuy"]
                _f5 = src_dict["occurredAt"]
                _f6 = src_dict["tradingPairName"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 7
                    and type(_f0) is int
                    and (type(_f1) is Decimal or type(_f1) is int)
                    and (type(_f2) is Decimal or type(_f2) is int)
                    and (type(_f3) is Decimal or type(_f3) is int)
                    and type(_f4) is bool
                    and type(_f5) is int
                    and type(_f6) is str
                ):
                    try:
                        base_amount = Decimal(_f1)
                        quote_amount = Decimal(_f2)
                        price = Decimal(_f3)
                        occurred_at = codec.parse_unix(_f5, scale=1)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if base_amount.is_finite() and quote_amount.is_finite() and price.is_finite():
                            return cls(
                                _f0,  # trade_id
                                base_amount,
                                quote_amount,
                                price,
                                _f4,  # is_buy
                                occurred_at,
                                _f6,  # trading_pair_name
                            )

        src_ = dict(src_dict)
        trade_id = codec.expect(src_.pop("tradeId"), int, "tradeId")

        base_amount = codec.parse_decimal_field(src_.pop("baseAmount"), "baseAmount")

        quote_amount = codec.parse_decimal_field(src_.pop("quoteAmount"), "quoteAmount")

        price = codec.parse_decimal_field(src_.pop("price"), "price")

        is_buy = codec.expect(src_.pop("isBuy"), bool, "isBuy")

        occurred_at = codec.parse_unix(src_.pop("occurredAt"), scale=1)

        trading_pair_name = codec.expect(src_.pop("tradingPairName"), str, "tradingPairName")

        result_ = cls(
            trade_id=trade_id,
            base_amount=base_amount,
            quote_amount=quote_amount,
            price=price,
            is_buy=is_buy,
            occurred_at=occurred_at,
            trading_pair_name=trading_pair_name,
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
