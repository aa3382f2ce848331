"""GET /private/v1/account/margin: Get the trading capacity (margin)

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit.calls import Call, Operation

from ...models import GetMarginResponse, Margin

OPERATION = Operation(
    name="get_margin",
    method="GET",
    path="/v1/account/margin",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="getMargin",
    tag="account",
    retry_safe=True,
)


def _parse(body: Any) -> Margin:
    return GetMarginResponse.from_dict(body).data


def request() -> Call[Margin]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    return Call(
        OPERATION,
        _parse,
    )
