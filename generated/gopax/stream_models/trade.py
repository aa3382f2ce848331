from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec
from venuekit.types import UNSET, Unset

from .ws_order_type import WsOrderType
from .ws_side import WsSide

T = TypeVar("T", bound="Trade")


@_attrs_define
class Trade:
    trade_id: int
    order_id: int
    side: WsSide
    """ 1 bid (buy), 2 ask (sell). """
    type_: WsOrderType
    """ 1 limit, 2 market. """
    base_amount: Decimal
    quote_amount: Decimal
    fee: Decimal
    """ Fee (negative when a reward). """
    price: Decimal
    is_self_trade: bool
    """ Both matching orders are the account's. """
    occurred_at: datetime.datetime
    """ Trade time (epoch seconds). """
    trading_pair_name: str
    fee_asset_name: str | Unset = UNSET
    """ Fee asset (added 2022-10-14). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trade_id = self.trade_id

        order_id = self.order_id

        side = self.side.value

        type_ = self.type_.value

        base_amount = self.base_amount

        quote_amount = self.quote_amount

        fee = self.fee

        price = self.price

        is_self_trade = self.is_self_trade

        occurred_at = codec.format_unix(self.occurred_at, scale=1)

        trading_pair_name = self.trading_pair_name

        fee_asset_name = self.fee_asset_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tradeId": trade_id,
                "orderId": order_id,
                "side": side,
                "type": type_,
                "baseAmount": base_amount,
                "quoteAmount": quote_amount,
                "fee": fee,
                "price": price,
                "isSelfTrade": is_self_trade,
                "occurredAt": occurred_at,
                "tradingPairName": trading_pair_name,
            }
        )
        if fee_asset_name is not UNSET:
            field_dict["feeAssetName"] = fee_asset_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["tradeId"]
                _f1 = src_dict["orderId"]
                _f2 = src_dict["side"]
                _f3 = src_dict["type"]
                _f4 = src_dict["baseAmount"]
                _f5 = src_dict["quoteAmount"]
                _f6 = src_dict["fee"]
                _f7 = src_dict["price"]
                _f8 = src_dict["isSelfTrade"]
                _f9 = src_dict["occurredAt"]
                _f10 = src_dict["tradingPairName"]
                _f11 = src_dict.get("feeAssetName", UNSET)
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 11 + (_f11 is not UNSET)
                    and type(_f0) is int
                    and type(_f1) is int
                    and type(_f2) is int
                    and type(_f3) is int
                    and (type(_f4) is Decimal or type(_f4) is int)
                    and (type(_f5) is Decimal or type(_f5) is int)
                    and (type(_f6) is Decimal or type(_f6) is int)
                    and (type(_f7) is Decimal or type(_f7) is int)
                    and type(_f8) is bool
                    and type(_f9) is int
                    and type(_f10) is str
                    and (_f11 is UNSET or type(_f11) is str)
                ):
                    try:
                        side = WsSide(_f2)
                        type_ = WsOrderType(_f3)
                        base_amount = Decimal(_f4)
                        quote_amount = Decimal(_f5)
                        fee = Decimal(_f6)
                        price = Decimal(_f7)
                        occurred_at = codec.parse_unix(_f9, scale=1)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            base_amount.is_finite()
                            and quote_amount.is_finite()
                            and fee.is_finite()
                            and price.is_finite()
                        ):
                            return cls(
                                _f0,  # trade_id
                                _f1,  # order_id
                                side,
                                type_,
                                base_amount,
                                quote_amount,
                                fee,
                                price,
                                _f8,  # is_self_trade
                                occurred_at,
                                _f10,  # trading_pair_name
                                _f11,  # fee_asset_name
                            )

        src_ = dict(src_dict)
        trade_id = codec.expect(src_.pop("tradeId"), int, "tradeId")

        order_id = codec.expect(src_.pop("orderId"), int, "orderId")

        side = WsSide(src_.pop("side"))

        type_ = WsOrderType(src_.pop("type"))

        base_amount = codec.parse_decimal_field(src_.pop("baseAmount"), "baseAmount")

        quote_amount = codec.parse_decimal_field(src_.pop("quoteAmount"), "quoteAmount")

        fee = codec.parse_decimal_field(src_.pop("fee"), "fee")

        price = codec.parse_decimal_field(src_.pop("price"), "price")

        is_self_trade = codec.expect(src_.pop("isSelfTrade"), bool, "isSelfTrade")

        occurred_at = codec.parse_unix(src_.pop("occurredAt"), scale=1)

        trading_pair_name = codec.expect(src_.pop("tradingPairName"), str, "tradingPairName")

        fee_asset_name = codec.expect_optional(src_.pop("feeAssetName", UNSET), str, "feeAssetName")

        result_ = cls(
            trade_id=trade_id,
            order_id=order_id,
            side=side,
            type_=type_,
            base_amount=base_amount,
            quote_amount=quote_amount,
            fee=fee,
            price=price,
            is_self_trade=is_self_trade,
            occurred_at=occurred_at,
            trading_pair_name=trading_pair_name,
            fee_asset_name=fee_asset_name,
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
