"""`make docs-check`: does each venue's OpenAPI spec cover what its saved docs document?

    python -m generator.docs_check [venue ...]
    python -m generator.docs_check gmo_coin --spec OTHER/openapi.yaml --inventory OTHER/doc-inventory.yaml

Compares specs/<venue>/doc-inventory.yaml (built by `generator.inventory` from the saved docs) with
specs/<venue>/openapi.yaml and fails (exit 1), naming each one, on:

- an operation documented but missing from the spec (matched on method + full path: the spec's path prefixed
  with the path of its `servers` URL, path parameters matched by position);
- a parameter documented but missing from the operation (query/path/header parameters and request-body
  properties; the signer's own parameters, `info.x-sdk.signature-params`, are not operation parameters);
- a parameter the docs mark required (or plainly optional) whose `required` says otherwise in the spec;
- a response field documented but absent from the operation's 200 response schema ($refs resolved; every
  segment of a nested `parent.child` name must be a property somewhere in that schema);
- a documented enum value missing from the spec's `enum` for that parameter or field (when the spec
  closes the set with an `enum`);
- a documented error code missing from `info.x-error-codes`;
- a spec operation that is neither in the inventory nor marked `x-source: external`.

Legitimate differences are listed, with a reason, under `accepted-differences:` in the inventory file.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from venuekit.sandbox.spec import known_venues

# libyaml when available: the specs are large and the pure-Python loader is slow.
LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
KINDS = (
    "missing-operation",
    "missing-parameter",
    "required-mismatch",
    "missing-field",
    "missing-enum-value",
    "missing-error-code",
    "undocumented-operation",
)


@dataclass(frozen=True)
class Problem:
    kind: str
    operation: str  # "METHOD /documented/path" ("" for venue-wide problems)
    name: str
    detail: str
    value: str = ""

    def __str__(self) -> str:
        where = f"{self.operation}: " if self.operation else ""
        return f"{self.kind}: {where}{self.detail}"


@dataclass
class SpecOperation:
    method: str
    path: str  # the spec's path key
    full_path: str  # prefix + path
    operation: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def label(self) -> str:
        return f"{self.method} {self.full_path}"


def _normalize(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path.split("?")[0].rstrip("/") or "/")


class Spec:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        sdk = data.get("info", {}).get("x-sdk", {}) or {}
        self.signature_params: set[str] = set(sdk.get("signature-params", []) or [])

    def resolve(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                return {}
            seen.add(ref)
            target: Any = self.data
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                target = target.get(part, {}) if isinstance(target, dict) else {}
            node = target
        return node

    def operations(self) -> Iterator[SpecOperation]:
        top_servers = self.data.get("servers") or []
        for path, raw_item in (self.data.get("paths") or {}).items():
            item = self.resolve(raw_item)
            for method in HTTP_METHODS:
                operation = item.get(method)
                if not isinstance(operation, dict):
                    continue
                servers = operation.get("servers") or item.get("servers") or top_servers
                prefixes = sorted({urlsplit(str(s.get("url", ""))).path.rstrip("/") for s in servers}) or [""]
                for prefix in prefixes:
                    yield SpecOperation(method.upper(), path, prefix + path, operation, item)

    def parameters(self, op: SpecOperation) -> list[dict[str, Any]]:
        params: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*(op.path_item.get("parameters") or []), *(op.operation.get("parameters") or [])]:
            param = self.resolve(raw)
            if isinstance(param, dict) and "name" in param:
                params[(str(param["name"]), str(param.get("in", "")))] = param
        return list(params.values())

    def body_schemas(self, op: SpecOperation) -> list[Any]:
        body = self.resolve(op.operation.get("requestBody") or {})
        return [self.resolve(media.get("schema", {})) for media in (body.get("content") or {}).values()]

    def response_schemas(self, op: SpecOperation) -> list[Any]:
        responses = op.operation.get("responses") or {}
        response = self.resolve(responses.get("200") or responses.get(200) or {})
        return [self.resolve(media.get("schema", {})) for media in (response.get("content") or {}).values()]

    def properties(self, schema: Any) -> dict[str, list[dict[str, Any]]]:
        """Every property name anywhere in `schema` ($refs resolved) -> the schemas it has there."""
        found: dict[str, list[dict[str, Any]]] = {}
        self._walk(schema, found, set())
        return found

    def _walk(self, node: Any, found: dict[str, list[dict[str, Any]]], seen: set[int]) -> None:
        node = self.resolve(node)
        if not isinstance(node, dict) or id(node) in seen:
            return
        seen.add(id(node))
        for name, prop in (node.get("properties") or {}).items():
            resolved = self.resolve(prop)
            found.setdefault(str(name), []).append(resolved if isinstance(resolved, dict) else {})
            self._walk(prop, found, seen)
        for key in ("items", "additionalProperties", "not", "contains"):
            if isinstance(node.get(key), dict):
                self._walk(node[key], found, seen)
        for key in ("allOf", "anyOf", "oneOf", "prefixItems"):
            for inner in node.get(key) or []:
                self._walk(inner, found, seen)

    def enum_values(self, schema: Any) -> set[str] | None:
        """The closed set a schema (or its array items) allows, as strings; None when it is open."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return None
        if "enum" in schema:
            return {str(v) for v in schema["enum"]}
        if "const" in schema:
            return {str(schema["const"])}
        if isinstance(schema.get("items"), dict):
            return self.enum_values(schema["items"])
        found: set[str] | None = None
        for variant in schema.get("anyOf") or schema.get("oneOf") or []:
            values = self.enum_values(variant)
            if values is not None:
                found = (found or set()) | values
        return found


