from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.funds_transfer_type import FundsTransferType

T = TypeVar("T", bound="CreateFundsTransferRequest")


@_attrs_define
class CreateFundsTransferRequest:
    """Spot/futures transfer request body."""

    type_: FundsTransferType
    """ `spot_futures` = spot account to futures account, `futures_spot` = the reverse. """
    coin: str
    """ Token. """
    amount: Decimal
    """ Amount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        coin = self.coin

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "coin": coin,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["type"]
                _f1 = src_dict["coin"]
                _f2 = src_dict["amount"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 3
                    and type(_f0) is str
                    and type(_f1) is str
                    and (type(_f2) is Decimal or type(_f2) is int)
                ):
                    try:
                        type_ = FundsTransferType(_f0)
                        amount = Decimal(_f2)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if amount.is_finite():
                            return cls(
                                type_,
                                _f1,  # coin
                                amount,
                            )

        src_ = dict(src_dict)
        type_ = FundsTransferType(src_.pop("type"))

        coin = codec.expect(src_.pop("coin"), str, "coin")

        amount = codec.parse_decimal_field(src_.pop("amount"), "amount")

        result_ = cls(
            type_=type_,
            coin=coin,
            amount=amount,
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
