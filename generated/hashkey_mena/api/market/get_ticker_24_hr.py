"""GET /quote/v1/ticker/24hr: Get 24-hour tickers

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from venuekit import check, codec
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import InstType, Ticker24Hr

OPERATION = Operation(
    name="get_ticker_24_hr",
    method="GET",
    path="/quote/v1/ticker/24hr",
    prefix="",
    signed=False,
    rejection=None,
    operation_id="getTicker24hr",
    tag="market",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_InstType = check.enum_of(InstType)


def _parse(body: Any) -> list[Ticker24Hr]:
    response_200 = []
    _response_200 = body
    for componentsschemas_get_ticker_24_hr_response_item_data in codec.expect_list(_response_200, "response_200"):
        componentsschemas_get_ticker_24_hr_response_item = Ticker24Hr.from_dict(
            componentsschemas_get_ticker_24_hr_response_item_data
        )

        response_200.append(componentsschemas_get_ticker_24_hr_response_item)

    return response_200


def request(
    *,
    symbol: str | None = None,
    inst_type: InstType | Literal["SPOT", "FUTURES", "ANY"] | None = None,
) -> Call[list[Ticker24Hr]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    if symbol is not None:
        symbol = _check_string("symbol", symbol)
    if inst_type is not None:
        inst_type = _check_InstType("inst_type", inst_type)
    query: list[tuple[str, str]] = []
    if symbol is not None:
        query.append(("symbol", query_value(symbol)))
    if inst_type is not None:
        query.append(("instType", query_value(inst_type)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
