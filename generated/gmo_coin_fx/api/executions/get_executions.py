"""GET /private/v1/executions: Get executions by order ID or execution IDs

Generated from specs/gmo_coin_fx/openapi.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from venuekit import check
from venuekit.client import Call, Operation, query_value

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


def _parse(body: Any) -> ExecutionsList:
    return GetExecutionsResponse.from_dict(body).data


def request(
    *,
    order_id: int | None = None,
    execution_id: Sequence[int] | None = None,
) -> Call[ExecutionsList]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    query: list[tuple[str, str]] = []
    if order_id is not None:
        query.append(("orderId", query_value(check.integer("order_id", order_id))))
    if execution_id is not None:
        query.append(
            (
                "executionId",
                query_value(check.items("execution_id", execution_id, check.integer, min_items=1, max_items=10)),
            )
        )
    return Call(
        OPERATION,
        _parse,
        query=query,
    )
