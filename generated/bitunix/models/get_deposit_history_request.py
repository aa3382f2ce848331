from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.deposit_type import DepositType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetDepositHistoryRequest")


@_attrs_define
class GetDepositHistoryRequest:
    """Deposit history filter; every field optional."""

    id: str | Unset = UNSET
    """ Deposit or transfer id. """
    coin: str | Unset = UNSET
    """ Token. """
    type_: DepositType | Unset = UNSET
    """ `deposit` = on-chain deposit, `inside_transfer_in` = incoming internal transfer. """
    transaction_hash: str | Unset = UNSET
    """ Transaction hash (type `deposit` only). """
    start_time: datetime.datetime | Unset = UNSET
    """ Start time, epoch milliseconds. """
    end_time: datetime.datetime | Unset = UNSET
    """ End time, epoch milliseconds. """
    limit: int | Unset = 100
    """ Number of records, at most 100 (default 100). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        coin = self.coin

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        transaction_hash = self.transaction_hash

        start_time: int | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = codec.format_unix(self.start_time, scale=1000)

        end_time: int | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = codec.format_unix(self.end_time, scale=1000)

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if coin is not UNSET:
            field_dict["coin"] = coin
        if type_ is not UNSET:
            field_dict["type"] = type_
        if transaction_hash is not UNSET:
            field_dict["transactionHash"] = transaction_hash
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        id = codec.expect_optional(src_.pop("id", UNSET), str, "id")

        coin = codec.expect_optional(src_.pop("coin", UNSET), str, "coin")

        _type_ = src_.pop("type", UNSET)
        type_: DepositType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DepositType(_type_)

        transaction_hash = codec.expect_optional(src_.pop("transactionHash", UNSET), str, "transactionHash")

        _start_time = src_.pop("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = codec.parse_unix(_start_time, scale=1000)

        _end_time = src_.pop("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = codec.parse_unix(_end_time, scale=1000)

        limit = codec.expect_optional(src_.pop("limit", UNSET), int, "limit")

        result_ = cls(
            id=id,
            coin=coin,
            type_=type_,
            transaction_hash=transaction_hash,
            start_time=start_time,
            end_time=end_time,
            limit=limit,
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
