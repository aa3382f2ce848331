"""DELETE /api/v1/spot/order: Cancel an order

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.client import Call, Operation, query_value

from ...models import CanceledOrder

OPERATION = Operation(
    name="cancel_order",
    method="DELETE",
    path="/api/v1/spot/order",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="cancelOrder",
    tag="orders",
    retry_safe=True,
)


def _parse(body: Any) -> CanceledOrder:
    response_200 = CanceledOrder.from_dict(body)

    return response_200


def request(
    *,
    order_id: str | None = None,
    client_order_id: str | None = None,
) -> Call[CanceledOrder]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    query: list[tuple[str, str]] = []
    if order_id is not None:
        query.append(("orderId", query_value(check.string("order_id", order_id))))
    if client_order_id is not None:
        query.append(("clientOrderId", query_value(check.string("client_order_id", client_order_id))))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
