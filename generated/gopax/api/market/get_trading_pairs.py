"""GET /trading-pairs: Get all trading pairs.

Generated from specs/gopax/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import codec
from venuekit.calls import Call, Operation

from ...models import TradingPair

OPERATION = Operation(
    name="get_trading_pairs",
    method="GET",
    path="/trading-pairs",
    prefix="",
    signed=False,
    rejection=None,
    operation_id="getTradingPairs",
    tag="market",
    retry_safe=True,
)


def _parse(body: Any) -> list[TradingPair]:
    response_200 = []
    _response_200 = body
    for componentsschemas_get_trading_pairs_response_item_data in codec.expect_list(_response_200, "response_200"):
        componentsschemas_get_trading_pairs_response_item = TradingPair.from_dict(
            componentsschemas_get_trading_pairs_response_item_data
        )

        response_200.append(componentsschemas_get_trading_pairs_response_item)

    return response_200


def request() -> Call[list[TradingPair]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    return Call(
        OPERATION,
        _parse,
    )
