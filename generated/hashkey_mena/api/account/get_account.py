"""GET /api/v1/account: Get account balances

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import GetAccountResponse

OPERATION = Operation(
    name="get_account",
    method="GET",
    path="/api/v1/account",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getAccount",
    tag="account",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> GetAccountResponse:
    response_200 = GetAccountResponse.from_dict(body)

    return response_200


def request(
    *,
    account_id: str | None = None,
) -> Call[GetAccountResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    if account_id is not None:
        account_id = _check_string("account_id", account_id)
    query: list[tuple[str, str]] = []
    if account_id is not None:
        query.append(("accountId", query_value(account_id)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
