"""One doc-derived cassette per documented operation, replayed through the typed client.

For each operation the client is called the way the docs' sample calls it; vcrpy only replays if the
client sends the same method, path, query and body as the docs, and the documented response must
parse into typed models with nothing left untyped and every money field an exact Decimal.

Set VENUEKIT_RECORD=1 (with real keys in <PREFIX>_API_KEY / _API_SECRET) to re-record the cassettes
against the live venue; secrets are filtered out of what is written.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import enum
import importlib
import os
import typing
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

import attrs
import httpx
import pytest
import vcr
from openapi_python_client.strings import PythonIdentifier

import venuekit
from generator import inventory
from tests.tooling.support import SEEDS
from venuekit import UNSET, codec

from .support import (
    SECRET_HEADERS,
    build_cassette,
    cassette_path,
    compact,
    doc_example,
    empty_fields,
    epoch,
    epoch_scales,
    load_calls,
    load_spec,
    operations,
    venues,
    wire_differences,
)

RECORDING = os.environ.get("VENUEKIT_RECORD") == "1"
TEST_SECRET = "dGVzdHNlY3JldA=="  # base64 of "testsecret": GOPAX decodes its secret
CASES = [(venue, op) for venue in venues() for op in load_calls(venue)]


def _recorder(venue: str, operation_id: str) -> vcr.VCR:
    """Replays only a request whose query string and body are the call table's documented bytes (see
    `wire_differences`); the first argument vcrpy hands a matcher is the request being sent."""

    def raw_query(request: Any) -> str:
        return urlsplit(str(request.uri)).query

    def raw_body(request: Any) -> str:
        body = request.body or b""
        return body.decode() if isinstance(body, bytes) else str(body)

    def documented_bytes(sent: Any, recorded: Any) -> None:
        if RECORDING:  # a live recording is compared with the docs afterwards, not refused
            return
        problems = wire_differences(venue, operation_id, raw_query(sent), raw_body(sent))
        assert not problems, "; ".join(problems)

    recorder = vcr.VCR(
        record_mode="all" if RECORDING else "none",
        match_on=["method", "scheme", "host", "path", "documented_bytes"],
        filter_headers=[(h, None) for h in SECRET_HEADERS],
        decode_compressed_response=True,
    )
    recorder.register_matcher("documented_bytes", documented_bytes)
    return recorder


def _method(client: Any, venue: str, operation_id: str) -> Any:
    _, _, _, operation = operations(load_spec(venue))[operation_id]
    resource = getattr(client, operation["tags"][0])
    return getattr(resource, str(PythonIdentifier(operation_id, "field_")))


def _coerce(value: Any, hint: Any) -> Any:
    """Turn a call table's plain YAML value into what the typed signature takes."""
    if value is None:
        return None
    args = typing.get_args(hint)
    origin = typing.get_origin(hint)
    if hint is Decimal or Decimal in args:
        return Decimal(str(value))
    if origin in (list, Sequence) or (origin is not None and str(origin).endswith("Sequence'>")):
        return [_coerce(v, args[0]) for v in value]
    for candidate in (hint, *args):
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum) and not isinstance(value, dict):
            return candidate(value)
        if attrs.has(candidate) and isinstance(value, dict):
            hints = typing.get_type_hints(candidate)
            names = {k: k if k in hints else str(PythonIdentifier(k, "field_")) for k in value}
            return candidate(**{names[k]: _coerce(v, hints[names[k]]) for k, v in value.items()})
        if typing.get_origin(candidate) in (list, Sequence) or str(typing.get_origin(candidate)).endswith("Sequence'>"):
            return _coerce(value, candidate)
    return value


def _hints(method: Any) -> dict[str, Any]:
    """The facade's annotations; its model names are imported for type checkers only, so resolve them
    against the package's models module."""
    models = importlib.import_module(".".join(method.__module__.split(".")[:2]) + ".models")
    return typing.get_type_hints(method, localns=vars(models))


def _kwargs(method: Any, raw: dict[str, Any]) -> dict[str, Any]:
    hints = _hints(method)
    kwargs = {}
    for name, value in (raw or {}).items():
        key = name if name in hints else f"{name}_"
        assert key in hints, f"{method.__name__} has no argument {name!r}"
        kwargs[key] = _coerce(value, hints[key])
    return kwargs


