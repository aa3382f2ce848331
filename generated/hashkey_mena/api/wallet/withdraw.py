"""POST /api/v1/account/withdraw: Withdraw a virtual asset

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check
from venuekit.client import Call, Operation, form_body
from venuekit.placement import Placement

from ...models import WithdrawPlatform, WithdrawRequest, WithdrawResponse
from ...types import UNSET

OPERATION = Operation(
    name="withdraw",
    method="POST",
    path="/api/v1/account/withdraw",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="withdraw",
    tag="wallet",
    retry_safe=False,
    placement=Placement(
        key="clientOrderId",
        key_scope="none",
        duplicate_codes=frozenset(),
        unknown_codes=frozenset({"-1006", "-1007"}),
        lookup=None,
    ),
)
_check_WithdrawPlatform = check.enum_of(WithdrawPlatform)


def _parse(body: Any) -> WithdrawResponse:
    response_200 = WithdrawResponse.from_dict(body)

    return response_200


def request(
    *,
    coin: str,
    client_order_id: str,
    address: str,
    quantity: Decimal | int | str,
    chain_type: str,
    address_ext: str | None = None,
    platform: WithdrawPlatform | Literal["BINANCE", "OKX", "BITGET", "BYBIT"] | None = None,
    memo: str | None = None,
) -> Call[WithdrawResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, or outside its enum.
    """
    payload = WithdrawRequest(
        coin=check.string("coin", coin),
        client_order_id=check.string("client_order_id", client_order_id),
        address=check.string("address", address),
        quantity=check.decimal("quantity", quantity),
        chain_type=check.string("chain_type", chain_type),
        address_ext=UNSET if address_ext is None else check.string("address_ext", address_ext),
        platform=UNSET if platform is None else _check_WithdrawPlatform("platform", platform),
        memo=UNSET if memo is None else check.limited(check.string, max_length=20)("memo", memo),
    )
    content, content_type = form_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
        key=client_order_id,
    )
