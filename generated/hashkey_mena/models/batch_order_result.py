from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_order import NewOrder


T = TypeVar("T", bound="BatchOrderResult")


@_attrs_define
class BatchOrderResult:
    """Result of one order of a batch. `order` is present in every example but is left optional: a failed item carries
    `msg` instead.

    """

    code: int | str
    """ Result code of this order: "0000" on success (a JSON string in the example and in recorded payloads; the
    table says INTEGER). """
    msg: str | Unset = UNSET
    """ Error message when this order failed, e.g. "Create order failed". """
    order: NewOrder | Unset = UNSET
    """ An order as acknowledged on creation (create order, each item of a batch). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | str
        code = self.code

        msg = self.msg

        order: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if msg is not UNSET:
            field_dict["msg"] = msg
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_order import NewOrder  # noqa: PLC0415

        src_ = dict(src_dict)

        def _parse_code(data: object) -> int | str:
            return cast(int | str, data)

        code = _parse_code(src_.pop("code"))

        msg = codec.expect_optional(src_.pop("msg", UNSET), str, "msg")

        _order = src_.pop("order", UNSET)
        order: NewOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = NewOrder.from_dict(_order)

        result_ = cls(
            code=code,
            msg=msg,
            order=order,
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
