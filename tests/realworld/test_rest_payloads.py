"""Real-world REST payloads (tests/data/real-world) against the specs and the typed clients.

For every payload whose endpoint the SDK covers:

- the body validates as JSON Schema 2020-12 against the operation's 200 response schema (error bodies:
  against its `default` schema), with the `decimal`, `unix-ms`, `unix-s`, `date-time` and `int64`
  formats checked (a time read in its declared unit must land in a plausible year);
- the real client, sync and async, with an `httpx.MockTransport` answering the body, sends the
  operation's method and path (with the recorded parameters) and returns typed models that carry every
  value: documented fields typed (money an exact Decimal, ids exact), undocumented ones untouched in
  `additional_properties`;
- error bodies raise the venue's typed exception with the right code, whatever the HTTP status.

Payloads of endpoints the SDK does not cover are listed in `corpus.NOT_COVERED` with the reason.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
import hashlib
import importlib
import json
import re
import typing
from collections.abc import Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from openapi_python_client.strings import PythonIdentifier

import venuekit
from venuekit import codec

from ..contract.support import empty_fields, epoch_scales, load_calls, load_spec
from ..contract.test_contract import TEST_SECRET, _kwargs
from . import corpus
from .corpus import OperationRef, Payload


def _rest_cases() -> list[tuple[str, str]]:
    """(payload id, operationId) for every REST payload checked against an operation."""
    cases = []
    for venue in corpus.VENUES:
        for item in corpus.load(venue):
            if item.is_ws:
                continue
            op = corpus.operation_for(item)
            gap = corpus.not_covered(item)
            if op is not None:
                cases.append((item.id, op.operation_id))
            elif gap is not None and gap.stand_in is not None:
                cases.append((item.id, gap.stand_in))
    return cases


CASES = _rest_cases()


# --- calling the client ----------------------------------------------------------------------------


def _spec_format(op: OperationRef, name: str) -> str | None:
    """The `format` the spec gives a parameter or body field of the operation (None if not found)."""
    spec = load_spec(op.venue)
    item = spec["paths"][op.spec_path]
    operation = item[op.method.lower()]
    for param in list(item.get("parameters", [])) + list(operation.get("parameters", [])):
        param = corpus._deref(op.venue, param["$ref"].removeprefix("#"))[1] if "$ref" in param else param
        if param["name"] == name:
            fmt: str | None = param.get("schema", {}).get("format")
            return fmt
    for media in operation.get("requestBody", {}).get("content", {}).values():
        schema = media["schema"]
        if "$ref" in schema:
            schema = corpus._deref(op.venue, schema["$ref"].removeprefix("#"))[1]
        prop = schema.get("properties", {}).get(name, {})
        if prop:
            fmt = prop.get("format")
            return fmt
    return None


def _coerce(op: OperationRef, wire_name: str, value: Any, hint: Any) -> Any:
    """A recorded request value (mostly strings) as the facade argument its hint asks for."""
    args = typing.get_args(hint) or (hint,)
    if value is None:
        return None
    if Decimal in args:
        return Decimal(str(value))
    if dt.datetime in args:
        fmt = _spec_format(op, wire_name)
        assert fmt in ("unix-ms", "unix-s"), f"{wire_name}: cannot read {value!r} as a {fmt} time"
        return codec.parse_unix(value, scale=1000 if fmt == "unix-ms" else 1)
    for candidate in args:
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            if isinstance(value, str) and value.isdigit() and not issubclass(candidate, str):
                return candidate(int(value))
            return candidate(value)
    if bool in args and isinstance(value, str):
        return value == "true"
    if int in args and str not in args:
        return int(value)
    return str(value) if str in args else value


def _arguments(method: Any, op: OperationRef, item: Payload) -> tuple[dict[str, Any], dict[str, Any]]:
    """The call table's documented kwargs for the operation, overlaid with what this recording sent.

    Returns (kwargs, the recorded wire parameters that were passed on)."""
    kwargs = _kwargs(method, load_calls(op.venue)[op.operation_id].get("kwargs") or {})
    models = importlib.import_module(".".join(method.__module__.split(".")[:2]) + ".models")
    hints = typing.get_type_hints(method, localns=vars(models))  # model names are TYPE_CHECKING imports
    sent: dict[str, Any] = {}
    recorded: dict[str, Any] = {**(item.query or {}), **(item.body or {})}
    for wire_name, value in recorded.items():
        if value in ("", None):
            continue  # a blank the recording sent for "any" (Bitunix deposit/page): omitted means the same
        name = str(PythonIdentifier(wire_name, "field_"))
        assert name in hints, f"{item.id}: the recording sent {wire_name}, which {op.operation_id} does not take"
        kwargs[name] = _coerce(op, wire_name, value, hints[name])
        sent[wire_name] = value
    return kwargs, sent


def _facade(client: Any, op: OperationRef) -> Any:
    return getattr(getattr(client, op.tag), str(PythonIdentifier(op.operation_id, "field_")))


class _Venue:
    """Answers every request with one body and remembers what was asked."""

    def __init__(self, body: Any, status: int = 200) -> None:
        self.content = codec.dumps(body)
        self.status = status
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, content=self.content, headers={"Content-Type": "application/json"})


def _check_request(venue: _Venue, op: OperationRef, sent: Mapping[str, Any]) -> None:
    """The client sent the operation's method and path, with every parameter the recording had."""
    assert venue.requests, f"{op.operation_id}: nothing was sent"
    request = venue.requests[-1]
    assert request.method == op.method
    pattern = "".join("[^/]+" if part == "{}" else re.escape(part) for part in _split(op.wire_path))
    assert re.fullmatch(pattern, request.url.path), f"{request.url.path} is not {op.wire_path}"
    names = {k for k, _ in request.url.params.multi_items()}
    content = request.content.decode()
    if content.startswith("{"):
        names |= set(json.loads(content))
    elif content:
        names |= {k for k, _ in parse_qsl(content)}
    for wire_name, value in sent.items():
        in_path = f"/{value}" in request.url.path
        assert in_path or wire_name in names, f"recorded parameter {wire_name}={value!r} not sent"


