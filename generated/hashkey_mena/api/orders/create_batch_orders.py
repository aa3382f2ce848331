"""POST /api/v1.1/spot/batchOrders: Create up to 20 orders for one symbol (v1.1)

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from venuekit import check, rules
from venuekit.calls import Call, Operation
from venuekit.client import json_body
from venuekit.placement import Placement

from ...models import BatchOrderRequestItem, CreateBatchOrdersResponse, OrderType, Side, StpMode, TimeInForce

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
_check_string = check.limited(check.string, max_length=1000)
_check_Side = check.enum_of(Side)
_check_OrderType = check.enum_of(OrderType)
_check_decimal = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)
_check_string_2 = check.limited(check.string, max_length=255)
_check_TimeInForce = check.enum_of(TimeInForce)
_check_StpMode = check.enum_of(StpMode)
_check_BatchOrderRequestItem = check.instance_of(
    BatchOrderRequestItem,
    {
        "symbol": (_check_string, True),
        "side": (_check_Side, True),
        "type_": (_check_OrderType, True),
        "quantity": (_check_decimal, False),
        "amount": (_check_decimal, False),
        "price": (_check_decimal, False),
        "new_client_order_id": (_check_string_2, False),
        "time_in_force": (_check_TimeInForce, False),
        "stp_mode": (_check_StpMode, False),
    },
    (
        rules.OneOf(names=("quantity", "amount"), least=1, most=None, code=None, when="type_", in_=("MARKET",)),
        rules.OneOf(names=("quantity", "amount"), least=0, most=1, code="-1129", when=None, in_=()),
        rules.RequireIf(name="price", when="type_", in_=("LIMIT", "LIMIT_MAKER"), code=None),
        rules.RequireIf(name="quantity", when="type_", in_=("LIMIT", "LIMIT_MAKER"), code=None),
        rules.ForbidIf(name="time_in_force", when="type_", in_=("MARKET",), value="GTC", code="-1115"),
        rules.ForbidIf(name="time_in_force", when="type_", in_=("LIMIT_MAKER",), value="IOC", code="-1115"),
        rules.ForbidIf(name="time_in_force", when="type_", in_=("MARKET", "LIMIT_MAKER"), value="FOK", code="-1115"),
    ),
)


def _parse(body: Any) -> CreateBatchOrdersResponse:
    response_200 = CreateBatchOrdersResponse.from_dict(body)

    return response_200


def request(
    *,
    orders: Sequence[BatchOrderRequestItem],
) -> Call[CreateBatchOrdersResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    orders = check.items("orders", orders, _check_BatchOrderRequestItem, min_items=1, max_items=20)
    content, content_type = json_body([item.to_dict() for item in orders])
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
