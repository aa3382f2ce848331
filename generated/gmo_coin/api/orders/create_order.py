"""POST /private/v1/order: Create an order

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check, rules
from venuekit.calls import Call, Operation
from venuekit.client import json_body
from venuekit.placement import Placement

from ...models import CreateOrderRequest, CreateOrderResponse, ExecutionType, Side, TimeInForce
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
        key=None,
        key_scope="none",
        duplicate_codes=frozenset(),
        unknown_codes=frozenset(),
        lookup=None,
    ),
)
_check_string = check.limited(check.string, max_length=1000)
_check_Side = check.enum_of(Side)
_check_ExecutionType = check.enum_of(ExecutionType)
_check_decimal = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)
_check_TimeInForce = check.enum_of(TimeInForce)
_RULES = (
    rules.RequireIf(name="price", when="execution_type", in_=("LIMIT", "STOP"), code=None),
    rules.ForbidIf(name="losscut_price", when="execution_type", in_=("MARKET",), value=None, code="ERR-5118"),
    rules.ForbidIf(name="time_in_force", when="execution_type", in_=("MARKET", "STOP"), value="SOK", code="ERR-5111"),
    rules.ForbidIf(name="cancel_before", when="execution_type", in_=("LIMIT", "STOP"), value=True, code=None),
    rules.ForbidIf(name="cancel_before", when="side", in_=("BUY",), value=True, code=None),
    rules.ForbidIf(name="cancel_before", when="time_in_force", in_=("FAS", "FOK", "SOK"), value=True, code=None),
)


def _parse(body: Any) -> str:
    return CreateOrderResponse.from_dict(body).data


def request(
    *,
    symbol: str,
    side: Side | Literal["BUY", "SELL"],
    execution_type: ExecutionType | Literal["MARKET", "LIMIT", "STOP"],
    size: Decimal | int | str,
    time_in_force: TimeInForce | Literal["FAK", "FAS", "FOK", "SOK"] | None = None,
    price: Decimal | int | str | None = None,
    losscut_price: Decimal | int | str | None = None,
    cancel_before: bool | None = None,
) -> Call[str]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    symbol = _check_string("symbol", symbol)
    side = _check_Side("side", side)
    execution_type = _check_ExecutionType("execution_type", execution_type)
    size = _check_decimal("size", size)
    if time_in_force is not None:
        time_in_force = _check_TimeInForce("time_in_force", time_in_force)
    if price is not None:
        price = _check_decimal("price", price)
    if losscut_price is not None:
        losscut_price = _check_decimal("losscut_price", losscut_price)
    if cancel_before is not None:
        cancel_before = check.boolean("cancel_before", cancel_before)
    check.rules(
        _RULES,
        {
            "price": price,
            "execution_type": execution_type,
            "losscut_price": losscut_price,
            "time_in_force": time_in_force,
            "cancel_before": cancel_before,
            "side": side,
        },
    )
    payload = CreateOrderRequest(
        symbol=symbol,
        side=side,
        execution_type=execution_type,
        size=size,
        time_in_force=UNSET if time_in_force is None else time_in_force,
        price=UNSET if price is None else price,
        losscut_price=UNSET if losscut_price is None else losscut_price,
        cancel_before=UNSET if cancel_before is None else cancel_before,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
