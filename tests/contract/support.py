"""What the contract tests and the cassette builder share: venues, specs, call tables, cassettes."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from generator import enabled_venues

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = Path(__file__).resolve().parent / "cassettes"

# Headers a cassette must never hold; a recording run filters them (see README, "Re-recording").
SECRET_HEADERS = (
    "API-KEY",
    "API-SIGN",
    "API-TIMESTAMP",
    "X-HK-APIKEY",
    "X-APIKEY",
    "SIGNATURE",
    "NONCE",
    "api-key",
    "sign",
    "nonce",
    "timestamp",
)


def venues() -> list[str]:
    """Generated venues that have a call table."""
    return [n for n in enabled_venues() if (Path(__file__).parent / n / "calls.yaml").exists()]


class _ExactLoader(yaml.CSafeLoader):
    """YAML with non-integral numbers read as Decimal, so doc examples keep their exact digits (the C loader:
    the pure-Python one takes seconds over the five specs)."""


_ExactLoader.add_constructor(
    "tag:yaml.org,2002:float",
    lambda loader, node: Decimal(str(loader.construct_scalar(node))),  # type: ignore[arg-type]
)


def load_exact(path: Path) -> dict[str, Any]:
    """A spec file with exact Decimals (never mutate the result of the cached loaders below: it is shared)."""
    document: dict[str, Any] = yaml.load(path.read_bytes(), Loader=_ExactLoader)
    return document


@functools.cache
def load_spec(venue: str) -> dict[str, Any]:
    return load_exact(ROOT / "specs" / venue / "openapi.yaml")


@functools.cache
def empty_fields(venue: str) -> frozenset[str]:
    """Wire names of the fields the venue's specs declare `x-sdk-empty: null` on: their `""` decodes to None."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for name, prop in (node.get("properties") or {}).items():
                if isinstance(prop, dict) and "x-sdk-empty" in prop:
                    found.add(name)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for name in ("openapi.yaml", "asyncapi.yaml"):
        if (ROOT / "specs" / venue / name).exists():
            walk(load_exact(ROOT / "specs" / venue / name))
    return frozenset(found)


_SCALES = {"unix-ms": 1000, "unix-s": 1}


@functools.cache
def epoch_scales(venue: str, document: str = "openapi.yaml") -> Mapping[str, int]:
    """Wire name (or `x-sdk-tuple-fields` name) -> units per second of each epoch-time field of one spec
    document (`format: unix-ms` 1000, `unix-s` 1), so that a test reads an epoch value at the unit the spec
    declares and not at whichever unit happens to give a plausible date. A name declared with two units
    in one document cannot be looked up by name: it fails here."""
    spec = load_exact(ROOT / "specs" / venue / document)
    found: dict[str, set[int]] = {}

    def scale_of(node: Any) -> int | None:
        node = resolve(spec, node) if isinstance(node, dict) and str(node.get("$ref", "")).startswith("#") else node
        if not isinstance(node, dict):
            return None
        if node.get("format") in _SCALES:
            return _SCALES[node["format"]]
        branches = [scale_of(branch) for key in ("anyOf", "oneOf") for branch in node.get(key, [])]
        return next((b for b in branches if b is not None), None)

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            named = list((node.get("properties") or {}).items())
            named += list(zip(node.get("x-sdk-tuple-fields") or [], node.get("prefixItems") or [], strict=False))
            for name, prop in named:
                scale = scale_of(prop)
                if scale is not None:
                    found.setdefault(name, set()).add(scale)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec)
    mixed = {name: scales for name, scales in found.items() if len(scales) > 1}
    assert not mixed, f"specs/{venue}/{document}: epoch fields with two units: {mixed}"
    return {name: scales.pop() for name, scales in found.items()}


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def epoch(raw: Any, scale: int) -> dt.datetime:
    """An epoch value (JSON number or digit string) at `scale` units per second, to the microsecond
    (truncated), computed here without the SDK's codec."""
    assert isinstance(raw, int | str | Decimal) and not isinstance(raw, bool), f"not an epoch value: {raw!r}"
    micros = int(Decimal(str(raw).strip()) * 1_000_000 / scale)
    return _EPOCH + dt.timedelta(microseconds=micros)


@functools.cache
def load_calls(venue: str) -> dict[str, dict[str, Any]]:
    calls: dict[str, dict[str, Any]] = yaml.safe_load(
        (Path(__file__).parent / venue / "calls.yaml").read_text(encoding="utf-8")
    )
    return calls


def operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """operationId -> (METHOD, path, path item, operation)."""
    found = {}
    for path, item in spec["paths"].items():
        for method in ("get", "post", "put", "delete", "patch"):
            if method in item:
                op = item[method]
                found[op["operationId"]] = (method.upper(), path, item, op)
    return found


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        parts = node["$ref"].lstrip("#/").split("/")
        target: Any = spec
        for part in parts:
            target = target[part]
        node = target
    return node


def doc_example(spec: dict[str, Any], operation: dict[str, Any]) -> Any:
    media = resolve(spec, operation["responses"]["200"])["content"]["application/json"]
    return media["examples"]["doc"]["value"]


def cassette_path(venue: str, operation_id: str) -> Path:
    return CASSETTES / venue / f"{operation_id}.yaml"


def origin(spec: dict[str, Any]) -> str:
    environments: dict[str, str] = spec["info"]["x-sdk"]["environments"]
    return next(iter(environments.values())).rstrip("/")


