"""DELETE /private/v1/ws-auth: Delete a Private WebSocket access token

Not in the seed documentation; taken from [T1] アクセストークンを削除; response:
ajim3796/gmo_coin_fx_api@cd38641c7a00b3e4f2b48e3309bb5f1006c6e9d7:src/gmo_coin_fx_api/private_api.py
(delete_ws_token docstring).

Generated from specs/gmo_coin_fx/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body

from ...models import DeleteWsAuthTokenRequest, DeleteWsAuthTokenResponse

OPERATION = Operation(
    name="delete_ws_auth_token",
    method="DELETE",
    path="/v1/ws-auth",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="deleteWsAuthToken",
    tag="ws_auth",
    retry_safe=True,
    credential="token",
)
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> None:
    DeleteWsAuthTokenResponse.from_dict(body)
    return None


def request(
    *,
    token: str,
) -> Call[None]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    token = _check_string("token", token)
    payload = DeleteWsAuthTokenRequest(
        token=token,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
