"""POST /api/v1/spot/orderTest: Test a new order

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check, rules
from venuekit.calls import Call, Operation
from venuekit.client import form_body

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
_check_string = check.limited(check.string, max_length=1000)
_check_Side = check.enum_of(Side)
_check_OrderType = check.enum_of(OrderType)
_check_decimal = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)
_check_string_2 = check.limited(check.string, max_length=255)
_check_TimeInForce = check.enum_of(TimeInForce)
_check_StpMode = check.enum_of(StpMode)
_RULES = (rules.RequireIf(name="price", when="type_", in_=("LIMIT", "LIMIT_MAKER"), code=None),)


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
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    symbol = _check_string("symbol", symbol)
    side = _check_Side("side", side)
    type_ = _check_OrderType("type_", type_)
    quantity = _check_decimal("quantity", quantity)
    if price is not None:
        price = _check_decimal("price", price)
    if new_client_order_id is not None:
        new_client_order_id = _check_string_2("new_client_order_id", new_client_order_id)
    if time_in_force is not None:
        time_in_force = _check_TimeInForce("time_in_force", time_in_force)
    if stp_mode is not None:
        stp_mode = _check_StpMode("stp_mode", stp_mode)
    check.rules(
        _RULES,
        {
            "price": price,
            "type_": type_,
        },
    )
    payload = CreateOrderTestRequest(
        symbol=symbol,
        side=side,
        type_=type_,
        quantity=quantity,
        price=UNSET if price is None else price,
        new_client_order_id=UNSET if new_client_order_id is None else new_client_order_id,
        time_in_force=UNSET if time_in_force is None else time_in_force,
        stp_mode=UNSET if stp_mode is None else stp_mode,
    )
    content, content_type = form_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
