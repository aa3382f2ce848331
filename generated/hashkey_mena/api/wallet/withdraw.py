"""POST /api/v1/account/withdraw: Withdraw a virtual asset

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from venuekit import check
from venuekit.calls import Call, Operation
from venuekit.client import form_body
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
_check_string = check.limited(check.string, max_length=1000)
_check_decimal = check.limited(check.decimal, exclusive_minimum=0, integer_digits=20, fraction_digits=18)
_check_WithdrawPlatform = check.enum_of(WithdrawPlatform)
_check_string_2 = check.limited(check.string, pattern="^[A-Za-z0-9]+$", max_length=20)


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
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    coin = _check_string("coin", coin)
    client_order_id = _check_string("client_order_id", client_order_id)
    address = _check_string("address", address)
    quantity = _check_decimal("quantity", quantity)
    chain_type = _check_string("chain_type", chain_type)
    if address_ext is not None:
        address_ext = _check_string("address_ext", address_ext)
    if platform is not None:
        platform = _check_WithdrawPlatform("platform", platform)
    if memo is not None:
        memo = _check_string_2("memo", memo)
    payload = WithdrawRequest(
        coin=coin,
        client_order_id=client_order_id,
        address=address,
        quantity=quantity,
        chain_type=chain_type,
        address_ext=UNSET if address_ext is None else address_ext,
        platform=UNSET if platform is None else platform,
        memo=UNSET if memo is None else memo,
    )
    content, content_type = form_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
        key=client_order_id,
    )
