"""POST /api/spot/v1/order/place_order/batch: Place several orders

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/order/#2-batch-order.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from venuekit import check
from venuekit.client import Call, Operation, json_body
from venuekit.placement import Placement

from ...models import CreateBatchOrdersRequest, CreateBatchOrdersResponse, CreateOrderRequest, PlacedOrder

OPERATION = Operation(
    name="create_batch_orders",
    method="POST",
    path="/api/spot/v1/order/place_order/batch",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="createBatchOrders",
    tag="orders",
    retry_safe=False,
    placement=Placement(
        key=None,
        key_scope="none",
        duplicate_codes=frozenset(),
        unknown_codes=frozenset(),
        lookup=None,
    ),
)
_check_CreateOrderRequest = check.instance_of(CreateOrderRequest)


def _parse(body: Any) -> list[PlacedOrder]:
    return CreateBatchOrdersResponse.from_dict(body).data


def request(
    *,
    order_list: Sequence[CreateOrderRequest],
) -> Call[list[PlacedOrder]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    payload = CreateBatchOrdersRequest(
        order_list=check.items("order_list", order_list, _check_CreateOrderRequest),
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
