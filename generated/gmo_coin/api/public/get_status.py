"""GET /public/v1/status: Get the service status

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit.calls import Call, Operation

from ...models import ExchangeStatus, GetStatusResponse

OPERATION = Operation(
    name="get_status",
    method="GET",
    path="/v1/status",
    prefix="/public",
    signed=False,
    rejection=None,
    operation_id="getStatus",
    tag="public",
    retry_safe=True,
)


def _parse(body: Any) -> ExchangeStatus:
    return GetStatusResponse.from_dict(body).data


def request() -> Call[ExchangeStatus]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    return Call(
        OPERATION,
        _parse,
    )
