"""Request validation against the spec: the subset of JSON Schema the venue specs use.

A request either yields its business parameters (typed: `int`, `Decimal`, `bool`, lists, JSON values)
or the first `Problem`, which the venue adapter turns into the venue's own error reply.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal
from urllib.parse import parse_qsl

from ..rules import Rule, first_broken, from_spec
from .spec import Operation, Spec

_INTEGER = re.compile(r"-?\d+")
_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_UNSENDABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass(frozen=True)
class Problem:
    """Why a request was refused. `name` is the wire name (`side`, `orderIdList[0].symbol`); `code` is the
    venue's error code the spec declares for the broken rule, if any."""

    name: str
    kind: Literal["missing", "invalid"]
    detail: str
    code: str | None = None

    @property
    def leaf(self) -> str:
        """The innermost field name: `orderIdList[0].symbol` -> `symbol`."""
        parts = [part for part in re.split(r"[.\[\]]", self.name) if part and not part.isdigit()]
        return parts[-1] if parts else self.name


class Invalid(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.detail)
        self.problem = problem


def loads(data: bytes) -> Any:
    """JSON with exact decimals."""
    return json.loads(data, parse_float=Decimal)


def validate(
    spec: Spec,
    op: Operation,
    query: Sequence[tuple[str, str]],
    path_params: dict[str, str],
    body: bytes,
    ignore: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """The operation's parameters from the request, typed; raises `Invalid` with the first problem.

    Names in `ignore` (signature parameters such as HashKey's `timestamp`) are never business parameters.
    JSON bodies that are not objects are returned under the key `""`.
    """
    values: dict[str, Any] = {}
    checker = _Checker(spec)
    for param in op.parameters:
        if param.location == "path":
            raw = [path_params[param.name]] if param.name in path_params else []
        elif param.location == "query":
            raw = [v for k, v in query if k == param.name]
        else:
            continue
        if not raw or (raw == [""] and param.location == "query"):
            if param.required:
                raise Invalid(Problem(param.name, "missing", f"{param.name} is required"))
            continue
        values[param.name] = checker.text(param.name, raw, param.schema, param.explode)
    if op.body_type is not None and op.body_schema is not None:
        if not body.strip():
            if op.body_required:
                schema = spec.resolve(op.body_schema)
                first = next(iter(schema.get("required", [])), "body")
                raise Invalid(Problem(first, "missing", "the request body is required"))
        elif op.body_type == "json":
            try:
                document = loads(body)
            except ValueError:
                raise Invalid(Problem("body", "invalid", "the body is not valid JSON")) from None
            checker.json("", document, op.body_schema)
            if isinstance(document, dict):
                values.update(document)
            else:
                values[""] = document
        else:
            pairs = [(k, v) for k, v in parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)]
            values.update(checker.form(pairs, op.body_schema, ignore))
    _follow(op.rules, values)
    return values


def _follow(rules: Sequence[Rule], values: dict[str, Any], prefix: str = "") -> None:
    broken = first_broken(rules, values)
    if broken is not None:
        kind: Literal["missing", "invalid"] = "missing" if broken.missing else "invalid"
        name = prefix + broken.name
        raise Invalid(Problem(name, kind, f"{name}: {broken.problem}", broken.code))


