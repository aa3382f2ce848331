"""POST /api/spot/v1/withdraw: Withdraw to a whitelisted address

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/user/#3-submit-withdrawal-request.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body
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
_check_string = check.limited(check.string, max_length=1000)
_check_decimal = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)


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
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    coin = _check_string("coin", coin)
    network = _check_string("network", network)
    address = _check_string("address", address)
    amount = _check_decimal("amount", amount)
    if memo is not None:
        memo = _check_string("memo", memo)
    payload = CreateWithdrawalRequest(
        coin=coin,
        network=network,
        address=address,
        amount=amount,
        memo=UNSET if memo is None else memo,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
