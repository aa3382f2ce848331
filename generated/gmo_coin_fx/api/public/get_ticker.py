"""GET /public/v1/ticker: Get the latest rates of all symbols

Generated from specs/gmo_coin_fx/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit.calls import Call, Operation

from ...models import GetTickerResponse, Ticker

OPERATION = Operation(
    name="get_ticker",
    method="GET",
    path="/v1/ticker",
    prefix="/public",
    signed=False,
    rejection=None,
    operation_id="getTicker",
    tag="public",
    retry_safe=True,
)


def _parse(body: Any) -> list[Ticker]:
    return GetTickerResponse.from_dict(body).data


def request() -> Call[list[Ticker]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    return Call(
        OPERATION,
        _parse,
    )
