"""POST /private/v1/speedOrder: Place a speed (market) order

Generated from specs/gmo_coin_fx/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check
from venuekit.client import Call, Operation, json_body
from venuekit.placement import Placement

from ...models import CreateSpeedOrderRequest, CreateSpeedOrderResponse, Order, Side
from ...types import UNSET

OPERATION = Operation(
    name="create_speed_order",
    method="POST",
    path="/v1/speedOrder",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="createSpeedOrder",
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
_check_Side = check.enum_of(Side)


def _parse(body: Any) -> list[Order]:
    return CreateSpeedOrderResponse.from_dict(body).data


def request(
    *,
    symbol: str,
    side: Side | Literal["BUY", "SELL"],
    size: Decimal | int | str,
    client_order_id: str | None = None,
    lower_bound: Decimal | int | str | None = None,
    upper_bound: Decimal | int | str | None = None,
    is_hedgeable: bool | None = None,
) -> Call[list[Order]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    payload = CreateSpeedOrderRequest(
        symbol=check.string("symbol", symbol),
        side=_check_Side("side", side),
        size=check.decimal("size", size),
        client_order_id=UNSET
        if client_order_id is None
        else check.limited(check.string, max_length=36)("client_order_id", client_order_id),
        lower_bound=UNSET if lower_bound is None else check.decimal("lower_bound", lower_bound),
        upper_bound=UNSET if upper_bound is None else check.decimal("upper_bound", upper_bound),
        is_hedgeable=UNSET if is_hedgeable is None else check.boolean("is_hedgeable", is_hedgeable),
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
        key=client_order_id,
    )
