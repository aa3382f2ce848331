"""GET /api/spot/v1/common/coin_pair/list: List trading pairs and their rules

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/public/#5-query-trading-pair-data.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit.calls import Call, Operation

from ...models import CoinPair, GetCoinPairsResponse

OPERATION = Operation(
    name="get_coin_pairs",
    method="GET",
    path="/api/spot/v1/common/coin_pair/list",
    prefix="",
    signed=False,
    rejection=None,
    operation_id="getCoinPairs",
    tag="market",
    retry_safe=True,
)


def _parse(body: Any) -> list[CoinPair]:
    return GetCoinPairsResponse.from_dict(body).data


def request() -> Call[list[CoinPair]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    return Call(
        OPERATION,
        _parse,
    )
