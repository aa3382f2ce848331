"""GET /api/v1/account/checkApiKey: Get the API key's account type

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit.calls import Call, Operation

from ...models import CheckApiKeyResponse

OPERATION = Operation(
    name="check_api_key",
    method="GET",
    path="/api/v1/account/checkApiKey",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="checkApiKey",
    tag="account",
    retry_safe=True,
)


def _parse(body: Any) -> CheckApiKeyResponse:
    response_200 = CheckApiKeyResponse.from_dict(body)

    return response_200


def request() -> Call[CheckApiKeyResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    return Call(
        OPERATION,
        _parse,
    )
