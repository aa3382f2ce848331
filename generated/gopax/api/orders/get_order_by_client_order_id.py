"""GET /orders/clientOrderId/{client_order_id}: Get one order by the client order id it was placed with.

Not in the seed documentation; taken from https://gopax.github.io/API/index.en.html (GET
/orders/clientOrderId/<clientOrderId>); ccxt python/ccxt/gopax.py fetch_order.

Generated from specs/gopax/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import Order

OPERATION = Operation(
    name="get_order_by_client_order_id",
    method="GET",
    path="/orders/clientOrderId/{client_order_id}",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getOrderByClientOrderId",
    tag="orders",
    retry_safe=True,
)
_check_string = check.limited(check.string, pattern="^[a-zA-Z0-9_-]+$", max_length=20)


def _parse(body: Any) -> Order:
    response_200 = Order.from_dict(body)

    return response_200


def request(
    *,
    client_order_id: str,
) -> Call[Order]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    client_order_id = _check_string("client_order_id", client_order_id)
    return Call(
        OPERATION,
        _parse,
        path_params={
            "client_order_id": check.path_segment("client_order_id", query_value(client_order_id)),
        },
    )
