"""POST /private/v1/closeBulkOrder: Close positions in bulk

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check
from venuekit.client import Call, Operation, json_body
from venuekit.placement import Placement

from ...models import CloseBulkOrderRequest, CloseBulkOrderResponse, ExecutionType, Side, TimeInForce
from ...types import UNSET

OPERATION = Operation(
    name="close_bulk_order",
    method="POST",
    path="/v1/closeBulkOrder",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="closeBulkOrder",
    tag="positions",
    retry_safe=False,
    placement=Placement(
        key=None,
        key_scope="none",
        duplicate_codes=frozenset(),
        unknown_codes=frozenset(),
        lookup=None,
    ),
)
_check_Side = check.enum_of(Side)
_check_ExecutionType = check.enum_of(ExecutionType)
_check_TimeInForce = check.enum_of(TimeInForce)


def _parse(body: Any) -> str:
    return CloseBulkOrderResponse.from_dict(body).data


def request(
    *,
    symbol: str,
    side: Side | Literal["BUY", "SELL"],
    execution_type: ExecutionType | Literal["MARKET", "LIMIT", "STOP"],
    size: Decimal | int | str,
    time_in_force: TimeInForce | Literal["FAK", "FAS", "FOK", "SOK"] | None = None,
    price: Decimal | int | str | None = None,
) -> Call[str]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    payload = CloseBulkOrderRequest(
        symbol=check.string("symbol", symbol),
        side=_check_Side("side", side),
        execution_type=_check_ExecutionType("execution_type", execution_type),
        size=check.decimal("size", size),
        time_in_force=UNSET if time_in_force is None else _check_TimeInForce("time_in_force", time_in_force),
        price=UNSET if price is None else check.decimal("price", price),
    )
    content, content_type = json_body(payload.to_dict())
    check.required_if("price", price, "execution_type", execution_type, ("LIMIT", "STOP"))
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
