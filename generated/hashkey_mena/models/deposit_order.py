from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="DepositOrder")


@_attrs_define
class DepositOrder:
    """A crypto deposit."""

    time: datetime.datetime
    """ Creation time, epoch milliseconds as a JSON string. """
    coin: str
    """ Coin. """
    coin_name: str
    """ Coin name. """
    address: str
    """ Deposit address. """
    quantity: Decimal
    """ Deposit amount (sent with 20 decimals). """
    status: int
    """ Deposit status: 1 pending address authentication, 2 under review, 3 failed, 4 successful, 5 refund, 6 refund
    completed, 7 refund failed, 8 in the account, 9 first address verification of a personal deposit failed, 10
    internal failure. """
    status_code: str
    """ Same as status, as a string. """
    tx_id: str
    """ On-chain transaction ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = str(codec.format_unix(self.time, scale=1000))

        coin = self.coin

        coin_name = self.coin_name

        address = self.address

        quantity = codec.format_decimal(self.quantity)

        status = self.status

        status_code = self.status_code

        tx_id = self.tx_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "coin": coin,
                "coinName": coin_name,
                "address": address,
                "quantity": quantity,
                "status": status,
                "statusCode": status_code,
                "txId": tx_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["time"]
                _f1 = src_dict["coin"]
                _f2 = src_dict["coinName"]
                _f3 = src_dict["address"]
                _f4 = src_dict["quantity"]
                _f5 = src_dict["status"]
                _f6 = src_dict["statusCode"]
                _f7 = src_dict["txId"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 8
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                    and type(_f5) is int
                    and type(_f6) is str
                    and type(_f7) is str
                ):
                    try:
                        time = codec.parse_unix(_f0, scale=1000)
                        quantity = Decimal(_f4)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if quantity.is_finite():
                            return cls(
                                time,
                                _f1,  # coin
                                _f2,  # coin_name
                                _f3,  # address
                                quantity,
                                _f5,  # status
                                _f6,  # status_code
                                _f7,  # tx_id
                            )

        src_ = dict(src_dict)
        time = codec.parse_unix(src_.pop("time"), scale=1000)

        coin = codec.expect(src_.pop("coin"), str, "coin")

        coin_name = codec.expect(src_.pop("coinName"), str, "coinName")

        address = codec.expect(src_.pop("address"), str, "address")

        quantity = codec.parse_decimal_field(src_.pop("quantity"), "quantity")

        status = codec.parse_int(src_.pop("status"), "status")

        status_code = codec.expect(src_.pop("statusCode"), str, "statusCode")

        tx_id = codec.expect(src_.pop("txId"), str, "txId")

        result_ = cls(
            time=time,
            coin=coin,
            coin_name=coin_name,
            address=address,
            quantity=quantity,
            status=status,
            status_code=status_code,
            tx_id=tx_id,
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
