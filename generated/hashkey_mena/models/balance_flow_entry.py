from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="BalanceFlowEntry")


@_attrs_define
class BalanceFlowEntry:
    """One ledger entry."""

    id: str
    """ Entry ID. """
    account_id: str
    """ Account ID. """
    coin: str
    """ Currency. """
    coin_id: str
    """ Currency ID. """
    coin_name: str
    """ Currency name. """
    flow_type_value: int
    """ Flow type value, e.g. 51 (see BalanceFlowType; 79 OPERATION_ACCOUNT_TRANSFER also occurs). """
    flow_type: str
    """ Flow type name, e.g. USER_ACCOUNT_TRANSFER, FUNDING_SETTLEMENT, OPERATION_ACCOUNT_TRANSFER. """
    flow_name: str
    """ Flow name (in the examples, not in the field table; usually empty). """
    change: Decimal
    """ Signed change. """
    total: Decimal
    """ Balance after the change. """
    created: datetime.datetime
    """ Creation time, epoch milliseconds as a JSON string. """
    symbol: str | Unset = UNSET
    """ Trading pair (funding-fee entries only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        coin = self.coin

        coin_id = self.coin_id

        coin_name = self.coin_name

        flow_type_value = self.flow_type_value

        flow_type = self.flow_type

        flow_name = self.flow_name

        change = codec.format_decimal(self.change)

        total = codec.format_decimal(self.total)

        created = str(codec.format_unix(self.created, scale=1000))

        symbol = self.symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "accountId": account_id,
                "coin": coin,
                "coinId": coin_id,
                "coinName": coin_name,
                "flowTypeValue": flow_type_value,
                "flowType": flow_type,
                "flowName": flow_name,
                "change": change,
                "total": total,
                "created": created,
            }
        )
        if symbol is not UNSET:
            field_dict["symbol"] = symbol

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["id"]
                _f1 = src_dict["accountId"]
                _f2 = src_dict["coin"]
                _f3 = src_dict["coinId"]
                _f4 = src_dict["coinName"]
                _f5 = src_dict["flowTypeValue"]
                _f6 = src_dict["flowType"]
                _f7 = src_dict["flowName"]
                _f8 = src_dict["change"]
                _f9 = src_dict["total"]
                _f10 = src_dict["created"]
                _f11 = src_dict.get("symbol", UNSET)
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 11 + (_f11 is not UNSET)
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                    and type(_f5) is int
                    and type(_f6) is str
                    and type(_f7) is str
                    and type(_f8) is str
                    and type(_f9) is str
                    and type(_f10) is str
                    and (_f11 is UNSET or type(_f11) is str)
                ):
                    try:
                        change = Decimal(_f8)
                        total = Decimal(_f9)
                        created = codec.parse_unix(_f10, scale=1000)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if change.is_finite() and total.is_finite():
                            return cls(
                                _f0,  # id
                                _f1,  # account_id
                                _f2,  # coin
                                _f3,  # coin_id
                                _f4,  # coin_name
                                _f5,  # flow_type_value
                                _f6,  # flow_type
                                _f7,  # flow_name
                                change,
                                total,
                                created,
                                _f11,  # symbol
                            )

        src_ = dict(src_dict)
        id = codec.expect(src_.pop("id"), str, "id")

        account_id = codec.expect(src_.pop("accountId"), str, "accountId")

        coin = codec.expect(src_.pop("coin"), str, "coin")

        coin_id = codec.expect(src_.pop("coinId"), str, "coinId")

        coin_name = codec.expect(src_.pop("coinName"), str, "coinName")

        flow_type_value = codec.parse_int(src_.pop("flowTypeValue"), "flowTypeValue")

        flow_type = codec.expect(src_.pop("flowType"), str, "flowType")

        flow_name = codec.expect(src_.pop("flowName"), str, "flowName")

        change = codec.parse_decimal_field(src_.pop("change"), "change")

        total = codec.parse_decimal_field(src_.pop("total"), "total")

        created = codec.parse_unix(src_.pop("created"), scale=1000)

        symbol = codec.expect_optional(src_.pop("symbol", UNSET), str, "symbol")

        result_ = cls(
            id=id,
            account_id=account_id,
            coin=coin,
            coin_id=coin_id,
            coin_name=coin_name,
            flow_type_value=flow_type_value,
            flow_type=flow_type,
            flow_name=flow_name,
            change=change,
            total=total,
            created=created,
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
