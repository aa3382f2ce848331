"""POST /private/v1/cancelBulkOrder: Cancel all orders matching symbols, side and settle type

Not in the seed documentation; taken from [T1] 注文の一括キャンセル; response:
ajim3796/gmo_coin_fx_api@cd38641c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py
(cancel_bulk_order).

Generated from specs/gmo_coin_fx/openapi.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body

from ...models import CancelBulkOrderRequest, CancelBulkOrderResponse, CancelOrdersResult, SettleType, Side
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


def _parse(body: Any) -> CancelOrdersResult:
    return CancelBulkOrderResponse.from_dict(body).data


def request(
    *,
    symbols: Sequence[str],
    side: Side | Literal["BUY", "SELL"] | None = None,
    settle_type: SettleType | Literal["OPEN", "CLOSE"] | None = None,
) -> Call[CancelOrdersResult]:
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
    payload = CancelBulkOrderRequest(
        symbols=symbols,
        side=UNSET if side is None else side,
        settle_type=UNSET if settle_type is None else settle_type,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
