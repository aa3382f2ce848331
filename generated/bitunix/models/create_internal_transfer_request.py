from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.transfer_target import TransferTarget
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateInternalTransferRequest")


@_attrs_define
class CreateInternalTransferRequest:
    """Internal transfer request body."""

    coin: str
    """ Token (see getCoins). """
    amount: Decimal
    """ Amount to transfer. """
    to_type: TransferTarget
    """ How the receiver of an internal transfer is identified. """
    out_biz_id: str | Unset = UNSET
    """ Caller's business id (up to 32 characters); getWithdrawalHistory finds the transfer by it. """
    to_uid: int | Unset = UNSET
    """ Receiver uid (toType `uid`). """
    to_phone_country_code: str | Unset = UNSET
    """ Receiver phone country code (toType `phone`). """
    to_phone_number: str | Unset = UNSET
    """ Receiver phone number (toType `phone`). """
    to_email: str | Unset = UNSET
    """ Receiver email (toType `email`). """
    remark: str | Unset = UNSET
    """ Remark (up to 256 characters). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin = self.coin

        amount = self.amount

        to_type = self.to_type.value

        out_biz_id = self.out_biz_id

        to_uid = self.to_uid

        to_phone_country_code = self.to_phone_country_code

        to_phone_number = self.to_phone_number

        to_email = self.to_email

        remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coin": coin,
                "amount": amount,
                "toType": to_type,
            }
        )
        if out_biz_id is not UNSET:
            field_dict["outBizId"] = out_biz_id
        if to_uid is not UNSET:
            field_dict["toUid"] = to_uid
        if to_phone_country_code is not UNSET:
            field_dict["toPhoneCountryCode"] = to_phone_country_code
        if to_phone_number is not UNSET:
            field_dict["toPhoneNumber"] = to_phone_number
        if to_email is not UNSET:
            field_dict["toEmail"] = to_email
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["coin"]
                _f1 = src_dict["amount"]
                _f2 = src_dict["toType"]
                _f3 = src_dict.get("outBizId", UNSET)
                _f4 = src_dict.get("toUid", UNSET)
                _f5 = src_dict.get("toPhoneCountryCode", UNSET)
                _f6 = src_dict.get("toPhoneNumber", UNSET)
                _f7 = src_dict.get("toEmail", UNSET)
                _f8 = src_dict.get("remark", UNSET)
            except KeyError:
                pass
            else:
                if (
                    len(src_dict)
                    == 3
                    + (_f3 is not UNSET)
                    + (_f4 is not UNSET)
                    + (_f5 is not UNSET)
                    + (_f6 is not UNSET)
                    + (_f7 is not UNSET)
                    + (_f8 is not UNSET)
                    and type(_f0) is str
                    and (type(_f1) is Decimal or type(_f1) is int)
                    and type(_f2) is str
                    and (_f3 is UNSET or type(_f3) is str)
                    and (_f4 is UNSET or type(_f4) is int)
                    and (_f5 is UNSET or type(_f5) is str)
                    and (_f6 is UNSET or type(_f6) is str)
                    and (_f7 is UNSET or type(_f7) is str)
                    and (_f8 is UNSET or type(_f8) is str)
                ):
                    try:
                        amount = Decimal(_f1)
                        to_type = TransferTarget(_f2)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if amount.is_finite():
                            return cls(
                                _f0,  # coin
                                amount,
                                to_type,
                                _f3,  # out_biz_id
                                _f4,  # to_uid
                                _f5,  # to_phone_country_code
                                _f6,  # to_phone_number
                                _f7,  # to_email
                                _f8,  # remark
                            )

        src_ = dict(src_dict)
        coin = codec.expect(src_.pop("coin"), str, "coin")

        amount = codec.parse_decimal_field(src_.pop("amount"), "amount")

        to_type = TransferTarget(src_.pop("toType"))

        out_biz_id = codec.expect_optional(src_.pop("outBizId", UNSET), str, "outBizId")

        to_uid = codec.expect_optional(src_.pop("toUid", UNSET), int, "toUid")

        to_phone_country_code = codec.expect_optional(src_.pop("toPhoneCountryCode", UNSET), str, "toPhoneCountryCode")

        to_phone_number = codec.expect_optional(src_.pop("toPhoneNumber", UNSET), str, "toPhoneNumber")

        to_email = codec.expect_optional(src_.pop("toEmail", UNSET), str, "toEmail")

        remark = codec.expect_optional(src_.pop("remark", UNSET), str, "remark")

        result_ = cls(
            coin=coin,
            amount=amount,
            to_type=to_type,
            out_biz_id=out_biz_id,
            to_uid=to_uid,
            to_phone_country_code=to_phone_country_code,
            to_phone_number=to_phone_number,
            to_email=to_email,
            remark=remark,
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
