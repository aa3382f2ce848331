"""DELETE /api/v1/spot/order: Cancel an order

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check, rules
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import CanceledOrder

OPERATION = Operation(
    name="cancel_order",
    method="DELETE",
    path="/api/v1/spot/order",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="cancelOrder",
    tag="orders",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_RULES = (rules.OneOf(names=("order_id", "client_order_id"), least=1, most=None, code=None, when=None, in_=()),)


def _parse(body: Any) -> CanceledOrder:
    response_200 = CanceledOrder.from_dict(body)

    return response_200


def request(
    *,
    order_id: str | None = None,
    client_order_id: str | None = None,
) -> Call[CanceledOrder]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    if order_id is not None:
        order_id = _check_string("order_id", order_id)
    if client_order_id is not None:
        client_order_id = _check_string("client_order_id", client_order_id)
    check.rules(
        _RULES,
        {
            "order_id": order_id,
            "client_order_id": client_order_id,
        },
    )
    query: list[tuple[str, str]] = []
    if order_id is not None:
        query.append(("orderId", query_value(order_id)))
    if client_order_id is not None:
        query.append(("clientOrderId", query_value(client_order_id)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
