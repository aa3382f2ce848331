"""POST /private/v1/ifdOrder: Place an IFD order

Generated from specs/gmo_coin_fx/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body
from venuekit.placement import Placement

from ...models import CreateIfdOrderRequest, CreateIfdOrderResponse, LegExecutionType, Order, Side
from ...types import UNSET

OPERATION = Operation(
    name="create_ifd_order",
    method="POST",
    path="/v1/ifdOrder",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="createIfdOrder",
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
_check_LegExecutionType = check.enum_of(LegExecutionType)
_check_decimal = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)
_check_string_2 = check.limited(check.string, pattern="^[0-9A-Za-z]+$", max_length=36)


def _parse(body: Any) -> list[Order]:
    return CreateIfdOrderResponse.from_dict(body).data


def request(
    *,
    symbol: str,
    first_side: Side | Literal["BUY", "SELL"],
    first_execution_type: LegExecutionType | Literal["LIMIT", "STOP"],
    first_size: Decimal | int | str,
    first_price: Decimal | int | str,
    second_execution_type: LegExecutionType | Literal["LIMIT", "STOP"],
    second_size: Decimal | int | str,
    second_price: Decimal | int | str,
    client_order_id: str | None = None,
) -> Call[list[Order]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    symbol = _check_string("symbol", symbol)
    first_side = _check_Side("first_side", first_side)
    first_execution_type = _check_LegExecutionType("first_execution_type", first_execution_type)
    first_size = _check_decimal("first_size", first_size)
    first_price = _check_decimal("first_price", first_price)
    second_execution_type = _check_LegExecutionType("second_execution_type", second_execution_type)
    second_size = _check_decimal("second_size", second_size)
    second_price = _check_decimal("second_price", second_price)
    if client_order_id is not None:
        client_order_id = _check_string_2("client_order_id", client_order_id)
    payload = CreateIfdOrderRequest(
        symbol=symbol,
        first_side=first_side,
        first_execution_type=first_execution_type,
        first_size=first_size,
        first_price=first_price,
        second_execution_type=second_execution_type,
        second_size=second_size,
        second_price=second_price,
        client_order_id=UNSET if client_order_id is None else client_order_id,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
        key=client_order_id,
    )
