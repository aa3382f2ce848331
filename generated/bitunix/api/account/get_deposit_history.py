"""POST /api/spot/v1/deposit/page: List deposits and incoming internal transfers

Not in the seed documentation; taken from https://www.bitunix.com/api-docs/spots/en_us/user/#9-get-
deposit-records-on-chain-deposit-internal-transfer.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal

from venuekit import check
from venuekit.client import Call, Operation, json_body

from ...models import DepositRecord, DepositType, GetDepositHistoryRequest, GetDepositHistoryResponse
from ...types import UNSET

OPERATION = Operation(
    name="get_deposit_history",
    method="POST",
    path="/api/spot/v1/deposit/page",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getDepositHistory",
    tag="account",
    retry_safe=True,
)
_check_DepositType = check.enum_of(DepositType)


def _parse(body: Any) -> list[DepositRecord]:
    return GetDepositHistoryResponse.from_dict(body).data


def request(
    *,
    id: str | None = None,
    coin: str | None = None,
    type_: DepositType | Literal["deposit", "inside_transfer_in"] | None = None,
    transaction_hash: str | None = None,
    start_time: datetime.datetime | None = None,
    end_time: datetime.datetime | None = None,
    limit: int | None = None,
) -> Call[list[DepositRecord]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    payload = GetDepositHistoryRequest(
        id=UNSET if id is None else check.string("id", id),
        coin=UNSET if coin is None else check.string("coin", coin),
        type_=UNSET if type_ is None else _check_DepositType("type_", type_),
        transaction_hash=UNSET if transaction_hash is None else check.string("transaction_hash", transaction_hash),
        start_time=UNSET if start_time is None else check.datetime("start_time", start_time),
        end_time=UNSET if end_time is None else check.datetime("end_time", end_time),
        limit=UNSET if limit is None else check.limited(check.integer, minimum=1, maximum=100)("limit", limit),
    )
    content, content_type = json_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