def _split(path: str) -> list[str]:
    return [part for part in re.split(r"(\{\})", corpus.template(path)) if part]


def _call(item: Payload, op: OperationRef, body: Any, status: int = 200) -> tuple[Any, Any]:
    """The typed result of the sync and of the async client (or the exception each raised)."""
    package = importlib.import_module(f"venuekit.{op.venue}")
    venue = _Venue(body, status)

    def sync() -> Any:
        # Decoding is under test, not pacing (rate-limit counts are per key across the process).
        transport = httpx.MockTransport(venue)
        with package.Client("testkey", TEST_SECRET, httpx_args={"transport": transport}, rate_limit=False) as client:
            method = _facade(client, op)
            kwargs, sent = _arguments(method, op, item)
            try:
                return method(**kwargs)
            finally:
                _check_request(venue, op, sent)

    async def run_async() -> Any:
        transport = httpx.MockTransport(venue)
        async with package.AsyncClient(
            "testkey", TEST_SECRET, httpx_args={"transport": transport}, rate_limit=False
        ) as client:
            method = _facade(client, op)
            kwargs, sent = _arguments(method, op, item)
            try:
                return await method(**kwargs)
            finally:
                _check_request(venue, op, sent)

    results: list[Any] = []
    for run in (sync, lambda: asyncio.run(run_async())):
        try:
            results.append(run())
        except venuekit.VenueError as exc:
            results.append(exc)
    return results[0], results[1]


# --- the tests -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("payload_id", "operation_id"), CASES, ids=[c[0] for c in CASES])
def test_rest_payload(payload_id: str, operation_id: str) -> None:
    item = corpus.payload(payload_id)
    op = corpus.operation_by_id(item.venue, operation_id)
    body = corpus.wire_body(item)

    if payload_id in corpus.ERRORS:
        expected = corpus.ERRORS[payload_id]
        errors = corpus.schema_errors(item.venue, corpus.response_schema_pointer(op, "default"), body)
        assert not errors, f"{payload_id} against {operation_id} default response:\n{corpus.describe(errors)}"
        package = importlib.import_module(f"venuekit.{item.venue}")
        for status in (200, 400):
            for raised in _call(item, op, body, status):
                assert isinstance(raised, getattr(package.errors, expected.venue_class)), repr(raised)
                assert isinstance(raised, getattr(venuekit, expected.category)), repr(raised)
                assert raised.code == expected.code
        return

    errors = corpus.schema_errors(item.venue, corpus.response_schema_pointer(op, "200"), body)
    if payload_id in corpus.LOSSY:
        lossy = corpus.LOSSY[payload_id]
        missing = {
            name
            for e in errors
            if e.validator == "required"
            for name in e.validator_value
            if isinstance(e.instance, dict) and name not in e.instance
        }
        others = [e for e in errors if e.validator != "required"]
        assert not others, f"{payload_id}: the fields the recording kept do not validate:\n{corpus.describe(others)}"
        assert missing == set(lossy.dropped), f"{payload_id}: missing {sorted(missing)}, expected {lossy.dropped}"
        for raised in _call(item, op, body):
            assert isinstance(raised, venuekit.DecodeError), f"{payload_id}: a lossy body parsed: {raised!r}"
            assert any(name in str(raised) for name in lossy.dropped), str(raised)
        return

    assert not errors, f"{payload_id} against {operation_id} 200 response:\n{corpus.describe(errors)}"
    expected_value = corpus.expected_result(item.venue, body)
    for result in _call(item, op, body):
        assert not isinstance(result, Exception), f"{payload_id}: {result!r}"
        corpus.assert_typed(result, expected_value, empty=empty_fields(item.venue), scales=epoch_scales(item.venue))


