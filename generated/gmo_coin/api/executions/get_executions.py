"""GET /private/v1/executions: Get executions by order id or execution ids

Generated from specs/gmo_coin/openapi.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from venuekit import check, rules
from venuekit.calls import Call, Operation
from venuekit.client import query_value

from ...models import ExecutionsList, GetExecutionsResponse

OPERATION = Operation(
    name="get_executions",
    method="GET",
    path="/v1/executions",
    prefix="/private",
    signed=True,
    rejection=None,
    operation_id="getExecutions",
    tag="executions",
    retry_safe=True,
)
_RULES = (rules.OneOf(names=("order_id", "execution_id"), least=1, most=1, code="ERR-5208", when=None, in_=()),)


def _parse(body: Any) -> ExecutionsList:
    return GetExecutionsResponse.from_dict(body).data


def request(
    *,
    order_id: int | None = None,
    execution_id: Sequence[int] | None = None,
) -> Call[ExecutionsList]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    if order_id is not None:
        order_id = check.integer("order_id", order_id)
    if execution_id is not None:
        execution_id = check.items("execution_id", execution_id, check.integer, min_items=1, max_items=10)
    check.rules(
        _RULES,
        {
            "order_id": order_id,
            "execution_id": execution_id,
        },
    )
    query: list[tuple[str, str]] = []
    if order_id is not None:
        query.append(("orderId", query_value(order_id)))
    if execution_id is not None:
        query.append(("executionId", query_value(execution_id)))
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
