"""GET /api/spot/v1/order/detail: Get one order

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/order/#7-query-order-detail.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.client import Call, Operation, query_value

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


def _parse(body: Any) -> None | Order:
    return GetOrderResponse.from_dict(body).data


def request(
    *,
    order_id: str,
) -> Call[None | Order]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    query: list[tuple[str, str]] = []
    query.append(("orderId", query_value(check.string("order_id", order_id))))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
