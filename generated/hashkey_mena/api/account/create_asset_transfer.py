"""POST /api/v1/account/assetTransfer: Transfer between own accounts

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import query_value
from venuekit.placement import Placement

from ...models import CreateAssetTransferResponse

OPERATION = Operation(
    name="create_asset_transfer",
    method="POST",
    path="/api/v1/account/assetTransfer",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="createAssetTransfer",
    tag="account",
    retry_safe=False,
    placement=Placement(
        key="clientOrderId",
        key_scope="none",
        duplicate_codes=frozenset(),
        unknown_codes=frozenset({"-1006", "-1007"}),
        lookup=None,
    ),
)
_check_string = check.limited(check.string, max_length=1000)
_check_decimal = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)
_check_string_2 = check.limited(check.string, max_length=64)


def _parse(body: Any) -> CreateAssetTransferResponse:
    response_200 = CreateAssetTransferResponse.from_dict(body)

    return response_200


def request(
    *,
    from_account_id: str,
    to_account_id: str,
    coin: str,
    quantity: Decimal | int | str,
    remark: str | None = None,
    client_order_id: str | None = None,
) -> Call[CreateAssetTransferResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    from_account_id = _check_string("from_account_id", from_account_id)
    to_account_id = _check_string("to_account_id", to_account_id)
    coin = _check_string("coin", coin)
    quantity = _check_decimal("quantity", quantity)
    if remark is not None:
        remark = _check_string("remark", remark)
    if client_order_id is not None:
        client_order_id = _check_string_2("client_order_id", client_order_id)
    query: list[tuple[str, str]] = []
    query.append(("fromAccountId", query_value(from_account_id)))
    query.append(("toAccountId", query_value(to_account_id)))
    query.append(("coin", query_value(coin)))
    query.append(("quantity", query_value(quantity)))
    if remark is not None:
        query.append(("remark", query_value(remark)))
    if client_order_id is not None:
        query.append(("clientOrderId", query_value(client_order_id)))
    return Call(
        OPERATION,
        _parse,
        query=query,
        key=client_order_id,
    )
