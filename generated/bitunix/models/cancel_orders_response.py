from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cancel_orders_result import CancelOrdersResult


T = TypeVar("T", bound="CancelOrdersResponse")


@_attrs_define
class CancelOrdersResponse:
    """Whole response body of `cancelOrders`: the `{code, msg, data}` envelope."""

    code: int | str
    """ Result code. `0` / `"0"` is success; anything else is an error (see `info.x-error-codes`). The tables type
    it as a number but every example sends a string. """
    msg: str
    """ Result description, e.g. `Success`, `success`, `result.success`. """
    data: CancelOrdersResult | None
    """ Undocumented object, or null. """
    success: bool | Unset = UNSET
    """ Undocumented success flag. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cancel_orders_result import CancelOrdersResult  # noqa: PLC0415

        code: int | str
        code = self.code

        msg = self.msg

        data: dict[str, Any] | None
        if isinstance(self.data, CancelOrdersResult):
            data = self.data.to_dict()
        else:
            data = self.data

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
        from ..models.cancel_orders_result import CancelOrdersResult  # noqa: PLC0415

        src_ = dict(src_dict)

        def _parse_code(data: object) -> int | str:
            return cast(int | str, data)

        code = _parse_code(src_.pop("code"))

        msg = codec.expect(src_.pop("msg"), str, "msg")

        def _parse_data(data: object) -> CancelOrdersResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = CancelOrdersResult.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CancelOrdersResult | None, data)

        data = _parse_data(src_.pop("data"))

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
