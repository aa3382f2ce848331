"""GET /trading-pairs/{trading_pair}/stats: Get the 24-hour statistics of a trading pair.

Generated from specs/gopax/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import Stats

OPERATION = Operation(
    name="get_stats",
    method="GET",
    path="/trading-pairs/{trading_pair}/stats",
    prefix="",
    signed=False,
    rejection=None,
    operation_id="getStats",
    tag="market",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> Stats:
    response_200 = Stats.from_dict(body)

    return response_200


def request(
    *,
    trading_pair: str,
) -> Call[Stats]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    trading_pair = _check_string("trading_pair", trading_pair)
    return Call(
        OPERATION,
        _parse,
        path_params={
            "trading_pair": check.path_segment("trading_pair", query_value(trading_pair)),
        },
    )
