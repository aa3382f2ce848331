"""POST /orders: Place an order.

Generated from specs/gopax/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check
from venuekit.client import Call, Operation, json_body
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
_check_Protection = check.enum_of(Protection)
_check_TimeInForce = check.enum_of(TimeInForce)


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
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    payload = CreateOrderRequest(
        type_=_check_OrderType("type_", type_),
        side=_check_Side("side", side),
        amount=check.decimal("amount", amount),
        trading_pair_name=check.string("trading_pair_name", trading_pair_name),
        price=UNSET if price is None else check.decimal("price", price),
        client_order_id=UNSET
        if client_order_id is None
        else check.limited(check.string, pattern="^[a-zA-Z0-9_-]+$", max_length=20)("client_order_id", client_order_id),
        stop_price=UNSET if stop_price is None else check.decimal("stop_price", stop_price),
        protection=UNSET if protection is None else _check_Protection("protection", protection),
        time_in_force=UNSET if time_in_force is None else _check_TimeInForce("time_in_force", time_in_force),
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
        key=client_order_id,
    )
