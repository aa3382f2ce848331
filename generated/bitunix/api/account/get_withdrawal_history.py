"""POST /api/spot/v1/withdraw_transfer/page: List withdrawals and outgoing internal transfers

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/user/#7-request-withdrawal-historywithdrawal-and-internal-transfer-included.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal

from venuekit import check
from venuekit.client import Call, Operation, json_body

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
_check_WithdrawalType = check.enum_of(WithdrawalType)


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
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    payload = GetWithdrawalHistoryRequest(
        id=UNSET if id is None else check.string("id", id),
        out_biz_id=UNSET if out_biz_id is None else check.string("out_biz_id", out_biz_id),
        coin=UNSET if coin is None else check.string("coin", coin),
        transaction_hash=UNSET if transaction_hash is None else check.string("transaction_hash", transaction_hash),
        type_=UNSET if type_ is None else _check_WithdrawalType("type_", type_),
        start_time=UNSET if start_time is None else check.datetime("start_time", start_time),
        end_time=UNSET if end_time is None else check.datetime("end_time", end_time),
        remark=UNSET if remark is None else check.string("remark", remark),
        limit=UNSET if limit is None else check.limited(check.integer, minimum=1, maximum=100)("limit", limit),
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
