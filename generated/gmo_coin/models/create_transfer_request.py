from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.transfer_type import TransferType

T = TypeVar("T", bound="CreateTransferRequest")


@_attrs_define
class CreateTransferRequest:
    """Body of createTransfer. The documentation's parameter table has no Required column; both fields appear in every
    sample and are treated as required.

    """

    amount: Decimal
    """ Amount to transfer, in Japanese yen. """
    transfer_type: TransferType
    """ Account transfer type: WITHDRAWAL or DEPOSIT. The documentation does not say which direction (crypto account
    to FX account or the reverse) each value stands for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = codec.format_decimal(self.amount)

        transfer_type = self.transfer_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "transferType": transfer_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["amount"]
                _f1 = src_dict["transferType"]
            except KeyError:
                pass
            else:
                if len(src_dict) == 2 and type(_f0) is str and type(_f1) is str:
                    try:
                        amount = Decimal(_f0)
                        transfer_type = TransferType(_f1)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if amount.is_finite():
                            return cls(
                                amount,
                                transfer_type,
                            )

        src_ = dict(src_dict)
        amount = codec.parse_decimal_field(src_.pop("amount"), "amount")

        transfer_type = TransferType(src_.pop("transferType"))

        result_ = cls(
            amount=amount,
            transfer_type=transfer_type,
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
