"""GET /private/v1/account/assets: Get the asset balances

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit.calls import Call, Operation

from ...models import Asset, GetAssetsResponse

OPERATION = Operation(
    name="get_assets",
    method="GET",
    path="/v1/account/assets",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="getAssets",
    tag="account",
    retry_safe=True,
)


def _parse(body: Any) -> list[Asset]:
    return GetAssetsResponse.from_dict(body).data


def request() -> Call[list[Asset]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    return Call(
        OPERATION,
        _parse,
    )
