"""POST /api/v1/account/authAddress: Authenticate a deposit's source address

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
"""

from __future__ import annotations

from typing import Any

from venuekit import check, rules
from venuekit.calls import Call, Operation
from venuekit.client import form_body

from ...models import AuthenticateDepositAddressRequest, AuthenticateDepositAddressResponse
from ...types import UNSET

OPERATION = Operation(
    name="authenticate_deposit_address",
    method="POST",
    path="/api/v1/account/authAddress",
    prefix="",
    signed=True,
    rejection=None,
    operation_id="authenticateDepositAddress",
    tag="wallet",
    retry_safe=False,
)
_check_string = check.limited(check.string, max_length=1000)
_RULES = (
    rules.OneOf(names=("institutional_name", "sender_last_name"), least=1, most=None, code=None, when=None, in_=()),
    rules.OneOf(names=("institutional_name", "sender_first_name"), least=1, most=None, code=None, when=None, in_=()),
)


def _parse(body: Any) -> AuthenticateDepositAddressResponse:
    response_200 = AuthenticateDepositAddressResponse.from_dict(body)

    return response_200


def request(
    *,
    txid: str,
    exchange_name: str,
    is_address_owner: bool,
    sender_last_name: str | None = None,
    sender_first_name: str | None = None,
    institutional_name: str | None = None,
) -> Call[AuthenticateDepositAddressResponse]:
    """Check the arguments and build the request; nothing is sent.

    Raises:
        venuekit.ValidationError: an argument is missing, of the wrong type, outside its enum or limits,
            or breaks one of the spec's rules between arguments.
    """
    txid = _check_string("txid", txid)
    exchange_name = _check_string("exchange_name", exchange_name)
    is_address_owner = check.boolean("is_address_owner", is_address_owner)
    if sender_last_name is not None:
        sender_last_name = _check_string("sender_last_name", sender_last_name)
    if sender_first_name is not None:
        sender_first_name = _check_string("sender_first_name", sender_first_name)
    if institutional_name is not None:
        institutional_name = _check_string("institutional_name", institutional_name)
    check.rules(
        _RULES,
        {
            "institutional_name": institutional_name,
            "sender_last_name": sender_last_name,
            "sender_first_name": sender_first_name,
        },
    )
    payload = AuthenticateDepositAddressRequest(
        txid=txid,
        exchange_name=exchange_name,
        is_address_owner=is_address_owner,
        sender_last_name=UNSET if sender_last_name is None else sender_last_name,
        sender_first_name=UNSET if sender_first_name is None else sender_first_name,
        institutional_name=UNSET if institutional_name is None else institutional_name,
    )
    content, content_type = form_body(payload.to_dict())
    return Call(
        OPERATION,
        _parse,
        content=content,
        content_type=content_type,
    )
