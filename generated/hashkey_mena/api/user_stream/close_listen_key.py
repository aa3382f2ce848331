"""DELETE /api/v1/userDataStream: Delete a listen key

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

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
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> CloseListenKeyResponse:
    response_200 = CloseListenKeyResponse.from_dict(body)

    return response_200


def request(
    *,
    listen_key: str,
) -> Call[CloseListenKeyResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    listen_key = _check_string("listen_key", listen_key)
    query: list[tuple[str, str]] = []
    query.append(("listenKey", query_value(listen_key)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
