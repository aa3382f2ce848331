"""POST /api/spot/v1/funds_transfer: Move funds between the spot and futures accounts

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/user/#8-transfer.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body
from venuekit.placement import Placement

from ...models import CreateFundsTransferRequest, CreateFundsTransferResponse, FundsTransferType

OPERATION = Operation(
    name="create_funds_transfer",
    method="POST",
    path="/api/spot/v1/funds_transfer",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="createFundsTransfer",
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
_check_FundsTransferType = check.enum_of(FundsTransferType)
_check_string = check.limited(check.string, max_length=1000)
_check_decimal = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)


def _parse(body: Any) -> str:
    return CreateFundsTransferResponse.from_dict(body).data


def request(
    *,
    type_: FundsTransferType | Literal["spot_futures", "futures_spot"],
    coin: str,
    amount: Decimal | int | str,
) -> Call[str]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    type_ = _check_FundsTransferType("type_", type_)
    coin = _check_string("coin", coin)
    amount = _check_decimal("amount", amount)
    payload = CreateFundsTransferRequest(
        type_=type_,
        coin=coin,
        amount=amount,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
