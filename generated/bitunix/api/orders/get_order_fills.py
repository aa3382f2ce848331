"""POST /api/spot/v1/order/deal/list: List the fills of an order

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/order/#4-query-matching-orders.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body

from ...models import Fill, GetOrderFillsRequest, GetOrderFillsResponse

OPERATION = Operation(
    name="get_order_fills",
    method="POST",
    path="/api/spot/v1/order/deal/list",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getOrderFills",
    tag="orders",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> list[Fill]:
    return GetOrderFillsResponse.from_dict(body).data


def request(
    *,
    order_id: str,
    symbol: str,
) -> Call[list[Fill]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    order_id = _check_string("order_id", order_id)
    symbol = _check_string("symbol", symbol)
    payload = GetOrderFillsRequest(
        order_id=order_id,
        symbol=symbol,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
