from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.transfer_target import TransferTarget
from ..models.withdrawal_status import WithdrawalStatus
from ..models.withdrawal_type import WithdrawalType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WithdrawalRecord")


@_attrs_define
class WithdrawalRecord:
    """A withdrawal or outgoing internal transfer."""

    id: str
    """ Withdrawal or internal transfer id. """
    coin: str
    """ Token. """
    network: None | str
    """ Network. """
    amount: Decimal
    """ Amount received. """
    fee_coin: None | str
    """ Fee token. """
    fee: Decimal | None
    """ Fee. """
    type_: WithdrawalType
    """ `withdraw` = on-chain withdrawal, `inside_transfer_out` = outgoing internal transfer. """
    status: WithdrawalStatus
    """ `verification` = waiting for the user's security verification (in the app's withdrawal list), `pending`,
    `cancelled`, `success`, `fail`. """
    ctime: datetime.datetime
    """ Creation time, epoch milliseconds. """
    out_biz_id: None | str | Unset = UNSET
    """ Caller's business id. """
    to_address: None | str | Unset = UNSET
    """ Destination address (type `withdraw`), as named in the table. """
    address: None | str | Unset = UNSET
    """ Destination address (type `withdraw`), as named in the example. """
    memo: None | str | Unset = UNSET
    """ Memo / tag (undocumented). """
    transaction_hash: None | str | Unset = UNSET
    """ Transaction hash (type `withdraw`). """
    to_type: None | TransferTarget | Unset = UNSET
    """ Receiver kind (internal transfers). """
    to_uid: int | None | Unset = UNSET
    """ Receiver uid. """
    to_phone_country_code: None | str | Unset = UNSET
    """ Receiver phone country code. """
    to_phone_number: None | str | Unset = UNSET
    """ Receiver phone number. """
    to_email: None | str | Unset = UNSET
    """ Receiver email. """
    remark: None | str | Unset = UNSET
    """ Remark. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        coin = self.coin

        network: None | str
        network = self.network

        amount = codec.format_decimal(self.amount)

        fee_coin: None | str
        fee_coin = self.fee_coin

        fee = None if self.fee is None else codec.format_decimal(self.fee)

        type_ = self.type_.value

        status = self.status.value

        ctime = codec.format_unix(self.ctime, scale=1000)

        out_biz_id: None | str | Unset
        if isinstance(self.out_biz_id, Unset):
            out_biz_id = UNSET
        else:
            out_biz_id = self.out_biz_id

        to_address: None | str | Unset
        if isinstance(self.to_address, Unset):
            to_address = UNSET
        else:
            to_address = self.to_address

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        memo: None | str | Unset
        if isinstance(self.memo, Unset):
            memo = UNSET
        else:
            memo = self.memo

        transaction_hash: None | str | Unset
        if isinstance(self.transaction_hash, Unset):
            transaction_hash = UNSET
        else:
            transaction_hash = self.transaction_hash

        to_type: None | str | Unset
        if isinstance(self.to_type, Unset):
            to_type = UNSET
        elif isinstance(self.to_type, TransferTarget):
            to_type = self.to_type.value
        else:
            to_type = self.to_type

        to_uid: int | None | Unset
        if isinstance(self.to_uid, Unset):
            to_uid = UNSET
        else:
            to_uid = self.to_uid

        to_phone_country_code: None | str | Unset
        if isinstance(self.to_phone_country_code, Unset):
            to_phone_country_code = UNSET
        else:
            to_phone_country_code = self.to_phone_country_code

        to_phone_number: None | str | Unset
        if isinstance(self.to_phone_number, Unset):
            to_phone_number = UNSET
        else:
            to_phone_number = self.to_phone_number

        to_email: None | str | Unset
        if isinstance(self.to_email, Unset):
            to_email = UNSET
        else:
            to_email = self.to_email

        remark: None | str | Unset
        if isinstance(self.remark, Unset):
            remark = UNSET
        else:
            remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "coin": coin,
                "network": network,
                "amount": amount,
                "feeCoin": fee_coin,
                "fee": fee,
                "type": type_,
                "status": status,
                "ctime": ctime,
            }
        )
        if out_biz_id is not UNSET:
            field_dict["outBizId"] = out_biz_id
        if to_address is not UNSET:
            field_dict["toAddress"] = to_address
        if address is not UNSET:
            field_dict["address"] = address
        if memo is not UNSET:
            field_dict["memo"] = memo
        if transaction_hash is not UNSET:
            field_dict["transactionHash"] = transaction_hash
        if to_type is not UNSET:
            field_dict["toType"] = to_type
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
        src_ = dict(src_dict)
        id = codec.expect(src_.pop("id"), str, "id")

        coin = codec.expect(src_.pop("coin"), str, "coin")

        def _parse_network(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        network = _parse_network(src_.pop("network"))

        amount = codec.parse_decimal_field(src_.pop("amount"), "amount")

        def _parse_fee_coin(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        fee_coin = _parse_fee_coin(src_.pop("feeCoin"))

        fee = codec.parse_decimal_or_none(src_.pop("fee"), "fee", null=True)

        type_ = WithdrawalType(src_.pop("type"))

        status = WithdrawalStatus(src_.pop("status"))

        ctime = codec.parse_unix(src_.pop("ctime"), scale=1000)

        def _parse_out_biz_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        out_biz_id = _parse_out_biz_id(src_.pop("outBizId", UNSET))

        def _parse_to_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_address = _parse_to_address(src_.pop("toAddress", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(src_.pop("address", UNSET))

        def _parse_memo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        memo = _parse_memo(src_.pop("memo", UNSET))

        def _parse_transaction_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_hash = _parse_transaction_hash(src_.pop("transactionHash", UNSET))

        def _parse_to_type(data: object) -> None | TransferTarget | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_type_type_0 = TransferTarget(data)

                return to_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TransferTarget | Unset, data)

        to_type = _parse_to_type(src_.pop("toType", UNSET))

        def _parse_to_uid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        to_uid = _parse_to_uid(src_.pop("toUid", UNSET))

        def _parse_to_phone_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_phone_country_code = _parse_to_phone_country_code(src_.pop("toPhoneCountryCode", UNSET))

        def _parse_to_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_phone_number = _parse_to_phone_number(src_.pop("toPhoneNumber", UNSET))

        def _parse_to_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_email = _parse_to_email(src_.pop("toEmail", UNSET))

        def _parse_remark(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remark = _parse_remark(src_.pop("remark", UNSET))

        result_ = cls(
            id=id,
            coin=coin,
            network=network,
            amount=amount,
            fee_coin=fee_coin,
            fee=fee,
            type_=type_,
            status=status,
            ctime=ctime,
            out_biz_id=out_biz_id,
            to_address=to_address,
            address=address,
            memo=memo,
            transaction_hash=transaction_hash,
            to_type=to_type,
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
