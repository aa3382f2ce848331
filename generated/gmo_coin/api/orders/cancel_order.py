"""POST /private/v1/cancelOrder: Cancel an order

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body

from ...models import CancelOrderRequest, CancelOrderResponse

OPERATION = Operation(
    name="cancel_order",
    method="POST",
    path="/v1/cancelOrder",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="cancelOrder",
    tag="orders",
    retry_safe=True,
)


def _parse(body: Any) -> None:
    CancelOrderResponse.from_dict(body)
    return None


def request(
    *,
    order_id: int,
) -> Call[None]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    order_id = check.integer("order_id", order_id)
    payload = CancelOrderRequest(
        order_id=order_id,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
