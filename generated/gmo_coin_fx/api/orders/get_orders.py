"""GET /private/v1/orders: Get orders by order ID or root order ID

Generated from specs/gmo_coin_fx/openapi.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from venuekit import check, rules
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
_RULES = (rules.OneOf(names=("root_order_id", "order_id"), least=1, most=1, code="ERR-5209", when=None, in_=()),)


def _parse(body: Any) -> OrdersList:
    return GetOrdersResponse.from_dict(body).data


def request(
    *,
    root_order_id: Sequence[int] | None = None,
    order_id: Sequence[int] | None = None,
) -> Call[OrdersList]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    if root_order_id is not None:
        root_order_id = check.items("root_order_id", root_order_id, check.integer, min_items=1, max_items=10)
    if order_id is not None:
        order_id = check.items("order_id", order_id, check.integer, min_items=1, max_items=10)
    check.rules(
        _RULES,
        {
            "root_order_id": root_order_id,
            "order_id": order_id,
        },
    )
    query: list[tuple[str, str]] = []
    if root_order_id is not None:
        query.append(("rootOrderId", query_value(root_order_id)))
    if order_id is not None:
        query.append(("orderId", query_value(order_id)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
