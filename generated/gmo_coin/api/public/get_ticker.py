"""GET /public/v1/ticker: Get the latest rates

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import GetTickerResponse, Ticker

OPERATION = Operation(
    name="get_ticker",
    method="GET",
    path="/v1/ticker",
    prefix="/public",
    signed=False,
    rejection=None,
    operation_id="getTicker",
    tag="public",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> list[Ticker]:
    return GetTickerResponse.from_dict(body).data


def request(
    *,
    symbol: str | None = None,
) -> Call[list[Ticker]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    if symbol is not None:
        symbol = _check_string("symbol", symbol)
    query: list[tuple[str, str]] = []
    if symbol is not None:
        query.append(("symbol", query_value(symbol)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
