"""The REST part of a venue package: specs/<venue>/openapi.yaml -> generated/<package>/ (run by `make generate`).

openapi-python-client parses the spec and renders models; our templates (generator/templates)
replace its endpoint modules, client and errors with ones built on the shared runtime `venuekit`.
"""

from __future__ import annotations

import copy
import importlib
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from generator import ROOT, extensions
from generator.templating import TEMPLATES, configure, text
from venuekit import rules as request_rules

extensions.install()

from openapi_python_client import Project  # noqa: E402
from openapi_python_client.config import Config, ConfigFile, MetaType  # noqa: E402
from openapi_python_client.parser import GeneratorData  # noqa: E402
from openapi_python_client.parser.errors import ErrorLevel  # noqa: E402
from openapi_python_client.parser.properties import (  # noqa: E402
    EnumProperty,
    ModelProperty,
)
from openapi_python_client.parser.properties.list_property import ListProperty  # noqa: E402
from openapi_python_client.strings import PythonIdentifier  # noqa: E402

CATEGORY_CLASSES = {
    "authentication": "AuthenticationError",
    "clock_skew": "ClockSkewError",
    "permission": "PermissionDeniedError",
    "rate_limit": "RateLimitError",
    "insufficient_funds": "InsufficientFundsError",
    "invalid_parameter": "InvalidParameterError",
    "order_rejected": "OrderRejectedError",
    "not_found": "NotFoundError",
    "maintenance": "MaintenanceError",
    "server": "ServerError",
}


_SIMPLE_CHECKS = {
    "StringProperty": "check.string",
    "IntProperty": "check.integer",
    "BooleanProperty": "check.boolean",
    "DecimalProperty": "check.decimal",
    "IntegerProperty": "check.integer",
    "DateTimeProperty": "check.datetime",
    "UnixTimeProperty": "check.datetime",
}


_SCALAR_LIMITS = (
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
)
_LIMIT_ARGS = {
    "pattern": "pattern",
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
    "minLength": "min_length",
    "maxLength": "max_length",
    "minItems": "min_items",
    "maxItems": "max_items",
}


_SCALES = {"unix-ms": 1000, "unix-s": 1}


def _limits(schema: dict[str, Any], keys: tuple[str, ...]) -> str:
    """`, key=value` keyword arguments for the limits a schema sets (repr keeps them exact)."""
    return "".join(f", {_LIMIT_ARGS[k]}={schema[k]!r}" for k in keys if k in schema)


class SpecError(Exception):
    pass


def _frozenset(codes: tuple[str, ...]) -> str:
    """Source of a frozenset of strings, sorted so that `make generate` is byte-identical every run."""
    return "frozenset({" + ", ".join(repr(c) for c in sorted(codes)) + "})" if codes else "frozenset()"


@dataclass
class Input:
    """One keyword argument of a facade method."""

    python_name: str
    wire_name: str
    location: str  # query | path | body | body_list (the whole body is one JSON array)
    required: bool
    hint: str
    checked: str  # expression: the argument, checked (and normalized, e.g. str -> Decimal)
    description: str
    wire: str = ""  # expression for the checked value as a query/path string


@dataclass
class Output:
    type: str
    parse: str  # body of `_parse(body)`


def _code(value: Any) -> str:
    return str(value.as_unembedded_code()) if hasattr(value, "as_unembedded_code") else str(value)


def _ok_response(endpoint: Any) -> Any:
    """The property the 200 response parses into."""
    for response in endpoint.responses.patterns:
        if str(response.status_code.pattern) == "200":
            return response.prop
    raise SpecError(f"{endpoint.name}: no 200 response")


def _class_names(prop: Any) -> set[str]:
    if isinstance(prop, EnumProperty | ModelProperty):
        return {prop.class_info.name}
    if isinstance(prop, ListProperty):
        return _class_names(prop.inner_property)
    names: set[str] = set()
    for inner in getattr(prop, "inner_properties", None) or []:
        names |= _class_names(inner)
    return names


