from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.deposit_status import DepositStatus
from ..models.deposit_type import DepositType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DepositRecord")


@_attrs_define
class DepositRecord:
    """An on-chain deposit or incoming internal transfer."""

    id: int
    """ Deposit or transfer id. Arrives as a JSON number that can exceed 2^53 (kept exact). """
    coin: str
    """ Token. """
    type_: DepositType
    """ `deposit` = on-chain deposit, `inside_transfer_in` = incoming internal transfer. """
    from_address: str
    """ Sender address; the sender's uid for internal transfers. """
    to_address: str
    """ Receiving address; the receiver's uid for internal transfers. """
    amount: Decimal
    """ Amount credited. """
    status: DepositStatus
    """ Deposit status. """
    ctime: datetime.datetime
    """ Creation time, epoch milliseconds. """
    transaction_hash: None | str | Unset = UNSET
    """ Transaction hash (type `deposit`). """
    network: None | str | Unset = UNSET
    """ Network (type `deposit`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        coin = self.coin

        type_ = self.type_.value

        from_address = self.from_address

        to_address = self.to_address

        amount = codec.format_decimal(self.amount)

        status = self.status.value

        ctime = codec.format_unix(self.ctime, scale=1000)

        transaction_hash: None | str | Unset
        if isinstance(self.transaction_hash, Unset):
            transaction_hash = UNSET
        else:
            transaction_hash = self.transaction_hash

        network: None | str | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        else:
            network = self.network

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "coin": coin,
                "type": type_,
                "fromAddress": from_address,
                "toAddress": to_address,
                "amount": amount,
                "status": status,
                "ctime": ctime,
            }
        )
        if transaction_hash is not UNSET:
            field_dict["transactionHash"] = transaction_hash
        if network is not UNSET:
            field_dict["network"] = network

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        id = codec.expect(src_.pop("id"), int, "id")

        coin = codec.expect(src_.pop("coin"), str, "coin")

        type_ = DepositType(src_.pop("type"))

        from_address = codec.expect(src_.pop("fromAddress"), str, "fromAddress")

        to_address = codec.expect(src_.pop("toAddress"), str, "toAddress")

        amount = codec.parse_decimal_field(src_.pop("amount"), "amount")

        status = DepositStatus(src_.pop("status"))

        ctime = codec.parse_unix(src_.pop("ctime"), scale=1000)

        def _parse_transaction_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transaction_hash = _parse_transaction_hash(src_.pop("transactionHash", UNSET))

        def _parse_network(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        network = _parse_network(src_.pop("network", UNSET))

        result_ = cls(
            id=id,
            coin=coin,
            type_=type_,
            from_address=from_address,
            to_address=to_address,
            amount=amount,
            status=status,
            ctime=ctime,
            transaction_hash=transaction_hash,
            network=network,
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