def _expected(venue: str, operation_id: str) -> Any:
    spec = load_spec(venue)
    body = doc_example(spec, operations(spec)[operation_id][3])
    unwrap = spec["info"]["x-sdk"].get("unwrap")
    if unwrap and isinstance(body, dict):
        return body.get(unwrap)
    return body


def assert_matches(
    value: Any,
    expected: Any,
    path: str = "result",
    empty: frozenset[str] = frozenset(),
    scales: Mapping[str, int] | None = None,
    key: str = "",
) -> None:
    """The typed value carries exactly the documented JSON, with the right Python types; None for `""` only in
    the fields named in `empty` (declared `x-sdk-empty: null`). An epoch time is read at the unit its spec
    field declares (`scales`, by wire name `key`), never at whichever unit fits."""
    if attrs.has(type(value)):
        tuple_fields = getattr(type(value), "TUPLE_FIELDS", None)
        if tuple_fields is not None and isinstance(expected, list):
            expected = dict(zip(tuple_fields, expected, strict=False))
        assert isinstance(expected, dict), f"{path}: model for non-object {expected!r}"
        extra = getattr(value, "additional_properties", {})
        assert not extra, f"{path}: fields left untyped: {sorted(extra)}"
        names = {str(PythonIdentifier(k, "field_")): k for k in expected}
        fields = [f.name for f in attrs.fields(type(value)) if f.name != "additional_properties"]
        for name in fields:
            item = getattr(value, name)
            if item is UNSET:
                assert name not in names, f"{path}.{name}: documented but not parsed"
                continue
            assert name in names, f"{path}.{name}: parsed but not in the document"
            if item is None and expected[names[name]] == "":
                assert names[name] in empty, f'{path}.{name}: None for "", but the spec declares no x-sdk-empty'
                continue
            assert_matches(item, expected[names[name]], f"{path}.{name}", empty, scales, names[name])
        assert set(names) <= set(fields), f"{path}: unmapped keys {set(names) - set(fields)}"
    elif isinstance(value, list):
        assert isinstance(expected, list) and len(value) == len(expected), f"{path}: list differs"
        for i, (v, e) in enumerate(zip(value, expected, strict=True)):
            assert_matches(v, e, f"{path}[{i}]", empty, scales, key)
    elif isinstance(value, Decimal):
        assert not isinstance(expected, bool | float), f"{path}: {expected!r} went through float"
        assert value == Decimal(str(expected)), f"{path}: {value} != {expected!r}"
    elif isinstance(value, dt.datetime):
        assert value.tzinfo is not None, f"{path}: naive datetime"
        if isinstance(expected, str) and not expected.strip().isdigit():
            assert value == codec.parse_datetime(expected), f"{path}: {value} != {expected!r}"
        else:
            scale = (scales or {}).get(key)
            assert scale is not None, f"{path}: epoch {expected!r} in {key!r}, a field with no unix-ms/unix-s format"
            assert value == epoch(expected, scale), f"{path}: {value} != epoch {expected!r} at {scale}/s"
    elif isinstance(value, enum.Enum):
        assert value.value == expected, f"{path}: {value!r} != {expected!r}"
        assert value in type(value).__members__.values(), f"{path}: {expected!r} is not a documented value"
    else:
        assert type(value) is type(expected) and value == expected, f"{path}: {value!r} != {expected!r}"


@pytest.mark.parametrize("venue", venues())
def test_every_operation_has_one_call_and_one_cassette(venue: str) -> None:
    spec_ops = set(operations(load_spec(venue)))
    assert set(load_calls(venue)) == spec_ops
    cassettes = {p.stem for p in cassette_path(venue, "x").parent.glob("*.yaml")}
    assert cassettes == spec_ops


@pytest.mark.parametrize(("venue", "operation_id"), CASES)
def test_cassette_matches_spec_and_call_table(venue: str, operation_id: str) -> None:
    assert cassette_path(venue, operation_id).read_text(encoding="utf-8") == build_cassette(venue, operation_id), (
        "run `make cassettes`"
    )


