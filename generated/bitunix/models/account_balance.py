from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="AccountBalance")


@_attrs_define
class AccountBalance:
    """Balance of one token."""

    coin: str
    """ Token. """
    balance: Decimal
    """ Available balance (JSON number). """
    balance_locked: Decimal
    """ Balance in use (locked by open orders, JSON number). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        balance = self.balance

        balance_locked = self.balance_locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coin": coin,
                "balance": balance,
                "balanceLocked": balance_locked,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["coin"]
                _f1 = src_dict["balance"]
                _f2 = src_dict["balanceLocked"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 3
                    and type(_f0) is str
                    and (type(_f1) is Decimal or type(_f1) is int)
                    and (type(_f2) is Decimal or type(_f2) is int)
                ):
                    try:
                        balance = Decimal(_f1)
                        balance_locked = Decimal(_f2)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if balance.is_finite() and balance_locked.is_finite():
                            return cls(
                                _f0,  # coin
                                balance,
                                balance_locked,
                            )

        src_ = dict(src_dict)
        coin = codec.expect(src_.pop("coin"), str, "coin")

        balance = codec.parse_decimal_field(src_.pop("balance"), "balance")

        balance_locked = codec.parse_decimal_field(src_.pop("balanceLocked"), "balanceLocked")

        result_ = cls(
            coin=coin,
            balance=balance,
            balance_locked=balance_locked,
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
