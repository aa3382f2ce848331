from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.order_status import OrderStatus
from ..models.order_type_string import OrderTypeString
from ..models.side_string import SideString
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetOrderHistoryRequest")


@_attrs_define
class GetOrderHistoryRequest:
    """Order history filter."""

    symbol: str
    """ Trading pair (required). """
    page: int | Unset = UNSET
    """ Page number. """
    page_size: int | Unset = UNSET
    """ Items per page. """
    start_time: datetime.datetime | Unset = UNSET
    """ Earliest creation time, ISO-8601. """
    end_time: datetime.datetime | Unset = UNSET
    """ Latest creation time, ISO-8601. """
    status: OrderStatus | Unset = UNSET
    """ Order status, a string holding the numeric code: 1 unfilled, 2 filled, 3 partially filled, 4 cancelled, 7
    partially filled then cancelled. """
    side: SideString | Unset = UNSET
    """ Order side as a string holding the numeric code (order reads, history filter): "1" = sell, "2" = buy. """
    type_: OrderTypeString | Unset = UNSET
    """ Order type as a string holding the numeric code: "1" = limit, "2" = market. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        page = self.page

        page_size = self.page_size

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = codec.format_datetime(self.start_time)

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = codec.format_datetime(self.end_time)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if status is not UNSET:
            field_dict["status"] = status
        if side is not UNSET:
            field_dict["side"] = side
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        page = codec.expect_optional(src_.pop("page", UNSET), int, "page")

        page_size = codec.expect_optional(src_.pop("pageSize", UNSET), int, "pageSize")

        _start_time = src_.pop("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = codec.parse_datetime(_start_time)

        _end_time = src_.pop("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = codec.parse_datetime(_end_time)

        _status = src_.pop("status", UNSET)
        status: OrderStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrderStatus(_status)

        _side = src_.pop("side", UNSET)
        side: SideString | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = SideString(_side)

        _type_ = src_.pop("type", UNSET)
        type_: OrderTypeString | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OrderTypeString(_type_)

        result_ = cls(
            symbol=symbol,
            page=page,
            page_size=page_size,
            start_time=start_time,
            end_time=end_time,
            status=status,
            side=side,
            type_=type_,
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
