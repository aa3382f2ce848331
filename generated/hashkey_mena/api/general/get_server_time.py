"""GET /api/v1/time: Get server time

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit.calls import Call, Operation

from ...models import GetServerTimeResponse

OPERATION = Operation(
    name="get_server_time",
    method="GET",
    path="/api/v1/time",
    prefix="",
    signed=False,
    rejection=None,
    operation_id="getServerTime",
    tag="general",
    retry_safe=True,
)


def _parse(body: Any) -> GetServerTimeResponse:
    response_200 = GetServerTimeResponse.from_dict(body)

    return response_200


def request() -> Call[GetServerTimeResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    return Call(
        OPERATION,
        _parse,
    )
