"""DELETE /api/v1/spot/cancelOrderByIds: Cancel orders by ID

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from venuekit import check
from venuekit.client import Call, Operation, query_value

from ...models import CancelOrdersByIdsResponse

OPERATION = Operation(
    name="cancel_orders_by_ids",
    method="DELETE",
    path="/api/v1/spot/cancelOrderByIds",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="cancelOrdersByIds",
    tag="orders",
    retry_safe=True,
)


def _parse(body: Any) -> CancelOrdersByIdsResponse:
    response_200 = CancelOrdersByIdsResponse.from_dict(body)

    return response_200


def request(
    *,
    ids: Sequence[str],
) -> Call[CancelOrdersByIdsResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    query: list[tuple[str, str]] = []
    query.append(("ids", query_value(check.items("ids", ids, check.string, max_items=100))))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
