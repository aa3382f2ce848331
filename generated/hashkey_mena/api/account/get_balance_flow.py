"""GET /api/v1/account/balanceFlow: List ledger entries

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal

from venuekit import check, codec
from venuekit.client import Call, Operation, query_value

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
_check_BalanceFlowType = check.enum_of(BalanceFlowType)
_check_BalanceFlowAccountType = check.enum_of(BalanceFlowAccountType)


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
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    query: list[tuple[str, str]] = []
    query.append(("startTime", str(codec.format_unix(check.datetime("start_time", start_time), scale=1000))))
    query.append(("endTime", str(codec.format_unix(check.datetime("end_time", end_time), scale=1000))))
    if limit is not None:
        query.append(("limit", query_value(check.limited(check.integer, maximum=500)("limit", limit))))
    if flow_type is not None:
        query.append(("flowType", query_value(_check_BalanceFlowType("flow_type", flow_type))))
    if account_type is not None:
        query.append(("accountType", query_value(_check_BalanceFlowAccountType("account_type", account_type))))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
