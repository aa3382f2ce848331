"""POST /private/v1/changeOrder: Change the price of a normal order

Not in the seed documentation; taken from [T1] 注文変更; response:
ajim3796/gmo_coin_fx_api@cd38641c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py
(change_order docstring).

Generated from specs/gmo_coin_fx/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from venuekit import check, rules
from venuekit.calls import Call, Operation
from venuekit.client import json_body

from ...models import ChangeOrderRequest, ChangeOrderResponse, Order
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
_check_string = check.limited(check.string, pattern="^[0-9A-Za-z]+$", max_length=36)
_RULES = (rules.OneOf(names=("order_id", "client_order_id"), least=1, most=1, code="ERR-5213", when=None, in_=()),)


def _parse(body: Any) -> list[Order]:
    return ChangeOrderResponse.from_dict(body).data


def request(
    *,
    price: Decimal | int | str,
    order_id: int | None = None,
    client_order_id: str | None = None,
) -> Call[list[Order]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    price = _check_decimal("price", price)
    if order_id is not None:
        order_id = check.integer("order_id", order_id)
    if client_order_id is not None:
        client_order_id = _check_string("client_order_id", client_order_id)
    check.rules(
        _RULES,
        {
            "order_id": order_id,
            "client_order_id": client_order_id,
        },
    )
    payload = ChangeOrderRequest(
        price=price,
        order_id=UNSET if order_id is None else order_id,
        client_order_id=UNSET if client_order_id is None else client_order_id,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
