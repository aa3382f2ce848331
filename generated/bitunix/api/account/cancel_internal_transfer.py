"""POST /api/spot/v1/inside_transfer/cancel: Cancel an internal transfer under review

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/user/#6-cancel-internal-transfer.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body

from ...models import CancelInternalTransferRequest, CancelInternalTransferResponse

OPERATION = Operation(
    name="cancel_internal_transfer",
    method="POST",
    path="/api/spot/v1/inside_transfer/cancel",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="cancelInternalTransfer",
    tag="account",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> None:
    return CancelInternalTransferResponse.from_dict(body).data


def request(
    *,
    inside_transfer_id: str,
) -> Call[None]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    inside_transfer_id = _check_string("inside_transfer_id", inside_transfer_id)
    payload = CancelInternalTransferRequest(
        inside_transfer_id=inside_transfer_id,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
