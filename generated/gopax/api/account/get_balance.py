"""GET /balances/{asset_name}: Get the balance of one asset.

Generated from specs/gopax/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.client import Call, Operation, query_value

from ...models import Balance

OPERATION = Operation(
    name="get_balance",
    method="GET",
    path="/balances/{asset_name}",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getBalance",
    tag="account",
    retry_safe=True,
)


def _parse(body: Any) -> Balance:
    response_200 = Balance.from_dict(body)

    return response_200


def request(
    *,
    asset_name: str,
) -> Call[Balance]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    return Call(
        OPERATION,
        _parse,
        path_params={
            "asset_name": query_value(check.string("asset_name", asset_name)),
        },
    )
