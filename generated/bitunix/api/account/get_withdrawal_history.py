"""POST /api/spot/v1/withdraw_transfer/page: List withdrawals and outgoing internal transfers

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/user/#7-request-withdrawal-historywithdrawal-and-internal-transfer-included.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import json_body

from ...models import GetWithdrawalHistoryRequest, GetWithdrawalHistoryResponse, WithdrawalRecord, WithdrawalType
from ...types import UNSET

OPERATION = Operation(
    name="get_withdrawal_history",
    method="POST",
    path="/api/spot/v1/withdraw_transfer/page",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getWithdrawalHistory",
    tag="account",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_WithdrawalType = check.enum_of(WithdrawalType)
_check_integer = check.limited(check.integer, minimum=1, maximum=100)


def _parse(body: Any) -> list[WithdrawalRecord]:
    return GetWithdrawalHistoryResponse.from_dict(body).data


def request(
    *,
    id: str | None = None,
    out_biz_id: str | None = None,
    coin: str | None = None,
    transaction_hash: str | None = None,
    type_: WithdrawalType | Literal["withdraw", "inside_transfer_out"] | None = None,
    start_time: datetime.datetime | None = None,
    end_time: datetime.datetime | None = None,
    remark: str | None = None,
    limit: int | None = None,
) -> Call[list[WithdrawalRecord]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    if id is not None:
        id = _check_string("id", id)
    if out_biz_id is not None:
        out_biz_id = _check_string("out_biz_id", out_biz_id)
    if coin is not None:
        coin = _check_string("coin", coin)
    if transaction_hash is not None:
        transaction_hash = _check_string("transaction_hash", transaction_hash)
    if type_ is not None:
        type_ = _check_WithdrawalType("type_", type_)
    if start_time is not None:
        start_time = check.datetime("start_time", start_time)
    if end_time is not None:
        end_time = check.datetime("end_time", end_time)
    if remark is not None:
        remark = _check_string("remark", remark)
    if limit is not None:
        limit = _check_integer("limit", limit)
    payload = GetWithdrawalHistoryRequest(
        id=UNSET if id is None else id,
        out_biz_id=UNSET if out_biz_id is None else out_biz_id,
        coin=UNSET if coin is None else coin,
        transaction_hash=UNSET if transaction_hash is None else transaction_hash,
        type_=UNSET if type_ is None else type_,
        start_time=UNSET if start_time is None else start_time,
        end_time=UNSET if end_time is None else end_time,
        remark=UNSET if remark is None else remark,
        limit=UNSET if limit is None else limit,
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
