"""GET /quote/v1/depth/merged: Get aggregated order book

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import MergedDepthScale, OrderBook

OPERATION = Operation(
    name="get_merged_depth",
    method="GET",
    path="/quote/v1/depth/merged",
    prefix="",
    signed=False,
    rejection=None,
    operation_id="getMergedDepth",
    tag="market",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_integer = check.limited(check.integer, maximum=200)
_check_MergedDepthScale = check.enum_of(MergedDepthScale)


def _parse(body: Any) -> OrderBook:
    response_200 = OrderBook.from_dict(body)

    return response_200


def request(
    *,
    symbol: str,
    limit: int | None = None,
    scale: MergedDepthScale
    | Literal[0, 1, 2, 3, 4, 5, "VALUE_0", "VALUE_1", "VALUE_2", "VALUE_3", "VALUE_4", "VALUE_5"]
    | None = None,
) -> Call[OrderBook]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    symbol = _check_string("symbol", symbol)
    if limit is not None:
        limit = _check_integer("limit", limit)
    if scale is not None:
        scale = _check_MergedDepthScale("scale", scale)
    query: list[tuple[str, str]] = []
    query.append(("symbol", query_value(symbol)))
    if limit is not None:
        query.append(("limit", query_value(limit)))
    if scale is not None:
        query.append(("scale", query_value(scale)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
