"""POST /private/v1/ws-auth: Get a Private WebSocket access token

Not in the seed documentation; taken from [T1] アクセストークンを取得; [T2] get_ws_token.

Generated from specs/gmo_coin_fx/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit.calls import Call, Operation
from venuekit.client import json_body

from ...models import CreateWsAuthTokenRequest, CreateWsAuthTokenResponse

OPERATION = Operation(
    name="create_ws_auth_token",
    method="POST",
    path="/v1/ws-auth",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="createWsAuthToken",
    tag="ws_auth",
    retry_safe=True,
    credential="data",
)


def _parse(body: Any) -> str:
    return CreateWsAuthTokenResponse.from_dict(body).data


def request() -> Call[str]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    payload = CreateWsAuthTokenRequest()
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
