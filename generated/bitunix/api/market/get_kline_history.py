"""GET /api/spot/v1/market/kline/history: Get historical candles of a pair

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/public/#4-get-k-line-history-data.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal

from venuekit import check, codec
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import GetKlineHistoryResponse, Kline, KlineInterval

OPERATION = Operation(
    name="get_kline_history",
    method="GET",
    path="/api/spot/v1/market/kline/history",
    prefix="",
    signed=False,
    rejection=None,
    operation_id="getKlineHistory",
    tag="market",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_KlineInterval = check.enum_of(KlineInterval)
_check_integer = check.limited(check.integer, minimum=1, maximum=500)


def _parse(body: Any) -> list[Kline]:
    return GetKlineHistoryResponse.from_dict(body).data


def request(
    *,
    symbol: str,
    interval: KlineInterval
    | Literal["1", "3", "5", "15", "30", "60", "120", "240", "360", "720", "D", "M", "W"]
    | None = None,
    end_time: datetime.datetime | None = None,
    limit: int | None = None,
) -> Call[list[Kline]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    symbol = _check_string("symbol", symbol)
    if interval is not None:
        interval = _check_KlineInterval("interval", interval)
    if end_time is not None:
        end_time = check.datetime("end_time", end_time)
    if limit is not None:
        limit = _check_integer("limit", limit)
    query: list[tuple[str, str]] = []
    query.append(("symbol", query_value(symbol)))
    if interval is not None:
        query.append(("interval", query_value(interval)))
    if end_time is not None:
        query.append(("endTime", str(codec.format_unix(end_time, scale=1))))
    if limit is not None:
        query.append(("limit", query_value(limit)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
