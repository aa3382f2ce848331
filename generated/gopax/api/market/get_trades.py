"""GET /trading-pairs/{trading_pair}/trades: Get the recent public trades of a trading pair.

Generated from specs/gopax/openapi.yaml; do not edit.
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
    path="/trading-pairs/{trading_pair}/trades",
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
    trading_pair: str,
    limit: int | None = None,
    pastmax: int | None = None,
    latestmin: int | None = None,
    after: int | None = None,
    before: int | None = None,
) -> Call[list[PublicTrade]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    trading_pair = _check_string("trading_pair", trading_pair)
    if limit is not None:
        limit = _check_integer("limit", limit)
    if pastmax is not None:
        pastmax = check.integer("pastmax", pastmax)
    if latestmin is not None:
        latestmin = check.integer("latestmin", latestmin)
    if after is not None:
        after = check.integer("after", after)
    if before is not None:
        before = check.integer("before", before)
    query: list[tuple[str, str]] = []
    if limit is not None:
        query.append(("limit", query_value(limit)))
    if pastmax is not None:
        query.append(("pastmax", query_value(pastmax)))
    if latestmin is not None:
        query.append(("latestmin", query_value(latestmin)))
    if after is not None:
        query.append(("after", query_value(after)))
    if before is not None:
        query.append(("before", query_value(before)))
    return Call(
        OPERATION,
        _parse,
        path_params={
            "trading_pair": check.path_segment("trading_pair", query_value(trading_pair)),
        },
        query=query,
    )
