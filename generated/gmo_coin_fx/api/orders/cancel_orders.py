"""POST /private/v1/cancelOrders: Cancel up to 10 orders

Not in the seed documentation; taken from [T1] 注文の複数キャンセル; response:
ajim3796/gmo_coin_fx_api@cd38641c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py
(cancel_orders).

Generated from specs/gmo_coin_fx/openapi.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from venuekit import check, rules
from venuekit.calls import Call, Operation
from venuekit.client import json_body

from ...models import CancelOrdersRequest, CancelOrdersResponse, CancelOrdersResult
from ...types import UNSET

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
_check_string = check.limited(check.string, pattern="^[0-9A-Za-z]+$", max_length=36)
_RULES = (
    rules.OneOf(names=("root_order_ids", "client_order_ids"), least=1, most=1, code="ERR-5213", when=None, in_=()),
)


def _parse(body: Any) -> CancelOrdersResult:
    return CancelOrdersResponse.from_dict(body).data


def request(
    *,
    root_order_ids: Sequence[int] | None = None,
    client_order_ids: Sequence[str] | None = None,
) -> Call[CancelOrdersResult]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    if root_order_ids is not None:
        root_order_ids = check.items("root_order_ids", root_order_ids, check.integer, min_items=1, max_items=10)
    if client_order_ids is not None:
        client_order_ids = check.items("client_order_ids", client_order_ids, _check_string, min_items=1, max_items=10)
    check.rules(
        _RULES,
        {
            "root_order_ids": root_order_ids,
            "client_order_ids": client_order_ids,
        },
    )
    payload = CancelOrdersRequest(
        root_order_ids=UNSET if root_order_ids is None else root_order_ids,
        client_order_ids=UNSET if client_order_ids is None else client_order_ids,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
