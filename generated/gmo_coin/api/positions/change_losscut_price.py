"""POST /private/v1/changeLosscutPrice: Change the liquidation price of a position

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body

from ...models import ChangeLosscutPriceRequest, ChangeLosscutPriceResponse

OPERATION = Operation(
    name="change_losscut_price",
    method="POST",
    path="/v1/changeLosscutPrice",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="changeLosscutPrice",
    tag="positions",
    retry_safe=False,
)
_check_decimal = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)


def _parse(body: Any) -> None:
    ChangeLosscutPriceResponse.from_dict(body)
    return None


def request(
    *,
    position_id: int,
    losscut_price: Decimal | int | str,
) -> Call[None]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    position_id = check.integer("position_id", position_id)
    losscut_price = _check_decimal("losscut_price", losscut_price)
    payload = ChangeLosscutPriceRequest(
        position_id=position_id,
        losscut_price=losscut_price,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
