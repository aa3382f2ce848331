"""POST /api/spot/v1/order/place_order: Place an order

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/order/#1-place-order.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check
from venuekit.client import Call, Operation, Rejection, json_body
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
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    payload = CreateOrderRequest(
        side=_check_Side("side", side),
        type_=_check_OrderType("type_", type_),
        volume=check.decimal("volume", volume),
        price=check.decimal("price", price),
        symbol=check.string("symbol", symbol),
        client_id=UNSET if client_id is None else check.limited(check.string, max_length=32)("client_id", client_id),
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
        key=client_id,
    )
