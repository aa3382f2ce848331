"""What the contract tests and the cassette builder share: venues, specs, call tables, cassettes."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import yaml

from generator import enabled_venues
from venuekit import codec

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
    req = call["request"]
    uri = origin(spec) + str(req["path"])
    if req.get("query"):
        pairs = [(k, _wire(v)) for k, v in req["query"].items()]
        uri += "?" + urlencode(pairs, quote_via=quote, safe=",")
    return uri


def request_body(call: dict[str, Any]) -> str | None:
    req = call["request"]
    if "json" in req:
        return codec.dumps(req["json"]).decode()
    if "form" in req:
        return urlencode([(k, _wire(v)) for k, v in req["form"].items()], quote_via=quote)
    return None


def _wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(_wire(v) for v in value)
    return str(value)


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
                    "body": {"string": codec.dumps(doc_example(spec, operation)).decode()},
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
