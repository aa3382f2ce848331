"""GET /private/v1/orders: Get orders by id

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import GetOrdersResponse, OrdersList

OPERATION = Operation(
    name="get_orders",
    method="GET",
    path="/v1/orders",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="getOrders",
    tag="orders",
    retry_safe=True,
)


def _parse(body: Any) -> OrdersList:
    return GetOrdersResponse.from_dict(body).data


def request(
    *,
    order_id: Sequence[int],
) -> Call[OrdersList]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    order_id = check.items("order_id", order_id, check.integer, min_items=1, max_items=10)
    query: list[tuple[str, str]] = []
    query.append(("orderId", query_value(order_id)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
