"""Every placement and money movement of every venue, through a fault-injecting proxy to its sandbox.

For each operation with `x-sdk-placement`, with and without its key, and each fault the proxy can
inject (reset before/after the venue saw the request, a read timeout after it, bare 5xx and 429,
the venue's "status unknown" codes, a duplicate-key refusal), sync, async, and async with
`transport="aiohttp"` (the SDK's own send path over aiohttp):

- the venue never executes the request twice (the sandbox records what it carried out);
- the caller learns the truth: a result means executed once, a venue error means not executed, and
  `OrderStatusUnknownError` carries the key and the cause, and its lookup (where the venue has one)
  finds the order exactly when it was executed.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import attrs
import httpx
import pytest
from openapi_python_client.strings import PythonIdentifier

import venuekit
from tests.contract.support import load_calls, load_spec, operations
from tests.contract.test_contract import _kwargs, _method
from tests.sandbox.conftest import sdk_options
from venuekit.placement import Placement
from venuekit.sandbox import Sandbox
from venuekit.sandbox.base import dumps
from venuekit.sandbox.spec import known_venues

from .proxy import FaultProxy

VENUES = known_venues()
BEFORE = ("reset-before", "502-before", "429-before")
AFTER = ("reset-after", "timeout-after", "500-after")
NO_WAIT = venuekit.RetryPolicy(base_delay=0.0, max_delay=0.0)
SHORT_READ = httpx.Timeout(5.0, read=0.1)
"""Only for `timeout-after`: the proxy never answers, so the client's read timeout ends the attempt."""


@dataclass(frozen=True)
class Case:
    venue: str
    operation_id: str
    keyed: bool
    fault: str
    times: int = 1
    code: str | None = None

    @property
    def id(self) -> str:
        parts = [self.venue, self.operation_id, "key" if self.keyed else "nokey", self.fault]
        return "-".join(parts + ([self.code] if self.code else []) + [f"x{self.times}"])


def _module(venue: str, operation_id: str) -> Any:
    tag = operations(load_spec(venue))[operation_id][3]["tags"][0]
    return importlib.import_module(f"venuekit.{venue}.api.{tag}.{PythonIdentifier(operation_id, 'field_')}")


def _operation(venue: str, operation_id: str) -> venuekit.Operation:
    operation: venuekit.Operation = _module(venue, operation_id).OPERATION
    return operation


def _placement(venue: str, operation_id: str) -> Placement:
    placement = _operation(venue, operation_id).placement
    assert placement is not None
    return placement


def _key_optional(venue: str, operation_id: str) -> bool:
    placement = _placement(venue, operation_id)
    assert placement.key is not None
    parameters = inspect.signature(_module(venue, operation_id).request).parameters
    return bool(parameters[str(PythonIdentifier(placement.key, "field_"))].default is None)


def _cases() -> Iterator[Case]:
    for venue in VENUES:
        for operation_id, (_, _, _, raw) in operations(load_spec(venue)).items():
            if "x-sdk-placement" not in raw:
                continue
            placement = _placement(venue, operation_id)
            keyed_variants = [False] if placement.key is None else [True]
            if placement.key is not None and _key_optional(venue, operation_id):
                keyed_variants.append(False)
            for keyed in keyed_variants:
                resendable = keyed and placement.key_scope == "lifetime"
                for times in (1, 3) if resendable else (1,):
                    for fault in BEFORE + AFTER:
                        yield Case(venue, operation_id, keyed, fault, times)
                    for code in sorted(placement.unknown_codes):
                        yield Case(venue, operation_id, keyed, "unknown-after", times, code)
                if keyed:
                    for code in sorted(placement.duplicate_codes):
                        yield Case(venue, operation_id, keyed, "duplicate-before", 1, code)


CASES = list(_cases())
_keys = itertools.count(1)


def expected(case: Case) -> tuple[str, int]:
    """(outcome, executions at the venue) the rule promises for a case."""
    placement = _placement(case.venue, case.operation_id)
    resendable = case.keyed and placement.key_scope == "lifetime"
    if case.fault == "duplicate-before":
        return "rejected", 0  # the caller's own reuse: reported as the venue said
    if case.fault in BEFORE:
        # Resent only with a whole-life key; the third faulted attempt (times=3) ends the retries.
        return ("placed", 1) if resendable and case.times == 1 else ("unknown", 0)
    # Executed by the first attempt; any resend is refused as a duplicate of it.
    return "unknown", 1


@pytest.fixture(scope="module")
def venues_up() -> Iterator[dict[str, tuple[Sandbox, FaultProxy]]]:
    running: dict[str, tuple[Sandbox, FaultProxy]] = {}
    for venue in VENUES:
        sandbox = Sandbox(venue).start()

        def venue_error(code: str, sandbox: Sandbox = sandbox) -> tuple[int, bytes]:
            reply = sandbox.app.adapter.error(code)
            return reply.status, dumps(reply.body)

        running[venue] = (sandbox, FaultProxy(sandbox.url, venue_error).__enter__())
    yield running
    for sandbox, proxy in running.values():
        proxy.__exit__(None, None, None)
        sandbox.stop()


