"""GET /api/spot/v1/order/detail: Get one order

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/order/#7-query-order-detail.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import GetOrderResponse, Order

OPERATION = Operation(
    name="get_order",
    method="GET",
    path="/api/spot/v1/order/detail",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getOrder",
    tag="orders",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> None | Order:
    return GetOrderResponse.from_dict(body).data


def request(
    *,
    order_id: str,
) -> Call[None | Order]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    order_id = _check_string("order_id", order_id)
    query: list[tuple[str, str]] = []
    query.append(("orderId", query_value(order_id)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