class _Checker:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        limits = spec.sdk.get("request-limits") or {}
        self.max_length: int | None = limits.get("max-length")
        self.max_digits: dict[str, int] | None = limits.get("max-digits")

    # --- values that arrive as text (query string, path, form body) ---------------------------------
    def text(self, name: str, raw: list[str], schema: dict[str, Any], explode: bool) -> Any:
        schema = self.spec.resolve(schema)
        if "array" in _types(schema):
            items = raw if explode else [part for value in raw for part in value.split(",")]
            values = [self._scalar(f"{name}[{i}]", item, schema.get("items", {})) for i, item in enumerate(items)]
            self._array_limits(name, values, schema)
            return values
        return self._scalar(name, raw[-1], schema)

    def form(self, pairs: list[tuple[str, str]], schema: dict[str, Any], ignore: frozenset[str]) -> dict[str, Any]:
        schema = self.spec.resolve(schema)
        props = schema.get("properties", {})
        values: dict[str, Any] = {}
        for key, value in pairs:
            if key in ignore:
                continue
            values[key] = self._scalar(key, value, props[key]) if key in props else value
        for required in schema.get("required", []):
            if values.get(required) in (None, ""):
                raise Invalid(Problem(required, "missing", f"{required} is required"))
        _follow(self._rules(schema), values)
        return values

    def _rules(self, schema: dict[str, Any]) -> list[Rule]:
        return from_spec(schema)

    def _scalar(self, name: str, text: str, schema: dict[str, Any]) -> Any:
        schema = self.spec.resolve(schema)
        types = _types(schema)
        value: Any = text
        if types and "string" not in types:
            if "integer" in types and _INTEGER.fullmatch(text) and len(text) <= 20:
                value = int(text)
            elif "number" in types and _DECIMAL.fullmatch(text):
                value = Decimal(text)
            elif "boolean" in types and text in ("true", "false"):
                value = text == "true"
            else:
                raise Invalid(Problem(name, "invalid", f"{name}: {text!r} is not {' or '.join(types)}"))
        self._common(name, value, schema)
        return value

    # --- JSON bodies --------------------------------------------------------------------------------
    def json(self, name: str, value: Any, schema: dict[str, Any]) -> None:
        schema = self.spec.resolve(schema)
        label = name or "body"
        for key in ("oneOf", "anyOf"):
            if key in schema:
                for option in schema[key]:
                    try:
                        self.json(name, value, option)
                        break
                    except Invalid:
                        continue
                else:
                    raise Invalid(Problem(label, "invalid", f"{label}: matches none of the allowed shapes"))
        for part in schema.get("allOf", []):
            self.json(name, value, part)
        types = _types(schema)
        if types and not any(_is(value, t) for t in types):
            raise Invalid(Problem(label, "invalid", f"{label}: expected {' or '.join(types)}"))
        if isinstance(value, dict):
            for required in schema.get("required", []):
                if value.get(required) is None:
                    path = f"{name}.{required}" if name else required
                    raise Invalid(Problem(path, "missing", f"{path} is required"))
            for key, sub in schema.get("properties", {}).items():
                if key in value and value[key] is not None:
                    self.json(f"{name}.{key}" if name else key, value[key], sub)
            _follow(self._rules(schema), value, f"{name}." if name else "")
        elif isinstance(value, list):
            self._array_limits(label, value, schema)
            for i, item in enumerate(value):
                self.json(f"{name}[{i}]", item, schema.get("items", {}))
        else:
            self._common(label, value, schema)

    # --- shared -------------------------------------------------------------------------------------
    def _common(self, name: str, value: Any, schema: dict[str, Any]) -> None:
        if "enum" in schema:
            allowed = schema["enum"]
            if value not in ([str(a) for a in allowed] if isinstance(value, str) else allowed):
                raise Invalid(Problem(name, "invalid", f"{name}: {value!r} is not one of {allowed}"))
        if isinstance(value, str):
            max_length = schema.get("maxLength", self.max_length)
            if max_length is not None and len(value) > max_length:
                raise Invalid(Problem(name, "invalid", f"{name}: longer than {max_length}"))
            if _UNSENDABLE.search(value):
                raise Invalid(Problem(name, "invalid", f"{name}: control character or lone surrogate"))
            if schema.get("format") == "decimal":
                if not _DECIMAL.fullmatch(value):
                    raise Invalid(Problem(name, "invalid", f"{name}: {value!r} is not a decimal number"))
                value = Decimal(value)  # bounds and digits below apply to the number
            else:
                if "minLength" in schema and len(value) < schema["minLength"]:
                    raise Invalid(Problem(name, "invalid", f"{name}: shorter than {schema['minLength']}"))
                if "pattern" in schema and not re.search(schema["pattern"], value):
                    raise Invalid(Problem(name, "invalid", f"{name}: does not match {schema['pattern']}"))
        if isinstance(value, int | Decimal) and not isinstance(value, bool):
            if "minimum" in schema and value < schema["minimum"]:
                raise Invalid(Problem(name, "invalid", f"{name}: below {schema['minimum']}"))
            if "maximum" in schema and value > schema["maximum"]:
                raise Invalid(Problem(name, "invalid", f"{name}: above {schema['maximum']}"))
            if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
                raise Invalid(Problem(name, "invalid", f"{name}: must be above {schema['exclusiveMinimum']}"))
            if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
                raise Invalid(Problem(name, "invalid", f"{name}: must be below {schema['exclusiveMaximum']}"))
            if schema.get("format") == "decimal":
                self._digits(name, Decimal(value), schema.get("x-sdk-max-digits") or self.max_digits)

    def _digits(self, name: str, value: Decimal, bound: dict[str, int] | None) -> None:
        if bound is None or not value.is_finite():
            return
        _, digits, exponent = value.as_tuple()
        assert isinstance(exponent, int)
        if max(len(digits) + exponent, 1) > bound["integer"] or max(-exponent, 0) > bound["fraction"]:
            raise Invalid(Problem(name, "invalid", f"{name}: more digits than {bound['integer']}.{bound['fraction']}"))

    def _array_limits(self, name: str, values: list[Any], schema: dict[str, Any]) -> None:
        if len(values) < schema.get("minItems", 0):
            raise Invalid(Problem(name, "missing" if not values else "invalid", f"{name}: too few items"))
        if "maxItems" in schema and len(values) > schema["maxItems"]:
            raise Invalid(Problem(name, "invalid", f"{name}: more than {schema['maxItems']} items"))


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if kind is None:
        return []
    return [kind] if isinstance(kind, str) else list(kind)


def _is(value: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | Decimal) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return kind == "null" and value is None
