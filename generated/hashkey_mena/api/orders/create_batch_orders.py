"""POST /api/v1.1/spot/batchOrders: Create up to 20 orders for one symbol (v1.1)

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from venuekit import check
from venuekit.client import Call, Operation, json_body
from venuekit.placement import Placement

from ...models import BatchOrderRequestItem, CreateBatchOrdersResponse

OPERATION = Operation(
    name="create_batch_orders",
    method="POST",
    path="/api/v1.1/spot/batchOrders",
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
        unknown_codes=frozenset({"-1006", "-1007", "-1146"}),
        lookup=None,
    ),
)
_check_BatchOrderRequestItem = check.instance_of(BatchOrderRequestItem)


def _parse(body: Any) -> CreateBatchOrdersResponse:
    response_200 = CreateBatchOrdersResponse.from_dict(body)

    return response_200


def request(
    *,
    orders: Sequence[BatchOrderRequestItem],
) -> Call[CreateBatchOrdersResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    content, content_type = json_body(
        [
            item.to_dict()
            for item in check.items("orders", orders, _check_BatchOrderRequestItem, min_items=1, max_items=20)
        ]
    )
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
