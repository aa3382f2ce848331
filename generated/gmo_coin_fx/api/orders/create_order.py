"""POST /private/v1/order: Place a new order (MARKET, LIMIT, STOP or OCO)

Generated from specs/gmo_coin_fx/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check
from venuekit.client import Call, Operation, json_body
from venuekit.placement import Placement

from ...models import CreateOrderRequest, CreateOrderResponse, Order, OrderExecutionType, Side
from ...types import UNSET

OPERATION = Operation(
    name="create_order",
    method="POST",
    path="/v1/order",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="createOrder",
    tag="orders",
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


def _parse(body: Any) -> list[Order]:
    return CreateOrderResponse.from_dict(body).data


def request(
    *,
    symbol: str,
    side: Side | Literal["BUY", "SELL"],
    size: Decimal | int | str,
    execution_type: OrderExecutionType | Literal["MARKET", "LIMIT", "STOP", "OCO"],
    client_order_id: str | None = None,
    limit_price: Decimal | int | str | None = None,
    stop_price: Decimal | int | str | None = None,
    lower_bound: Decimal | int | str | None = None,
    upper_bound: Decimal | int | str | None = None,
) -> Call[list[Order]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    payload = CreateOrderRequest(
        symbol=check.string("symbol", symbol),
        side=_check_Side("side", side),
        size=check.decimal("size", size),
        execution_type=_check_OrderExecutionType("execution_type", execution_type),
        client_order_id=UNSET
        if client_order_id is None
        else check.limited(check.string, max_length=36)("client_order_id", client_order_id),
        limit_price=UNSET if limit_price is None else check.decimal("limit_price", limit_price),
        stop_price=UNSET if stop_price is None else check.decimal("stop_price", stop_price),
        lower_bound=UNSET if lower_bound is None else check.decimal("lower_bound", lower_bound),
        upper_bound=UNSET if upper_bound is None else check.decimal("upper_bound", upper_bound),
    )
    content, content_type = json_body(payload.to_dict())
    check.required_if("limit_price", limit_price, "execution_type", execution_type, ("LIMIT", "OCO"))
    check.required_if("stop_price", stop_price, "execution_type", execution_type, ("STOP", "OCO"))
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
        key=client_order_id,
    )
