"""POST /api/spot/v1/order/history/page: List past orders of a pair

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/order/#5-query-order-history.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body

from ...models import (
    GetOrderHistoryRequest,
    GetOrderHistoryResponse,
    OrderPage,
    OrderStatus,
    OrderTypeString,
    SideString,
)
from ...types import UNSET

OPERATION = Operation(
    name="get_order_history",
    method="POST",
    path="/api/spot/v1/order/history/page",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getOrderHistory",
    tag="orders",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_integer = check.limited(check.integer, minimum=1)
_check_OrderStatus = check.enum_of(OrderStatus)
_check_SideString = check.enum_of(SideString)
_check_OrderTypeString = check.enum_of(OrderTypeString)


def _parse(body: Any) -> OrderPage:
    return GetOrderHistoryResponse.from_dict(body).data


def request(
    *,
    symbol: str,
    page: int | None = None,
    page_size: int | None = None,
    start_time: datetime.datetime | None = None,
    end_time: datetime.datetime | None = None,
    status: OrderStatus | Literal["1", "2", "3", "4", "7"] | None = None,
    side: SideString | Literal["1", "2"] | None = None,
    type_: OrderTypeString | Literal["1", "2"] | None = None,
) -> Call[OrderPage]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    symbol = _check_string("symbol", symbol)
    if page is not None:
        page = _check_integer("page", page)
    if page_size is not None:
        page_size = _check_integer("page_size", page_size)
    if start_time is not None:
        start_time = check.datetime("start_time", start_time)
    if end_time is not None:
        end_time = check.datetime("end_time", end_time)
    if status is not None:
        status = _check_OrderStatus("status", status)
    if side is not None:
        side = _check_SideString("side", side)
    if type_ is not None:
        type_ = _check_OrderTypeString("type_", type_)
    payload = GetOrderHistoryRequest(
        symbol=symbol,
        page=UNSET if page is None else page,
        page_size=UNSET if page_size is None else page_size,
        start_time=UNSET if start_time is None else start_time,
        end_time=UNSET if end_time is None else end_time,
        status=UNSET if status is None else status,
        side=UNSET if side is None else side,
        type_=UNSET if type_ is None else type_,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
