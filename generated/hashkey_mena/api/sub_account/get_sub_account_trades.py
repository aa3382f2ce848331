"""GET /api/v1/subAccount/trades: List a sub account's fills

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any

from venuekit import check, codec
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import AccountTrade

OPERATION = Operation(
    name="get_sub_account_trades",
    method="GET",
    path="/api/v1/subAccount/trades",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getSubAccountTrades",
    tag="sub_account",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_integer = check.limited(check.integer, maximum=1000)


def _parse(body: Any) -> list[AccountTrade]:
    response_200 = []
    _response_200 = body
    for componentsschemas_get_sub_account_trades_response_item_data in codec.expect_list(_response_200, "response_200"):
        componentsschemas_get_sub_account_trades_response_item = AccountTrade.from_dict(
            componentsschemas_get_sub_account_trades_response_item_data
        )

        response_200.append(componentsschemas_get_sub_account_trades_response_item)

    return response_200


def request(
    *,
    symbol: str | None = None,
    sub_account_id: str | None = None,
    start_time: datetime.datetime | None = None,
    end_time: datetime.datetime | None = None,
    client_order_id: str | None = None,
    from_id: str | None = None,
    to_id: str | None = None,
    limit: int | None = None,
) -> Call[list[AccountTrade]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    if symbol is not None:
        symbol = _check_string("symbol", symbol)
    if sub_account_id is not None:
        sub_account_id = _check_string("sub_account_id", sub_account_id)
    if start_time is not None:
        start_time = check.datetime("start_time", start_time)
    if end_time is not None:
        end_time = check.datetime("end_time", end_time)
    if client_order_id is not None:
        client_order_id = _check_string("client_order_id", client_order_id)
    if from_id is not None:
        from_id = _check_string("from_id", from_id)
    if to_id is not None:
        to_id = _check_string("to_id", to_id)
    if limit is not None:
        limit = _check_integer("limit", limit)
    query: list[tuple[str, str]] = []
    if symbol is not None:
        query.append(("symbol", query_value(symbol)))
    if sub_account_id is not None:
        query.append(("subAccountId", query_value(sub_account_id)))
    if start_time is not None:
        query.append(("startTime", str(codec.format_unix(start_time, scale=1000))))
    if end_time is not None:
        query.append(("endTime", str(codec.format_unix(end_time, scale=1000))))
    if client_order_id is not None:
        query.append(("clientOrderId", query_value(client_order_id)))
    if from_id is not None:
        query.append(("fromId", query_value(from_id)))
    if to_id is not None:
        query.append(("toId", query_value(to_id)))
    if limit is not None:
        query.append(("limit", query_value(limit)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
