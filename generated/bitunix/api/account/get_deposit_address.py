"""POST /api/spot/v1/deposit/address: Get deposit addresses for a token and network

Not in the seed documentation; taken from https://www.bitunix.com/api-docs/spots/en_us/user/#10-get-
deposit-address.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body

from ...models import DepositAddress, GetDepositAddressRequest, GetDepositAddressResponse

OPERATION = Operation(
    name="get_deposit_address",
    method="POST",
    path="/api/spot/v1/deposit/address",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getDepositAddress",
    tag="account",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> list[DepositAddress]:
    return GetDepositAddressResponse.from_dict(body).data


def request(
    *,
    coin: str,
    network: str,
) -> Call[list[DepositAddress]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    coin = _check_string("coin", coin)
    network = _check_string("network", network)
    payload = GetDepositAddressRequest(
        coin=coin,
        network=network,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
