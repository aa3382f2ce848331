"""POST /private/v1/cancelOrders: Cancel several orders

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body

from ...models import CancelOrdersRequest, CancelOrdersResponse, CancelOrdersResult

OPERATION = Operation(
    name="cancel_orders",
    method="POST",
    path="/v1/cancelOrders",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="cancelOrders",
    tag="orders",
    retry_safe=True,
)


def _parse(body: Any) -> CancelOrdersResult:
    return CancelOrdersResponse.from_dict(body).data


def request(
    *,
    order_ids: Sequence[int],
) -> Call[CancelOrdersResult]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    order_ids = check.items("order_ids", order_ids, check.integer, min_items=1)
    payload = CancelOrdersRequest(
        order_ids=order_ids,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
