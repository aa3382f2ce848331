"""GET /api/spot/v1/common/coin/coin_network/list: List tokens and their networks

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/public/#7-query-token-data.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit.calls import Call, Operation

from ...models import Coin, GetCoinsResponse

OPERATION = Operation(
    name="get_coins",
    method="GET",
    path="/api/spot/v1/common/coin/coin_network/list",
    prefix="",
    signed=False,
    rejection=None,
    operation_id="getCoins",
    tag="market",
    retry_safe=True,
)


def _parse(body: Any) -> list[Coin]:
    return GetCoinsResponse.from_dict(body).data


def request() -> Call[list[Coin]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    return Call(
        OPERATION,
        _parse,
    )
