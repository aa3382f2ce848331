"""Hostile replies: random JSON and mutated doc examples only ever raise the SDK's own errors.

Every operation of every venue is fed through the client's real decode path (envelope check,
rejection check, typed parse). Anything but a success or a `venuekit.VenueError` is a bug, and so is
an error that does not say what it is about: a `DecodeError` names the operation and keeps the body,
an HTTP error status is never a success, and the documented reply itself always decodes (a decoder
that refused everything would otherwise pass).
"""

from __future__ import annotations

import functools
import importlib
import json
import pkgutil
from decimal import Decimal
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import venuekit
from venuekit import codec
from venuekit.client import Call

from .contract.support import doc_example, load_spec, operations, venues

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.decimals(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(["", "0", "1E+999999", "2019-03-19T02:15:06.001Z", "1618588800000", "-0.0001"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=20,
)


def _modules(venue: str) -> list[ModuleType]:
    api = importlib.import_module(f"venuekit.{venue}.api")
    found = []
    for info in pkgutil.walk_packages(api.__path__, f"venuekit.{venue}.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "OPERATION"):
            found.append(module)
    return found


RANDOM_BODIES = 12
MUTATIONS = 15
"""Examples per operation and run (about 140 operations): the whole file stays near 20 s. Hypothesis draws new
ones every run, so coverage grows across runs rather than within one."""

CASES = [(venue, module) for venue in venues() for module in _modules(venue)]
IDS = [f"{venue}-{module.OPERATION.operation_id}" for venue, module in CASES]


@functools.cache
def _client(venue: str) -> venuekit.SyncClient:
    client: venuekit.SyncClient = importlib.import_module(f"venuekit.{venue}").Client(
        "k", "dGVzdHNlY3JldA==", rate_limit=False
    )
    return client


def _decode(venue: str, module: ModuleType, body: bytes, status: int = 200) -> Any:
    """The parsed result, or the `VenueError` the client raised; any other exception fails the test."""
    call: Call[Any] = Call(module.OPERATION, module._parse)
    try:
        return _client(venue)._finish(call, httpx.Response(status, content=body)).parsed
    except venuekit.VenueError as exc:
        return exc


def _check(module: ModuleType, body: bytes, status: int, result: Any) -> None:
    """What any outcome must satisfy, whatever the body."""
    if status >= 400:
        assert isinstance(result, venuekit.ApiError), f"HTTP {status} decoded as a success: {result!r}"
    if isinstance(result, venuekit.DecodeError):
        assert (result.operation, result.body, result.status_code) == (module.OPERATION.name, body, status)
    elif isinstance(result, venuekit.ApiError):
        assert result.status_code == status and result.response is not None
    else:
        assert not isinstance(result, BaseException)


@pytest.mark.parametrize(("venue", "module"), CASES, ids=IDS)
@settings(max_examples=RANDOM_BODIES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=JSON, status=st.sampled_from([200, 200, 400, 500]))
def test_random_json_never_escapes_as_a_foreign_error(venue: str, module: ModuleType, body: Any, status: int) -> None:
    raw = codec.dumps(body)
    _check(module, raw, status, _decode(venue, module, raw, status))


def _mutations(value: Any) -> st.SearchStrategy[Any]:
    """The doc example with one node replaced, removed, or wrapped."""
    paths: list[tuple[Any, ...]] = []

    def walk(node: Any, path: tuple[Any, ...]) -> None:
        paths.append(path)
        if isinstance(node, dict):
            for key, child in node.items():
                walk(child, (*path, key))
        elif isinstance(node, list):
            for index, child in enumerate(node[:3]):
                walk(child, (*path, index))

    walk(value, ())

    def apply(path: tuple[Any, ...], action: str, replacement: Any) -> Any:
        copy = json.loads(json.dumps(value, default=str))
        if not path:
            return replacement
        parent = copy
        for key in path[:-1]:
            parent = parent[key]
        if action == "drop" and isinstance(parent, dict):
            del parent[path[-1]]
        elif action == "wrap":
            parent[path[-1]] = [parent[path[-1]]]
        else:
            parent[path[-1]] = replacement
        return copy

    return st.builds(apply, st.sampled_from(paths), st.sampled_from(["drop", "wrap", "replace"]), JSON)


@pytest.mark.parametrize(("venue", "module"), CASES, ids=IDS)
def test_mutated_doc_examples_never_escape_as_foreign_errors(venue: str, module: ModuleType) -> None:
    spec = load_spec(venue)
    example = doc_example(spec, operations(spec)[module.OPERATION.operation_id][3])
    documented = _decode(venue, module, codec.dumps(example))
    assert not isinstance(documented, venuekit.VenueError), f"the documented reply does not decode: {documented!r}"

    @settings(max_examples=MUTATIONS, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(body=_mutations(example))
    def check(body: Any) -> None:
        raw = codec.dumps(body)
        _check(module, raw, 200, _decode(venue, module, raw))

    check()


@pytest.mark.parametrize("venue", venues())
def test_deeply_nested_truncated_and_non_json_bodies_are_decode_errors(venue: str) -> None:
    module = next(m for v, m in CASES if v == venue)
    for body in (b"[" * 100_000, b'{"status": 0, "data": [{"ask": "1', b"\xff\xfe", b"<html>502</html>"):
        result = _decode(venue, module, body)
        assert isinstance(result, venuekit.DecodeError), (body[:20], result)
        _check(module, body, 200, result)


def test_a_float_never_reaches_a_model() -> None:
    assert isinstance(codec.loads(b"[0.1]")[0], Decimal)
