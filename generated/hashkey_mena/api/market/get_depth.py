"""GET /quote/v1/depth: Get the order book

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import OrderBook

OPERATION = Operation(
    name="get_depth",
    method="GET",
    path="/quote/v1/depth",
    prefix="",
    signed=False,
    rejection=None,
    operation_id="getDepth",
    tag="market",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_integer = check.limited(check.integer, maximum=200)


def _parse(body: Any) -> OrderBook:
    response_200 = OrderBook.from_dict(body)

    return response_200


def request(
    *,
    symbol: str,
    limit: int | None = None,
) -> Call[OrderBook]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    symbol = _check_string("symbol", symbol)
    if limit is not None:
        limit = _check_integer("limit", limit)
    query: list[tuple[str, str]] = []
    query.append(("symbol", query_value(symbol)))
    if limit is not None:
        query.append(("limit", query_value(limit)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
