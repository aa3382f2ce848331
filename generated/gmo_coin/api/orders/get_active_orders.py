"""GET /private/v1/activeOrders: Get active orders

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.client import Call, Operation, query_value

from ...models import ActiveOrdersPage, GetActiveOrdersResponse

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


def _parse(body: Any) -> ActiveOrdersPage:
    return GetActiveOrdersResponse.from_dict(body).data


def request(
    *,
    symbol: str,
    page: int | None = None,
    count: int | None = None,
) -> Call[ActiveOrdersPage]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    query: list[tuple[str, str]] = []
    query.append(("symbol", query_value(check.string("symbol", symbol))))
    if page is not None:
        query.append(("page", query_value(check.limited(check.integer, minimum=1)("page", page))))
    if count is not None:
        query.append(("count", query_value(check.limited(check.integer, minimum=1, maximum=100)("count", count))))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
