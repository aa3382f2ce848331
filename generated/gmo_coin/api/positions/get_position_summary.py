"""GET /private/v1/positionSummary: Get the position summary

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.client import Call, Operation, query_value

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


def _parse(body: Any) -> PositionSummaryList:
    return GetPositionSummaryResponse.from_dict(body).data


def request(
    *,
    symbol: str | None = None,
) -> Call[PositionSummaryList]:
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
