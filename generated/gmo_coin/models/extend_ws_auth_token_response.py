from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="ExtendWsAuthTokenResponse")


@_attrs_define
class ExtendWsAuthTokenResponse:
    """Success body of extendWsAuthToken (envelope only; no data member)."""

    status: int
    """ Processing status; 0 on success. """
    responsetime: datetime.datetime
    """ Server time of the response (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        responsetime = codec.format_datetime(self.responsetime)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "responsetime": responsetime,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["status"]
                _f1 = src_dict["responsetime"]
            except KeyError:
                pass
            else:
                if len(src_dict) == 2 and type(_f0) is int and type(_f1) is str:
                    try:
                        responsetime = datetime.datetime.fromisoformat(_f1)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if responsetime.tzinfo is not None:
                            return cls(
                                _f0,  # status
                                responsetime,
                            )

        src_ = dict(src_dict)
        status = codec.expect(src_.pop("status"), int, "status")

        responsetime = codec.parse_datetime(src_.pop("responsetime"))

        result_ = cls(
            status=status,
            responsetime=responsetime,
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
