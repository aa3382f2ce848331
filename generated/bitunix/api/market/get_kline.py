"""GET /api/spot/v1/market/kline: Get recent candles of a pair

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/public/#3-get-k-line-data.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import GetKlineResponse, Kline, KlineInterval

OPERATION = Operation(
    name="get_kline",
    method="GET",
    path="/api/spot/v1/market/kline",
    prefix="",
    signed=False,
    rejection=None,
    operation_id="getKline",
    tag="market",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_KlineInterval = check.enum_of(KlineInterval)


def _parse(body: Any) -> Kline | list[Kline]:
    return GetKlineResponse.from_dict(body).data


def request(
    *,
    symbol: str,
    interval: KlineInterval | Literal["1", "3", "5", "15", "30", "60", "120", "240", "360", "720", "D", "M", "W"],
) -> Call[Kline | list[Kline]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    symbol = _check_string("symbol", symbol)
    interval = _check_KlineInterval("interval", interval)
    query: list[tuple[str, str]] = []
    query.append(("symbol", query_value(symbol)))
    query.append(("interval", query_value(interval)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
