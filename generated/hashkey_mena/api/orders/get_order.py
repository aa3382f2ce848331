"""GET /api/v1/spot/order: Query an order

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.client import Call, Operation, query_value

from ...models import OrderDetail

OPERATION = Operation(
    name="get_order",
    method="GET",
    path="/api/v1/spot/order",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getOrder",
    tag="orders",
    retry_safe=True,
)


def _parse(body: Any) -> OrderDetail:
    response_200 = OrderDetail.from_dict(body)

    return response_200


def request(
    *,
    order_id: str | None = None,
    orig_client_order_id: str | None = None,
    account_id: str | None = None,
) -> Call[OrderDetail]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    query: list[tuple[str, str]] = []
    if order_id is not None:
        query.append(("orderId", query_value(check.string("order_id", order_id))))
    if orig_client_order_id is not None:
        query.append(("origClientOrderId", query_value(check.string("orig_client_order_id", orig_client_order_id))))
    if account_id is not None:
        query.append(("accountId", query_value(check.string("account_id", account_id))))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
