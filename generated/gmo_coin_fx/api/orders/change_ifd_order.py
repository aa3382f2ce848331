"""POST /private/v1/changeIfdOrder: Change the prices of an IFD order

Not in the seed documentation; taken from [T1] IFD注文変更; response:
ajim3796/gmo_coin_fx_api@cd38641c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py
(change_ifd_order docstring).

Generated from specs/gmo_coin_fx/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from venuekit import check, rules
from venuekit.calls import Call, Operation
from venuekit.client import json_body

from ...models import ChangeIfdOrderRequest, ChangeIfdOrderResponse, Order
from ...types import UNSET

OPERATION = Operation(
    name="change_ifd_order",
    method="POST",
    path="/v1/changeIfdOrder",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="changeIfdOrder",
    tag="orders",
    retry_safe=False,
)
_check_string = check.limited(check.string, pattern="^[0-9A-Za-z]+$", max_length=36)
_check_decimal = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)
_RULES = (
    rules.OneOf(names=("root_order_id", "client_order_id"), least=1, most=1, code="ERR-5213", when=None, in_=()),
    rules.OneOf(names=("first_price", "second_price"), least=1, most=None, code=None, when=None, in_=()),
)


def _parse(body: Any) -> list[Order]:
    return ChangeIfdOrderResponse.from_dict(body).data


def request(
    *,
    root_order_id: int | None = None,
    client_order_id: str | None = None,
    first_price: Decimal | int | str | None = None,
    second_price: Decimal | int | str | None = None,
) -> Call[list[Order]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    if root_order_id is not None:
        root_order_id = check.integer("root_order_id", root_order_id)
    if client_order_id is not None:
        client_order_id = _check_string("client_order_id", client_order_id)
    if first_price is not None:
        first_price = _check_decimal("first_price", first_price)
    if second_price is not None:
        second_price = _check_decimal("second_price", second_price)
    check.rules(
        _RULES,
        {
            "root_order_id": root_order_id,
            "client_order_id": client_order_id,
            "first_price": first_price,
            "second_price": second_price,
        },
    )
    payload = ChangeIfdOrderRequest(
        root_order_id=UNSET if root_order_id is None else root_order_id,
        client_order_id=UNSET if client_order_id is None else client_order_id,
        first_price=UNSET if first_price is None else first_price,
        second_price=UNSET if second_price is None else second_price,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
