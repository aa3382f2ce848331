from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.transfer_status import TransferStatus

T = TypeVar("T", bound="FiatTransfer")


@_attrs_define
class FiatTransfer:
    """One JPY deposit or withdrawal."""

    amount: Decimal
    """ Amount (JPY). """
    fee: Decimal
    """ Fee (JPY). """
    status: TransferStatus
    """ Status of a deposit or withdrawal. EXECUTED is the only documented value. """
    symbol: str
    """ Asset symbol; always JPY. """
    timestamp: datetime.datetime
    """ Execution time (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = codec.format_decimal(self.amount)

        fee = codec.format_decimal(self.fee)

        status = self.status.value

        symbol = self.symbol

        timestamp = codec.format_datetime(self.timestamp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "fee": fee,
                "status": status,
                "symbol": symbol,
                "timestamp": timestamp,
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
                _f1 = src_dict["fee"]
                _f2 = src_dict["status"]
                _f3 = src_dict["symbol"]
                _f4 = src_dict["timestamp"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 5
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                ):
                    try:
                        amount = Decimal(_f0)
                        fee = Decimal(_f1)
                        status = TransferStatus(_f2)
                        timestamp = datetime.datetime.fromisoformat(_f4)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if amount.is_finite() and fee.is_finite() and timestamp.tzinfo is not None:
                            return cls(
                                amount,
                                fee,
                                status,
                                _f3,  # symbol
                                timestamp,
                            )

        src_ = dict(src_dict)
        amount = codec.parse_decimal_field(src_.pop("amount"), "amount")

        fee = codec.parse_decimal_field(src_.pop("fee"), "fee")

        status = TransferStatus(src_.pop("status"))

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        timestamp = codec.parse_datetime(src_.pop("timestamp"))

        result_ = cls(
            amount=amount,
            fee=fee,
            status=status,
            symbol=symbol,
            timestamp=timestamp,
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
