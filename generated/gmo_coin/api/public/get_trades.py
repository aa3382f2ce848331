"""GET /public/v1/trades: Get the trade history

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import GetTradesResponse, TradesPage

OPERATION = Operation(
    name="get_trades",
    method="GET",
    path="/v1/trades",
    prefix="/public",
    signed=False,
    rejection=None,
    operation_id="getTrades",
    tag="public",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_integer = check.limited(check.integer, minimum=1)
_check_integer_2 = check.limited(check.integer, minimum=1, maximum=100)


def _parse(body: Any) -> TradesPage:
    return GetTradesResponse.from_dict(body).data


def request(
    *,
    symbol: str,
    page: int | None = None,
    count: int | None = None,
) -> Call[TradesPage]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    symbol = _check_string("symbol", symbol)
    if page is not None:
        page = _check_integer("page", page)
    if count is not None:
        count = _check_integer_2("count", count)
    query: list[tuple[str, str]] = []
    query.append(("symbol", query_value(symbol)))
    if page is not None:
        query.append(("page", query_value(page)))
    if count is not None:
        query.append(("count", query_value(count)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
