from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="ChainTypeDetail")


@_attrs_define
class ChainTypeDetail:
    """Deposit and withdrawal parameters of one chain."""

    chain_type: str
    """ Chain type (network), e.g. ETH. """
    withdraw_fee: Decimal
    """ Withdrawal fee. """
    min_withdraw_quantity: Decimal
    """ Minimum withdrawal quantity. """
    max_withdraw_quantity: Decimal
    """ Maximum withdrawal quantity (the exchangeInfo table spells it maxWIthdrawQuantity; the wire uses
    maxWithdrawQuantity). """
    min_deposit_quantity: Decimal
    """ Minimum deposit quantity. """
    allow_deposit: bool
    """ Whether deposits are allowed. """
    allow_withdraw: bool
    """ Whether withdrawals are allowed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain_type = self.chain_type

        withdraw_fee = codec.format_decimal(self.withdraw_fee)

        min_withdraw_quantity = codec.format_decimal(self.min_withdraw_quantity)

        max_withdraw_quantity = codec.format_decimal(self.max_withdraw_quantity)

        min_deposit_quantity = codec.format_decimal(self.min_deposit_quantity)

        allow_deposit = self.allow_deposit

        allow_withdraw = self.allow_withdraw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chainType": chain_type,
                "withdrawFee": withdraw_fee,
                "minWithdrawQuantity": min_withdraw_quantity,
                "maxWithdrawQuantity": max_withdraw_quantity,
                "minDepositQuantity": min_deposit_quantity,
                "allowDeposit": allow_deposit,
                "allowWithdraw": allow_withdraw,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["chainType"]
                _f1 = src_dict["withdrawFee"]
                _f2 = src_dict["minWithdrawQuantity"]
                _f3 = src_dict["maxWithdrawQuantity"]
                _f4 = src_dict["minDepositQuantity"]
                _f5 = src_dict["allowDeposit"]
                _f6 = src_dict["allowWithdraw"]
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
                    and type(_f5) is bool
                    and type(_f6) is bool
                ):
                    try:
                        withdraw_fee = Decimal(_f1)
                        min_withdraw_quantity = Decimal(_f2)
                        max_withdraw_quantity = Decimal(_f3)
                        min_deposit_quantity = Decimal(_f4)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            withdraw_fee.is_finite()
                            and min_withdraw_quantity.is_finite()
                            and max_withdraw_quantity.is_finite()
                            and min_deposit_quantity.is_finite()
                        ):
                            return cls(
                                _f0,  # chain_type
                                withdraw_fee,
                                min_withdraw_quantity,
                                max_withdraw_quantity,
                                min_deposit_quantity,
                                _f5,  # allow_deposit
                                _f6,  # allow_withdraw
                            )

        src_ = dict(src_dict)
        chain_type = codec.expect(src_.pop("chainType"), str, "chainType")

        withdraw_fee = codec.parse_decimal_field(src_.pop("withdrawFee"), "withdrawFee")

        min_withdraw_quantity = codec.parse_decimal_field(src_.pop("minWithdrawQuantity"), "minWithdrawQuantity")

        max_withdraw_quantity = codec.parse_decimal_field(src_.pop("maxWithdrawQuantity"), "maxWithdrawQuantity")

        min_deposit_quantity = codec.parse_decimal_field(src_.pop("minDepositQuantity"), "minDepositQuantity")

        allow_deposit = codec.expect(src_.pop("allowDeposit"), bool, "allowDeposit")

        allow_withdraw = codec.expect(src_.pop("allowWithdraw"), bool, "allowWithdraw")

        result_ = cls(
            chain_type=chain_type,
            withdraw_fee=withdraw_fee,
            min_withdraw_quantity=min_withdraw_quantity,
            max_withdraw_quantity=max_withdraw_quantity,
            min_deposit_quantity=min_deposit_quantity,
            allow_deposit=allow_deposit,
            allow_withdraw=allow_withdraw,
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
