"""Every `x-sdk-*` rule declared in every spec (read from the specs, not listed here): a call that breaks
it fails before any I/O, naming the argument; the same request sent past the client's checks is refused
by the sandbox with the venue's code the spec declares for the rule."""

from __future__ import annotations

import datetime as dt
import importlib
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest

import venuekit
from tests.contract.support import load_calls, load_spec, operations, resolve, venues
from tests.contract.test_contract import _coerce, _kwargs
from tests.sandbox.conftest import sdk_options
from venuekit import check, rules
from venuekit.sandbox import Sandbox

from .cases import RuleCase, _body, doc_kwargs, method_of, py, rule_cases, valid_raw, wire_schemas

CASES = rule_cases()


def test_the_rules_the_issue_names_are_declared() -> None:
    """Issue 15 item 4, rule by rule (the remaining tests read whatever the specs declare)."""
    declared = {(c.venue, c.operation_id, type(c.rule).__name__, tuple(rules.names([c.rule]))) for c in CASES}
    assert ("gmo_coin", "getExecutions", "OneOf", ("orderId", "executionId")) in declared
    assert ("hashkey_mena", "cancelOrder", "OneOf", ("orderId", "clientOrderId")) in declared
    assert ("hashkey_mena", "createOrder", "OneOf", ("quantity", "amount")) in declared
    assert ("hashkey_mena", "createBatchOrders", "OneOf", ("quantity", "amount")) in declared
    assert ("gmo_coin_fx", "getOrders", "OneOf", ("rootOrderId", "orderId")) in declared
    assert ("gopax", "createOrder", "RequireIf", ("price", "type")) in declared
    for op in ("getFiatDepositHistory", "getFiatWithdrawalHistory", "getDepositHistory", "getWithdrawalHistory"):
        assert ("gmo_coin", op, "TimeWindow", ("fromTimestamp", "toTimestamp")) in declared
    by_code = {c.rule.code for c in CASES if c.venue == "hashkey_mena"}
    assert "-1129" in by_code
    assert {"ERR-846", "ERR-5208"} <= {c.rule.code for c in CASES if c.venue == "gmo_coin"}


Broken = tuple[RuleCase, str]
"""A rule and how to break it: "too many" or "none" for a group, "" for the other kinds."""


def _ways(case: RuleCase) -> list[str]:
    if not isinstance(case.rule, rules.OneOf):
        return [""]
    return (["too many"] if case.rule.most == 1 else []) + (["none"] if case.rule.least == 1 else [])


BROKEN: list[Broken] = [(case, way) for case in CASES for way in _ways(case)]


def _schema(case: RuleCase, wire: str) -> dict[str, Any]:
    if case.nested:
        spec = load_spec(case.venue)
        op = operations(spec)[case.operation_id][3]
        body = _body(spec, op)
        assert body is not None
        return resolve(spec, resolve(spec, body["items"])["properties"][wire])
    return resolve(load_spec(case.venue), wire_schemas(case.venue, case.operation_id)[wire])


def broken_values(case: RuleCase, way: str) -> tuple[dict[str, Any], str, str]:
    """(wire name -> value to set, None to leave it out; the argument the error must name; words it must use)."""
    rule = case.rule
    start = dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.timezone.utc)
    spec = load_spec(case.venue)
    values: dict[str, Any] = {}
    if isinstance(rule, rules.OneOf):
        if rule.when is not None:
            values[rule.when] = rule.in_[0]
        if way == "too many":
            values.update({name: valid_raw(spec, _schema(case, name)) for name in rule.names[:2]})
            values.update(dict.fromkeys(rule.names[2:]))
            return values, rule.names[1], "only one of"
        values.update(dict.fromkeys(rule.names))
        return values, rule.names[0], "is required"
    if isinstance(rule, rules.RequireIf):
        return {rule.when: rule.in_[0], rule.name: None}, rule.name, "is required when"
    if isinstance(rule, rules.ForbidIf):
        value = valid_raw(spec, _schema(case, rule.name)) if rule.value is None else rule.value
        return {rule.when: rule.in_[0], rule.name: value}, rule.name, "not allowed when"
    assert isinstance(rule, rules.TimeWindow)
    late = start + dt.timedelta(seconds=rule.max_seconds + 1)
    if _schema(case, rule.start).get("type") == "string" and "format" not in _schema(case, rule.start):
        return {rule.start: _iso(start), rule.end: _iso(late)}, rule.end, "must be at most"
    return {rule.start: start, rule.end: late}, rule.end, "must be at most"


def scope_rules(case: RuleCase) -> list[rules.Rule]:
    """Every rule that applies together with this one (the operation's, or the batch item schema's)."""
    return [
        c.rule for c in CASES if (c.venue, c.operation_id, c.nested) == (case.venue, case.operation_id, case.nested)
    ]


def _doc_values(case: RuleCase) -> dict[str, Any]:
    """The call table's arguments by wire name (for a batch, the first item's fields)."""
    raw = load_calls(case.venue)[case.operation_id].get("kwargs") or {}
    wires = list(_schema_names(case))
    if case.nested:
        raw = raw[case.nested][0]
    by_python = {py(w): w for w in wires}
    return {by_python.get(k.rstrip("_") if k.rstrip("_") in by_python else k, k): v for k, v in raw.items()}


def _schema_names(case: RuleCase) -> list[str]:
    if case.nested:
        spec = load_spec(case.venue)
        body = _body(spec, operations(spec)[case.operation_id][3])
        assert body is not None
        return list(resolve(spec, body["items"])["properties"])
    return list(wire_schemas(case.venue, case.operation_id))