@pytest.mark.parametrize("venue", corpus.VENUES)
def test_every_payload_is_accounted_for(venue: str) -> None:
    """Each file is checked against an operation, or its endpoint is listed as not covered (with why)."""
    spec_endpoints = set(corpus.operations(venue))
    for item in corpus.load(venue):
        if item.is_ws:
            continue
        gap = corpus.not_covered(item)
        if corpus.operation_for(item) is None:
            assert gap is not None, f"{item.id}: {item.method} {item.path} is in no operation and not listed"
        else:
            assert gap is None, f"{item.id}: listed as not covered but the spec has {item.method} {item.path}"
    for v, method, path in corpus.NOT_COVERED:
        if v == venue:
            assert (method, corpus.template(path)) not in spec_endpoints
            assert any(p.method == method and p.path == path for p in corpus.load(venue)), (method, path)
    names = {p.id for p in corpus.load(venue)}
    for table in (corpus.REWRAP, corpus.ERRORS, corpus.LOSSY):
        stale = {k for k in table if k.startswith(f"{venue}/")} - names
        assert not stale, f"entries for missing files: {stale}"
    flagged_lossy = {p.id for p in corpus.load(venue) if p.lossy}
    assert flagged_lossy == {k for k in corpus.LOSSY if k.startswith(f"{venue}/")}


def test_counts() -> None:
    """The per-venue numbers quoted in tests/data/real-world/README.md and the README's venue table."""
    counts = {}
    for venue in corpus.VENUES:
        items = corpus.load(venue)
        rest = [p for p in items if not p.is_ws]
        checked = [p for p in rest if corpus.operation_for(p) is not None]
        stand_in = [p for p in rest if corpus.operation_for(p) is None and (g := corpus.not_covered(p)) and g.stand_in]
        counts[venue] = (len(checked), len(rest), len(stand_in), len(items) - len(rest))
    assert counts == EXPECTED_COUNTS


EXPECTED_COUNTS = {
    # venue: (REST payloads checked against their own operation, REST total, cross-checked stand-ins, WS total)
    "gmo_coin": (19, 19, 0, 2),
    "gmo_coin_fx": (23, 23, 0, 3),
    "hashkey_mena": (42, 52, 10, 6),
    "gopax": (30, 33, 0, 9),
    "bitunix": (11, 12, 0, 6),
}


def test_local_copies_are_the_collected_files() -> None:
    """tests/data/real-world keeps the collected files byte for byte: SHA256SUMS (written from the shared corpus
    when the copies were made) lists every file the tests read, and nothing else."""
    listed = {}
    for line in (corpus.DATA / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split("  ", 1)
        listed[name] = digest
    found = {f"{venue}/{item.name}.json" for venue in corpus.VENUES for item in corpus.load(venue)}
    assert found == set(listed)
    for name, digest in listed.items():
        assert hashlib.sha256((corpus.DATA / name).read_bytes()).hexdigest() == digest, f"{name} was edited"


MIXED_INTEGERS = [
    # (payload with JSON strings, payload with JSON numbers, operationId, attribute of the first item)
    ("hashkey_mena/GET__api_v1_account_type__1", "hashkey_mena/GET__api_v1_account_type__2", "account_type"),
    ("hashkey_mena/GET__api_v1_account_type__1", "hashkey_mena/GET__api_v1_account_type__2", "account_index"),
    (
        "hashkey_mena/GET__api_v1_account_balanceFlow__1",
        "hashkey_mena/GET__api_v1_account_balanceFlow__2",
        "flow_type_value",
    ),
    (
        "hashkey_mena/GET__api_v1_account_depositOrders__1",
        "hashkey_mena/GET__api_v1_account_depositOrders__2",
        "status",
    ),
]


def _first(payload_id: str) -> Any:
    item = corpus.payload(payload_id)
    op = corpus.operation_for(item)
    assert op is not None
    result, _ = _call(item, op, corpus.wire_body(item))
    return result[0] if isinstance(result, list) else result


@pytest.mark.parametrize(("as_strings", "as_numbers", "attribute"), MIXED_INTEGERS)
def test_an_integer_sent_as_string_or_number_decodes_to_one_type(
    as_strings: str, as_numbers: str, attribute: str
) -> None:
    strings, numbers = getattr(_first(as_strings), attribute), getattr(_first(as_numbers), attribute)
    assert type(strings) is type(numbers), f"{attribute}: {strings!r} from one payload, {numbers!r} from the other"
