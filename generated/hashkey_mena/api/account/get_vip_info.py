"""GET /api/v1/account/vipInfo: Get VIP level and fee rates

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.client import Call, Operation, query_value

from ...models import GetVipInfoResponse

OPERATION = Operation(
    name="get_vip_info",
    method="GET",
    path="/api/v1/account/vipInfo",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getVipInfo",
    tag="account",
    retry_safe=True,
)


def _parse(body: Any) -> GetVipInfoResponse:
    response_200 = GetVipInfoResponse.from_dict(body)

    return response_200


def request(
    *,
    symbols: str | None = None,
) -> Call[GetVipInfoResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    query: list[tuple[str, str]] = []
    if symbols is not None:
        query.append(("symbols", query_value(check.string("symbols", symbols))))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
