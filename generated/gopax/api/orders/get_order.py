"""GET /orders/{order_id}: Get one order by id.

Generated from specs/gopax/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import Order

OPERATION = Operation(
    name="get_order",
    method="GET",
    path="/orders/{order_id}",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getOrder",
    tag="orders",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> Order:
    response_200 = Order.from_dict(body)

    return response_200


def request(
    *,
    order_id: str,
) -> Call[Order]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    order_id = _check_string("order_id", order_id)
    return Call(
        OPERATION,
        _parse,
        path_params={
            "order_id": check.path_segment("order_id", query_value(order_id)),
        },
    )