def _sent(venue: str, operation_id: str) -> httpx.Request:
    """The request the client sends for the call table's entry (answered with a 599, which ends the call)."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(599)

    package = importlib.import_module(f"venuekit.{venue}")
    transport = httpx.MockTransport(answer)
    with package.Client(
        "testkey", TEST_SECRET, rate_limit=False, max_retries=0, httpx_args={"transport": transport}
    ) as c:
        method = _method(c, venue, operation_id)
        with contextlib.suppress(venuekit.VenueError):
            method(**_kwargs(method, load_calls(venue)[operation_id].get("kwargs") or {}))
    assert len(seen) == 1
    return seen[0]


@pytest.mark.parametrize(("venue", "operation_id"), CASES)
def test_the_request_bytes_are_the_documented_bytes(venue: str, operation_id: str) -> None:
    """Query string and body byte for byte as the call table documents them: number formatting,
    percent-encoding, booleans and JSON text are the docs', not whatever the SDK's codec writes today."""
    request = _sent(venue, operation_id)
    assert request.url.path == load_calls(venue)[operation_id]["request"]["path"]
    assert wire_differences(venue, operation_id, request.url.query.decode(), request.content.decode()) == []


DOCUMENTED = [
    (venue, op, part) for venue, op in CASES for part in load_calls(venue)[op]["request"].get("documented-at", {})
]


@pytest.mark.parametrize(("venue", "operation_id", "part"), DOCUMENTED)
def test_documented_bytes_are_the_docs_own_text(venue: str, operation_id: str, part: str) -> None:
    """Where the call table says the docs print the request's bytes (`documented-at`: lines of the venue's
    saved docs, tests/data/seeds), they are there: a query string verbatim, a JSON body with only the layout
    of the sample's multi-line literal taken out (`compact`)."""
    request = load_calls(venue)[operation_id]["request"]
    first, last = request["documented-at"][part]
    lines = (SEEDS / inventory.seed_name(venue)).read_text(encoding="utf-8").splitlines()[first - 1 : last]
    text = "\n".join(lines)
    expected = str(request["query"]) if part == "query" else str(request.get("json", request.get("form")))
    assert expected in (compact(text) if part == "body" and "json" in request else text), (expected, text)


def test_some_bytes_of_every_kind_are_the_docs_own() -> None:
    assert {(v, part) for v, _, part in DOCUMENTED} >= {
        ("gmo_coin", "query"),
        ("gmo_coin", "body"),
        ("gmo_coin_fx", "query"),
        ("gmo_coin_fx", "body"),
        ("hashkey_mena", "query"),
        ("hashkey_mena", "body"),
        ("gopax", "body"),
    }
    assert len(DOCUMENTED) >= 35  # for the other calls the docs print no request bytes, only parameter values


@pytest.mark.parametrize(("venue", "operation_id"), CASES)
def test_contract_sync(venue: str, operation_id: str) -> None:
    package = importlib.import_module(f"venuekit.{venue}")
    calls = load_calls(venue)
    # The wire format is under test, not pacing (rate-limit counts are per key across the process).
    with package.Client("testkey", TEST_SECRET, rate_limit=False) as client:
        method = _method(client, venue, operation_id)
        kwargs = _kwargs(method, calls[operation_id].get("kwargs") or {})
        with _recorder(venue, operation_id).use_cassette(str(cassette_path(venue, operation_id))) as cassette:
            result = method(**kwargs)
        assert cassette.all_played
    if not RECORDING:
        assert_matches(result, _expected(venue, operation_id), empty=empty_fields(venue), scales=epoch_scales(venue))


@pytest.mark.parametrize(("venue", "operation_id"), CASES)
def test_contract_async(venue: str, operation_id: str) -> None:
    package = importlib.import_module(f"venuekit.{venue}")
    calls = load_calls(venue)

    async def run() -> Any:
        async with package.AsyncClient("testkey", TEST_SECRET, rate_limit=False) as client:
            method = _method(client, venue, operation_id)
            kwargs = _kwargs(method, calls[operation_id].get("kwargs") or {})
            with _recorder(venue, operation_id).use_cassette(str(cassette_path(venue, operation_id))) as cassette:
                result = await method(**kwargs)
            assert cassette.all_played
            return result

    result = asyncio.run(run())
    if not RECORDING:
        assert_matches(result, _expected(venue, operation_id), empty=empty_fields(venue), scales=epoch_scales(venue))


def test_cassettes_hold_no_secrets() -> None:
    for path in cassette_path("x", "y").parent.parent.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        for header in SECRET_HEADERS:
            assert f"{header}:" not in text, f"{path} holds a {header} header"
        assert "testsecret" not in text
