"""POST /private/v1/changeOrder: Change an order

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body

from ...models import ChangeOrderRequest, ChangeOrderResponse
from ...types import UNSET

OPERATION = Operation(
    name="change_order",
    method="POST",
    path="/v1/changeOrder",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="changeOrder",
    tag="orders",
    retry_safe=False,
)
_check_decimal = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)


def _parse(body: Any) -> None:
    ChangeOrderResponse.from_dict(body)
    return None


def request(
    *,
    order_id: int,
    price: Decimal | int | str,
    losscut_price: Decimal | int | str | None = None,
) -> Call[None]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    order_id = check.integer("order_id", order_id)
    price = _check_decimal("price", price)
    if losscut_price is not None:
        losscut_price = _check_decimal("losscut_price", losscut_price)
    payload = ChangeOrderRequest(
        order_id=order_id,
        price=price,
        losscut_price=UNSET if losscut_price is None else losscut_price,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