def _enum_union(spec: Spec, schemas: list[dict[str, Any]]) -> set[str] | None:
    found: set[str] | None = None
    for schema in schemas:
        values = spec.enum_values(schema)
        if values is not None:
            found = (found or set()) | values
    return found


def check(venue: str, spec_path: Path, inventory_path: Path) -> tuple[list[Problem], list[str]]:
    """Problems (after accepted differences) and notes (accepted differences that matched nothing)."""
    spec = Spec(yaml.load(spec_path.read_text(encoding="utf-8"), Loader=LOADER))
    inventory: dict[str, Any] = yaml.load(inventory_path.read_text(encoding="utf-8"), Loader=LOADER) or {}
    problems = _compare(spec, inventory)
    accepted = inventory.get("accepted-differences") or []
    used = [False] * len(accepted)
    kept: list[Problem] = []
    for problem in problems:
        match = next((i for i, a in enumerate(accepted) if _accepts(a, problem)), None)
        if match is None:
            kept.append(problem)
        else:
            used[match] = True
    notes = []
    for entry, was_used in zip(accepted, used, strict=True):
        if not isinstance(entry, dict) or not entry.get("reason"):
            kept.append(Problem("invalid-allowance", "", str(entry), f"accepted difference without a reason: {entry}"))
        elif entry.get("kind") not in KINDS:
            kept.append(Problem("invalid-allowance", "", str(entry), f"unknown kind {entry.get('kind')!r}: {entry}"))
        elif not was_used:
            notes.append(f"accepted difference no longer needed (remove it): {_describe(entry)}")
    return kept, notes


def _describe(entry: dict[str, Any]) -> str:
    return ", ".join(f"{k}={entry[k]}" for k in ("kind", "operation", "name", "value") if k in entry)


def _accepts(entry: Any, problem: Problem) -> bool:
    if not isinstance(entry, dict) or not entry.get("reason"):
        return False
    return (
        entry.get("kind") == problem.kind
        and str(entry.get("operation", "")) == problem.operation
        and str(entry.get("name", "")) == problem.name
        and str(entry.get("value", "")) == problem.value
    )


