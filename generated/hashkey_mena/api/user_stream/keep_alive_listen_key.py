"""PUT /api/v1/userDataStream: Keep a listen key alive

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import form_body

from ...models import KeepAliveListenKeyRequest, KeepAliveListenKeyResponse

OPERATION = Operation(
    name="keep_alive_listen_key",
    method="PUT",
    path="/api/v1/userDataStream",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="keepAliveListenKey",
    tag="user_stream",
    retry_safe=True,
    credential="listenKey",
)
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> KeepAliveListenKeyResponse:
    response_200 = KeepAliveListenKeyResponse.from_dict(body)

    return response_200


def request(
    *,
    listen_key: str,
) -> Call[KeepAliveListenKeyResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    listen_key = _check_string("listen_key", listen_key)
    payload = KeepAliveListenKeyRequest(
        listen_key=listen_key,
    )
    content, content_type = form_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
