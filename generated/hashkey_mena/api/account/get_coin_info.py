"""GET /api/v1/coinInfo: Get coin information

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.client import Call, Operation, query_value

from ...models import GetCoinInfoResponse

OPERATION = Operation(
    name="get_coin_info",
    method="GET",
    path="/api/v1/coinInfo",
    prefix="",
    signed=False,
    rejection=None,
    operation_id="getCoinInfo",
    tag="account",
    retry_safe=True,
)


def _parse(body: Any) -> GetCoinInfoResponse:
    response_200 = GetCoinInfoResponse.from_dict(body)

    return response_200


def request(
    *,
    coin_id: str,
) -> Call[GetCoinInfoResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    query: list[tuple[str, str]] = []
    query.append(("coinId", query_value(check.string("coin_id", coin_id))))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
