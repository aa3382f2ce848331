"""Test cases read from the specs: every money, string and path input of every operation, and every
declared `x-sdk-*` rule, each with a valid call to break (the contract call tables' doc calls, or values
made up from the schema). A parameter added to a spec is covered without touching the tests."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any, Literal

import attrs
from openapi_python_client.strings import PythonIdentifier

from tests.contract.support import load_calls, load_spec, operations, resolve, venues
from tests.contract.test_contract import _kwargs, _method
from venuekit import rules

Kind = Literal["money", "string", "path"]


def py(name: str) -> str:
    return str(PythonIdentifier(name, "field_"))


@dataclass(frozen=True)
class Target:
    """One input to attack: `steps` are wire names from the argument down (`["settlePosition", "size"]`)."""

    venue: str
    operation_id: str
    steps: tuple[str, ...]
    kind: Kind
    schema: dict[str, Any] = field(compare=False, repr=False)
    list_arg: bool = False  # the argument is a list (of models or of scalars)
    body_list: str = ""  # python name of an argument that is the whole JSON-array body

    @property
    def id(self) -> str:
        return f"{self.venue}.{self.operation_id}.{'.'.join(self.steps)}"

    @property
    def parameter(self) -> str:
        """How ValidationError names it: `price`, `symbols[0]`, `settle_position[0].size`."""
        head = self.body_list or py(self.steps[0])
        rest = self.steps[1:] if not self.body_list else self.steps
        if not self.list_arg:
            return head
        return f"{head}[0]" + "".join(f".{py(step)}" for step in rest)


def _kind(schema: dict[str, Any]) -> Kind | None:
    types = schema.get("type")
    types = [types] if isinstance(types, str) else list(types or [])
    if schema.get("format") == "decimal" or types == ["number"]:
        return "money"
    if types == ["string"] and "enum" not in schema and "format" not in schema:
        return "string"
    return None


def _body(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any] | None:
    content = op.get("requestBody", {}).get("content", {})
    return resolve(spec, next(iter(content.values()))["schema"]) if content else None


def targets() -> list[Target]:
    found: list[Target] = []
    for venue in venues():
        spec = load_spec(venue)
        for op_id, (_, _, item, op) in operations(spec).items():
            for param in [resolve(spec, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]:
                schema = resolve(spec, param.get("schema", {}))
                steps = (param["name"],)
                if param["in"] == "path":
                    found.append(Target(venue, op_id, steps, "path", schema))
                items = resolve(spec, schema.get("items", {})) if schema.get("type") == "array" else None
                kind = _kind(items if items is not None else schema)
                if kind is not None:
                    found.append(Target(venue, op_id, steps, kind, schema, list_arg=items is not None))
            body = _body(spec, op)
            if body is None:
                continue
            if body.get("type") == "array":
                name = op.get("x-sdk-body-name", "items")
                for prop, sub in resolve(spec, body["items"]).get("properties", {}).items():
                    kind = _kind(resolve(spec, sub))
                    if kind is not None:
                        found.append(Target(venue, op_id, (prop,), kind, sub, list_arg=True, body_list=name))
                continue
            for prop, sub in body.get("properties", {}).items():
                sub = resolve(spec, sub)
                if sub.get("type") == "array":
                    inner = resolve(spec, sub.get("items", {}))
                    kind = _kind(inner)
                    if kind is not None:
                        found.append(Target(venue, op_id, (prop,), kind, inner, list_arg=True))
                    for leaf, leaf_schema in inner.get("properties", {}).items():
                        kind = _kind(resolve(spec, leaf_schema))
                        if kind is not None:
                            found.append(Target(venue, op_id, (prop, leaf), kind, leaf_schema, list_arg=True))
                    continue
                kind = _kind(sub)
                if kind is not None:
                    found.append(Target(venue, op_id, (prop,), kind, sub))
    return found


# --- valid calls ---------------------------------------------------------------------------------------
def method_of(client: Any, venue: str, operation_id: str) -> Any:
    return _method(client, venue, operation_id)


def doc_kwargs(client: Any, venue: str, operation_id: str) -> dict[str, Any]:
    """The call table's (valid, documented) keyword arguments for the operation, typed."""
    raw = load_calls(venue)[operation_id].get("kwargs") or {}
    return _kwargs(method_of(client, venue, operation_id), raw)