def request_uri(spec: dict[str, Any], call: dict[str, Any]) -> str:
    """The documented URL: the table's query string as it is, never re-encoded."""
    req = call["request"]
    uri = origin(spec) + str(req["path"])
    if req.get("query"):
        uri += "?" + str(req["query"])
    return uri


def request_body(call: dict[str, Any]) -> str | None:
    """The documented body text (JSON or form), as the table holds it: never re-serialised."""
    req = call["request"]
    body = req.get("json", req.get("form"))
    return None if body is None else str(body)


# --- the documented request bytes ---------------------------------------------------------------------------


class _Number(str):
    """A JSON number kept as the text it was written with (`20.0` is not `20.00`)."""


def _members(text: str) -> Any:
    """JSON with each number as its text and each object as its members sorted by name: equal for two texts
    that differ only in member order."""
    return json.loads(
        text,
        parse_float=_Number,
        parse_int=_Number,
        object_pairs_hook=lambda pairs: tuple(sorted(pairs, key=lambda pair: pair[0])),
    )


def _pairs(text: str) -> list[str]:
    """A query string or form body as its `name=value` pieces, each exactly as written (percent-encoding kept)."""
    return [piece for piece in text.split("&") if piece]


def sent_without_signature(venue: str, text: str) -> str:
    """A sent query string or form body without the signer's trailing parameters (`x-sdk.signature-params`,
    e.g. HashKey's `timestamp` and `signature`), which must come last: everything before them is the caller's."""
    added = set(load_spec(venue)["info"]["x-sdk"].get("signature-params", []))
    pieces = _pairs(text)
    while pieces and pieces[-1].split("=", 1)[0] in added:
        pieces.pop()
    assert not [p for p in pieces if p.split("=", 1)[0] in added], f"signature parameters not last: {text}"
    return "&".join(pieces)


def wire_differences(venue: str, operation_id: str, query: str, body: str) -> list[str]:
    """How a request's query string and body differ from the documented bytes of the call table (empty: none).

    Compared byte for byte, after the signer's own trailing parameters are set aside. Where the table notes
    `sdk-order` (the SDK writes members in another order than the docs), each parameter is still compared byte
    for byte (`name=value` pieces, JSON members with their numbers' exact text), in any order, and the whole
    text must really differ (else the note is stale)."""
    call = load_calls(venue)[operation_id]
    request = call["request"]
    sent = {
        "query": sent_without_signature(venue, query),
        "body": sent_without_signature(venue, body) if "form" in request else body,
    }
    documented = {"query": str(request.get("query") or ""), "body": request_body(call) or ""}
    if "sdk-order" not in request:
        return [
            f"{part}: sent {sent[part]!r}, documented {documented[part]!r}"
            for part in sent
            if sent[part] != documented[part]
        ]
    found = []
    for part in sent:
        if sent[part] == documented[part]:
            continue
        if part == "body" and "json" in request:
            same = _members(sent[part]) == _members(documented[part])
        else:
            same = sorted(_pairs(sent[part])) == sorted(_pairs(documented[part]))
        if not same:
            found.append(f"{part} (in any order): sent {sent[part]!r}, documented {documented[part]!r}")
    if sent == documented:
        found.append("sent exactly as documented: drop `sdk-order` from the call table")
    return found


def compact(text: str) -> str:
    """The text without whitespace outside double-quoted strings: how a sample that prints a JSON body over
    several lines (Python's `json.dumps(reqBody)` of a dict literal) reads when sent compact. A change of
    layout only: names, order, quoting and number text stay the docs' own."""
    out: list[str] = []
    in_string = escaped = False
    for char in text:
        if in_string:
            out.append(char)
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
            out.append(char)
        elif not char.isspace():
            out.append(char)
    return "".join(out)


def json_text(value: Any) -> str:
    """Compact JSON of a spec example, written here rather than by the SDK's codec, so that rebuilding the
    cassettes cannot carry a codec change into them: a number is the text the spec wrote for it."""
    if isinstance(value, dict):
        return "{" + ",".join(f"{json.dumps(str(k))}:{json_text(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(json_text(v) for v in value) + "]"
    if isinstance(value, Decimal):
        return str(value)
    return json.dumps(value)


def build_cassette(venue: str, operation_id: str) -> str:
    """The doc-derived cassette for one operation, as YAML text."""
    spec = load_spec(venue)
    method, _, _, operation = operations(spec)[operation_id]
    call = load_calls(venue)[operation_id]
    body = request_body(call)
    content_type = {"json": "application/json", "form": "application/x-www-form-urlencoded"}
    req_headers = {content_type[k]: k for k in ("json", "form") if k in call["request"]}
    cassette = {
        "interactions": [
            {
                "request": {
                    "method": method,
                    "uri": request_uri(spec, call),
                    "body": body,
                    "headers": {"Content-Type": list(req_headers)} if req_headers else {},
                },
                "response": {
                    "status": {"code": 200, "message": "OK"},
                    "headers": {"Content-Type": ["application/json"]},
                    "body": {"string": json_text(doc_example(spec, operation))},
                },
            }
        ],
        "version": 1,
    }
    header = (
        "# doc-derived: built by `make cassettes` from the `doc` example of the 200 response in\n"
        f"# specs/{venue}/openapi.yaml and the request in tests/contract/{venue}/calls.yaml\n"
        f"# (source: {call.get('source', 'venue docs')}). Not a live recording.\n"
    )
    return header + yaml.safe_dump(cassette, sort_keys=True, allow_unicode=True, width=1000)