def isolated(case: RuleCase, way: str) -> tuple[dict[str, Any], str, str]:
    """`broken_values`, adjusted so that every other rule holds and this one is the one that breaks."""
    values, expected, words = broken_values(case, way)
    fixed = set(values) | set(rules.names([case.rule]))
    doc = _doc_values(case)
    spec = load_spec(case.venue)
    for _ in range(10):
        current = {k: v for k, v in {**doc, **values}.items() if v is not None}
        assert case.rule.broken(current) is not None, f"{case.id}: the call does not break the rule"
        first = next((r for r in scope_rules(case) if r is not case.rule and r.broken(current) is not None), None)
        if first is None:  # this rule and no other
            return values, expected, words
        if isinstance(first, rules.ForbidIf) and first.name not in fixed:
            values[first.name] = None
        elif isinstance(first, rules.ForbidIf | rules.RequireIf) and first.when not in fixed:
            allowed = [v for v in _schema(case, first.when).get("enum", []) if str(v) not in map(str, first.in_)]
            values[first.when] = allowed[0]
        elif isinstance(first, rules.RequireIf) and first.name not in fixed:
            values[first.name] = valid_raw(spec, _schema(case, first.name))
        elif isinstance(first, rules.OneOf):
            free = [n for n in first.names if n not in fixed]
            broken = first.broken(current)
            assert broken is not None and free, f"{case.id}: cannot satisfy {first}"
            values[free[0]] = None if not broken.missing else valid_raw(spec, _schema(case, free[0]))
        else:
            pytest.fail(f"{case.id}: {first} breaks first and cannot be satisfied")
    pytest.fail(f"{case.id}: no call breaks only this rule")


def _iso(at: dt.datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def broken_kwargs(client: Any, case: RuleCase, values: dict[str, Any]) -> dict[str, Any]:
    """The documented call with `values` set (typed as the signature wants them)."""
    method = method_of(client, case.venue, case.operation_id)
    base = doc_kwargs(client, case.venue, case.operation_id)
    if case.nested:
        item = base[case.nested][0]
        hints = typing.get_type_hints(type(item))
        changes = {py(k): venuekit.UNSET if v is None else _coerce(v, hints[py(k)]) for k, v in values.items()}
        return {**base, case.nested: [attrs.evolve(item, **changes), *base[case.nested][1:]]}
    kwargs = dict(base)
    for wire, value in values.items():
        if value is None:
            kwargs.pop(py(wire), None)
        else:
            kwargs[py(wire)] = _kwargs(method, {py(wire): value})[py(wire)]
    return kwargs


SECRETS = {"gopax": "dGVzdHNlY3JldA=="}


@pytest.fixture(scope="module")
def offline() -> Iterator[tuple[dict[str, Any], list[httpx.Request]]]:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(599)

    transport = httpx.MockTransport(record)
    made = {
        v: importlib.import_module(f"venuekit.{v}").Client(
            "key", SECRETS.get(v, "testsecret"), httpx_args={"transport": transport}
        )
        for v in venues()
    }
    yield made, seen
    for client in made.values():
        client.close()


@pytest.mark.parametrize(("case", "way"), BROKEN, ids=lambda c: c.id if isinstance(c, RuleCase) else (c or "broken"))
def test_a_broken_rule_fails_before_any_io(
    case: RuleCase, way: str, offline: tuple[dict[str, Any], list[httpx.Request]]
) -> None:
    made, seen = offline
    client = made[case.venue]
    values, expected, words = isolated(case, way)
    kwargs = broken_kwargs(client, case, values)
    with pytest.raises(venuekit.ValidationError) as caught:
        method_of(client, case.venue, case.operation_id)(**kwargs)
    name = f"{case.nested}[0].{py(expected)}" if case.nested else py(expected)
    assert caught.value.parameter == name, caught.value
    assert words in caught.value.problem, caught.value
    assert seen == []


@pytest.fixture(scope="module")
def sandboxes() -> Iterator[dict[str, tuple[Sandbox, Any]]]:
    started = {}
    for venue in venues():
        sandbox = Sandbox(venue).start()
        client = importlib.import_module(f"venuekit.{venue}").Client(
            "key", sandbox.secret, base_url=sandbox.url, **sdk_options()
        )
        started[venue] = (sandbox, client)
    yield started
    for sandbox, client in started.values():
        client.close()
        sandbox.stop()


@pytest.mark.parametrize(("case", "way"), BROKEN, ids=lambda c: c.id if isinstance(c, RuleCase) else (c or "broken"))
def test_the_sandbox_refuses_the_same_request_with_the_venues_code(
    case: RuleCase, way: str, sandboxes: dict[str, tuple[Sandbox, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, client = sandboxes[case.venue]
    kwargs = broken_kwargs(client, case, isolated(case, way)[0])
    monkeypatch.setattr(check, "rules", lambda *args, **kwargs: None)  # send it as written
    with pytest.raises(venuekit.ApiError) as caught:
        method_of(client, case.venue, case.operation_id)(**kwargs)
    declared = case.rule.code
    if isinstance(case.rule, rules.OneOf) and way == "none" and case.rule.most is not None:
        declared = None  # a group's code is for "too many"; "none" gets the venue's missing-parameter error
    if declared is not None:
        assert caught.value.code == declared, caught.value
    else:  # the venue's generic parameter error (no code documented for this rule)
        assert isinstance(caught.value, venuekit.InvalidParameterError), caught.value
