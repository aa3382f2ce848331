from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_message import ErrorMessage


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Error body: status is not 0 (observed: 1 for most errors, 5 during maintenance) and `messages` lists the errors."""

    status: int
    """ Non-zero status code of the failed request. """
    messages: list[ErrorMessage]
    """ Errors of the request. """
    responsetime: datetime.datetime | Unset = UNSET
    """ Server time of the response (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        responsetime: str | Unset = UNSET
        if not isinstance(self.responsetime, Unset):
            responsetime = codec.format_datetime(self.responsetime)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "messages": messages,
            }
        )
        if responsetime is not UNSET:
            field_dict["responsetime"] = responsetime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_message import ErrorMessage  # noqa: PLC0415

        src_ = dict(src_dict)
        status = codec.expect(src_.pop("status"), int, "status")

        messages = []
        _messages = src_.pop("messages")
        for messages_item_data in codec.expect_list(_messages, "messages"):
            messages_item = ErrorMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        _responsetime = src_.pop("responsetime", UNSET)
        responsetime: datetime.datetime | Unset
        if isinstance(_responsetime, Unset):
            responsetime = UNSET
        else:
            responsetime = codec.parse_datetime(_responsetime)

        result_ = cls(
            status=status,
            messages=messages,
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
