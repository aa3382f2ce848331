"""POST /private/v1/closeOrder: Place a close (settlement) order

Not in the seed documentation; taken from [T1] 決済注文; response:
ajim3796/gmo_coin_fx_api@cd38641c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py
(close_order docstring).

Generated from specs/gmo_coin_fx/openapi.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Literal

from venuekit import check
from venuekit.client import Call, Operation, json_body
from venuekit.placement import Placement

from ...models import CloseOrderRequest, CloseOrderResponse, Order, OrderExecutionType, SettlePosition, Side
from ...types import UNSET

OPERATION = Operation(
    name="close_order",
    method="POST",
    path="/v1/closeOrder",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="closeOrder",
    tag="positions",
    retry_safe=False,
    placement=Placement(
        key="clientOrderId",
        key_scope="active",
        duplicate_codes=frozenset({"ERR-786"}),
        unknown_codes=frozenset(),
        lookup=None,
    ),
)
_check_Side = check.enum_of(Side)
_check_OrderExecutionType = check.enum_of(OrderExecutionType)
_check_SettlePosition = check.instance_of(SettlePosition)


def _parse(body: Any) -> list[Order]:
    return CloseOrderResponse.from_dict(body).data


def request(
    *,
    symbol: str,
    side: Side | Literal["BUY", "SELL"],
    execution_type: OrderExecutionType | Literal["MARKET", "LIMIT", "STOP", "OCO"],
    client_order_id: str | None = None,
    size: Decimal | int | str | None = None,
    limit_price: Decimal | int | str | None = None,
    stop_price: Decimal | int | str | None = None,
    lower_bound: Decimal | int | str | None = None,
    upper_bound: Decimal | int | str | None = None,
    settle_position: Sequence[SettlePosition] | None = None,
) -> Call[list[Order]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    payload = CloseOrderRequest(
        symbol=check.string("symbol", symbol),
        side=_check_Side("side", side),
        execution_type=_check_OrderExecutionType("execution_type", execution_type),
        client_order_id=UNSET
        if client_order_id is None
        else check.limited(check.string, max_length=36)("client_order_id", client_order_id),
        size=UNSET if size is None else check.decimal("size", size),
        limit_price=UNSET if limit_price is None else check.decimal("limit_price", limit_price),
        stop_price=UNSET if stop_price is None else check.decimal("stop_price", stop_price),
        lower_bound=UNSET if lower_bound is None else check.decimal("lower_bound", lower_bound),
        upper_bound=UNSET if upper_bound is None else check.decimal("upper_bound", upper_bound),
        settle_position=UNSET
        if settle_position is None
        else check.items("settle_position", settle_position, _check_SettlePosition, min_items=1, max_items=10),
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
        key=client_order_id,
    )
