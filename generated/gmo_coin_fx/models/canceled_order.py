from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="CanceledOrder")


@_attrs_define
class CanceledOrder:
    """An order whose cancellation was accepted."""

    root_order_id: int
    """ Root (parent) order ID. """
    client_order_id: str | Unset = UNSET
    """ Client order ID; returned only when one was set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        root_order_id = self.root_order_id

        client_order_id = self.client_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rootOrderId": root_order_id,
            }
        )
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["rootOrderId"]
                _f1 = src_dict.get("clientOrderId", UNSET)
            except KeyError:
                pass
            else:
                if len(src_dict) == 1 + (_f1 is not UNSET) and type(_f0) is int and (_f1 is UNSET or type(_f1) is str):
                    return cls(
                        _f0,  # root_order_id
                        _f1,  # client_order_id
                    )

        src_ = dict(src_dict)
        root_order_id = codec.expect(src_.pop("rootOrderId"), int, "rootOrderId")

        client_order_id = codec.expect_optional(src_.pop("clientOrderId", UNSET), str, "clientOrderId")

        result_ = cls(
            root_order_id=root_order_id,
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
