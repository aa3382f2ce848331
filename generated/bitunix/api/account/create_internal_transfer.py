"""POST /api/spot/v1/inside_transfer: Transfer to another Bitunix user

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/user/#5-initiate-internal-transfer.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check
from venuekit.client import Call, Operation, json_body
from venuekit.placement import Lookup, Placement

from ...models import CreateInternalTransferRequest, CreateInternalTransferResponse, TransferTarget
from ...types import UNSET


def _lookup(key: str) -> Call[Any]:
    """The venue's lookup by the key this operation was sent with (see `OrderStatusUnknownError`)."""
    from ..account import get_withdrawal_history as lookup  # loaded when needed

    return lookup.request(out_biz_id=key)


OPERATION = Operation(
    name="create_internal_transfer",
    method="POST",
    path="/api/spot/v1/inside_transfer",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="createInternalTransfer",
    tag="account",
    retry_safe=False,
    placement=Placement(
        key="outBizId",
        key_scope="none",
        duplicate_codes=frozenset(),
        unknown_codes=frozenset(),
        lookup=Lookup("getWithdrawalHistory", _lookup, match="out_biz_id"),
    ),
)
_check_TransferTarget = check.enum_of(TransferTarget)


def _parse(body: Any) -> str:
    return CreateInternalTransferResponse.from_dict(body).data


def request(
    *,
    coin: str,
    amount: Decimal | int | str,
    to_type: TransferTarget | Literal["uid", "phone", "email"],
    out_biz_id: str | None = None,
    to_uid: int | None = None,
    to_phone_country_code: str | None = None,
    to_phone_number: str | None = None,
    to_email: str | None = None,
    remark: str | None = None,
) -> Call[str]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    payload = CreateInternalTransferRequest(
        coin=check.string("coin", coin),
        amount=check.decimal("amount", amount),
        to_type=_check_TransferTarget("to_type", to_type),
        out_biz_id=UNSET
        if out_biz_id is None
        else check.limited(check.string, max_length=32)("out_biz_id", out_biz_id),
        to_uid=UNSET if to_uid is None else check.integer("to_uid", to_uid),
        to_phone_country_code=UNSET
        if to_phone_country_code is None
        else check.string("to_phone_country_code", to_phone_country_code),
        to_phone_number=UNSET if to_phone_number is None else check.string("to_phone_number", to_phone_number),
        to_email=UNSET if to_email is None else check.string("to_email", to_email),
        remark=UNSET if remark is None else check.limited(check.string, max_length=256)("remark", remark),
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
        key=out_biz_id,
    )
