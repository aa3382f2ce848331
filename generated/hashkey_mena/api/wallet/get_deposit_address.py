"""GET /api/v1/account/deposit/address: Get a deposit address

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

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
_check_string = check.limited(check.string, max_length=1000)


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
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    coin = _check_string("coin", coin)
    chain_type = _check_string("chain_type", chain_type)
    query: list[tuple[str, str]] = []
    query.append(("coin", query_value(coin)))
    query.append(("chainType", query_value(chain_type)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
