"""GET /quote/v1/trades: List recent public trades

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check, codec
from venuekit.calls import Call, Operation
from venuekit.client import query_value

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
_check_string = check.limited(check.string, max_length=1000)
_check_integer = check.limited(check.integer, maximum=100)


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
