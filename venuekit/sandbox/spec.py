"""What the sandbox reads from a venue's OpenAPI spec: routes, parameters, body schemas, doc examples.

Nothing here knows a venue: the spec says which operations exist, which are signed, what they accept
and what the docs show them answering.
"""

from __future__ import annotations

import copy
import datetime
import os
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..extras import missing_extra
from ..rules import Rule, from_spec

try:
    import yaml
except ImportError:
    raise missing_extra("venuekit.sandbox", "PyYAML", "sandbox") from None

_HERE = Path(__file__).resolve()
_SCALES = {"unix-ms": 1000, "unix-s": 1}


def spec_dir() -> Path:
    """Where the venue specs live (`<dir>/<venue>/openapi.yaml` and `asyncapi.yaml`).

    In order: `$VENUEKIT_SPEC_DIR`; a copy shipped inside the package (`venuekit/sandbox/specs/`, for a
    wheel that includes the specs as package data); the repository's `specs/` next to `venuekit/`.
    """
    override = os.environ.get("VENUEKIT_SPEC_DIR")
    if override:
        return Path(override)
    packaged = _HERE.parent / "specs"
    return packaged if packaged.is_dir() else _HERE.parents[2] / "specs"


def known_venues(directory: Path | None = None) -> list[str]:
    """The venues: the folders of the spec directory (default `spec_dir()`) that hold an `openapi.yaml`, sorted.

    The one list of venues there is; `make generate`, the sandbox and the tests all read it from here.
    """
    base = directory or spec_dir()
    return sorted(path.parent.name for path in base.glob("*/openapi.yaml"))


class _Loader(yaml.CSafeLoader if hasattr(yaml, "CSafeLoader") else yaml.SafeLoader):  # type: ignore[misc]
    """Safe YAML, except that floats stay exact (`Decimal`) and timestamps stay the strings written."""


