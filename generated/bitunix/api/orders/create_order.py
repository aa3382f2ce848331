"""POST /api/spot/v1/order/place_order: Place an order

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/order/#1-place-order.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check
from venuekit.calls import Call, Operation, Rejection
from venuekit.client import json_body
from venuekit.placement import Placement

from ...models import CreateOrderRequest, CreateOrderResponse, OrderType, PlacedOrder, Side
from ...types import UNSET

OPERATION = Operation(
    name="create_order",
    method="POST",
    path="/api/spot/v1/order/place_order",
    prefix="",
    signed=True,
    rejection=Rejection(at="data", status="placeStatus", rejected=("0", 0), code="placeCode", message="placeMsg"),
    operation_id="createOrder",
    tag="orders",
    retry_safe=False,
    placement=Placement(
        key="clientId",
        key_scope="none",
        duplicate_codes=frozenset(),
        unknown_codes=frozenset(),
        lookup=None,
    ),
)
_check_Side = check.enum_of(Side)
_check_OrderType = check.enum_of(OrderType)
_check_decimal = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)
_check_decimal_2 = check.limited(check.decimal, minimum=0, integer_digits=20, fraction_digits=18)
_check_string = check.limited(check.string, max_length=1000)
_check_string_2 = check.limited(check.string, max_length=32)


def _parse(body: Any) -> PlacedOrder:
    return CreateOrderResponse.from_dict(body).data


def request(
    *,
    side: Side | Literal[1, 2, "SELL", "BUY"],
    type_: OrderType | Literal[1, 2, "LIMIT", "MARKET"],
    volume: Decimal | int | str,
    price: Decimal | int | str,
    symbol: str,
    client_id: str | None = None,
) -> Call[PlacedOrder]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    side = _check_Side("side", side)
    type_ = _check_OrderType("type_", type_)
    volume = _check_decimal("volume", volume)
    price = _check_decimal_2("price", price)
    symbol = _check_string("symbol", symbol)
    if client_id is not None:
        client_id = _check_string_2("client_id", client_id)
    payload = CreateOrderRequest(
        side=side,
        type_=type_,
        volume=volume,
        price=price,
        symbol=symbol,
        client_id=UNSET if client_id is None else client_id,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
        key=client_id,
    )
