"""GET /api/v1/coinInfo: Get coin information

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

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
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> GetCoinInfoResponse:
    response_200 = GetCoinInfoResponse.from_dict(body)

    return response_200


def request(
    *,
    coin_id: str,
) -> Call[GetCoinInfoResponse]:
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
