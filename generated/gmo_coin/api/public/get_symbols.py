"""GET /public/v1/symbols: Get the trading rules

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit.calls import Call, Operation

from ...models import GetSymbolsResponse, SymbolRule

OPERATION = Operation(
    name="get_symbols",
    method="GET",
    path="/v1/symbols",
    prefix="/public",
    signed=False,
    rejection=None,
    operation_id="getSymbols",
    tag="public",
    retry_safe=True,
)


def _parse(body: Any) -> list[SymbolRule]:
    return GetSymbolsResponse.from_dict(body).data


def request() -> Call[list[SymbolRule]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    return Call(
        OPERATION,
        _parse,
    )
