"""GET /api/v1/spot/order: Query an order

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check, rules
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import OrderDetail

OPERATION = Operation(
    name="get_order",
    method="GET",
    path="/api/v1/spot/order",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getOrder",
    tag="orders",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_RULES = (rules.OneOf(names=("order_id", "orig_client_order_id"), least=1, most=None, code=None, when=None, in_=()),)


def _parse(body: Any) -> OrderDetail:
    response_200 = OrderDetail.from_dict(body)

    return response_200


def request(
    *,
    order_id: str | None = None,
    orig_client_order_id: str | None = None,
    account_id: str | None = None,
) -> Call[OrderDetail]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    if order_id is not None:
        order_id = _check_string("order_id", order_id)
    if orig_client_order_id is not None:
        orig_client_order_id = _check_string("orig_client_order_id", orig_client_order_id)
    if account_id is not None:
        account_id = _check_string("account_id", account_id)
    check.rules(
        _RULES,
        {
            "order_id": order_id,
            "orig_client_order_id": orig_client_order_id,
        },
    )
    query: list[tuple[str, str]] = []
    if order_id is not None:
        query.append(("orderId", query_value(order_id)))
    if orig_client_order_id is not None:
        query.append(("origClientOrderId", query_value(orig_client_order_id)))
    if account_id is not None:
        query.append(("accountId", query_value(account_id)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
