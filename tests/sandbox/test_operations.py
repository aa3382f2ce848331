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
STATEFUL_MISSES = (venuekit.NotFoundError, venuekit.OrderRejectedError)
"""The docs' sample ids name orders this sandbox never placed: lookups and cancels of them fail as
the venue would. Anything else (a parameter refused, a reply that does not parse) fails the test."""
TOKEN_OPERATIONS = {"extendWsAuthToken", "deleteWsAuthToken", "keepAliveListenKey"}
"""Their docs' sample token was never issued by this sandbox, which refuses it."""


@pytest.mark.parametrize("venue", VENUES)
def test_every_documented_call(serve: Serve, venue: str) -> None:
    sandbox = serve(venue)
    package = importlib.import_module(f"venuekit.{venue}")
    declared = {op_id: op[3].get("x-sdk-placement") or {} for op_id, op in operations(load_spec(venue)).items()}
    failures = []
    with package.Client("doc-key", sandbox.secret, base_url=sandbox.url, **sdk_options()) as client:
        for operation_id, call in load_calls(venue).items():
            method = _method(client, venue, operation_id)
            try:
                method(**_kwargs(method, call.get("kwargs") or {}))
            except STATEFUL_MISSES:
                pass
            except venuekit.InvalidParameterError as exc:
                # The docs' samples reuse one client order id; the venue refuses it while an earlier
                # sample order holds it (the operation's declared duplicate code).
                reused = exc.code in declared[operation_id].get("duplicate-codes", [])
                if operation_id not in TOKEN_OPERATIONS and not reused:
                    raise
            except venuekit.VenueError as exc:
                failures.append(f"{operation_id}: {exc!r}")
    assert not failures, failures
