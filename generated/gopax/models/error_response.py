from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Error body. The seed defines none; the shape comes from ccxt `handle_errors` and GOPAX's
    2018 docs. `errorCode` is one of `x-error-codes` (or a newer code); `errorMessage` is
    free text (e.g. `Order server error: 201`).

    """

    error_message: str
    error_code: int
    error_data: Any | Unset = UNSET
    """ Extra detail, e.g. `Order server error: 202`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_message = self.error_message

        error_code = self.error_code

        error_data = self.error_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorMessage": error_message,
                "errorCode": error_code,
            }
        )
        if error_data is not UNSET:
            field_dict["errorData"] = error_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        error_message = codec.expect(src_.pop("errorMessage"), str, "errorMessage")

        error_code = codec.expect(src_.pop("errorCode"), int, "errorCode")

        error_data = src_.pop("errorData", UNSET)

        result_ = cls(
            error_message=error_message,
            error_code=error_code,
            error_data=error_data,
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