def _compare(spec: Spec, inventory: dict[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    by_key: dict[tuple[str, str], SpecOperation] = {}
    for op in spec.operations():
        by_key.setdefault((op.method, _normalize(op.full_path)), op)
    matched: set[int] = set()
    for documented in inventory.get("operations") or []:
        method, path = str(documented["method"]).upper(), str(documented["path"])
        label = f"{method} {path}"
        found = by_key.get((method, _normalize(path)))
        if found is None:
            problems.append(
                Problem("missing-operation", label, label, f"documented operation {label} is not in the spec")
            )
            continue
        matched.add(id(found.operation))
        problems.extend(_compare_parameters(spec, found, label, path, documented.get("parameters") or []))
        problems.extend(_compare_fields(spec, found, label, documented.get("response-fields") or []))
    seen: set[int] = set()
    for op in spec.operations():
        if id(op.operation) in matched or id(op.operation) in seen:
            continue
        seen.add(id(op.operation))
        if op.operation.get("x-source") == "external":
            continue
        name = str(op.operation.get("operationId", op.label))
        problems.append(
            Problem(
                "undocumented-operation",
                op.label,
                name,
                f"spec operation {name} ({op.label}) is not in the doc inventory and not marked x-source: external",
            )
        )
    spec_codes = {str(entry.get("code")) for entry in spec.data.get("info", {}).get("x-error-codes") or []}
    for entry in inventory.get("error-codes") or []:
        code = str(entry["code"])
        if code not in spec_codes:
            problems.append(
                Problem("missing-error-code", "", code, f"documented error code {code} is not in info.x-error-codes")
            )
    return list(dict.fromkeys(problems))


def _compare_parameters(
    spec: Spec, op: SpecOperation, label: str, doc_path: str, documented: list[dict[str, Any]]
) -> list[Problem]:
    problems: list[Problem] = []
    params = spec.parameters(op)
    by_name = {str(p["name"]): p for p in params}
    doc_path_params = re.findall(r"\{([^}]*)\}", doc_path)
    spec_path_params = re.findall(r"\{([^}]*)\}", op.path)
    bodies = spec.body_schemas(op)
    body_props: dict[str, list[dict[str, Any]]] = {}
    body_required: set[str] = set()
    for body in bodies:
        for name, schemas in spec.properties(body).items():
            body_props.setdefault(name, []).extend(schemas)
        top = body if isinstance(body, dict) else {}
        if top.get("type") == "array" and isinstance(top.get("items"), dict):
            top = spec.resolve(top["items"])
        body_required.update(str(n) for n in (top.get("required") or []))
    for entry in documented:
        name = str(entry["name"])
        schema: list[dict[str, Any]] = []
        required: bool | None = None
        if name in doc_path_params:
            index = doc_path_params.index(name)
            if index >= len(spec_path_params):
                problems.append(_missing_param(label, name))
                continue
            param = by_name.get(spec_path_params[index], {"required": True})
            schema, required = [param.get("schema", {})], bool(param.get("required", False))
        elif name in spec.signature_params:
            continue  # added by the signer, not an operation parameter (CONVENTIONS.md)
        elif name in by_name:
            param = by_name[name]
            schema, required = [param.get("schema", {})], bool(param.get("required", False))
        elif all(segment in body_props for segment in name.split(".")):
            schema = body_props[name.split(".")[-1]]
            required = name in body_required if "." not in name else None
        else:
            problems.append(_missing_param(label, name))
            continue
        documented_required = entry.get("required")
        stated = required is not None and documented_required is not None and not entry.get("conditional")
        if stated and bool(documented_required) != required:
            said = "required" if documented_required else "optional"
            problems.append(
                Problem(
                    "required-mismatch",
                    label,
                    name,
                    f"parameter {name} is documented as {said} but the spec has required: {str(required).lower()}",
                )
            )
        problems.extend(_compare_enum(spec, label, "parameter", name, entry.get("enum") or [], schema))
    return problems


def _missing_param(label: str, name: str) -> Problem:
    return Problem("missing-parameter", label, name, f"documented parameter {name} is not in the spec")


def _compare_fields(spec: Spec, op: SpecOperation, label: str, documented: list[dict[str, Any]]) -> list[Problem]:
    problems: list[Problem] = []
    props: dict[str, list[dict[str, Any]]] = {}
    for schema in spec.response_schemas(op):
        for name, schemas in spec.properties(schema).items():
            props.setdefault(name, []).extend(schemas)
    for entry in documented:
        name = str(entry["name"])
        missing = [segment for segment in name.split(".") if segment not in props]
        if missing:
            which = f" ({', '.join(missing)} absent)" if "." in name else ""
            problems.append(
                Problem(
                    "missing-field",
                    label,
                    name,
                    f"documented response field {name} is not in the 200 response schema{which}",
                )
            )
            continue
        leaf = name.split(".")[-1]
        problems.extend(_compare_enum(spec, label, "response field", name, entry.get("enum") or [], props[leaf]))
    return problems


def _compare_enum(
    spec: Spec, label: str, what: str, name: str, values: list[Any], schemas: list[dict[str, Any]]
) -> list[Problem]:
    allowed = _enum_union(spec, schemas)
    if allowed is None or not values:
        return []
    return [
        Problem(
            "missing-enum-value",
            label,
            name,
            f"documented value {value} of {what} {name} is not in the spec's enum",
            str(value),
        )
        for value in values
        if str(value) not in allowed
    ]


def venues(root: Path = ROOT) -> list[str]:
    """Every venue (a spec folder), and every folder with only an inventory (a spec without an inventory, or an
    inventory without a spec, fails the check)."""
    orphans = {p.parent.name for p in (root / "specs").glob("*/doc-inventory.yaml")}
    return sorted(set(known_venues(root / "specs")) | orphans)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.docs_check", description=__doc__.splitlines()[0])
    parser.add_argument("venues", nargs="*", help="default: every venue under specs/")
    parser.add_argument("--spec", type=Path, help="spec file to check (one venue only)")
    parser.add_argument("--inventory", type=Path, help="inventory file to check against (one venue only)")
    args = parser.parse_args(argv)
    names: list[str] = args.venues or venues()
    if (args.spec or args.inventory) and len(names) != 1:
        parser.error("--spec/--inventory need exactly one venue")
    failed = False
    for venue in names:
        spec_path = args.spec or ROOT / "specs" / venue / "openapi.yaml"
        inventory_path = args.inventory or ROOT / "specs" / venue / "doc-inventory.yaml"
        for path in (spec_path, inventory_path):
            if not path.exists():
                print(f"docs-check {venue}: FAIL: {path} does not exist")
                failed = True
        if not (spec_path.exists() and inventory_path.exists()):
            continue
        problems, notes = check(venue, spec_path, inventory_path)
        for note in notes:
            print(f"docs-check {venue}: note: {note}")
        if problems:
            failed = True
            print(f"docs-check {venue}: FAIL, {len(problems)} difference(s) between the docs and {spec_path}:")
            for problem in problems:
                print(f"  {problem}")
        else:
            print(f"docs-check {venue}: OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