class Venue:
    def __init__(self, package: str, spec_path: Path | None = None) -> None:
        self.package = package
        self.spec_path = spec_path or ROOT / "specs" / package / "openapi.yaml"
        self.spec: dict[str, Any] = yaml.safe_load(self.spec_path.read_text(encoding="utf-8"))
        self.sdk: dict[str, Any] = self.spec["info"]["x-sdk"]
        self.by_name: dict[str, tuple[str, str]] = {}
        for path, item in self.spec["paths"].items():
            for method, operation in item.items():
                if isinstance(operation, dict) and "operationId" in operation:
                    name = str(PythonIdentifier(operation["operationId"], "field_"))
                    self.by_name[name] = (path, method)
        self.checkers: dict[str, str] = {}
        self.models: dict[str, ModelProperty] = {}
        """Module-level checkers of the endpoint being rendered: name -> expression, dependencies first."""
        limits = self.sdk.get("request-limits") or {}
        self.max_length: int | None = limits.get("max-length")
        self.max_digits: dict[str, int] | None = limits.get("max-digits")

    def check_hooks(self) -> None:
        """`info.x-sdk.hooks` names an importable module that holds the declared `auth` class and `envelope`
        function, and `sandbox` (when declared) is `module:Class`: a typo fails here, not when a user imports
        the package."""
        where = f"{self.package}: info.x-sdk"
        module_name = self.sdk.get("hooks")
        if not isinstance(module_name, str) or not all(part.isidentifier() for part in module_name.split(".")):
            raise SpecError(f"{where}.hooks must name the venue's hook module (e.g. venuekit.auth.{self.package})")
        try:
            module = importlib.import_module(module_name)
        except ImportError as exc:
            raise SpecError(f"{where}.hooks: cannot import {module_name}: {exc}") from None
        for key in ("auth", "envelope"):
            name = self.sdk.get(key)
            if name is None and key == "envelope":
                continue
            if not isinstance(name, str) or not callable(getattr(module, name, None)):
                raise SpecError(f"{where}.{key}: {module_name} has no {name!r}")
        sandbox = self.sdk.get("sandbox")
        if sandbox is not None and (not isinstance(sandbox, str) or sandbox.count(":") != 1):
            raise SpecError(f"{where}.sandbox must be 'module:AdapterClass', got {sandbox!r}")

    def check_paper(self) -> None:
        """`info.x-sdk.paper.book` (a venue whose books are polled for paper trading) names an operation of the
        spec, one of its parameters for the symbol, a positive interval, only its parameters in `params`, and
        the operation says where its reply keeps the levels (`x-sdk-order-book` with bids, asks, price, size)."""
        book = (self.sdk.get("paper") or {}).get("book")
        if book is None:
            return
        where = f"{self.package}: info.x-sdk.paper.book"
        unknown = sorted(set(book) - {"operation", "symbol-param", "interval", "params"})
        if unknown:
            raise SpecError(f"{where}: unknown keys {unknown}")
        operation = None
        for item in self.spec["paths"].values():
            for candidate in item.values():
                if isinstance(candidate, dict) and candidate.get("operationId") == book.get("operation"):
                    operation = candidate
        if operation is None:
            raise SpecError(f"{where}.operation: {book.get('operation')!r} is not an operation of the spec")
        names = {p.get("name") for p in operation.get("parameters", []) if isinstance(p, dict)}
        if book.get("symbol-param") not in names:
            raise SpecError(f"{where}.symbol-param: {book.get('symbol-param')!r} is not a parameter of the operation")
        interval = book.get("interval")
        if isinstance(interval, bool) or not isinstance(interval, int | float) or interval <= 0:
            raise SpecError(f"{where}.interval: expected a positive number of seconds, got {interval!r}")
        extra = sorted(set(book.get("params") or {}) - names)
        if extra:
            raise SpecError(f"{where}.params: {extra} are not parameters of the operation")
        levels = operation.get("x-sdk-order-book") or {}
        missing = [key for key in ("bids", "asks", "price", "size") if key not in levels]
        if missing:
            raise SpecError(f"{where}: {book['operation']} has no x-sdk-order-book with {', '.join(missing)}")

    # --- raw-spec facts openapi-python-client does not keep -------------------------------------
    def raw_operation(self, endpoint: Any) -> tuple[dict[str, Any], dict[str, Any]]:
        path, method = self.by_name[_code(endpoint.name)]
        path_item = self.spec["paths"][path]
        return path_item, path_item[method]

    def operation_id(self, endpoint: Any) -> str:
        _, operation = self.raw_operation(endpoint)
        return str(operation["operationId"])

    def wire_path(self, endpoint: Any) -> str:
        """The path as the spec writes it (openapi-python-client snake-cases its parameters)."""
        return self.by_name[_code(endpoint.name)][0]

    def prefix(self, endpoint: Any) -> str:
        path_item, operation = self.raw_operation(endpoint)
        servers = operation.get("servers") or path_item.get("servers") or self.spec.get("servers") or []
        prefixes = {urlsplit(s["url"]).path.rstrip("/") for s in servers}
        if len(prefixes) > 1:
            raise SpecError(f"{endpoint.name}: servers disagree on the path prefix: {sorted(prefixes)}")
        return prefixes.pop() if prefixes else ""

    def signed(self, endpoint: Any) -> bool:
        _, operation = self.raw_operation(endpoint)
        security = operation.get("security", self.spec.get("security", []))
        return any(requirement for requirement in security)

    def retry(self, endpoint: Any) -> bool:
        """Whether a failure may be retried, from `x-sdk-retry`: GET and DELETE are safe by default,
        anything else only when the spec says `safe`. Placements follow `x-sdk-placement` instead."""
        _, operation = self.raw_operation(endpoint)
        rule = operation.get("x-sdk-retry")
        if "x-sdk-placement" in operation:
            if rule is not None:
                raise SpecError(f"{endpoint.name}: x-sdk-placement decides resends; drop x-sdk-retry")
            return False
        if rule is None:
            return bool(endpoint.method.upper() in ("GET", "DELETE"))
        if rule in ("safe", "never"):
            return bool(rule == "safe")
        raise SpecError(f"{endpoint.name}: x-sdk-retry must be safe or never (placements: x-sdk-placement)")

    def placement(self, endpoint: Any, inputs: list[Input]) -> dict[str, str] | None:
        """`Placement(...)` facts for an operation that places or moves money (`x-sdk-placement`).

        Checked here so that a spec cannot declare a rule the runtime would misread: the key is one of
        the operation's parameters, a whole-life scope names the venue's duplicate code, every code is
        documented, and the lookup is an operation that needs nothing but the key.
        """
        _, operation = self.raw_operation(endpoint)
        rule = operation.get("x-sdk-placement")
        if rule is None:
            return None
        where = f"{endpoint.name}: x-sdk-placement"
        extra = set(rule) - {"key", "key-scope", "duplicate-codes", "unknown-codes", "lookup", "evidence"}
        if extra:
            raise SpecError(f"{where}: unknown keys {sorted(extra)}")
        scope = rule.get("key-scope")
        if scope not in ("lifetime", "active", "none"):
            raise SpecError(f"{where}: key-scope must be lifetime, active or none")
        if not str(rule.get("evidence", "")).strip():
            raise SpecError(f"{where}: evidence (what the venue documents about the key) is required")
        names = {i.wire_name: i.python_name for i in inputs}
        key = rule.get("key")
        if key is not None and key not in names:
            raise SpecError(f"{where}: key {key!r} is not a parameter")
        if key is None and (scope != "none" or "lookup" in rule):
            raise SpecError(f"{where}: key-scope {scope} and lookup need a key")
        duplicate = tuple(str(c) for c in rule.get("duplicate-codes", []))
        unknown = tuple(str(c) for c in rule.get("unknown-codes", []))
        if scope == "lifetime" and not duplicate:
            raise SpecError(f"{where}: a whole-life key needs the venue's duplicate-codes")
        documented = {str(e["code"]) for e in self.spec["info"].get("x-error-codes", [])}
        for code in duplicate + unknown:
            if code not in documented:
                raise SpecError(f"{where}: code {code!r} is not in info.x-error-codes")
        facts = {
            "key": repr(key),
            "key_python": names[key] if key is not None else "",
            "scope": repr(scope),
            "duplicate": _frozenset(duplicate),
            "unknown": _frozenset(unknown),
            "lookup": "None",
        }
        lookup = rule.get("lookup")
        if lookup:
            target = self._raw_by_id(lookup.get("operation"), where)
            parameter = lookup.get("parameter")
            accepts = self._raw_inputs(target)
            if parameter not in accepts:
                raise SpecError(f"{where}: lookup parameter {parameter!r} is not one of {lookup['operation']}'s")
            needed = sorted(name for name, required in accepts.items() if required and name != parameter)
            if needed:
                raise SpecError(f"{where}: lookup {lookup['operation']} also requires {needed}")
            match = lookup.get("match")
            facts.update(
                lookup="Lookup("
                + repr(lookup["operation"])
                + ", _lookup"
                + (f", match={str(PythonIdentifier(match, 'field_'))!r}" if match else "")
                + ")",
                lookup_tag=str(target["tags"][0]),
                lookup_module=str(PythonIdentifier(target["operationId"], "field_")),
                lookup_parameter=str(PythonIdentifier(parameter, "field_")),
            )
        return facts

    def _raw_by_id(self, operation_id: object, where: str) -> dict[str, Any]:
        for item in self.spec["paths"].values():
            for operation in item.values():
                if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                    return operation
        raise SpecError(f"{where}: lookup operation {operation_id!r} is not in the spec")

    def _raw_inputs(self, operation: dict[str, Any]) -> dict[str, bool]:
        """Wire name -> required, for an operation's parameters and body properties (raw spec)."""
        found = {p["name"]: bool(p.get("required")) for p in (self.deref(p) for p in operation.get("parameters", []))}
        body = operation.get("requestBody")
        if body:
            schema = self._body_schema(operation)
            required = set(schema.get("required", []))
            found.update({name: name in required for name in schema.get("properties", {})})
        return found

    def rules(self, endpoint: Any) -> dict[str, Any] | None:
        """The operation's `x-sdk-*` rules (on the operation and on its body schema), for `check.rules`.

        {"code": a tuple expression of venuekit.rules objects named by Python argument, "names": the
        arguments they read}; None when there are none.
        """
        _, operation = self.raw_operation(endpoint)
        inputs = self.inputs(endpoint)
        names = {i.wire_name: i.python_name for i in inputs if i.location != "body_list"}
        formats = self._formats(operation)
        declared = []
        if operation.get("requestBody"):
            body = self._body_schema(operation)
            if body.get("type") == "object" or "properties" in body:
                declared = self._declared(body, formats, str(endpoint.name))
        # the body's own rules first, as the sandbox meets them while reading the body
        declared += self._declared(operation, formats, str(endpoint.name))
        if not declared:
            return None
        return self._rules_code(declared, names, str(endpoint.name))

    def _declared(self, node: dict[str, Any], formats: dict[str, str], where: str) -> list[request_rules.Rule]:
        try:
            return request_rules.from_spec(node, lambda name: _SCALES.get(formats.get(name, "")))
        except ValueError as exc:
            raise SpecError(f"{where}: {exc}") from None

    def _rules_code(self, declared: list[request_rules.Rule], names: dict[str, str], where: str) -> dict[str, Any]:
        unknown = [n for n in request_rules.names(declared) if n not in names]
        if unknown:
            raise SpecError(f"{where}: x-sdk rules name unknown parameters: {unknown}")
        renamed = [rule.renamed(names) for rule in declared]
        code = "(" + "".join(f"rules.{rule!r}, " for rule in renamed) + ")"
        return {"code": code, "names": request_rules.names(renamed)}

    def _formats(self, operation: dict[str, Any]) -> dict[str, str]:
        """Wire name -> `format` of every parameter and top-level body field (for epoch-time windows)."""
        result = {}
        for param in operation.get("parameters", []):
            param = self.deref(param)
            result[param["name"]] = self.deref(param.get("schema", {})).get("format", "")
        if operation.get("requestBody"):
            for name, schema in self._body_schema(operation).get("properties", {}).items():
                result[name] = self.deref(schema).get("format", "")
        return result

    def rejection(self, endpoint: Any) -> str:
        """`Rejection(...)` for an operation with `x-sdk-rejection`, else `None`."""
        _, operation = self.raw_operation(endpoint)
        spec = operation.get("x-sdk-rejection")
        if not spec:
            return "None"
        return (
            f"Rejection(at={spec['at']!r}, status={spec['status']!r}, rejected={tuple(spec['rejected'])!r}, "
            f"code={spec['code']!r}, message={spec['message']!r})"
        )

    def credential(self, endpoint: Any) -> str:
        """`x-sdk-credential`: the request parameter or 200-response property carrying a session credential."""
        _, operation = self.raw_operation(endpoint)
        name = operation.get("x-sdk-credential")
        if name is None:
            return ""
        inputs = {i.wire_name for i in self.inputs(endpoint)}
        if not isinstance(name, str) or (name not in inputs and name not in self._response_properties(operation)):
            raise SpecError(f"{endpoint.name}: x-sdk-credential must name a parameter or response property: {name!r}")
        return name

    def _response_properties(self, operation: dict[str, Any]) -> set[str]:
        content = operation.get("responses", {}).get("200", {}).get("content", {})
        schema = content.get("application/json", {}).get("schema", {})
        ref = schema.get("$ref", "")
        if ref.startswith("#/components/schemas/"):
            schema = self.spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
        return set(schema.get("properties", {}))

    def source_note(self, endpoint: Any) -> str:
        _, operation = self.raw_operation(endpoint)
        if operation.get("x-source") != "external":
            return ""
        ref = operation.get("x-source-ref", "an outside source")
        return f"Not in the seed documentation; taken from {ref}."

    # --- arguments --------------------------------------------------------------------------------
    def hint(self, prop: Any) -> str:
        kind = type(prop).__name__
        if kind == "DecimalProperty":
            return "Decimal | int | str"
        if isinstance(prop, EnumProperty):
            values = list(prop.values.values())
            if all(isinstance(v, int) for v in values):
                values += list(prop.values)  # numeric codes also answer to their names
            literals = ", ".join(repr(v) for v in values)
            return f"{prop.class_info.name} | Literal[{literals}]"
        if isinstance(prop, ListProperty):
            return f"Sequence[{self.hint(prop.inner_property)}]"
        return _code(prop.get_type_string(no_optional=True))

    def hoist(self, name: str, expression: str) -> str:
        """A module-level name for a checker expression (built once, not on every call)."""
        for existing, code in self.checkers.items():
            if code == expression:
                return existing
        unique, n = name, 1
        while unique in self.checkers:
            n += 1
            unique = f"{name}_{n}"
        self.checkers[unique] = expression
        return unique

    def checker(self, prop: Any, schema: dict[str, Any]) -> str:
        kind = type(prop).__name__
        if isinstance(prop, EnumProperty):
            name = prop.class_info.name
            self._current_classes.add(name)
            return self.hoist(f"_check_{name}", f"check.enum_of({name})")
        if isinstance(prop, ModelProperty):
            self._current_classes.add(prop.class_info.name)
            return self.model_checker(prop, schema)
        if kind in _SIMPLE_CHECKS:
            return _SIMPLE_CHECKS[kind]
        raise SpecError(f"no argument check for {kind} {text(prop.name)}")

    def model_checker(self, prop: ModelProperty, schema: dict[str, Any]) -> str:
        """`check.instance_of(Model, fields, rules)`: a request model's fields checked like arguments."""
        cls = prop.class_info.name
        prop = self.models.get(cls, prop)  # list items can hold a copy made before the fields were parsed
        schema = self.deref(schema)
        props = schema.get("properties", {})
        fields, names = [], {}
        for field in (prop.required_properties or []) + (prop.optional_properties or []):
            wire, python_name = text(field.name), _code(field.python_name)
            names[wire] = python_name
            inner = self.value_checker(field, props.get(wire, {}))
            fields.append(f'"{python_name}": ({inner}, {field.required})')
        declared = self._declared(schema, {}, cls)
        rules = self._rules_code(declared, names, cls)["code"] if declared else "()"
        return self.hoist(f"_check_{cls}", f"check.instance_of({cls}, {{{', '.join(fields)}}}, {rules})")

    def value_checker(self, prop: Any, schema: dict[str, Any]) -> str:
        """A checker for one value with the schema's limits (pattern, bounds, sizes, digits) and the venue's
        `request-limits` where the schema sets none."""
        schema = self.deref(schema)
        if isinstance(prop, ListProperty):
            inner = self.value_checker(prop.inner_property, schema.get("items", {}))
            return self.hoist("_check_list", f"check.list_of({inner}{_limits(schema, ('minItems', 'maxItems'))})")
        limits = _limits(schema, _SCALAR_LIMITS) + self.default_limits(prop, schema)
        base = self.checker(prop, schema)
        if not limits:
            return base
        name = "_check_" + base.removeprefix("check.") if base.startswith("check.") else base + "_limited"
        return self.hoist(name, f"check.limited({base}{limits})")

    def default_limits(self, prop: Any, schema: dict[str, Any]) -> str:
        kind = type(prop).__name__
        if kind == "StringProperty" and "maxLength" not in schema:
            if self.max_length is None:
                raise SpecError(f"{self.package}: strings need info.x-sdk.request-limits.max-length")
            return f", max_length={self.max_length!r}"
        if kind == "DecimalProperty":
            digits = schema.get("x-sdk-max-digits") or self.max_digits
            if not digits:
                raise SpecError(f"{self.package}: {text(prop.name)}: no x-sdk-max-digits and no request-limits")
            return f", integer_digits={int(digits['integer'])!r}, fraction_digits={int(digits['fraction'])!r}"
        return ""

    def checked(self, prop: Any, python_name: str, schema: dict[str, Any]) -> str:
        """The check expression for one argument, with the schema's limits (pattern, bounds, sizes)."""
        schema = self.deref(schema)
        if isinstance(prop, ListProperty):
            limits = _limits(schema, ("minItems", "maxItems"))
            inner = self.value_checker(prop.inner_property, schema.get("items", {}))
            return f'check.items("{python_name}", {python_name}, {inner}{limits})'
        return f'{self.value_checker(prop, schema)}("{python_name}", {python_name})'

    def deref(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node

    def inputs(self, endpoint: Any) -> list[Input]:
        self._current_classes: set[str] = set()
        self.checkers = {}
        path_item, operation = self.raw_operation(endpoint)
        declared = list(path_item.get("parameters", [])) + list(operation.get("parameters", []))
        raw_params = {(p["in"], p["name"]): p for p in (self.deref(p) for p in declared)}
        result: list[Input] = []
        for location, params in (("path", endpoint.path_parameters), ("query", endpoint.query_parameters)):
            for prop in params:
                raw = raw_params.get((location, text(prop.name)), {})
                result.append(self._input(prop, location, prop.required, raw.get("schema", {})))
        for body in endpoint.bodies:
            model = body.prop
            if isinstance(model, ListProperty):
                # A JSON array body (HashKey batchOrders) is one argument: the list of items.
                name = operation.get("x-sdk-body-name", "items")
                schema = self._body_schema(operation)
                self._current_classes |= _class_names(model)
                result.append(
                    Input(
                        python_name=name,
                        wire_name="",
                        location="body_list",
                        required=True,
                        hint=self.hint(model),
                        checked=self.checked(model, name, schema),
                        description=" ".join(text(model.description).split()) or "The items to send.",
                    )
                )
                continue
            if not isinstance(model, ModelProperty):
                raise SpecError(f"{endpoint.name}: request bodies must be objects or arrays")
            schema = self._body_schema(operation)
            for prop in (model.required_properties or []) + (model.optional_properties or []):
                prop_schema = schema.get("properties", {}).get(text(prop.name), {})
                result.append(self._input(prop, "body", prop.required, prop_schema))
        result.sort(key=lambda i: not i.required)
        names = [i.python_name for i in result]
        if len(set(names)) != len(names):
            raise SpecError(f"{endpoint.name}: two inputs share a Python name: {names}")
        return result

    def _body_schema(self, operation: dict[str, Any]) -> dict[str, Any]:
        content = operation["requestBody"]["content"]
        return self.deref(next(iter(content.values()))["schema"])

    def _input(self, prop: Any, location: str, required: bool, schema: dict[str, Any]) -> Input:
        self._current_classes |= _class_names(prop)
        python_name = _code(prop.python_name)
        wire = self.wire(prop, python_name)
        if location == "path":
            # percent-encoding (client._url) keeps `/?#%` inside the segment; dot segments are refused here
            wire = f'check.path_segment("{python_name}", {wire})'
        return Input(
            python_name=python_name,
            wire_name=text(prop.name),
            location=location,
            required=required,
            hint=self.hint(prop),
            checked=self.checked(prop, python_name, schema),
            description=" ".join(text(prop.description).split()),
            wire=wire,
        )

    def wire(self, prop: Any, value: str) -> str:
        kind = type(prop).__name__
        if kind == "UnixTimeProperty":
            return f"str(codec.format_unix({value}, scale={prop.scale}))"
        if kind == "DateTimeProperty":
            return f"codec.format_datetime({value})"
        return f"query_value({value})"

    def body(self, endpoint: Any) -> dict[str, str] | None:
        if not endpoint.bodies:
            return None
        body = endpoint.bodies[0]
        kind = {"application/json": "json", "application/x-www-form-urlencoded": "form"}.get(text(body.content_type))
        if kind is None:
            raise SpecError(f"{endpoint.name}: unsupported body type {body.content_type}")
        if isinstance(body.prop, ListProperty):
            return {"model": "", "kind": kind, "list": "yes"}
        self._current_classes.add(body.prop.class_info.name)
        return {"model": body.prop.class_info.name, "kind": kind, "list": ""}

    # --- result -----------------------------------------------------------------------------------
    def output(self, endpoint: Any) -> Output:
        prop = _ok_response(endpoint)
        self._current_classes |= _class_names(prop)
        unwrap = self.sdk.get("unwrap")
        if unwrap and isinstance(prop, ModelProperty):
            model = prop.class_info.name
            fields = {text(p.name): p for p in (prop.required_properties or []) + (prop.optional_properties or [])}
            if unwrap not in fields:
                return Output("None", f"{model}.from_dict(body)\n    return None")
            data = fields[unwrap]
            self._current_classes |= _class_names(data)
            base = _code(data.get_type_string(no_optional=True))
            if data.required:
                return Output(base, f"return {model}.from_dict(body).{data.python_name}")
            return Output(
                f"{base} | None",
                f"value = {model}.from_dict(body).{data.python_name}\n"
                "    return None if isinstance(value, Unset) else value",
            )
        return Output(_code(prop.get_type_string(no_optional=True)), "")

    def paginate(self, endpoint: Any) -> dict[str, str] | None:
        """Facts for an `iter_*` method when the operation declares `x-sdk-paginate`."""
        _, operation = self.raw_operation(endpoint)
        spec = operation.get("x-sdk-paginate")
        if not spec:
            return None
        ok = _ok_response(endpoint)
        unwrap = self.sdk.get("unwrap")
        fields = {text(p.name): p for p in (ok.required_properties or []) + (ok.optional_properties or [])}
        page = fields[unwrap] if unwrap else ok
        page_fields = {text(p.name): p for p in (page.required_properties or []) + (page.optional_properties or [])}
        items = page_fields[spec["items"]]
        if not isinstance(items, ListProperty):
            raise SpecError(f"{endpoint.name}: x-sdk-paginate items must be a list")
        item = items.inner_property
        if not isinstance(item, ModelProperty):
            raise SpecError(f"{endpoint.name}: x-sdk-paginate items must be objects")
        item_fields = {text(p.name): p for p in (item.required_properties or []) + (item.optional_properties or [])}
        return {
            "name": "iter_" + _code(endpoint.name).removeprefix("get_"),
            "cursor": str(PythonIdentifier(spec["cursor"], "field_")),
            "size": str(PythonIdentifier(spec["page-size"], "field_")),
            "max_size": str(spec["max-page-size"]),
            "items_attr": _code(items.python_name),
            "items_required": str(items.required),
            "item_id": _code(item_fields[spec["item-id"]].python_name),
            "item_type": item.class_info.name,
        }

    def classes(self) -> list[str]:
        return sorted(self._current_classes)

    def facade_classes(self, collections: Any) -> list[str]:
        """Model and enum classes the facade's signatures mention (not the request body models)."""
        names: set[str] = set()
        for collection in collections.values():
            for endpoint in collection.endpoints:
                self.inputs(endpoint)
                self.output(endpoint)
                names |= self._current_classes
                pager = self.paginate(endpoint)
                if pager:
                    names.add(pager["item_type"])
        return sorted(names)


def _for_openapi_python_client(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, list[str]]]:
    """The document handed to openapi-python-client: same API, shapes it can model.

    - A schema that is only a `$ref` to another is an alias: references go straight to the target,
      so `getTicker` returns `Ticker` rather than an identical `GetTickerResponse` class.
    - An array with `x-sdk-tuple-fields` (`[time, low, high, ...]`) becomes an object with those
      fields; its model's `from_dict` accepts the positional list (see model.py.jinja).
    The spec itself keeps the wire shapes: it still validates real payloads as JSON Schema.
    """
    doc = copy.deepcopy(spec)
    schemas: dict[str, Any] = doc.get("components", {}).get("schemas", {})
    aliases = {f"#/components/schemas/{name}": node["$ref"] for name, node in schemas.items() if set(node) == {"$ref"}}

    def target(ref: str) -> str:
        seen = set()
        while ref in aliases and ref not in seen:
            seen.add(ref)
            ref = aliases[ref]
        return ref

    def rewrite(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                node["$ref"] = target(node["$ref"])
            for value in node.values():
                rewrite(value)
        elif isinstance(node, list):
            for value in node:
                rewrite(value)

    for ref in aliases:
        del schemas[ref.rsplit("/", 1)[1]]
    rewrite(doc)
    tuples: dict[str, list[str]] = {}
    for name, node in schemas.items():
        fields = node.get("x-sdk-tuple-fields")
        if not fields:
            continue
        items = node["prefixItems"]
        schemas[name] = {
            "type": "object",
            "description": node.get("description", ""),
            "required": fields[: node.get("minItems", len(fields))],
            "properties": dict(zip(fields, items, strict=True)),
        }
        tuples[name] = list(fields)
    return doc, tuples


def generate(package: str, out_dir: Path, spec_path: Path | None = None, stream_classes: Sequence[str] = ()) -> None:
    """Rewrite `out_dir/package` from the spec; `stream_classes` are the stream classes its `__init__` exports
    (the streams themselves are rendered afterwards by `generator.asyncapi`)."""
    venue = Venue(package, spec_path)
    venue.check_hooks()
    venue.check_paper()
    sdk = venue.sdk
    ruff = Path(sys.executable).parent / "ruff"
    config = Config.from_sources(
        ConfigFile(
            package_name_override=package,
            project_name_override=package,
            post_hooks=[f"{ruff} check --fix-only --quiet .", f"{ruff} format --quiet ."],
            docstrings_on_attributes=True,
        ),
        MetaType.NONE,  # type: ignore[arg-type]  # a StrEnum member; the stubs see str
        document_source=venue.spec_path,
        file_encoding="utf-8",
        overwrite=True,
        output_path=out_dir / package,
    )
    document, tuple_models = _for_openapi_python_client(venue.spec)
    venue.spec = document
    openapi = GeneratorData.from_dict(document, config=config)
    if not isinstance(openapi, GeneratorData):
        raise SpecError(f"{package}: {openapi.header}: {openapi.detail}")
    venue.models = {model.class_info.name: model for model in openapi.models}
    shutil.rmtree(out_dir / package, ignore_errors=True)
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    error_codes = venue.spec["info"].get("x-error-codes", [])
    categories = sorted({e["category"] for e in error_codes} | set(CATEGORY_CLASSES) - {"other"})
    configure(
        project.env,
        stream_classes=list(stream_classes),
        venue=venue,
        sdk=sdk,
        error_codes=error_codes,
        category_classes=CATEGORY_CLASSES,
        tuple_models=tuple_models,
        categories=[c for c in categories if c in CATEGORY_CLASSES],
        spec_path=f"specs/{package}/openapi.yaml",
    )
    problems = project.build()
    fatal = [p for p in problems if p.level != ErrorLevel.WARNING]
    for problem in problems:
        print(f"{package}: {problem.level.name}: {problem.header}\n{problem.detail}", file=sys.stderr)
    if fatal:
        raise SpecError(f"{package}: {len(fatal)} generator error(s)")
    (out_dir / package / "py.typed").write_text("", encoding="utf-8")
