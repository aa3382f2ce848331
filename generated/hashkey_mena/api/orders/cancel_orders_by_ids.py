"""DELETE /api/v1/spot/cancelOrderByIds: Cancel orders by ID

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

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
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> CancelOrdersByIdsResponse:
    response_200 = CancelOrdersByIdsResponse.from_dict(body)

    return response_200


def request(
    *,
    ids: Sequence[str],
) -> Call[CancelOrdersByIdsResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    ids = check.items("ids", ids, _check_string, max_items=100)
    query: list[tuple[str, str]] = []
    query.append(("ids", query_value(ids)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
