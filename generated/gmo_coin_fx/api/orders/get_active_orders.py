"""GET /private/v1/activeOrders: List active orders

Generated from specs/gmo_coin_fx/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import GetActiveOrdersResponse, OrdersList

OPERATION = Operation(
    name="get_active_orders",
    method="GET",
    path="/v1/activeOrders",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="getActiveOrders",
    tag="orders",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_integer = check.limited(check.integer, minimum=1, maximum=100)


def _parse(body: Any) -> OrdersList:
    return GetActiveOrdersResponse.from_dict(body).data


def request(
    *,
    symbol: str | None = None,
    prev_id: int | None = None,
    count: int | None = None,
) -> Call[OrdersList]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    if symbol is not None:
        symbol = _check_string("symbol", symbol)
    if prev_id is not None:
        prev_id = check.integer("prev_id", prev_id)
    if count is not None:
        count = _check_integer("count", count)
    query: list[tuple[str, str]] = []
    if symbol is not None:
        query.append(("symbol", query_value(symbol)))
    if prev_id is not None:
        query.append(("prevId", query_value(prev_id)))
    if count is not None:
        query.append(("count", query_value(count)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
