"""POST /orders: Place an order.

Generated from specs/gopax/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check, rules
from venuekit.calls import Call, Operation
from venuekit.client import json_body
from venuekit.placement import Lookup, Placement

from ...models import CreateOrderRequest, Order, OrderType, Protection, Side, TimeInForce
from ...types import UNSET


def _lookup(key: str) -> Call[Any]:
    """The venue's lookup by the key this operation was sent with (see `OrderStatusUnknownError`)."""
    from ..orders import get_order_by_client_order_id as lookup  # loaded when needed

    return lookup.request(client_order_id=key)


OPERATION = Operation(
    name="create_order",
    method="POST",
    path="/orders",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="createOrder",
    tag="orders",
    retry_safe=False,
    placement=Placement(
        key="clientOrderId",
        key_scope="none",
        duplicate_codes=frozenset(),
        unknown_codes=frozenset(),
        lookup=Lookup("getOrderByClientOrderId", _lookup),
    ),
)
_check_OrderType = check.enum_of(OrderType)
_check_Side = check.enum_of(Side)
_check_decimal = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)
_check_string = check.limited(check.string, max_length=1000)
_check_string_2 = check.limited(check.string, pattern="^[a-zA-Z0-9_-]+$", max_length=20)
_check_Protection = check.enum_of(Protection)
_check_TimeInForce = check.enum_of(TimeInForce)
_RULES = (rules.RequireIf(name="price", when="type_", in_=("limit",), code="108"),)


def _parse(body: Any) -> Order:
    response_200 = Order.from_dict(body)

    return response_200


def request(
    *,
    type_: OrderType | Literal["limit", "market"],
    side: Side | Literal["buy", "sell"],
    amount: Decimal | int | str,
    trading_pair_name: str,
    price: Decimal | int | str | None = None,
    client_order_id: str | None = None,
    stop_price: Decimal | int | str | None = None,
    protection: Protection | Literal["yes", "no"] | None = None,
    time_in_force: TimeInForce | Literal["gtc", "po", "ioc", "fok"] | None = None,
) -> Call[Order]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    type_ = _check_OrderType("type_", type_)
    side = _check_Side("side", side)
    amount = _check_decimal("amount", amount)
    trading_pair_name = _check_string("trading_pair_name", trading_pair_name)
    if price is not None:
        price = _check_decimal("price", price)
    if client_order_id is not None:
        client_order_id = _check_string_2("client_order_id", client_order_id)
    if stop_price is not None:
        stop_price = _check_decimal("stop_price", stop_price)
    if protection is not None:
        protection = _check_Protection("protection", protection)
    if time_in_force is not None:
        time_in_force = _check_TimeInForce("time_in_force", time_in_force)
    check.rules(
        _RULES,
        {
            "price": price,
            "type_": type_,
        },
    )
    payload = CreateOrderRequest(
        type_=type_,
        side=side,
        amount=amount,
        trading_pair_name=trading_pair_name,
        price=UNSET if price is None else price,
        client_order_id=UNSET if client_order_id is None else client_order_id,
        stop_price=UNSET if stop_price is None else stop_price,
        protection=UNSET if protection is None else protection,
        time_in_force=UNSET if time_in_force is None else time_in_force,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
        key=client_order_id,
    )
