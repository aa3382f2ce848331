"""`venuekit check-live <venue>`: does the venue still answer what its spec says?

Every public read-only operation (unsigned, GET, not a placement) is called through the venue's own client with
the parameters its spec documents (`example` on each parameter), and the reply is compared with the operation's
200 response schema in the spec:

- **new field**: an object member the schema does not describe (where it lists its members);
- **missing field**: a member the schema requires that is absent;
- **type changed**: a value of another JSON type than documented, or one that does not fit its `format`
  (a decimal that is not a number, a time that is not a time);
- **new value**: a value outside a documented `enum` / `const`;
- **not decodable**: the generated client could not turn the reply into its typed result.

Findings inside lists are reported once per place (`data[].ask`). A venue error, a timeout or a refused
connection is a failed check, not drift. Needs the specs reader (PyYAML: `pip install 'venuekit[sandbox]'`).
"""

from __future__ import annotations

import dataclasses
import datetime
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, TextIO

from venuekit.errors import VenueError

from .catalog import OperationInfo, UsageError, operations
from .output import cell, table, to_json


@dataclass(frozen=True)
class Finding:
    path: str
    kind: str
    detail: str


@dataclass
class Checked:
    operation: str
    arguments: dict[str, Any]
    result: str = "ok"  # ok | DRIFT | FAILED | SKIPPED
    findings: list[Finding] = field(default_factory=list)
    error: str = ""
    ms: float = 0.0


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, Decimal):
        return "integer" if value == value.to_integral_value() and "." not in str(value) else "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object" if isinstance(value, dict) else type(value).__name__


def _short(value: Any) -> str:
    text = cell(value)
    return text if len(text) <= 40 else text[:39] + "…"


