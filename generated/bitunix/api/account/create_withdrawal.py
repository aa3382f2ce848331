"""POST /api/spot/v1/withdraw: Withdraw to a whitelisted address

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/user/#3-submit-withdrawal-request.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from venuekit import check
from venuekit.client import Call, Operation, json_body
from venuekit.placement import Placement

from ...models import CreateWithdrawalRequest, CreateWithdrawalResponse
from ...types import UNSET

OPERATION = Operation(
    name="create_withdrawal",
    method="POST",
    path="/api/spot/v1/withdraw",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="createWithdrawal",
    tag="account",
    retry_safe=False,
    placement=Placement(
        key=None,
        key_scope="none",
        duplicate_codes=frozenset(),
        unknown_codes=frozenset(),
        lookup=None,
    ),
)


def _parse(body: Any) -> str:
    return CreateWithdrawalResponse.from_dict(body).data


def request(
    *,
    coin: str,
    network: str,
    address: str,
    amount: Decimal | int | str,
    memo: str | None = None,
) -> Call[str]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    payload = CreateWithdrawalRequest(
        coin=check.string("coin", coin),
        network=check.string("network", network),
        address=check.string("address", address),
        amount=check.decimal("amount", amount),
        memo=UNSET if memo is None else check.string("memo", memo),
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
