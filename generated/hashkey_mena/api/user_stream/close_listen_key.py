"""DELETE /api/v1/userDataStream: Delete a listen key

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.client import Call, Operation, query_value

from ...models import CloseListenKeyResponse

OPERATION = Operation(
    name="close_listen_key",
    method="DELETE",
    path="/api/v1/userDataStream",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="closeListenKey",
    tag="user_stream",
    retry_safe=True,
    credential="listenKey",
)


def _parse(body: Any) -> CloseListenKeyResponse:
    response_200 = CloseListenKeyResponse.from_dict(body)

    return response_200


def request(
    *,
    listen_key: str,
) -> Call[CloseListenKeyResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    query: list[tuple[str, str]] = []
    query.append(("listenKey", query_value(check.string("listen_key", listen_key))))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
