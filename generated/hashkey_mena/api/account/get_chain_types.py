"""GET /api/v1/account/chainType: List a coin's chain types

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check, codec
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import ChainTypeList

OPERATION = Operation(
    name="get_chain_types",
    method="GET",
    path="/api/v1/account/chainType",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getChainTypes",
    tag="account",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> list[ChainTypeList]:
    response_200 = []
    _response_200 = body
    for componentsschemas_get_chain_types_response_item_data in codec.expect_list(_response_200, "response_200"):
        componentsschemas_get_chain_types_response_item = ChainTypeList.from_dict(
            componentsschemas_get_chain_types_response_item_data
        )

        response_200.append(componentsschemas_get_chain_types_response_item)

    return response_200


def request(
    *,
    coin_id: str,
) -> Call[list[ChainTypeList]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    coin_id = _check_string("coin_id", coin_id)
    query: list[tuple[str, str]] = []
    query.append(("coinId", query_value(coin_id)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