def _arguments(case: Case, client: Any) -> tuple[dict[str, Any], str | None]:
    method = _method(client, case.venue, case.operation_id)
    raw = dict(load_calls(case.venue)[case.operation_id].get("kwargs") or {})
    placement = _placement(case.venue, case.operation_id)
    key = None
    if placement.key is not None:
        name = str(PythonIdentifier(placement.key, "field_"))
        raw.pop(name, None)
        if case.keyed:
            key = f"pk{next(_keys):06d}"
            raw[name] = key
    return _kwargs(method, raw), key


def _client(case: Case, sandbox: Sandbox, proxy: FaultProxy, mode: str) -> Any:
    package = importlib.import_module(f"venuekit.{case.venue}")
    options = sdk_options()
    options.update(base_url=proxy.url, retry=NO_WAIT)
    if case.fault == "timeout-after":
        options["timeout"] = SHORT_READ
    if mode == "aiohttp":  # the SDK's own send path over aiohttp (AsyncClient._exchange)
        options["transport"] = "aiohttp"
    cls = package.Client if mode == "sync" else package.AsyncClient
    return cls("fault-key", sandbox.secret, **options)


def _run(case: Case, sandbox: Sandbox, proxy: FaultProxy, mode: str) -> tuple[Any, str | None, Any]:
    """(what the call returned or raised, the key sent, what resolve_order returned or raised)."""

    def settled(outcome: Any) -> bool:
        unknown = isinstance(outcome, venuekit.OrderStatusUnknownError)
        if unknown:
            proxy.wait_handled()  # the client may give up before the proxy has even read the request
        # Nothing is faulted any more: the lookup sees the venue as it is.
        proxy.disarm()
        return unknown

    async def run_async() -> tuple[Any, str | None, Any]:
        async with _client(case, sandbox, proxy, mode) as client:
            kwargs, key = _arguments(case, client)
            outcome: Any = None
            resolved: Any = None
            try:
                outcome = await _method(client, case.venue, case.operation_id)(**kwargs)
            except venuekit.VenueError as exc:
                outcome = exc
            if settled(outcome):
                try:
                    resolved = await client.resolve_order(outcome)
                except venuekit.VenueError as exc:
                    resolved = exc
            return outcome, key, resolved

    def run_sync() -> tuple[Any, str | None, Any]:
        with _client(case, sandbox, proxy, mode) as client:
            kwargs, key = _arguments(case, client)
            outcome: Any = None
            resolved: Any = None
            try:
                outcome = _method(client, case.venue, case.operation_id)(**kwargs)
            except venuekit.VenueError as exc:
                outcome = exc
            if settled(outcome):
                try:
                    resolved = client.resolve_order(outcome)
                except venuekit.VenueError as exc:
                    resolved = exc
            return outcome, key, resolved

    return run_sync() if mode == "sync" else asyncio.run(run_async())


@pytest.mark.parametrize("mode", ["sync", "async", "aiohttp"])
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_never_twice_and_always_the_truth(
    venues_up: dict[str, tuple[Sandbox, FaultProxy]], case: Case, mode: str
) -> None:
    sandbox, proxy = venues_up[case.venue]
    operation = _operation(case.venue, case.operation_id)
    placement = _placement(case.venue, case.operation_id)
    before = len(sandbox.executed)
    proxy.arm(operation.method, operation.prefix + operation.path, case.fault, times=case.times, code=case.code)
    outcome, key, resolved = _run(case, sandbox, proxy, mode)
    executed = [e for e in sandbox.executed[before:] if e.operation_id == case.operation_id]

    assert len(executed) <= 1, f"executed {len(executed)} times"
    assert proxy.faulted, "the fault was never injected"
    want, count = expected(case)
    assert len(executed) == count
    if want == "placed":
        assert not isinstance(outcome, Exception)
    elif want == "rejected":
        assert isinstance(outcome, venuekit.ApiError) and outcome.code == case.code
    else:
        assert isinstance(outcome, venuekit.OrderStatusUnknownError), repr(outcome)
        assert outcome.__cause__ is outcome.cause and isinstance(outcome.cause, venuekit.VenueError)
        assert (outcome.key_parameter, outcome.client_order_id) == (placement.key, key)
        if case.fault == "unknown-after":  # the venue's own code survives as the cause
            assert isinstance(outcome.cause, venuekit.ApiError) and outcome.cause.code == case.code
        if placement.lookup is None or key is None:
            assert outcome.lookup is None and isinstance(resolved, venuekit.ConfigurationError)
        elif count == 1:
            assert not isinstance(resolved, Exception), repr(resolved)
            assert key in {str(value) for value in attrs.asdict(resolved, recurse=False).values()}
        else:
            assert isinstance(resolved, venuekit.NotFoundError), repr(resolved)
    if executed and key is not None:
        assert executed[0].key == key


def test_every_placement_is_covered() -> None:
    declared = {
        (venue, op_id)
        for venue in VENUES
        for op_id, (_, _, _, raw) in operations(load_spec(venue)).items()
        if "x-sdk-placement" in raw
    }
    assert {(case.venue, case.operation_id) for case in CASES} == declared
    assert len(declared) == 19
