from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec
from venuekit.types import UNSET, Unset

from .ws_forced_completion_reason import WsForcedCompletionReason
from .ws_order_status import WsOrderStatus
from .ws_order_type import WsOrderType
from .ws_protection import WsProtection
from .ws_side import WsSide
from .ws_time_in_force import WsTimeInForce

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    order_id: int
    status: WsOrderStatus
    """ 1 not filled, 2 cancelled, 3 completely filled, 4 partially filled, 5 reserved (stop order). """
    side: WsSide
    """ 1 bid (buy), 2 ask (sell). """
    type_: WsOrderType
    """ 1 limit, 2 market. """
    price: Decimal
    org_amount: Decimal
    """ Amount initially placed. """
    remain_amount: Decimal
    """ Unfilled amount. """
    created_at: datetime.datetime
    """ Placement time (epoch seconds). """
    updated_at: datetime.datetime
    """ Last update time (epoch seconds). """
    traded_base_amount: Decimal
    """ Filled base asset amount. """
    traded_quote_amount: Decimal
    """ Filled quote asset amount. """
    fee_amount: Decimal
    reward_amount: Decimal
    time_in_force: WsTimeInForce
    """ 0 gtc, 1 post only, 2 ioc, 3 fok. """
    protection: WsProtection
    """ 1 not applied, 2 applied. """
    forced_completion_reason: WsForcedCompletionReason
    """ 0 none, 1 time in force, 2 protection. """
    stop_price: Decimal
    """ Stop price (above 0 only for stop orders). """
    taker_fee_amount: Decimal
    """ Fee paid as a taker. """
    trading_pair_name: str
    fee_asset_name: str | Unset = UNSET
    """ Fee asset (added 2022-10-14; absent from older frames). """
    reward_asset_name: str | Unset = UNSET
    """ Reward asset (added 2022-10-14). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        status = self.status.value

        side = self.side.value

        type_ = self.type_.value

        price = self.price

        org_amount = self.org_amount

        remain_amount = self.remain_amount

        created_at = codec.format_unix(self.created_at, scale=1)

        updated_at = codec.format_unix(self.updated_at, scale=1)

        traded_base_amount = self.traded_base_amount

        traded_quote_amount = self.traded_quote_amount

        fee_amount = self.fee_amount

        reward_amount = self.reward_amount

        time_in_force = self.time_in_force.value

        protection = self.protection.value

        forced_completion_reason = self.forced_completion_reason.value

        stop_price = self.stop_price

        taker_fee_amount = self.taker_fee_amount

        trading_pair_name = self.trading_pair_name

        fee_asset_name = self.fee_asset_name

        reward_asset_name = self.reward_asset_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "status": status,
                "side": side,
                "type": type_,
                "price": price,
                "orgAmount": org_amount,
                "remainAmount": remain_amount,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "tradedBaseAmount": traded_base_amount,
                "tradedQuoteAmount": traded_quote_amount,
                "feeAmount": fee_amount,
                "rewardAmount": reward_amount,
                "timeInForce": time_in_force,
                "protection": protection,
                "forcedCompletionReason": forced_completion_reason,
                "stopPrice": stop_price,
                "takerFeeAmount": taker_fee_amount,
                "tradingPairName": trading_pair_name,
            }
        )
        if fee_asset_name is not UNSET:
            field_dict["feeAssetName"] = fee_asset_name
        if reward_asset_name is not UNSET:
            field_dict["rewardAssetName"] = reward_asset_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["orderId"]
                _f1 = src_dict["status"]
                _f2 = src_dict["side"]
                _f3 = src_dict["type"]
                _f4 = src_dict["price"]
                _f5 = src_dict["orgAmount"]
                _f6 = src_dict["remainAmount"]
                _f7 = src_dict["createdAt"]
                _f8 = src_dict["updatedAt"]
                _f9 = src_dict["tradedBaseAmount"]
                _f10 = src_dict["tradedQuoteAmount"]
                _f11 = src_dict["feeAmount"]
                _f12 = src_dict["rewardAmount"]
                _f13 = src_dict["timeInForce"]
                _f14 = src_dict["protection"]
                _f15 = src_dict["forcedCompletionReason"]
                _f16 = src_dict["stopPrice"]
                _f17 = src_dict["takerFeeAmount"]
                _f18 = src_dict["tradingPairName"]
                _f19 = src_dict.get("feeAssetName", UNSET)
                _f20 = src_dict.get("rewardAssetName", UNSET)
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 19 + (_f19 is not UNSET) + (_f20 is not UNSET)
                    and type(_f0) is int
                    and type(_f1) is int
                    and type(_f2) is int
                    and type(_f3) is int
                    and (type(_f4) is Decimal or type(_f4) is int)
                    and (type(_f5) is Decimal or type(_f5) is int)
                    and (type(_f6) is Decimal or type(_f6) is int)
                    and type(_f7) is int
                    and type(_f8) is int
                    and (type(_f9) is Decimal or type(_f9) is int)
                    and (type(_f10) is Decimal or type(_f10) is int)
                    and (type(_f11) is Decimal or type(_f11) is int)
                    and (type(_f12) is Decimal or type(_f12) is int)
                    and type(_f13) is int
                    and type(_f14) is int
                    and type(_f15) is int
                    and (type(_f16) is Decimal or type(_f16) is int)
                    and (type(_f17) is Decimal or type(_f17) is int)
                    and type(_f18) is str
                    and (_f19 is UNSET or type(_f19) is str)
                    and (_f20 is UNSET or type(_f20) is str)
                ):
                    try:
                        status = WsOrderStatus(_f1)
                        side = WsSide(_f2)
                        type_ = WsOrderType(_f3)
                        price = Decimal(_f4)
                        org_amount = Decimal(_f5)
                        remain_amount = Decimal(_f6)
                        created_at = codec.parse_unix(_f7, scale=1)
                        updated_at = codec.parse_unix(_f8, scale=1)
                        traded_base_amount = Decimal(_f9)
                        traded_quote_amount = Decimal(_f10)
                        fee_amount = Decimal(_f11)
                        reward_amount = Decimal(_f12)
                        time_in_force = WsTimeInForce(_f13)
                        protection = WsProtection(_f14)
                        forced_completion_reason = WsForcedCompletionReason(_f15)
                        stop_price = Decimal(_f16)
                        taker_fee_amount = Decimal(_f17)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            price.is_finite()
                            and org_amount.is_finite()
                            and remain_amount.is_finite()
                            and traded_base_amount.is_finite()
                            and traded_quote_amount.is_finite()
                            and fee_amount.is_finite()
                            and reward_amount.is_finite()
                            and stop_price.is_finite()
                            and taker_fee_amount.is_finite()
                        ):
                            return cls(
                                _f0,  # order_id
                                status,
                                side,
                                type_,
                                price,
                                org_amount,
                                remain_amount,
                                created_at,
                                updated_at,
                                traded_base_amount,
                                traded_quote_amount,
                                fee_amount,
                                reward_amount,
                                time_in_force,
                                protection,
                                forced_completion_reason,
                                stop_price,
                                taker_fee_amount,
                                _f18,  # trading_pair_name
                                _f19,  # fee_asset_name
                                _f20,  # reward_asset_name
                            )

        src_ = dict(src_dict)
        order_id = codec.expect(src_.pop("orderId"), int, "orderId")

        status = WsOrderStatus(src_.pop("status"))

        side = WsSide(src_.pop("side"))

        type_ = WsOrderType(src_.pop("type"))

        price = codec.parse_decimal_field(src_.pop("price"), "price")

        org_amount = codec.parse_decimal_field(src_.pop("orgAmount"), "orgAmount")

        remain_amount = codec.parse_decimal_field(src_.pop("remainAmount"), "remainAmount")

        created_at = codec.parse_unix(src_.pop("createdAt"), scale=1)

        updated_at = codec.parse_unix(src_.pop("updatedAt"), scale=1)

        traded_base_amount = codec.parse_decimal_field(src_.pop("tradedBaseAmount"), "tradedBaseAmount")

        traded_quote_amount = codec.parse_decimal_field(src_.pop("tradedQuoteAmount"), "tradedQuoteAmount")

        fee_amount = codec.parse_decimal_field(src_.pop("feeAmount"), "feeAmount")

        reward_amount = codec.parse_decimal_field(src_.pop("rewardAmount"), "rewardAmount")

        time_in_force = WsTimeInForce(src_.pop("timeInForce"))

        protection = WsProtection(src_.pop("protection"))

        forced_completion_reason = WsForcedCompletionReason(src_.pop("forcedCompletionReason"))

        stop_price = codec.parse_decimal_field(src_.pop("stopPrice"), "stopPrice")

        taker_fee_amount = codec.parse_decimal_field(src_.pop("takerFeeAmount"), "takerFeeAmount")

        trading_pair_name = codec.expect(src_.pop("tradingPairName"), str, "tradingPairName")

        fee_asset_name = codec.expect_optional(src_.pop("feeAssetName", UNSET), str, "feeAssetName")

        reward_asset_name = codec.expect_optional(src_.pop("rewardAssetName", UNSET), str, "rewardAssetName")

        result_ = cls(
            order_id=order_id,
            status=status,
            side=side,
            type_=type_,
            price=price,
            org_amount=org_amount,
            remain_amount=remain_amount,
            created_at=created_at,
            updated_at=updated_at,
            traded_base_amount=traded_base_amount,
            traded_quote_amount=traded_quote_amount,
            fee_amount=fee_amount,
            reward_amount=reward_amount,
            time_in_force=time_in_force,
            protection=protection,
            forced_completion_reason=forced_completion_reason,
            stop_price=stop_price,
            taker_fee_amount=taker_fee_amount,
            trading_pair_name=trading_pair_name,
            fee_asset_name=fee_asset_name,
            reward_asset_name=reward_asset_name,
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
