from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateWithdrawalRequest")


@_attrs_define
class CreateWithdrawalRequest:
    """Withdrawal request body."""

    coin: str
    """ Token (see getCoins). """
    network: str
    """ Network name from getCoins, e.g. `Tron (TRC-20)`. """
    address: str
    """ Withdrawal address; must be on the account's quick-withdrawal whitelist. """
    amount: Decimal
    """ Amount; the fee is deducted from it (received = amount - fee). """
    memo: str | Unset = UNSET
    """ Tag / memo, for tokens that need one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        network = self.network

        address = self.address

        amount = self.amount

        memo = self.memo

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coin": coin,
                "network": network,
                "address": address,
                "amount": amount,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["coin"]
                _f1 = src_dict["network"]
                _f2 = src_dict["address"]
                _f3 = src_dict["amount"]
                _f4 = src_dict.get("memo", UNSET)
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 4 + (_f4 is not UNSET)
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is str
                    and (type(_f3) is Decimal or type(_f3) is int)
                    and (_f4 is UNSET or type(_f4) is str)
                ):
                    try:
                        amount = Decimal(_f3)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if amount.is_finite():
                            return cls(
                                _f0,  # coin
                                _f1,  # network
                                _f2,  # address
                                amount,
                                _f4,  # memo
                            )

        src_ = dict(src_dict)
        coin = codec.expect(src_.pop("coin"), str, "coin")

        network = codec.expect(src_.pop("network"), str, "network")

        address = codec.expect(src_.pop("address"), str, "address")

        amount = codec.parse_decimal_field(src_.pop("amount"), "amount")

        memo = codec.expect_optional(src_.pop("memo", UNSET), str, "memo")

        result_ = cls(
            coin=coin,
            network=network,
            address=address,
            amount=amount,
            memo=memo,
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
