from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.fiat_channel import FiatChannel
from ..models.fiat_order_status import FiatOrderStatus
from ..models.fiat_order_type import FiatOrderType

T = TypeVar("T", bound="FiatOrder")


@_attrs_define
class FiatOrder:
    """A fiat deposit or withdrawal."""

    order_id: str
    """ Fiat order ID, e.g. NFW730739521377169408. """
    type_: FiatOrderType
    """ Fiat order type. """
    remark: str
    """ Deposit: the remark of the bank deposit. """
    asset: str
    """ Asset ("USD" or "HKD"); the fee asset is the same. """
    gross_amount: Decimal
    """ Order amount. """
    net_amount: Decimal
    """ Net amount: deposit = gross - fee; withdrawal = gross + fee. """
    fee: Decimal
    """ Fee. """
    status: FiatOrderStatus
    """ Fiat order status. Deposits: under_review, processing, failed, successful, withdraw_return. Withdrawals:
    under_review, processing, failed, successful, return. The request filter accepts under_review, processing,
    successful, failed. """
    created_time: datetime.datetime
    """ Creation time, epoch milliseconds as a JSON string. """
    updated_time: datetime.datetime
    """ Update time, epoch milliseconds as a JSON string. """
    channel: FiatChannel
    """ Fiat channel: auto (default) or manual (use manual for records before 2023-09-01). """
    client_order_id: str
    """ Client order ID (in the example, not in the field table). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        type_ = self.type_.value

        remark = self.remark

        asset = self.asset

        gross_amount = codec.format_decimal(self.gross_amount)

        net_amount = codec.format_decimal(self.net_amount)

        fee = codec.format_decimal(self.fee)

        status = self.status.value

        created_time = str(codec.format_unix(self.created_time, scale=1000))

        updated_time = str(codec.format_unix(self.updated_time, scale=1000))

        channel = self.channel.value

        client_order_id = self.client_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "type": type_,
                "remark": remark,
                "asset": asset,
                "grossAmount": gross_amount,
                "netAmount": net_amount,
                "fee": fee,
                "status": status,
                "createdTime": created_time,
                "updatedTime": updated_time,
                "channel": channel,
                "clientOrderId": client_order_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["orderId"]
                _f1 = src_dict["type"]
                _f2 = src_dict["remark"]
                _f3 = src_dict["asset"]
                _f4 = src_dict["grossAmount"]
                _f5 = src_dict["netAmount"]
                _f6 = src_dict["fee"]
                _f7 = src_dict["status"]
                _f8 = src_dict["createdTime"]
                _f9 = src_dict["updatedTime"]
                _f10 = src_dict["channel"]
                _f11 = src_dict["clientOrderId"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 12
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                    and type(_f5) is str
                    and type(_f6) is str
                    and type(_f7) is str
                    and type(_f8) is str
                    and type(_f9) is str
                    and type(_f10) is str
                    and type(_f11) is str
                ):
                    try:
                        type_ = FiatOrderType(_f1)
                        gross_amount = Decimal(_f4)
                        net_amount = Decimal(_f5)
                        fee = Decimal(_f6)
                        status = FiatOrderStatus(_f7)
                        created_time = codec.parse_unix(_f8, scale=1000)
                        updated_time = codec.parse_unix(_f9, scale=1000)
                        channel = FiatChannel(_f10)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if gross_amount.is_finite() and net_amount.is_finite() and fee.is_finite():
                            return cls(
                                _f0,  # order_id
                                type_,
                                _f2,  # remark
                                _f3,  # asset
                                gross_amount,
                                net_amount,
                                fee,
                                status,
                                created_time,
                                updated_time,
                                channel,
                                _f11,  # client_order_id
                            )

        src_ = dict(src_dict)
        order_id = codec.expect(src_.pop("orderId"), str, "orderId")

        type_ = FiatOrderType(src_.pop("type"))

        remark = codec.expect(src_.pop("remark"), str, "remark")

        asset = codec.expect(src_.pop("asset"), str, "asset")

        gross_amount = codec.parse_decimal_field(src_.pop("grossAmount"), "grossAmount")

        net_amount = codec.parse_decimal_field(src_.pop("netAmount"), "netAmount")

        fee = codec.parse_decimal_field(src_.pop("fee"), "fee")

        status = FiatOrderStatus(src_.pop("status"))

        created_time = codec.parse_unix(src_.pop("createdTime"), scale=1000)

        updated_time = codec.parse_unix(src_.pop("updatedTime"), scale=1000)

        channel = FiatChannel(src_.pop("channel"))

        client_order_id = codec.expect(src_.pop("clientOrderId"), str, "clientOrderId")

        result_ = cls(
            order_id=order_id,
            type_=type_,
            remark=remark,
            asset=asset,
            gross_amount=gross_amount,
            net_amount=net_amount,
            fee=fee,
            status=status,
            created_time=created_time,
            updated_time=updated_time,
            channel=channel,
            client_order_id=client_order_id,
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
