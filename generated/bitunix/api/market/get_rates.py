"""GET /api/spot/v1/common/rate/list: List fiat exchange rates

Not in the seed documentation; taken from https://www.bitunix.com/api-
docs/spots/en_us/public/#6-query-rate-data.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit.calls import Call, Operation

from ...models import FiatRate, GetRatesResponse

OPERATION = Operation(
    name="get_rates",
    method="GET",
    path="/api/spot/v1/common/rate/list",
    prefix="",
    signed=False,
    rejection=None,
    operation_id="getRates",
    tag="market",
    retry_safe=True,
)


def _parse(body: Any) -> list[FiatRate]:
    return GetRatesResponse.from_dict(body).data


def request() -> Call[list[FiatRate]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    return Call(
        OPERATION,
        _parse,
    )
