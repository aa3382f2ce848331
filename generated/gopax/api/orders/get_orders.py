"""GET /orders: Get the open orders.

Generated from specs/gopax/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check, codec
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import Order

OPERATION = Operation(
    name="get_orders",
    method="GET",
    path="/orders",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getOrders",
    tag="orders",
    retry_safe=True,
)


def _parse(body: Any) -> list[Order]:
    response_200 = []
    _response_200 = body
    for componentsschemas_get_orders_response_item_data in codec.expect_list(_response_200, "response_200"):
        componentsschemas_get_orders_response_item = Order.from_dict(componentsschemas_get_orders_response_item_data)

        response_200.append(componentsschemas_get_orders_response_item)

    return response_200


def request(
    *,
    include_past: bool | None = None,
) -> Call[list[Order]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    if include_past is not None:
        include_past = check.boolean("include_past", include_past)
    query: list[tuple[str, str]] = []
    if include_past is not None:
        query.append(("includePast", query_value(include_past)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
