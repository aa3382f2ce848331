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
