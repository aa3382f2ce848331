"""GET /api/v1/account/fiat/history: List fiat deposits or withdrawals

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal

from venuekit import check, codec
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import FiatChannel, FiatOrder, FiatOrderStatus, FiatOrderType

OPERATION = Operation(
    name="get_fiat_history",
    method="GET",
    path="/api/v1/account/fiat/history",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getFiatHistory",
    tag="account",
    retry_safe=True,
)
_check_FiatOrderType = check.enum_of(FiatOrderType)
_check_FiatOrderStatus = check.enum_of(FiatOrderStatus)
_check_FiatChannel = check.enum_of(FiatChannel)
_check_string = check.limited(check.string, max_length=1000)


def _parse(body: Any) -> list[FiatOrder]:
    response_200 = []
    _response_200 = body
    for componentsschemas_get_fiat_history_response_item_data in codec.expect_list(_response_200, "response_200"):
        componentsschemas_get_fiat_history_response_item = FiatOrder.from_dict(
            componentsschemas_get_fiat_history_response_item_data
        )

        response_200.append(componentsschemas_get_fiat_history_response_item)

    return response_200


def request(
    *,
    type_: FiatOrderType | Literal["deposit", "withdraw"],
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    status: FiatOrderStatus
    | Literal["under_review", "processing", "successful", "failed", "withdraw_return", "return"]
    | None = None,
    channel: FiatChannel | Literal["auto", "manual"] | None = None,
    remark: str | None = None,
    limit: int | None = None,
) -> Call[list[FiatOrder]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    type_ = _check_FiatOrderType("type_", type_)
    start_time = check.datetime("start_time", start_time)
    end_time = check.datetime("end_time", end_time)
    if status is not None:
        status = _check_FiatOrderStatus("status", status)
    if channel is not None:
        channel = _check_FiatChannel("channel", channel)
    if remark is not None:
        remark = _check_string("remark", remark)
    if limit is not None:
        limit = check.integer("limit", limit)
    query: list[tuple[str, str]] = []
    query.append(("type", query_value(type_)))
    query.append(("startTime", str(codec.format_unix(start_time, scale=1000))))
    query.append(("endTime", str(codec.format_unix(end_time, scale=1000))))
    if status is not None:
        query.append(("status", query_value(status)))
    if channel is not None:
        query.append(("channel", query_value(channel)))
    if remark is not None:
        query.append(("remark", query_value(remark)))
    if limit is not None:
        query.append(("limit", query_value(limit)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