def valid_raw(spec: dict[str, Any], schema: dict[str, Any]) -> Any:
    """A made-up value that passes the schema, in the call tables' plain form (decimals as strings)."""
    schema = resolve(spec, schema)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    kind = kind[0] if isinstance(kind, list) else kind
    fmt = schema.get("format")
    if fmt in ("unix-ms", "unix-s", "date-time"):
        return dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.timezone.utc)
    if fmt == "decimal" or kind == "number":
        return "1"
    if kind == "integer":
        return max(1, int(schema.get("minimum", 1)))
    if kind == "boolean":
        return True
    if kind == "array":
        return [valid_raw(spec, schema.get("items", {}))]
    if kind == "object" or "properties" in schema:
        props = schema.get("properties", {})
        return {name: valid_raw(spec, props[name]) for name in schema.get("required", [])}
    if "example" in schema:
        return schema["example"]
    if "pattern" in schema and "T" in schema["pattern"]:  # GMO's history timestamps
        return "2024-05-01T10:00:00.000Z"
    return "abc1"


@functools.cache
def wire_schemas(venue: str, operation_id: str) -> dict[str, dict[str, Any]]:
    """Wire name -> schema of every parameter and top-level body field of an operation."""
    spec = load_spec(venue)
    _, _, item, op = operations(spec)[operation_id]
    found = {}
    for param in [resolve(spec, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]:
        found[param["name"]] = dict(param.get("schema", {}), example=param.get("example"))
    body = _body(spec, op)
    if body is not None and body.get("type") != "array":
        found.update(body.get("properties", {}))
    return {k: {kk: vv for kk, vv in v.items() if vv is not None} for k, v in found.items()}


def with_value(method: Any, kwargs: dict[str, Any], target: Target, value: Any) -> dict[str, Any]:
    """`kwargs` with the target input set to `value` (no type coercion: this is where hostile input goes)."""
    kwargs = dict(kwargs)
    spec = load_spec(target.venue)
    if target.body_list:
        orders = kwargs[target.body_list]
        kwargs[target.body_list] = [attrs.evolve(orders[0], **{py(target.steps[0]): value}), *orders[1:]]
        return kwargs
    arg = py(target.steps[0])
    if not target.list_arg:
        kwargs[arg] = value
    elif len(target.steps) == 1:
        kwargs[arg] = [value]
    else:
        current = kwargs.get(arg)
        if not current:
            schema = wire_schemas(target.venue, target.operation_id)[target.steps[0]]
            current = _kwargs(method, {arg: valid_raw(spec, schema)})[arg]
        kwargs[arg] = [attrs.evolve(current[0], **{py(target.steps[1]): value}), *current[1:]]
    return kwargs


# --- declared rules -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class RuleCase:
    venue: str
    operation_id: str
    rule: rules.Rule
    nested: str = ""  # python name of a list argument whose items the rule is about

    @property
    def id(self) -> str:
        kind = type(self.rule).__name__
        return f"{self.venue}.{self.operation_id}.{kind}({','.join(rules.names([self.rule]))})"


def rule_cases() -> list[RuleCase]:
    found = []
    for venue in venues():
        spec = load_spec(venue)
        for op_id, (_, _, _, op) in operations(spec).items():
            body = _body(spec, op)
            declared = rules.from_spec(body) if body is not None and body.get("type") != "array" else []
            declared += rules.from_spec(op)
            found += [RuleCase(venue, op_id, rule) for rule in declared]
            if body is not None and body.get("type") == "array":
                item = resolve(spec, body["items"])
                found += [
                    RuleCase(venue, op_id, rule, op.get("x-sdk-body-name", "items")) for rule in rules.from_spec(item)
                ]
    return found
