"""GET /api/spot/v1/market/depth: Get the order book of a pair

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/public/#2-get-depth-data.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import Depth, GetDepthResponse

OPERATION = Operation(
    name="get_depth",
    method="GET",
    path="/api/spot/v1/market/depth",
    prefix="",
    signed=False,
    rejection=None,
    operation_id="getDepth",
    tag="market",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_decimal = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)


def _parse(body: Any) -> Depth:
    return GetDepthResponse.from_dict(body).data


def request(
    *,
    symbol: str,
    precision: Decimal | int | str,
) -> Call[Depth]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    symbol = _check_string("symbol", symbol)
    precision = _check_decimal("precision", precision)
    query: list[tuple[str, str]] = []
    query.append(("symbol", query_value(symbol)))
    query.append(("precision", query_value(precision)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
