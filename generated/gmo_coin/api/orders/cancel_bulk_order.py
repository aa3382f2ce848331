"""POST /private/v1/cancelBulkOrder: Cancel orders in bulk

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body

from ...models import CancelBulkOrderRequest, CancelBulkOrderResponse, SettleType, Side
from ...types import UNSET

OPERATION = Operation(
    name="cancel_bulk_order",
    method="POST",
    path="/v1/cancelBulkOrder",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="cancelBulkOrder",
    tag="orders",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_Side = check.enum_of(Side)
_check_SettleType = check.enum_of(SettleType)


def _parse(body: Any) -> list[int]:
    return CancelBulkOrderResponse.from_dict(body).data


def request(
    *,
    symbols: Sequence[str],
    side: Side | Literal["BUY", "SELL"] | None = None,
    settle_type: SettleType | Literal["OPEN", "CLOSE"] | None = None,
    desc: bool | None = None,
) -> Call[list[int]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    symbols = check.items("symbols", symbols, _check_string, min_items=1)
    if side is not None:
        side = _check_Side("side", side)
    if settle_type is not None:
        settle_type = _check_SettleType("settle_type", settle_type)
    if desc is not None:
        desc = check.boolean("desc", desc)
    payload = CancelBulkOrderRequest(
        symbols=symbols,
        side=UNSET if side is None else side,
        settle_type=UNSET if settle_type is None else settle_type,
        desc=UNSET if desc is None else desc,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
