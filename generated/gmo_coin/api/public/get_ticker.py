"""GET /public/v1/ticker: Get the latest rates

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.client import Call, Operation, query_value

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


def _parse(body: Any) -> list[Ticker]:
    return GetTickerResponse.from_dict(body).data


def request(
    *,
    symbol: str | None = None,
) -> Call[list[Ticker]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    query: list[tuple[str, str]] = []
    if symbol is not None:
        query.append(("symbol", query_value(check.string("symbol", symbol))))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
