from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.side import Side
from ..models.trade_position import TradePosition
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserTrade")


@_attrs_define
class UserTrade:
    """One of the user's fills."""

    id: int
    """ Unique number of the trade. """
    order_id: int
    """ Unique number of the order (an integer here, a string in the order endpoints). """
    base_amount: Decimal
    """ Trading quantity (fee included on purchase). """
    quote_amount: Decimal
    """ Trading quantity × order price (fee included on sale). """
    fee: Decimal
    """ Trading fee. """
    price: Decimal
    """ Price of the fill (the seed calls it "Order Price"). """
    timestamp: datetime.datetime
    """ Time the trade was closed. """
    side: Side
    """ Trading type. """
    trading_pair_name: str
    """ Trading pair, e.g. `BTC-KRW`. """
    fee_asset: str | Unset = UNSET
    """ Current edition. Asset the fee was charged in. """
    position: TradePosition | Unset = UNSET
    """ Current edition: whether the user's side of the fill was the maker or the taker. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        order_id = self.order_id

        base_amount = self.base_amount

        quote_amount = self.quote_amount

        fee = self.fee

        price = self.price

        timestamp = codec.format_datetime(self.timestamp)

        side = self.side.value

        trading_pair_name = self.trading_pair_name

        fee_asset = self.fee_asset

        position: str | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "orderId": order_id,
                "baseAmount": base_amount,
                "quoteAmount": quote_amount,
                "fee": fee,
                "price": price,
                "timestamp": timestamp,
                "side": side,
                "tradingPairName": trading_pair_name,
            }
        )
        if fee_asset is not UNSET:
            field_dict["feeAsset"] = fee_asset
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        id = codec.expect(src_.pop("id"), int, "id")

        order_id = codec.expect(src_.pop("orderId"), int, "orderId")

        base_amount = codec.parse_decimal_field(src_.pop("baseAmount"), "baseAmount")

        quote_amount = codec.parse_decimal_field(src_.pop("quoteAmount"), "quoteAmount")

        fee = codec.parse_decimal_field(src_.pop("fee"), "fee")

        price = codec.parse_decimal_field(src_.pop("price"), "price")

        timestamp = codec.parse_datetime(src_.pop("timestamp"))

        side = Side(src_.pop("side"))

        trading_pair_name = codec.expect(src_.pop("tradingPairName"), str, "tradingPairName")

        fee_asset = codec.expect_optional(src_.pop("feeAsset", UNSET), str, "feeAsset")

        _position = src_.pop("position", UNSET)
        position: TradePosition | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = TradePosition(_position)

        result_ = cls(
            id=id,
            order_id=order_id,
            base_amount=base_amount,
            quote_amount=quote_amount,
            fee=fee,
            price=price,
            timestamp=timestamp,
            side=side,
            trading_pair_name=trading_pair_name,
            fee_asset=fee_asset,
            position=position,
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
