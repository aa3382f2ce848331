"""GET /trading-pairs/{trading_pair}/ticker: Get the ticker of a trading pair.

Generated from specs/gopax/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.client import Call, Operation, query_value

from ...models import Ticker

OPERATION = Operation(
    name="get_ticker",
    method="GET",
    path="/trading-pairs/{trading_pair}/ticker",
    prefix="",
    signed=False,
    rejection=None,
    operation_id="getTicker",
    tag="market",
    retry_safe=True,
)


def _parse(body: Any) -> Ticker:
    response_200 = Ticker.from_dict(body)

    return response_200


def request(
    *,
    trading_pair: str,
) -> Call[Ticker]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    return Call(
        OPERATION,
        _parse,
        path_params={
            "trading_pair": query_value(check.string("trading_pair", trading_pair)),
        },
    )
