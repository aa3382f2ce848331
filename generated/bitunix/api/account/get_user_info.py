"""GET /api/spot/v1/user/info: Get the user bound to the API key

Not in the seed documentation; taken from https://www.bitunix.com/api-docs/spots/en_us/user/#2-get-
user-information.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit.calls import Call, Operation

from ...models import GetUserInfoResponse, UserInfo

OPERATION = Operation(
    name="get_user_info",
    method="GET",
    path="/api/spot/v1/user/info",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getUserInfo",
    tag="account",
    retry_safe=True,
)


def _parse(body: Any) -> UserInfo:
    return GetUserInfoResponse.from_dict(body).data


def request() -> Call[UserInfo]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    return Call(
        OPERATION,
        _parse,
    )
