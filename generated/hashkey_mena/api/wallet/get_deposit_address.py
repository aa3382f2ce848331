"""GET /api/v1/account/deposit/address: Get a deposit address

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.client import Call, Operation, query_value

from ...models import GetDepositAddressResponse

OPERATION = Operation(
    name="get_deposit_address",
    method="GET",
    path="/api/v1/account/deposit/address",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getDepositAddress",
    tag="wallet",
    retry_safe=True,
)


def _parse(body: Any) -> GetDepositAddressResponse:
    response_200 = GetDepositAddressResponse.from_dict(body)

    return response_200


def request(
    *,
    coin: str,
    chain_type: str,
) -> Call[GetDepositAddressResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    query: list[tuple[str, str]] = []
    query.append(("coin", query_value(check.string("coin", coin))))
    query.append(("chainType", query_value(check.string("chain_type", chain_type))))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