def _exact_float(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    text = str(loader.construct_scalar(node)).replace("_", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        return float(text)  # .inf / .nan


def _plain_string(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    return str(loader.construct_scalar(node))


_Loader.add_constructor("tag:yaml.org,2002:float", _exact_float)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _plain_string)


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # query | path | header
    required: bool
    schema: dict[str, Any]
    explode: bool


@dataclass(frozen=True)
class PlacementRule:
    """`x-sdk-placement` as the venue applies it: the key parameter and how long a used key is refused."""

    key: str | None
    scope: str  # lifetime | active | none
    duplicate_code: str | None


@dataclass(frozen=True)
class Operation:
    """One documented endpoint, as the sandbox serves it."""

    operation_id: str
    method: str
    path: str  # as the client requests it, prefix included (GMO `/private/v1/order`)
    signed: bool
    parameters: tuple[Parameter, ...]
    body_type: str | None  # "json" | "form" | None
    body_schema: dict[str, Any] | None
    body_required: bool
    example: Any
    rules: tuple[Rule, ...] = ()
    """The operation's own `x-sdk-*` rules (venuekit.rules); a body schema's rules travel with the schema."""
    pattern: re.Pattern[str] = field(default=re.compile(""), compare=False)
    placement: PlacementRule | None = None
    """Set on operations that place or move money."""
    book: dict[str, Any] | None = None
    """`x-sdk-order-book`: where the reply keeps a full order book (the sandbox serves it uncrossed)."""

    def response(self) -> Any:
        """A fresh copy of the docs' 200 example."""
        return copy.deepcopy(self.example)


class Spec:
    """A venue's OpenAPI document, indexed for serving."""

    def __init__(self, venue: str, document: dict[str, Any]) -> None:
        self.venue = venue
        self.document = document
        info = document["info"]
        self.sdk: dict[str, Any] = info.get("x-sdk", {})
        self.errors: dict[str, dict[str, Any]] = {str(e["code"]): e for e in info.get("x-error-codes", [])}
        self.schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
        self.operations: list[Operation] = []
        for path, item in document["paths"].items():
            for method in ("get", "post", "put", "delete"):
                if method in item:
                    self.operations.append(self._operation(path, item, method, item[method]))
        # Literal segments win over `{params}`: `/trading-pairs/stats` before `/trading-pairs/{pair}/...`.
        self.operations.sort(key=lambda op: op.path.count("{"))
        self.by_id = {op.operation_id: op for op in self.operations}

    def message(self, code: str, default: str = "") -> str:
        entry = self.errors.get(code)
        return str(entry["message"]) if entry else default

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        """Follow `$ref` (sibling keywords such as `description` are kept on top)."""
        while "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[-1]
            siblings = {k: v for k, v in schema.items() if k != "$ref"}
            schema = {**self.schemas[name], **siblings}
        return schema

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        for op in self.operations:
            if op.method == method:
                found = op.pattern.fullmatch(path)
                if found:
                    return op, found.groupdict()
        return None

    def _operation(self, path: str, item: dict[str, Any], method: str, op: dict[str, Any]) -> Operation:
        prefix = ""
        servers = item.get("servers") or op.get("servers")
        if servers:
            prefix = "/" + servers[0]["url"].split("://", 1)[-1].partition("/")[2].strip("/")
            prefix = "" if prefix == "/" else prefix
        full = prefix + path
        security = op.get("security", self.document.get("security", []))
        params = tuple(
            Parameter(
                name=p["name"],
                location=p["in"],
                required=bool(p.get("required", p["in"] == "path")),
                schema=p.get("schema", {}),
                explode=bool(p.get("explode", p.get("style", "form") == "form")),
            )
            for p in (self._param(p) for p in [*item.get("parameters", []), *op.get("parameters", [])])
        )
        body_type = body_schema = None
        body = op.get("requestBody")
        if body:
            content = body.get("content", {})
            for media, kind in (("application/json", "json"), ("application/x-www-form-urlencoded", "form")):
                if media in content:
                    body_type, body_schema = kind, content[media].get("schema", {})
                    break
        example: Any = None
        ok = op.get("responses", {}).get("200", {}).get("content", {})
        for media in ok.values():
            examples = media.get("examples") or {}
            chosen = examples.get("doc") or next(iter(examples.values()), None)
            if chosen is not None:
                example = chosen.get("value")
            elif "example" in media:
                example = media["example"]
            break
        regex = "".join(
            f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part)
            for part in re.split(r"(\{[^}]+\})", full)
        )
        return Operation(
            operation_id=op["operationId"],
            method=method.upper(),
            path=full,
            signed=bool(security),
            parameters=params,
            body_type=body_type,
            body_schema=body_schema,
            body_required=bool(body and body.get("required")),
            example=example,
            rules=tuple(from_spec(op, lambda name: _SCALES.get(self._format(name, params, body_schema) or ""))),
            pattern=re.compile(regex),
            placement=_placement(op.get("x-sdk-placement")),
            book=op.get("x-sdk-order-book"),
        )

    def _format(self, name: str, params: tuple[Parameter, ...], body: dict[str, Any] | None) -> str | None:
        """The `format` of a parameter or top-level body field (epoch-time windows need the unit)."""
        for param in params:
            if param.name == name:
                return self.resolve(param.schema).get("format")
        fields = self.resolve(body).get("properties", {}) if body else {}
        return self.resolve(fields[name]).get("format") if name in fields else None

    def _param(self, param: dict[str, Any]) -> dict[str, Any]:
        if "$ref" in param:
            name = param["$ref"].rsplit("/", 1)[-1]
            resolved: dict[str, Any] = self.document["components"]["parameters"][name]
            return resolved
        return param


def _placement(rule: dict[str, Any] | None) -> PlacementRule | None:
    if rule is None:
        return None
    codes = [str(c) for c in rule.get("duplicate-codes", [])]
    return PlacementRule(rule.get("key"), str(rule.get("key-scope", "none")), codes[0] if codes else None)


_cache: dict[tuple[str, Path], Spec] = {}


def load_spec(venue: str, directory: Path | None = None) -> Spec:
    """Read `specs/<venue>/openapi.yaml` (cached per process)."""
    base = directory or spec_dir()
    key = (venue, base)
    if key not in _cache:
        with open(base / venue / "openapi.yaml", encoding="utf-8") as handle:
            _cache[key] = Spec(venue, yaml.load(handle, Loader=_Loader))
    return _cache[key]


def iso_ms(now_ms: int) -> str:
    """`2019-03-19T02:15:06.001Z`: UTC with milliseconds, as the venues write it."""
    moment = datetime.datetime.fromtimestamp(now_ms / 1000, tz=datetime.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now_ms % 1000:03d}Z"
