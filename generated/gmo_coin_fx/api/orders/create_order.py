"""POST /private/v1/order: Place a new order (MARKET, LIMIT, STOP or OCO)

Generated from specs/gmo_coin_fx/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check, rules
from venuekit.calls import Call, Operation
from venuekit.client import json_body
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
_check_string = check.limited(check.string, max_length=1000)
_check_Side = check.enum_of(Side)
_check_decimal = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)
_check_OrderExecutionType = check.enum_of(OrderExecutionType)
_check_string_2 = check.limited(check.string, pattern="^[0-9A-Za-z]+$", max_length=36)
_RULES = (
    rules.RequireIf(name="limit_price", when="execution_type", in_=("LIMIT", "OCO"), code="ERR-5210"),
    rules.RequireIf(name="stop_price", when="execution_type", in_=("STOP", "OCO"), code="ERR-5210"),
    rules.ForbidIf(name="limit_price", when="execution_type", in_=("MARKET", "STOP"), value=None, code="ERR-5210"),
    rules.ForbidIf(name="stop_price", when="execution_type", in_=("MARKET", "LIMIT"), value=None, code="ERR-5210"),
    rules.ForbidIf(name="lower_bound", when="execution_type", in_=("LIMIT", "STOP", "OCO"), value=None, code=None),
    rules.ForbidIf(name="upper_bound", when="execution_type", in_=("LIMIT", "STOP", "OCO"), value=None, code=None),
    rules.ForbidIf(name="lower_bound", when="side", in_=("BUY",), value=None, code="ERR-5211"),
    rules.ForbidIf(name="upper_bound", when="side", in_=("SELL",), value=None, code="ERR-5211"),
)


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
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    symbol = _check_string("symbol", symbol)
    side = _check_Side("side", side)
    size = _check_decimal("size", size)
    execution_type = _check_OrderExecutionType("execution_type", execution_type)
    if client_order_id is not None:
        client_order_id = _check_string_2("client_order_id", client_order_id)
    if limit_price is not None:
        limit_price = _check_decimal("limit_price", limit_price)
    if stop_price is not None:
        stop_price = _check_decimal("stop_price", stop_price)
    if lower_bound is not None:
        lower_bound = _check_decimal("lower_bound", lower_bound)
    if upper_bound is not None:
        upper_bound = _check_decimal("upper_bound", upper_bound)
    check.rules(
        _RULES,
        {
            "limit_price": limit_price,
            "execution_type": execution_type,
            "stop_price": stop_price,
            "lower_bound": lower_bound,
            "upper_bound": upper_bound,
            "side": side,
        },
    )
    payload = CreateOrderRequest(
        symbol=symbol,
        side=side,
        size=size,
        execution_type=execution_type,
        client_order_id=UNSET if client_order_id is None else client_order_id,
        limit_price=UNSET if limit_price is None else limit_price,
        stop_price=UNSET if stop_price is None else stop_price,
        lower_bound=UNSET if lower_bound is None else lower_bound,
        upper_bound=UNSET if upper_bound is None else upper_bound,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
        key=client_order_id,
    )
