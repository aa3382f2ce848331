"""GET /api/v1/account/depositOrders: List crypto deposits

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any

from venuekit import check, codec
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import DepositOrder

OPERATION = Operation(
    name="get_deposit_orders",
    method="GET",
    path="/api/v1/account/depositOrders",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="getDepositOrders",
    tag="wallet",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_integer = check.limited(check.integer, maximum=1000)


def _parse(body: Any) -> list[DepositOrder]:
    response_200 = []
    _response_200 = body
    for componentsschemas_get_deposit_orders_response_item_data in codec.expect_list(_response_200, "response_200"):
        componentsschemas_get_deposit_orders_response_item = DepositOrder.from_dict(
            componentsschemas_get_deposit_orders_response_item_data
        )

        response_200.append(componentsschemas_get_deposit_orders_response_item)

    return response_200


def request(
    *,
    coin: str | None = None,
    start_time: datetime.datetime | None = None,
    end_time: datetime.datetime | None = None,
    limit: int | None = None,
) -> Call[list[DepositOrder]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    if coin is not None:
        coin = _check_string("coin", coin)
    if start_time is not None:
        start_time = check.datetime("start_time", start_time)
    if end_time is not None:
        end_time = check.datetime("end_time", end_time)
    if limit is not None:
        limit = _check_integer("limit", limit)
    query: list[tuple[str, str]] = []
    if coin is not None:
        query.append(("coin", query_value(coin)))
    if start_time is not None:
        query.append(("startTime", str(codec.format_unix(start_time, scale=1000))))
    if end_time is not None:
        query.append(("endTime", str(codec.format_unix(end_time, scale=1000))))
    if limit is not None:
        query.append(("limit", query_value(limit)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
