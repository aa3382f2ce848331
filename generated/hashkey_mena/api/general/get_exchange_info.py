"""GET /api/v1/exchangeInfo: Get exchange information

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any, Literal

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import ExchangeInfo, ExchangeSymbol, Site

OPERATION = Operation(
    name="get_exchange_info",
    method="GET",
    path="/api/v1/exchangeInfo",
    prefix="",
    signed=False,
    rejection=None,
    operation_id="getExchangeInfo",
    tag="general",
    retry_safe=True,
)
_check_string = check.limited(check.string, max_length=1000)
_check_Site = check.enum_of(Site)


def _parse(body: Any) -> ExchangeInfo | ExchangeSymbol:
    def _parse_response_200(data: object) -> ExchangeInfo | ExchangeSymbol:
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_get_exchange_info_response_type_0 = ExchangeInfo.from_dict(data)

            return componentsschemas_get_exchange_info_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_get_exchange_info_response_type_1 = ExchangeSymbol.from_dict(data)

        return componentsschemas_get_exchange_info_response_type_1

    response_200 = _parse_response_200(body)

    return response_200


def request(
    *,
    symbol: str | None = None,
    site: Site | Literal["BMU", "UAE"] | None = None,
) -> Call[ExchangeInfo | ExchangeSymbol]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    if symbol is not None:
        symbol = _check_string("symbol", symbol)
    if site is not None:
        site = _check_Site("site", site)
    query: list[tuple[str, str]] = []
    if symbol is not None:
        query.append(("symbol", query_value(symbol)))
    if site is not None:
        query.append(("site", query_value(site)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
