"""GET /quote/v1/klines: Get candlesticks

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal

from venuekit import check, codec
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import Kline, KlineInterval

OPERATION = Operation(
    name="get_klines",
    method="GET",
    path="/quote/v1/klines",
    prefix="",
    signed=False,
    rejection=None,
    operation_id="getKlines",
    tag="market",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_KlineInterval = check.enum_of(KlineInterval)
_check_integer = check.limited(check.integer, maximum=1000)


def _parse(body: Any) -> list[Kline]:
    response_200 = []
    _response_200 = body
    for componentsschemas_get_klines_response_item_data in codec.expect_list(_response_200, "response_200"):
        componentsschemas_get_klines_response_item = Kline.from_dict(componentsschemas_get_klines_response_item_data)

        response_200.append(componentsschemas_get_klines_response_item)

    return response_200


def request(
    *,
    symbol: str,
    interval: KlineInterval
    | Literal["1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d", "1w", "1M"],
    limit: int | None = None,
    start_time: datetime.datetime | None = None,
    end_time: datetime.datetime | None = None,
) -> Call[list[Kline]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    symbol = _check_string("symbol", symbol)
    interval = _check_KlineInterval("interval", interval)
    if limit is not None:
        limit = _check_integer("limit", limit)
    if start_time is not None:
        start_time = check.datetime("start_time", start_time)
    if end_time is not None:
        end_time = check.datetime("end_time", end_time)
    query: list[tuple[str, str]] = []
    query.append(("symbol", query_value(symbol)))
    query.append(("interval", query_value(interval)))
    if limit is not None:
        query.append(("limit", query_value(limit)))
    if start_time is not None:
        query.append(("startTime", str(codec.format_unix(start_time, scale=1000))))
    if end_time is not None:
        query.append(("endTime", str(codec.format_unix(end_time, scale=1000))))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
