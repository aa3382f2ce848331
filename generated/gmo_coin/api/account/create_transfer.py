"""POST /private/v1/account/transfer: Transfer JPY between the crypto and FX accounts

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body
from venuekit.placement import Placement

from ...models import CreateTransferRequest, CreateTransferResponse, Transfer, TransferType

OPERATION = Operation(
    name="create_transfer",
    method="POST",
    path="/v1/account/transfer",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="createTransfer",
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
_check_decimal = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)
_check_TransferType = check.enum_of(TransferType)


def _parse(body: Any) -> list[Transfer]:
    return CreateTransferResponse.from_dict(body).data


def request(
    *,
    amount: Decimal | int | str,
    transfer_type: TransferType | Literal["WITHDRAWAL", "DEPOSIT"],
) -> Call[list[Transfer]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    amount = _check_decimal("amount", amount)
    transfer_type = _check_TransferType("transfer_type", transfer_type)
    payload = CreateTransferRequest(
        amount=amount,
        transfer_type=transfer_type,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