class Comparer:
    """Compares a decoded JSON reply with a JSON schema of the spec (the subset the specs use)."""

    def __init__(self, resolve: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
        self._resolve = resolve

    def schema(self, node: Any) -> dict[str, Any]:
        resolved: dict[str, Any] = self._resolve(node) if isinstance(node, dict) else {}
        if "allOf" not in resolved:
            return resolved
        merged: dict[str, Any] = {k: v for k, v in resolved.items() if k != "allOf"}
        for branch in resolved["allOf"]:
            part = self.schema(branch)
            merged["properties"] = {**part.get("properties", {}), **merged.get("properties", {})}
            merged["required"] = [*merged.get("required", []), *part.get("required", [])]
            merged.update({k: v for k, v in part.items() if k not in merged})  # (members and required: above)
        return merged

    def findings(self, value: Any, node: Any, path: str = "") -> list[Finding]:
        """Every difference between `value` and the schema, deduplicated (list items share `[]`)."""
        seen: dict[tuple[str, str], Finding] = {}
        for finding in self._walk(value, node, path):
            seen.setdefault((finding.path, finding.kind), finding)
        return list(seen.values())

    def _walk(self, value: Any, node: Any, path: str) -> Iterator[Finding]:
        schema = self.schema(node)
        where = path or "(body)"
        branches = schema.get("anyOf") or schema.get("oneOf")
        if branches:
            tried = [self.findings(value, branch, path) for branch in branches]
            if any(not found for found in tried):
                return
            if all(len(found) == 1 and found[0].path == where and found[0].kind == "type changed" for found in tried):
                shapes = " or ".join(self._shape(self.schema(b)) for b in branches)
                yield Finding(where, "type changed", f"documented {shapes}, got {self._got(value)}")
                return
            yield from min(tried, key=len)
            return
        if "enum" in schema and value not in schema["enum"] and str(value) not in map(str, schema["enum"]):
            documented = ", ".join(str(v) for v in schema["enum"])
            yield Finding(where, "new value", f"documented {documented}; got {_short(value)}")
            return
        if "const" in schema and value != schema["const"]:
            yield Finding(where, "new value", f"documented {schema['const']}; got {_short(value)}")
            return
        problem = self._type_problem(value, schema)
        if problem:
            yield Finding(where, "type changed", problem)
            return
        if isinstance(value, dict):
            yield from self._object(value, schema, path)
        elif isinstance(value, list):
            prefix = schema.get("prefixItems")
            for index, item in enumerate(value):
                if prefix is not None and index < len(prefix):
                    yield from self._walk(item, prefix[index], f"{path}[{index}]")
                elif prefix is not None and schema.get("items") is False:
                    yield Finding(
                        f"{path}[{index}]", "new field", f"an item the documented tuple lacks: {_short(item)}"
                    )
                elif "items" in schema and schema["items"] is not False:
                    yield from self._walk(item, schema["items"], f"{path}[]")

    def _object(self, value: dict[str, Any], schema: dict[str, Any], path: str) -> Iterator[Finding]:
        properties: dict[str, Any] = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for name in schema.get("required", []):
            if name not in value:
                yield Finding(f"{path}.{name}".lstrip("."), "missing field", "documented as always sent")
        for name, item in value.items():
            where = f"{path}.{name}".lstrip(".")
            if name in properties:
                yield from self._walk(item, properties[name], where)
            elif isinstance(extra, dict):
                yield from self._walk(item, extra, f"{path}.*".lstrip("."))  # a map: any key, documented values
            elif properties or extra is False:
                yield Finding(where, "new field", f"{json_type(item)} {_short(item)}")

    def _type_problem(self, value: Any, schema: dict[str, Any]) -> str:
        declared = schema.get("type")
        if declared is None:
            declared = "object" if "properties" in schema else "array" if "items" in schema else None
        allowed = [declared] if isinstance(declared, str) else list(declared or [])
        got = json_type(value)
        if allowed and got not in allowed and not (got == "integer" and "number" in allowed):
            return f"documented {self._shape(schema)}, got {self._got(value)}"
        return self._format_problem(value, schema)

    def _format_problem(self, value: Any, schema: dict[str, Any]) -> str:
        kind = schema.get("format")
        if value is None or kind is None:
            return ""
        if kind == "decimal":
            if value == "" and schema.get("x-sdk-empty", "absent") is None:
                return ""
            try:
                number = Decimal(value) if isinstance(value, str) else value
            except InvalidOperation:
                number = None
            if not isinstance(number, Decimal | int) or isinstance(number, bool) or not Decimal(number).is_finite():
                return f"documented a decimal, got {self._got(value)}"
        elif kind == "date-time":
            try:
                datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
            except ValueError:
                return f"documented an ISO-8601 time, got {self._got(value)}"
        elif kind in ("unix-ms", "unix-s"):
            try:
                Decimal(str(value))
            except InvalidOperation:
                return f"documented epoch time ({kind}), got {self._got(value)}"
        return ""

    def _shape(self, schema: dict[str, Any]) -> str:
        declared = schema.get("type", "object" if "properties" in schema else "array" if "items" in schema else "any")
        text = " or ".join(declared) if isinstance(declared, list) else str(declared)
        return f"{text} ({schema['format']})" if "format" in schema else text

    def _got(self, value: Any) -> str:
        return f"{json_type(value)} {_short(value)}"


# --- running the checks --------------------------------------------------------------------------------
def examples(spec_operation: dict[str, Any], resolve: Callable[[dict[str, Any]], dict[str, Any]]) -> dict[str, Any]:
    """Wire name -> the documented `example` of each parameter that has one, as the client takes it (epoch and
    ISO times as aware datetimes)."""
    found = {}
    for parameter in spec_operation.get("parameters", []):
        parameter = resolve(parameter)
        schema = resolve(parameter.get("schema", {}))
        example = parameter.get("example", schema.get("example"))
        if example is not None:
            found[parameter["name"]] = _argument(example, schema.get("format"))
    return found


def _argument(example: Any, kind: str | None) -> Any:
    if kind in ("unix-ms", "unix-s"):
        seconds = Decimal(str(example)) / (1000 if kind == "unix-ms" else 1)
        return datetime.datetime.fromtimestamp(float(seconds), tz=datetime.timezone.utc)
    if kind == "date-time" and isinstance(example, str):
        return datetime.datetime.fromisoformat(example.replace("Z", "+00:00"))
    return example


def check_live(
    venue: str,
    *,
    base_url: str | None,
    environment: str | None,
    only: list[str],
    progress: TextIO,
    client_options: dict[str, Any] | None = None,
) -> list[Checked]:
    """Call and compare every public read-only operation of `venue`; one progress line per operation."""
    import importlib

    from venuekit.sandbox.spec import load_spec  # PyYAML: MissingExtraError names the extra

    spec = load_spec(venue)
    raw: dict[str, dict[str, Any]] = {}
    for item in spec.document["paths"].values():
        if "get" in item:  # only GET operations are checked (OperationInfo.public_read)
            op = item["get"]
            raw[op["operationId"]] = {**op, "parameters": [*item.get("parameters", []), *op.get("parameters", [])]}
    chosen = [info for info in operations(venue) if info.public_read]
    if only:
        unknown = [name for name in only if name not in {i.name for i in chosen}]
        if unknown:
            names = ", ".join(i.name for i in chosen)
            raise UsageError(f"not a public read-only operation of {venue}: {', '.join(unknown)}; they are: {names}")
        chosen = [info for info in chosen if info.name in only]
    comparer = Comparer(spec.resolve)
    package: Any = importlib.import_module(f"venuekit.{venue}")
    results = []
    with package.Client(base_url=base_url, environment=environment, **(client_options or {})) as client:
        where = client.base_url
        print(f"checking {venue} at {where}: {len(chosen)} public read-only operations", file=progress, flush=True)
        for number, info in enumerate(chosen, 1):
            documented = raw[info.operation.operation_id]
            checked = _check_one(client, info, documented, comparer, spec.resolve)
            results.append(checked)
            shown = " ".join(f"{k}={cell(v)}" for k, v in checked.arguments.items())
            outcome = checked.result if checked.result != "DRIFT" else f"DRIFT ({len(checked.findings)} findings)"
            detail = f": {checked.error}" if checked.error else ""
            line = f"  [{number}/{len(chosen)}] {info.name} {shown}".rstrip()
            print(f"{line} ... {outcome} ({checked.ms:.0f} ms){detail}", file=progress, flush=True)
    return results


def _check_one(
    client: Any,
    info: OperationInfo,
    documented: dict[str, Any],
    comparer: Comparer,
    resolve: Callable[[dict[str, Any]], dict[str, Any]],
) -> Checked:
    wire = examples(documented, resolve)
    arguments = {info.param(name).name: value for name, value in wire.items()}
    checked = Checked(info.name, arguments)
    missing = [p.name for p in info.params if p.required and p.name not in arguments]
    if missing:
        checked.result, checked.error = "SKIPPED", f"no documented example for {', '.join(missing)}"
        return checked
    schema = documented.get("responses", {}).get("200", {}).get("content", {}).get("application/json", {})
    started = time.perf_counter()
    try:
        call = info.module.request(**arguments)
        body = client.send(dataclasses.replace(call, parse=lambda body: body)).parsed
    except VenueError as exc:
        checked.ms = (time.perf_counter() - started) * 1000
        checked.result, checked.error = "FAILED", f"{type(exc).__name__}: {exc}"
        return checked
    checked.ms = (time.perf_counter() - started) * 1000
    checked.findings = comparer.findings(body, schema.get("schema", {}))
    try:
        call.parse(body)
    except (LookupError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError) as exc:
        detail = f"missing field {exc.args[0]!r}" if isinstance(exc, KeyError) else str(exc)
        checked.findings.append(Finding("(body)", "not decodable", f"the typed client refuses it: {detail}"))
    if checked.findings:
        checked.result = "DRIFT"
    return checked


def report(results: list[Checked]) -> str:
    rows = []
    for checked in results:
        if not checked.findings:
            rows.append([checked.operation, checked.result, "", checked.error])
        for finding in checked.findings:
            rows.append([checked.operation, checked.result, finding.path, f"{finding.kind}: {finding.detail}"])
    drifted = sum(c.result == "DRIFT" for c in results)
    failed = sum(c.result == "FAILED" for c in results)
    skipped = sum(c.result == "SKIPPED" for c in results)
    ok = len(results) - drifted - failed - skipped
    summary = f"{len(results)} operations: {ok} as documented, {drifted} drifted, {failed} failed, {skipped} skipped"
    return table(["operation", "result", "where", "finding"], rows) + "\n\n" + summary


def as_json(venue: str, results: list[Checked]) -> str:
    return to_json(
        {
            "venue": venue,
            "operations": [
                {
                    "operation": c.operation,
                    "arguments": c.arguments,
                    "result": c.result.lower(),
                    "error": c.error or None,
                    "findings": [dataclasses.asdict(f) for f in c.findings],
                }
                for c in results
            ],
        }
    )


def exit_status(results: list[Checked]) -> int:
    """1 when anything drifted; else 3 when a check could not be made; else 0."""
    if any(c.result == "DRIFT" for c in results):
        return 1
    return 3 if any(c.result == "FAILED" for c in results) else 0
