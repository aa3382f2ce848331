"""DELETE /api/v1/spot/cancelAllOpenOrders: Cancel all open spot orders

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import CancelAllOpenOrdersResponse, Side

OPERATION = Operation(
    name="cancel_all_open_orders",
    method="DELETE",
    path="/api/v1/spot/cancelAllOpenOrders",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="cancelAllOpenOrders",
    tag="orders",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_Side = check.enum_of(Side)
_check_integer = check.limited(check.integer, maximum=200)


def _parse(body: Any) -> CancelAllOpenOrdersResponse:
    response_200 = CancelAllOpenOrdersResponse.from_dict(body)

    return response_200


def request(
    *,
    symbol: str | None = None,
    side: Side | Literal["BUY", "SELL"] | None = None,
    from_order_id: str | None = None,
    limit: int | None = None,
) -> Call[CancelAllOpenOrdersResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    if symbol is not None:
        symbol = _check_string("symbol", symbol)
    if side is not None:
        side = _check_Side("side", side)
    if from_order_id is not None:
        from_order_id = _check_string("from_order_id", from_order_id)
    if limit is not None:
        limit = _check_integer("limit", limit)
    query: list[tuple[str, str]] = []
    if symbol is not None:
        query.append(("symbol", query_value(symbol)))
    if side is not None:
        query.append(("side", query_value(side)))
    if from_order_id is not None:
        query.append(("fromOrderId", query_value(from_order_id)))
    if limit is not None:
        query.append(("limit", query_value(limit)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
