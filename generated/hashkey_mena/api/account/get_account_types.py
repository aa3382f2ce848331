"""GET /api/v1/account/type: List accounts and their types

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import codec
from venuekit.calls import Call, Operation

from ...models import AccountInfo

OPERATION = Operation(
    name="get_account_types",
    method="GET",
    path="/api/v1/account/type",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getAccountTypes",
    tag="account",
    retry_safe=True,
)


def _parse(body: Any) -> list[AccountInfo]:
    response_200 = []
    _response_200 = body
    for componentsschemas_get_account_types_response_item_data in codec.expect_list(_response_200, "response_200"):
        componentsschemas_get_account_types_response_item = AccountInfo.from_dict(
            componentsschemas_get_account_types_response_item_data
        )

        response_200.append(componentsschemas_get_account_types_response_item)

    return response_200


def request() -> Call[list[AccountInfo]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    return Call(
        OPERATION,
        _parse,
    )
