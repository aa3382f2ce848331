from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLastPriceResponse")


@_attrs_define
class GetLastPriceResponse:
    """Whole response body of `getLastPrice`: the `{code, msg, data}` envelope."""

    code: int | str
    """ Result code. `0` / `"0"` is success; anything else is an error (see `info.x-error-codes`). The tables type
    it as a number but every example sends a string. """
    msg: str
    """ Result description, e.g. `Success`, `success`, `result.success`. """
    data: Decimal
    """ Last price. """
    success: bool | Unset = UNSET
    """ Undocumented success flag. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | str
        code = self.code

        msg = self.msg

        data = codec.format_decimal(self.data)

        success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "msg": msg,
                "data": data,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)

        def _parse_code(data: object) -> int | str:
            return cast(int | str, data)

        code = _parse_code(src_.pop("code"))

        msg = codec.expect(src_.pop("msg"), str, "msg")

        data = codec.parse_decimal_field(src_.pop("data"), "data")

        success = codec.expect_optional(src_.pop("success", UNSET), bool, "success")

        result_ = cls(
            code=code,
            msg=msg,
            data=data,
            success=success,
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
