"""POST /api/spot/v1/order/cancel: Cancel one or more orders

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/order/#3-cancel-order-batch-cancel.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body

from ...models import CancelOrdersRequest, CancelOrdersResponse, CancelOrdersResult, OrderRef

OPERATION = Operation(
    name="cancel_orders",
    method="POST",
    path="/api/spot/v1/order/cancel",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="cancelOrders",
    tag="orders",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_OrderRef = check.instance_of(OrderRef, {"order_id": (_check_string, True), "symbol": (_check_string, True)}, ())


def _parse(body: Any) -> CancelOrdersResult | None:
    return CancelOrdersResponse.from_dict(body).data


def request(
    *,
    order_id_list: Sequence[OrderRef],
) -> Call[CancelOrdersResult | None]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    order_id_list = check.items("order_id_list", order_id_list, _check_OrderRef)
    payload = CancelOrdersRequest(
        order_id_list=order_id_list,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
