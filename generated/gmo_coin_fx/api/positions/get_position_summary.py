"""GET /private/v1/positionSummary: Get the position summary per symbol and side

Generated from specs/gmo_coin_fx/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import GetPositionSummaryResponse, PositionSummaryList

OPERATION = Operation(
    name="get_position_summary",
    method="GET",
    path="/v1/positionSummary",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="getPositionSummary",
    tag="positions",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> PositionSummaryList:
    return GetPositionSummaryResponse.from_dict(body).data


def request(
    *,
    symbol: str | None = None,
) -> Call[PositionSummaryList]:
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
