"""GET /private/v1/account/tradingVolume: Get the trading volume

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit.calls import Call, Operation

from ...models import GetTradingVolumeResponse, TradingVolume

OPERATION = Operation(
    name="get_trading_volume",
    method="GET",
    path="/v1/account/tradingVolume",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="getTradingVolume",
    tag="account",
    retry_safe=True,
)


def _parse(body: Any) -> TradingVolume:
    return GetTradingVolumeResponse.from_dict(body).data


def request() -> Call[TradingVolume]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    return Call(
        OPERATION,
        _parse,
    )
