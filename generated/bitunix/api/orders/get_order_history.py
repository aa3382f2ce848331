"""POST /api/spot/v1/order/history/page: List past orders of a pair

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/order/#5-query-order-history.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal

from venuekit import check
from venuekit.client import Call, Operation, json_body

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
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    payload = GetOrderHistoryRequest(
        symbol=check.string("symbol", symbol),
        page=UNSET if page is None else check.limited(check.integer, minimum=1)("page", page),
        page_size=UNSET if page_size is None else check.limited(check.integer, minimum=1)("page_size", page_size),
        start_time=UNSET if start_time is None else check.datetime("start_time", start_time),
        end_time=UNSET if end_time is None else check.datetime("end_time", end_time),
        status=UNSET if status is None else _check_OrderStatus("status", status),
        side=UNSET if side is None else _check_SideString("side", side),
        type_=UNSET if type_ is None else _check_OrderTypeString("type_", type_),
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
