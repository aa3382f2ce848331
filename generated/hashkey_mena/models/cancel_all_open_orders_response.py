from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="CancelAllOpenOrdersResponse")


@_attrs_define
class CancelAllOpenOrdersResponse:
    """Cancel-all result."""

    code: str
    """ Return code of the cancellation request ("0000"). """
    message: str
    """ Return message; "success" means the request was accepted. """
    timestamp: datetime.datetime
    """ Response time, epoch milliseconds (JSON number). """
    last_order_id: int
    """ Last order ID to be cancelled. A bare JSON int64: the doc example already shows float rounding
    (1470930457684189700), so parse it without float. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        timestamp = codec.format_unix(self.timestamp, scale=1000)

        last_order_id = self.last_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "timestamp": timestamp,
                "lastOrderId": last_order_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["code"]
                _f1 = src_dict["message"]
                _f2 = src_dict["timestamp"]
                _f3 = src_dict["lastOrderId"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 4
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is int
                    and type(_f3) is int
                ):
                    try:
                        timestamp = codec.parse_unix(_f2, scale=1000)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        return cls(
                            _f0,  # code
                            _f1,  # message
                            timestamp,
                            _f3,  # last_order_id
                        )

        src_ = dict(src_dict)
        code = codec.expect(src_.pop("code"), str, "code")

        message = codec.expect(src_.pop("message"), str, "message")

        timestamp = codec.parse_unix(src_.pop("timestamp"), scale=1000)

        last_order_id = codec.expect(src_.pop("lastOrderId"), int, "lastOrderId")

        result_ = cls(
            code=code,
            message=message,
            timestamp=timestamp,
            last_order_id=last_order_id,
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
