"""GET /trading-pairs/{trading_pair}/candles: Get the candles (historic rates) of a trading pair.

Generated from specs/gopax/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from venuekit import check, codec
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import Candle, CandleInterval

OPERATION = Operation(
    name="get_candles",
    method="GET",
    path="/trading-pairs/{trading_pair}/candles",
    prefix="",
    signed=False,
    rejection=None,
    operation_id="getCandles",
    tag="market",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_CandleInterval = check.enum_of(CandleInterval)


def _parse(body: Any) -> list[Candle]:
    response_200 = []
    _response_200 = body
    for componentsschemas_get_candles_response_item_data in codec.expect_list(_response_200, "response_200"):
        componentsschemas_get_candles_response_item = Candle.from_dict(componentsschemas_get_candles_response_item_data)

        response_200.append(componentsschemas_get_candles_response_item)

    return response_200


def request(
    *,
    trading_pair: str,
    start: int,
    end: int,
    interval: CandleInterval | Literal[1, 5, 30, 1440, "VALUE_1", "VALUE_5", "VALUE_30", "VALUE_1440"],
) -> Call[list[Candle]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    trading_pair = _check_string("trading_pair", trading_pair)
    start = check.integer("start", start)
    end = check.integer("end", end)
    interval = _check_CandleInterval("interval", interval)
    query: list[tuple[str, str]] = []
    query.append(("start", query_value(start)))
    query.append(("end", query_value(end)))
    query.append(("interval", query_value(interval)))
    return Call(
        OPERATION,
        _parse,
        path_params={
            "trading_pair": check.path_segment("trading_pair", query_value(trading_pair)),
        },
        query=query,
    )
