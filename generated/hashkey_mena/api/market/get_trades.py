"""GET /quote/v1/trades: List recent public trades

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check, codec
from venuekit.client import Call, Operation, query_value

from ...models import PublicTrade

OPERATION = Operation(
    name="get_trades",
    method="GET",
    path="/quote/v1/trades",
    prefix="",
    signed=False,
    rejection=None,
    operation_id="getTrades",
    tag="market",
    retry_safe=True,
)


def _parse(body: Any) -> list[PublicTrade]:
    response_200 = []
    _response_200 = body
    for componentsschemas_get_trades_response_item_data in codec.expect_list(_response_200, "response_200"):
        componentsschemas_get_trades_response_item = PublicTrade.from_dict(
            componentsschemas_get_trades_response_item_data
        )

        response_200.append(componentsschemas_get_trades_response_item)

    return response_200


def request(
    *,
    symbol: str,
    limit: int | None = None,
) -> Call[list[PublicTrade]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    query: list[tuple[str, str]] = []
    query.append(("symbol", query_value(check.string("symbol", symbol))))
    if limit is not None:
        query.append(("limit", query_value(check.limited(check.integer, maximum=100)("limit", limit))))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
