"""POST /api/spot/v1/order/place_order/batch: Place several orders

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/order/#2-batch-order.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body
from venuekit.placement import Placement

from ...models import (
    CreateBatchOrdersRequest,
    CreateBatchOrdersResponse,
    CreateOrderRequest,
    OrderType,
    PlacedOrder,
    Side,
)

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
_check_Side = check.enum_of(Side)
_check_OrderType = check.enum_of(OrderType)
_check_decimal = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)
_check_decimal_2 = check.limited(check.decimal, minimum=0, integer_digits=20, fraction_digits=18)
_check_string = check.limited(check.string, max_length=1000)
_check_string_2 = check.limited(check.string, max_length=32)
_check_CreateOrderRequest = check.instance_of(
    CreateOrderRequest,
    {
        "side": (_check_Side, True),
        "type_": (_check_OrderType, True),
        "volume": (_check_decimal, True),
        "price": (_check_decimal_2, True),
        "symbol": (_check_string, True),
        "client_id": (_check_string_2, False),
    },
    (),
)


def _parse(body: Any) -> list[PlacedOrder]:
    return CreateBatchOrdersResponse.from_dict(body).data


def request(
    *,
    order_list: Sequence[CreateOrderRequest],
) -> Call[list[PlacedOrder]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    order_list = check.items("order_list", order_list, _check_CreateOrderRequest)
    payload = CreateBatchOrdersRequest(
        order_list=order_list,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
