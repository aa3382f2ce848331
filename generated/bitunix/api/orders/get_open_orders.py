"""POST /api/spot/v1/order/pending/list: List open orders of a pair

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/order/#6-query-current-orders.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body

from ...models import GetOpenOrdersRequest, GetOpenOrdersResponse, Order

OPERATION = Operation(
    name="get_open_orders",
    method="POST",
    path="/api/spot/v1/order/pending/list",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getOpenOrders",
    tag="orders",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> list[Order] | None:
    return GetOpenOrdersResponse.from_dict(body).data


def request(
    *,
    symbol: str,
) -> Call[list[Order] | None]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    symbol = _check_string("symbol", symbol)
    payload = GetOpenOrdersRequest(
        symbol=symbol,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
