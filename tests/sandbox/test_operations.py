"""Every documented operation, called through the SDK the way the docs' samples call it
(tests/contract/<venue>/calls.yaml), is accepted by the sandbox and its reply parses."""

from __future__ import annotations

import importlib

import pytest

import venuekit
from tests.contract.support import load_calls, load_spec, operations
from tests.contract.test_contract import _kwargs, _method
from venuekit.sandbox.spec import known_venues

from .conftest import Serve, sdk_options

VENUES = known_venues()
NOT_PLACED_HERE = "the docs' sample id names an order this sandbox never placed: refused as the venue would"
TOKEN_NOT_ISSUED = "the docs' sample token was never issued by this sandbox"
KEY_REUSED = "the docs' samples reuse one client order id, which an earlier sample order still holds"

REFUSED: dict[str, dict[str, tuple[type[venuekit.ApiError], str, str]]] = {
    "gmo_coin": {
        "cancelOrder": (venuekit.NotFoundError, "ERR-5123", NOT_PLACED_HERE),
        "extendWsAuthToken": (venuekit.InvalidParameterError, "ERR-5106", TOKEN_NOT_ISSUED),
        "deleteWsAuthToken": (venuekit.InvalidParameterError, "ERR-5106", TOKEN_NOT_ISSUED),
    },
    "gmo_coin_fx": {
        "createIfdOrder": (venuekit.InvalidParameterError, "ERR-786", KEY_REUSED),
        "createIfoOrder": (venuekit.InvalidParameterError, "ERR-786", KEY_REUSED),
        "closeOrder": (venuekit.InvalidParameterError, "ERR-786", KEY_REUSED),
        "cancelOrders": (venuekit.NotFoundError, "ERR-5123", NOT_PLACED_HERE),
        "extendWsAuthToken": (venuekit.InvalidParameterError, "ERR-5106", TOKEN_NOT_ISSUED),
        "deleteWsAuthToken": (venuekit.InvalidParameterError, "ERR-5106", TOKEN_NOT_ISSUED),
    },
    "gopax": {
        "getOrder": (venuekit.NotFoundError, "202", NOT_PLACED_HERE),
        "cancelOrder": (venuekit.NotFoundError, "202", NOT_PLACED_HERE),
        "getOrderByClientOrderId": (venuekit.NotFoundError, "202", NOT_PLACED_HERE),
    },
    "hashkey_mena": {
        "cancelOrder": (venuekit.NotFoundError, "0211", NOT_PLACED_HERE),
        "getOrder": (venuekit.NotFoundError, "0211", NOT_PLACED_HERE),
        "keepAliveListenKey": (venuekit.InvalidParameterError, "-1004", TOKEN_NOT_ISSUED),
    },
    "bitunix": {},
}
"""Every documented call the sandbox refuses, with the error and the code it must refuse it with; any other
refusal (a parameter refused, a misspelt path, a reply that does not parse) fails the test."""


def test_every_venue_has_its_list() -> None:
    assert set(REFUSED) == set(VENUES)


@pytest.mark.parametrize("venue", VENUES)
def test_every_documented_call(serve: Serve, venue: str) -> None:
    sandbox = serve(venue)
    package = importlib.import_module(f"venuekit.{venue}")
    declared = {op_id: op[3].get("x-sdk-placement") or {} for op_id, op in operations(load_spec(venue)).items()}
    refused: dict[str, venuekit.VenueError] = {}
    with package.Client("doc-key", sandbox.secret, base_url=sandbox.url, **sdk_options()) as client:
        for operation_id, call in load_calls(venue).items():
            method = _method(client, venue, operation_id)
            try:
                method(**_kwargs(method, call.get("kwargs") or {}))
            except venuekit.VenueError as exc:
                refused[operation_id] = exc
    expected = REFUSED[venue]
    assert {op: repr(exc) for op, exc in refused.items() if op not in expected} == {}
    assert sorted(refused) == sorted(expected)
    for operation_id, (cls, code, why) in expected.items():
        error = refused[operation_id]
        assert isinstance(error, cls) and error.code == code, (operation_id, why, error)
        if why == KEY_REUSED:  # the venue's declared duplicate-key refusal, not any invalid parameter
            assert code in declared[operation_id]["duplicate-codes"], operation_id
