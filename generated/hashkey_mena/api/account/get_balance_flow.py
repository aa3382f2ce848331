"""GET /api/v1/account/balanceFlow: List ledger entries

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal

from venuekit import check, codec, rules
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import BalanceFlowAccountType, BalanceFlowEntry, BalanceFlowType

OPERATION = Operation(
    name="get_balance_flow",
    method="GET",
    path="/api/v1/account/balanceFlow",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getBalanceFlow",
    tag="account",
    retry_safe=True,
)
_check_integer = check.limited(check.integer, maximum=500)
_check_BalanceFlowType = check.enum_of(BalanceFlowType)
_check_BalanceFlowAccountType = check.enum_of(BalanceFlowAccountType)
_RULES = (rules.TimeWindow(start="start_time", end="end_time", max_seconds=2592000, code="-2027", scale=1000),)


def _parse(body: Any) -> list[BalanceFlowEntry]:
    response_200 = []
    _response_200 = body
    for componentsschemas_get_balance_flow_response_item_data in codec.expect_list(_response_200, "response_200"):
        componentsschemas_get_balance_flow_response_item = BalanceFlowEntry.from_dict(
            componentsschemas_get_balance_flow_response_item_data
        )

        response_200.append(componentsschemas_get_balance_flow_response_item)

    return response_200


def request(
    *,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
    limit: int | None = None,
    flow_type: BalanceFlowType
    | Literal[
        1,
        2,
        32,
        51,
        900,
        904,
        906,
        910,
        "VALUE_1",
        "VALUE_2",
        "VALUE_32",
        "VALUE_51",
        "VALUE_900",
        "VALUE_904",
        "VALUE_906",
        "VALUE_910",
    ]
    | None = None,
    account_type: BalanceFlowAccountType
    | Literal[1, 3, 5, 6, "VALUE_1", "VALUE_3", "VALUE_5", "VALUE_6"]
    | None = None,
) -> Call[list[BalanceFlowEntry]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    start_time = check.datetime("start_time", start_time)
    end_time = check.datetime("end_time", end_time)
    if limit is not None:
        limit = _check_integer("limit", limit)
    if flow_type is not None:
        flow_type = _check_BalanceFlowType("flow_type", flow_type)
    if account_type is not None:
        account_type = _check_BalanceFlowAccountType("account_type", account_type)
    check.rules(
        _RULES,
        {
            "start_time": start_time,
            "end_time": end_time,
        },
    )
    query: list[tuple[str, str]] = []
    query.append(("startTime", str(codec.format_unix(start_time, scale=1000))))
    query.append(("endTime", str(codec.format_unix(end_time, scale=1000))))
    if limit is not None:
        query.append(("limit", query_value(limit)))
    if flow_type is not None:
        query.append(("flowType", query_value(flow_type)))
    if account_type is not None:
        query.append(("accountType", query_value(account_type)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
