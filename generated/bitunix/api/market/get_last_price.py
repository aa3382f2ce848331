"""GET /api/spot/v1/market/last_price: Get the last traded price of a pair

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/public/#1-get-latest-price.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import GetLastPriceResponse

OPERATION = Operation(
    name="get_last_price",
    method="GET",
    path="/api/spot/v1/market/last_price",
    prefix="",
    signed=False,
    rejection=None,
    operation_id="getLastPrice",
    tag="market",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> Decimal:
    return GetLastPriceResponse.from_dict(body).data


def request(
    *,
    symbol: str,
) -> Call[Decimal]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    symbol = _check_string("symbol", symbol)
    query: list[tuple[str, str]] = []
    query.append(("symbol", query_value(symbol)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
