"""GET /api/v1/account/vipInfo: Get VIP level and fee rates

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

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
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> GetVipInfoResponse:
    response_200 = GetVipInfoResponse.from_dict(body)

    return response_200


def request(
    *,
    symbols: str | None = None,
) -> Call[GetVipInfoResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    if symbols is not None:
        symbols = _check_string("symbols", symbols)
    query: list[tuple[str, str]] = []
    if symbols is not None:
        query.append(("symbols", query_value(symbols)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
