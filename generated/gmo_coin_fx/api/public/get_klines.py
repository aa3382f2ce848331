"""GET /public/v1/klines: Get candlesticks (OHLC) of a symbol

Generated from specs/gmo_coin_fx/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from venuekit import check
from venuekit.client import Call, Operation, query_value

from ...models import GetKlinesResponse, Kline, KlineInterval, KlinePriceType

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
_check_KlinePriceType = check.enum_of(KlinePriceType)
_check_KlineInterval = check.enum_of(KlineInterval)


def _parse(body: Any) -> list[Kline]:
    return GetKlinesResponse.from_dict(body).data


def request(
    *,
    symbol: str,
    price_type: KlinePriceType | Literal["BID", "ASK"],
    interval: KlineInterval
    | Literal[
        "1min", "5min", "10min", "15min", "30min", "1hour", "4hour", "8hour", "12hour", "1day", "1week", "1month"
    ],
    date: str,
) -> Call[list[Kline]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    query: list[tuple[str, str]] = []
    query.append(("symbol", query_value(check.string("symbol", symbol))))
    query.append(("priceType", query_value(_check_KlinePriceType("price_type", price_type))))
    query.append(("interval", query_value(_check_KlineInterval("interval", interval))))
    query.append(("date", query_value(check.limited(check.string, pattern="^[0-9]{4}([0-9]{4})?$")("date", date))))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
