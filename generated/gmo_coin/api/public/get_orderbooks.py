"""GET /public/v1/orderbooks: Get the order book

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.client import Call, Operation, query_value

from ...models import GetOrderbooksResponse, Orderbook

OPERATION = Operation(
    name="get_orderbooks",
    method="GET",
    path="/v1/orderbooks",
    prefix="/public",
    signed=False,
    rejection=None,
    operation_id="getOrderbooks",
    tag="public",
    retry_safe=True,
)


def _parse(body: Any) -> Orderbook:
    return GetOrderbooksResponse.from_dict(body).data


def request(
    *,
    symbol: str,
) -> Call[Orderbook]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    query: list[tuple[str, str]] = []
    query.append(("symbol", query_value(check.string("symbol", symbol))))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
