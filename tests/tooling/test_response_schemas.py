"""The `required` rule of specs/CONVENTIONS.md, checked mechanically for every response schema of every spec.

A property is `required` only if it is present in every documented example and every real payload of its
schema: the response examples of every operation (all of them, e.g. GMO FX's `seed` examples that show
what the seed really printed), the examples of every WebSocket message the client receives, and every
payload in tests/data/real-world (minus the fields a lossy recording is known to have dropped, corpus.LOSSY).
A required field the venue's own material omits makes the typed client refuse a whole page.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable

import pytest

from . import instances
from .instances import Source, Visit

NO_INSTANCE: dict[tuple[str, str, str], str] = {
    ("gmo_coin_fx", "openapi.yaml", "/components/schemas/ErrorResponse"): "the seed has no error example",
    ("gmo_coin_fx", "openapi.yaml", "/components/schemas/ErrorMessage"): "inside ErrorResponse, no example",
    ("hashkey_mena", "openapi.yaml", "/components/schemas/ErrorResponse"): "no error example in the docs or corpus",
    ("bitunix", "openapi.yaml", "/components/schemas/ErrorResponse"): "no error example in the docs or corpus",
    ("bitunix", "asyncapi.yaml", "/components/schemas/PingReply/allOf/1"): "the docs list `ping` without a reply",
}
"""Response schemas with no documented or recorded instance, so nothing to check their `required` against."""


def missing(source: Source) -> list[str]:
    """Every required property (or position of a positional array) absent from an instance of its schema."""
    problems: list[str] = []

    def visit(seen: Visit) -> None:
        if isinstance(seen.value, list):
            wanted = int(seen.node.get("minItems", 0))
            if len(seen.value) < wanted:
                problems.append(f"{seen.path}: {len(seen.value)} positions, {seen.schema} requires {wanted}")
            return
        for name in seen.node.get("required", []):
            if name not in seen.value and name not in source.exempt:
                problems.append(f"{seen.path}: no {name!r}, required by {seen.file}#{seen.schema}")

    instances.walk(source, visit)
    return problems


def _report(sources: Iterable[Source]) -> list[str]:
    return [f"{source.origin}: {problem}" for source in sources for problem in missing(source)]


@pytest.mark.parametrize("venue", instances.VENUES)
def test_required_properties_are_present_in_every_documented_example(venue: str) -> None:
    assert not _report(instances.spec_examples(venue)), "\n".join(_report(instances.spec_examples(venue)))


@pytest.mark.parametrize("venue", instances.VENUES)
def test_required_properties_are_present_in_every_real_payload(venue: str) -> None:
    assert not _report(instances.real_payloads(venue)), "\n".join(_report(instances.real_payloads(venue)))


@pytest.mark.parametrize("venue", instances.VENUES)
def test_every_response_schema_has_an_instance_to_check(venue: str) -> None:
    seen: set[tuple[str, str]] = set()
    for source in instances.all_instances(venue):
        instances.walk(source, lambda visit: seen.add((visit.file, visit.schema)))
    unchecked = {(venue, *key) for key in instances.response_schemas(venue) - seen}
    listed = {key for key in NO_INSTANCE if key[0] == venue}
    assert unchecked == listed, f"not checked: {sorted(unchecked - listed)}; listed but checked: {listed - unchecked}"


# --- the audit itself can fail ----------------------------------------------------------------------


def _fx_executions(label: str) -> Source:
    return next(s for s in instances.spec_examples("gmo_coin_fx") if s.origin.endswith(f"getExecutions 200 {label}"))


def test_the_seed_example_of_fx_executions_is_audited_without_amount_and_settled_swap() -> None:
    source = _fx_executions("examples/seed")
    visited: list[Visit] = []
    instances.walk(source, visited.append)
    executions = [v for v in visited if v.schema == "/components/schemas/Execution"]
    assert len(executions) == 2
    assert all("amount" not in v.value and "settledSwap" not in v.value for v in executions)
    assert missing(source) == []


def test_a_required_property_missing_from_an_example_is_reported() -> None:
    source = _fx_executions("examples/doc")
    value = copy.deepcopy(source.value)
    del value["data"]["list"][1]["executionId"]
    del value["responsetime"]
    broken = Source(source.venue, source.origin, source.file, source.pointer, value)
    assert missing(broken) == [
        "/: no 'responsetime', required by openapi.yaml#/components/schemas/GetExecutionsResponse",
        "/data/list/1: no 'executionId', required by openapi.yaml#/components/schemas/Execution",
    ]


def test_a_lossy_recording_is_exempt_only_from_the_fields_it_dropped() -> None:
    lossy = next(s for s in instances.real_payloads("gmo_coin") if s.exempt)
    assert missing(lossy) == []
    strict = Source(lossy.venue, lossy.origin, lossy.file, lossy.pointer, lossy.value)
    assert sorted(p.rsplit("no ", 1)[1].split(",")[0] for p in missing(strict)) == sorted(
        repr(name) for name in lossy.exempt
    )


def test_a_short_positional_array_is_reported() -> None:
    source = next(s for s in instances.spec_examples("gopax") if "getCandles 200" in s.origin)
    value = copy.deepcopy(source.value)
    value[0] = value[0][:3]
    broken = Source(source.venue, source.origin, source.file, source.pointer, value)
    assert missing(broken) == ["/0: 3 positions, /components/schemas/Candle requires 6"]


def test_received_websocket_messages_are_audited() -> None:
    origins = [s.origin for s in instances.spec_examples("hashkey_mena") if "asyncapi" in s.origin]
    assert any("ExecutionReport" in o for o in origins)
    assert not any("Subscribe" in o for o in origins)  # what the client sends is not a response
