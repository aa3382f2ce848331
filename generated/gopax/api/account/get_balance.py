"""GET /balances/{asset_name}: Get the balance of one asset.

Generated from specs/gopax/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

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
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> Balance:
    response_200 = Balance.from_dict(body)

    return response_200


def request(
    *,
    asset_name: str,
) -> Call[Balance]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    asset_name = _check_string("asset_name", asset_name)
    return Call(
        OPERATION,
        _parse,
        path_params={
            "asset_name": check.path_segment("asset_name", query_value(asset_name)),
        },
    )
