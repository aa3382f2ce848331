from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="AuthenticateDepositAddressResponse")


@_attrs_define
class AuthenticateDepositAddressResponse:
    """Authentication result."""

    success: bool
    """ Whether the declaration was accepted. """
    msg: str
    """ Message (empty on success). """
    timestamp: datetime.datetime
    """ Time, epoch milliseconds as a JSON string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        msg = self.msg

        timestamp = str(codec.format_unix(self.timestamp, scale=1000))

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "msg": msg,
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
                _f0 = src_dict["success"]
                _f1 = src_dict["msg"]
                _f2 = src_dict["timestamp"]
            except KeyError:
                pass
            else:
                if len(src_dict) == 3 and type(_f0) is bool and type(_f1) is str and type(_f2) is str:
                    try:
                        timestamp = codec.parse_unix(_f2, scale=1000)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        return cls(
                            _f0,  # success
                            _f1,  # msg
                            timestamp,
                        )

        src_ = dict(src_dict)
        success = codec.expect(src_.pop("success"), bool, "success")

        msg = codec.expect(src_.pop("msg"), str, "msg")

        timestamp = codec.parse_unix(src_.pop("timestamp"), scale=1000)

        result_ = cls(
            success=success,
            msg=msg,
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
