from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="CreateAssetTransferResponse")


@_attrs_define
class CreateAssetTransferResponse:
    """Transfer result."""

    success: bool
    """ Whether the transfer succeeded. """
    timestamp: datetime.datetime
    """ Transfer completion time, epoch milliseconds. """
    client_order_id: str
    """ Client transfer ID (empty when not sent). """
    order_id: str
    """ Transfer order ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        timestamp = codec.format_unix(self.timestamp, scale=1000)

        client_order_id = self.client_order_id

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "timestamp": timestamp,
                "clientOrderId": client_order_id,
                "orderId": order_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["success"]
                _f1 = src_dict["timestamp"]
                _f2 = src_dict["clientOrderId"]
                _f3 = src_dict["orderId"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 4
                    and type(_f0) is bool
                    and type(_f1) is int
                    and type(_f2) is str
                    and type(_f3) is str
                ):
                    try:
                        timestamp = codec.parse_unix(_f1, scale=1000)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        return cls(
                            _f0,  # success
                            timestamp,
                            _f2,  # client_order_id
                            _f3,  # order_id
                        )

        src_ = dict(src_dict)
        success = codec.expect(src_.pop("success"), bool, "success")

        timestamp = codec.parse_unix(src_.pop("timestamp"), scale=1000)

        client_order_id = codec.expect(src_.pop("clientOrderId"), str, "clientOrderId")

        order_id = codec.expect(src_.pop("orderId"), str, "orderId")

        result_ = cls(
            success=success,
            timestamp=timestamp,
            client_order_id=client_order_id,
            order_id=order_id,
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
