"""POST /api/v1/userDataStream: Create a listen key

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit.calls import Call, Operation

from ...models import CreateListenKeyResponse

OPERATION = Operation(
    name="create_listen_key",
    method="POST",
    path="/api/v1/userDataStream",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="createListenKey",
    tag="user_stream",
    retry_safe=True,
    credential="listenKey",
)


def _parse(body: Any) -> CreateListenKeyResponse:
    response_200 = CreateListenKeyResponse.from_dict(body)

    return response_200


def request() -> Call[CreateListenKeyResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    return Call(
        OPERATION,
        _parse,
    )
