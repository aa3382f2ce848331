"""POST /api/spot/v1/inside_transfer: Transfer to another Bitunix user

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/user/#5-initiate-internal-transfer.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body
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
_check_string = check.limited(check.string, max_length=1000)
_check_decimal = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)
_check_TransferTarget = check.enum_of(TransferTarget)
_check_string_2 = check.limited(check.string, max_length=32)
_check_string_3 = check.limited(check.string, max_length=256)


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
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    coin = _check_string("coin", coin)
    amount = _check_decimal("amount", amount)
    to_type = _check_TransferTarget("to_type", to_type)
    if out_biz_id is not None:
        out_biz_id = _check_string_2("out_biz_id", out_biz_id)
    if to_uid is not None:
        to_uid = check.integer("to_uid", to_uid)
    if to_phone_country_code is not None:
        to_phone_country_code = _check_string("to_phone_country_code", to_phone_country_code)
    if to_phone_number is not None:
        to_phone_number = _check_string("to_phone_number", to_phone_number)
    if to_email is not None:
        to_email = _check_string("to_email", to_email)
    if remark is not None:
        remark = _check_string_3("remark", remark)
    payload = CreateInternalTransferRequest(
        coin=coin,
        amount=amount,
        to_type=to_type,
        out_biz_id=UNSET if out_biz_id is None else out_biz_id,
        to_uid=UNSET if to_uid is None else to_uid,
        to_phone_country_code=UNSET if to_phone_country_code is None else to_phone_country_code,
        to_phone_number=UNSET if to_phone_number is None else to_phone_number,
        to_email=UNSET if to_email is None else to_email,
        remark=UNSET if remark is None else remark,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
        key=out_biz_id,
    )
