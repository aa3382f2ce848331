from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelOrdersRequest")


@_attrs_define
class CancelOrdersRequest:
    """Exactly one of `rootOrderIds` and `clientOrderIds` is required; at most 10 entries."""

    root_order_ids: list[int] | Unset = UNSET
    """ Root (parent) order IDs to cancel (a JSON array). """
    client_order_ids: list[str] | Unset = UNSET
    """ Client order IDs to cancel (a JSON array). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        root_order_ids: list[int] | Unset = UNSET
        if not isinstance(self.root_order_ids, Unset):
            root_order_ids = self.root_order_ids

        client_order_ids: list[str] | Unset = UNSET
        if not isinstance(self.client_order_ids, Unset):
            client_order_ids = self.client_order_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if root_order_ids is not UNSET:
            field_dict["rootOrderIds"] = root_order_ids
        if client_order_ids is not UNSET:
            field_dict["clientOrderIds"] = client_order_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        root_order_ids = cast(
            list[int], codec.expect_list(src_.pop("rootOrderIds", UNSET), "rootOrderIds", optional=True)
        )

        client_order_ids = cast(
            list[str], codec.expect_list(src_.pop("clientOrderIds", UNSET), "clientOrderIds", optional=True)
        )

        result_ = cls(
            root_order_ids=root_order_ids,
            client_order_ids=client_order_ids,
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
