"""POST /api/v1.1/spot/order: Create an order (v1.1)

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check
from venuekit.client import Call, Operation, form_body
from venuekit.placement import Lookup, Placement

from ...models import CreateOrderRequest, NewOrder, OrderType, Side, StpMode, TimeInForce
from ...types import UNSET


def _lookup(key: str) -> Call[Any]:
    """The venue's lookup by the key this operation was sent with (see `OrderStatusUnknownError`)."""
    from ..orders import get_order as lookup  # loaded when needed

    return lookup.request(orig_client_order_id=key)


OPERATION = Operation(
    name="create_order",
    method="POST",
    path="/api/v1.1/spot/order",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="createOrder",
    tag="orders",
    retry_safe=False,
    placement=Placement(
        key="newClientOrderId",
        key_scope="lifetime",
        duplicate_codes=frozenset({"-1141"}),
        unknown_codes=frozenset({"-1006", "-1007", "-1146"}),
        lookup=Lookup("getOrder", _lookup),
    ),
)
_check_Side = check.enum_of(Side)
_check_OrderType = check.enum_of(OrderType)
_check_TimeInForce = check.enum_of(TimeInForce)
_check_StpMode = check.enum_of(StpMode)


def _parse(body: Any) -> NewOrder:
    response_200 = NewOrder.from_dict(body)

    return response_200


def request(
    *,
    symbol: str,
    side: Side | Literal["BUY", "SELL"],
    type_: OrderType | Literal["LIMIT", "MARKET", "LIMIT_MAKER"],
    quantity: Decimal | int | str | None = None,
    amount: Decimal | int | str | None = None,
    price: Decimal | int | str | None = None,
    new_client_order_id: str | None = None,
    time_in_force: TimeInForce | Literal["GTC", "IOC", "FOK"] | None = None,
    stp_mode: StpMode | Literal["EXPIRE_TAKER", "EXPIRE_MAKER"] | None = None,
) -> Call[NewOrder]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    payload = CreateOrderRequest(
        symbol=check.string("symbol", symbol),
        side=_check_Side("side", side),
        type_=_check_OrderType("type_", type_),
        quantity=UNSET if quantity is None else check.decimal("quantity", quantity),
        amount=UNSET if amount is None else check.decimal("amount", amount),
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
        key=new_client_order_id,
    )
