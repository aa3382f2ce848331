from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.transfer_status import TransferStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CryptoTransfer")


@_attrs_define
class CryptoTransfer:
    """One crypto deposit or withdrawal."""

    address: str
    """ Blockchain address. """
    amount: Decimal
    """ Amount. """
    status: TransferStatus
    """ Status of a deposit or withdrawal. EXECUTED is the only documented value. """
    symbol: str
    """ Asset ticker symbol, e.g. BTC. """
    timestamp: datetime.datetime
    """ Execution time (UTC). """
    tx_hash: str
    """ Transaction hash. """
    fee: Decimal | Unset = UNSET
    """ Fee. Listed in the documentation's field table but absent from its examples. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        amount = codec.format_decimal(self.amount)

        status = self.status.value

        symbol = self.symbol

        timestamp = codec.format_datetime(self.timestamp)

        tx_hash = self.tx_hash

        fee: str | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = codec.format_decimal(self.fee)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "amount": amount,
                "status": status,
                "symbol": symbol,
                "timestamp": timestamp,
                "txHash": tx_hash,
            }
        )
        if fee is not UNSET:
            field_dict["fee"] = fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        address = codec.expect(src_.pop("address"), str, "address")

        amount = codec.parse_decimal_field(src_.pop("amount"), "amount")

        status = TransferStatus(src_.pop("status"))

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        timestamp = codec.parse_datetime(src_.pop("timestamp"))

        tx_hash = codec.expect(src_.pop("txHash"), str, "txHash")

        _fee = src_.pop("fee", UNSET)
        fee: Decimal | Unset
        if isinstance(_fee, Unset):
            fee = UNSET
        else:
            fee = codec.parse_decimal_field(_fee, "fee")

        result_ = cls(
            address=address,
            amount=amount,
            status=status,
            symbol=symbol,
            timestamp=timestamp,
            tx_hash=tx_hash,
            fee=fee,
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
