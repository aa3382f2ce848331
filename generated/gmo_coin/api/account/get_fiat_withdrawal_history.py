"""GET /private/v1/account/fiatWithdrawal/history: Get the JPY withdrawal history

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check, rules
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import FiatTransfer, GetFiatWithdrawalHistoryResponse

OPERATION = Operation(
    name="get_fiat_withdrawal_history",
    method="GET",
    path="/v1/account/fiatWithdrawal/history",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="getFiatWithdrawalHistory",
    tag="account",
    retry_safe=True,
)
_check_string = check.limited(
    check.string, pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z$", max_length=1000
)
_RULES = (rules.TimeWindow(start="from_timestamp", end="to_timestamp", max_seconds=1800, code="ERR-846", scale=None),)


def _parse(body: Any) -> list[FiatTransfer]:
    return GetFiatWithdrawalHistoryResponse.from_dict(body).data


def request(
    *,
    from_timestamp: str,
    to_timestamp: str | None = None,
) -> Call[list[FiatTransfer]]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    from_timestamp = _check_string("from_timestamp", from_timestamp)
    if to_timestamp is not None:
        to_timestamp = _check_string("to_timestamp", to_timestamp)
    check.rules(
        _RULES,
        {
            "from_timestamp": from_timestamp,
            "to_timestamp": to_timestamp,
        },
    )
    query: list[tuple[str, str]] = []
    query.append(("fromTimestamp", query_value(from_timestamp)))
    if to_timestamp is not None:
        query.append(("toTimestamp", query_value(to_timestamp)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
