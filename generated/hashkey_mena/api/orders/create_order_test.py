"""POST /api/v1/spot/orderTest: Test a new order

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check
from venuekit.client import Call, Operation, form_body

from ...models import CreateOrderTestRequest, CreateOrderTestResponse, OrderType, Side, StpMode, TimeInForce
from ...types import UNSET

OPERATION = Operation(
    name="create_order_test",
    method="POST",
    path="/api/v1/spot/orderTest",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="createOrderTest",
    tag="orders",
    retry_safe=True,
)
_check_Side = check.enum_of(Side)
_check_OrderType = check.enum_of(OrderType)
_check_TimeInForce = check.enum_of(TimeInForce)
_check_StpMode = check.enum_of(StpMode)


def _parse(body: Any) -> CreateOrderTestResponse:
    response_200 = CreateOrderTestResponse.from_dict(body)

    return response_200


def request(
    *,
    symbol: str,
    side: Side | Literal["BUY", "SELL"],
    type_: OrderType | Literal["LIMIT", "MARKET", "LIMIT_MAKER"],
    quantity: Decimal | int | str,
    price: Decimal | int | str | None = None,
    new_client_order_id: str | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    stp_mode: StpMode | Literal["EXPIRE_TAKER", "EXPIRE_MAKER"] | None = None,
) -> Call[CreateOrderTestResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    payload = CreateOrderTestRequest(
        symbol=check.string("symbol", symbol),
        side=_check_Side("side", side),
        type_=_check_OrderType("type_", type_),
        quantity=check.decimal("quantity", quantity),
        price=UNSET if price is None else check.decimal("price", price),
        new_client_order_id=UNSET
        if new_client_order_id is None
        else check.string("new_client_order_id", new_client_order_id),
        time_in_force=UNSET if time_in_force is None else _check_TimeInForce("time_in_force", time_in_force),
        stp_mode=UNSET if stp_mode is None else _check_StpMode("stp_mode", stp_mode),
    )
    content, content_type = form_body(payload.to_dict())
    check.required_if("price", price, "type_", type_, ("LIMIT", "LIMIT_MAKER"))
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
