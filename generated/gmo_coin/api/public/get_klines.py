"""GET /public/v1/klines: Get candlestick (OHLCV) data

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import GetKlinesResponse, Kline, KlineInterval

OPERATION = Operation(
    name="get_klines",
    method="GET",
    path="/v1/klines",
    prefix="/public",
    signed=False,
    rejection=None,
    operation_id="getKlines",
    tag="public",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_KlineInterval = check.enum_of(KlineInterval)
_check_string_2 = check.limited(check.string, pattern="^([0-9]{8}|[0-9]{4})$", max_length=1000)


def _parse(body: Any) -> list[Kline]:
    return GetKlinesResponse.from_dict(body).data


def request(
    *,
    symbol: str,
    interval: KlineInterval
    | Literal[
        "1min", "5min", "10min", "15min", "30min", "1hour", "4hour", "8hour", "12hour", "1day", "1week", "1month"
    ],
    date: str,
) -> Call[list[Kline]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    symbol = _check_string("symbol", symbol)
    interval = _check_KlineInterval("interval", interval)
    date = _check_string_2("date", date)
    query: list[tuple[str, str]] = []
    query.append(("symbol", query_value(symbol)))
    query.append(("interval", query_value(interval)))
    query.append(("date", query_value(date)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
