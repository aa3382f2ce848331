"""GET /api/spot/v1/user/account: Get spot account balances

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/user/#1-checking-account-balance.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit.calls import Call, Operation

from ...models import AccountBalance, GetBalancesResponse

OPERATION = Operation(
    name="get_balances",
    method="GET",
    path="/api/spot/v1/user/account",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getBalances",
    tag="account",
    retry_safe=True,
)


def _parse(body: Any) -> list[AccountBalance] | None:
    return GetBalancesResponse.from_dict(body).data


def request() -> Call[list[AccountBalance] | None]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    return Call(
        OPERATION,
        _parse,
    )
