"""POST /api/spot/v1/withdraw/cancel: Cancel a withdrawal under review

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/user/#4-cancel-withdrawal.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body

from ...models import CancelWithdrawalRequest, CancelWithdrawalResponse

OPERATION = Operation(
    name="cancel_withdrawal",
    method="POST",
    path="/api/spot/v1/withdraw/cancel",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="cancelWithdrawal",
    tag="account",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> None:
    return CancelWithdrawalResponse.from_dict(body).data


def request(
    *,
    withdraw_id: str,
) -> Call[None]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    withdraw_id = _check_string("withdraw_id", withdraw_id)
    payload = CancelWithdrawalRequest(
        withdraw_id=withdraw_id,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
