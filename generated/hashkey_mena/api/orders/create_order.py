"""POST /api/v1.1/spot/order: Create an order (v1.1)

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check, rules
from venuekit.calls import Call, Operation
from venuekit.client import form_body
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
_check_string = check.limited(check.string, max_length=1000)
_check_Side = check.enum_of(Side)
_check_OrderType = check.enum_of(OrderType)
_check_decimal = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)
_check_string_2 = check.limited(check.string, max_length=255)
_check_TimeInForce = check.enum_of(TimeInForce)
_check_StpMode = check.enum_of(StpMode)
_RULES = (
    rules.OneOf(names=("quantity", "amount"), least=1, most=None, code=None, when="type_", in_=("MARKET",)),
    rules.OneOf(names=("quantity", "amount"), least=0, most=1, code="-1129", when=None, in_=()),
    rules.RequireIf(name="price", when="type_", in_=("LIMIT", "LIMIT_MAKER"), code=None),
    rules.RequireIf(name="quantity", when="type_", in_=("LIMIT", "LIMIT_MAKER"), code=None),
    rules.ForbidIf(name="time_in_force", when="type_", in_=("MARKET",), value="GTC", code="-1115"),
    rules.ForbidIf(name="time_in_force", when="type_", in_=("LIMIT_MAKER",), value="IOC", code="-1115"),
    rules.ForbidIf(name="time_in_force", when="type_", in_=("MARKET", "LIMIT_MAKER"), value="FOK", code="-1115"),
)


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
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    symbol = _check_string("symbol", symbol)
    side = _check_Side("side", side)
    type_ = _check_OrderType("type_", type_)
    if quantity is not None:
        quantity = _check_decimal("quantity", quantity)
    if amount is not None:
        amount = _check_decimal("amount", amount)
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
            "quantity": quantity,
            "amount": amount,
            "type_": type_,
            "price": price,
            "time_in_force": time_in_force,
        },
    )
    payload = CreateOrderRequest(
        symbol=symbol,
        side=side,
        type_=type_,
        quantity=UNSET if quantity is None else quantity,
        amount=UNSET if amount is None else amount,
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
        key=new_client_order_id,
    )
