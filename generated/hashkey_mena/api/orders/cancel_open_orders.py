"""DELETE /api/v1/spot/openOrders: Cancel all open orders of a symbol

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import CancelOpenOrdersResponse, Side

OPERATION = Operation(
    name="cancel_open_orders",
    method="DELETE",
    path="/api/v1/spot/openOrders",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="cancelOpenOrders",
    tag="orders",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_Side = check.enum_of(Side)


def _parse(body: Any) -> CancelOpenOrdersResponse:
    response_200 = CancelOpenOrdersResponse.from_dict(body)

    return response_200


def request(
    *,
    symbol: str,
    side: Side | Literal["BUY", "SELL"] | None = None,
) -> Call[CancelOpenOrdersResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    symbol = _check_string("symbol", symbol)
    if side is not None:
        side = _check_Side("side", side)
    query: list[tuple[str, str]] = []
    query.append(("symbol", query_value(symbol)))
    if side is not None:
        query.append(("side", query_value(side)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
