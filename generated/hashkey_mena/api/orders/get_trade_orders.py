"""GET /api/v1/spot/tradeOrders: List order history

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal

from venuekit import check, codec
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import OrderDetail, Side

OPERATION = Operation(
    name="get_trade_orders",
    method="GET",
    path="/api/v1/spot/tradeOrders",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getTradeOrders",
    tag="orders",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_Side = check.enum_of(Side)
_check_integer = check.limited(check.integer, maximum=1000)


def _parse(body: Any) -> list[OrderDetail]:
    response_200 = []
    _response_200 = body
    for componentsschemas_get_trade_orders_response_item_data in codec.expect_list(_response_200, "response_200"):
        componentsschemas_get_trade_orders_response_item = OrderDetail.from_dict(
            componentsschemas_get_trade_orders_response_item_data
        )

        response_200.append(componentsschemas_get_trade_orders_response_item)

    return response_200


def request(
    *,
    from_order_id: str | None = None,
    symbol: str | None = None,
    start_time: datetime.datetime | None = None,
    end_time: datetime.datetime | None = None,
    side: Side | Literal["BUY", "SELL"] | None = None,
    limit: int | None = None,
) -> Call[list[OrderDetail]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    if from_order_id is not None:
        from_order_id = _check_string("from_order_id", from_order_id)
    if symbol is not None:
        symbol = _check_string("symbol", symbol)
    if start_time is not None:
        start_time = check.datetime("start_time", start_time)
    if end_time is not None:
        end_time = check.datetime("end_time", end_time)
    if side is not None:
        side = _check_Side("side", side)
    if limit is not None:
        limit = _check_integer("limit", limit)
    query: list[tuple[str, str]] = []
    if from_order_id is not None:
        query.append(("fromOrderId", query_value(from_order_id)))
    if symbol is not None:
        query.append(("symbol", query_value(symbol)))
    if start_time is not None:
        query.append(("startTime", str(codec.format_unix(start_time, scale=1000))))
    if end_time is not None:
        query.append(("endTime", str(codec.format_unix(end_time, scale=1000))))
    if side is not None:
        query.append(("side", query_value(side)))
    if limit is not None:
        query.append(("limit", query_value(limit)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
