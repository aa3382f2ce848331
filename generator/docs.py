"""`make docs-generate` (part of `make generate`): the reference pages, docs/reference/<package>.md and an index,
written from the specs and the generated packages, deterministically.

Each page lists every operation (the client method's signature, parameters with their types and rules, the
`x-sdk-*` rules between them, what it returns, its errors, the docs' request and response), every model and
enum with its fields, the venue's error codes, and every stream (channels, their arguments and messages; the
requests of WebSocket APIs). Names and types come from the generated code (what users call), descriptions,
rules and examples from the specs (what the venue documents).

    python -m generator.docs [--out DIR] [--check]     # --check: exit 1 if a page would change
"""

from __future__ import annotations

import argparse
import ast
import datetime
import importlib
import inspect
import itertools
import json
import re
import sys
from collections.abc import Iterable
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import attrs
import yaml

from generator import ROOT, enabled_venues
from venuekit.cli import catalog
from venuekit.sandbox.spec import _Loader

COMMON = ("timeout", "max_retries", "deadline")
"""Keyword arguments every client method takes (described once, in the page's header)."""
_LIMITS = {
    "maxLength": "at most {} characters",
    "minLength": "at least {} characters",
    "pattern": "matches `{}`",
    "minimum": "≥ {}",
    "maximum": "≤ {}",
    "exclusiveMinimum": "> {}",
    "exclusiveMaximum": "< {}",
    "minItems": "at least {} items",
    "maxItems": "at most {} items",
}


def load(path: Path) -> dict[str, Any]:
    """A spec with exact numbers (the same loader as the sandbox)."""
    with open(path, encoding="utf-8") as handle:
        document: dict[str, Any] = yaml.load(handle, Loader=_Loader)
    return document


def normalized(name: str) -> str:
    return name.replace("_", "").replace("-", "").lower()


def match_names(python: Iterable[str], wire: Iterable[str]) -> dict[str, str]:
    """Wire name -> Python name: exact, else the one Python name equal but for case and underscores."""
    python = list(python)
    found = {}
    for name in wire:
        if name in python:
            found[name] = name
            continue
        candidates = [p for p in python if normalized(p) == normalized(name)]
        if len(candidates) == 1:
            found[name] = candidates[0]
    return found


# --- Markdown helpers ------------------------------------------------------------------------------------
def cell(text: Any) -> str:
    """Text fit for a table cell: one line, no column separators."""
    return " ".join(str(text).split()).replace("|", "&#124;")


def code(text: Any) -> str:
    """Inline code that survives inside a table (an HTML code element: no pipe splits it)."""
    escaped = str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for char in "|[]*_`\\":  # no table split, link, emphasis or escape: Markdown still reads inside inline HTML
        escaped = escaped.replace(char, f"&#{ord(char)};")
    return f"<code>{escaped}</code>"


def slug(heading: str) -> str:
    """The anchor GitHub and Python-Markdown's `toc` both give a heading (`public.get_ticker` -> `publicget_ticker`)."""
    return re.sub(r"[\s]+", "-", re.sub(r"[^\w\s-]", "", heading.lower()).strip())


def params_text(signature: inspect.Signature, skip: Iterable[str] = ()) -> str:
    """`*, symbol: str | None = None`: annotations as the generated code writes them, without quotes."""
    parts = []
    star = False
    for param in signature.parameters.values():
        if param.name in ("self", *skip):
            continue
        if param.kind is inspect.Parameter.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        text = param.name
        if param.annotation is not inspect.Parameter.empty:
            text += f": {param.annotation}"
        if param.default is not inspect.Parameter.empty:
            text += f" = {param.default!r}"
        parts.append(text)
    return ", ".join(parts)


def table(headers: list[str], rows: list[list[str]]) -> list[str]:
    if not rows:
        return []
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def as_json(value: Any) -> str:
    """JSON with exact numbers (Decimals keep their digits), indented."""
    marks: dict[str, str] = {}

    def mark(item: Any) -> Any:
        if isinstance(item, Decimal):
            token = f"@@decimal{len(marks)}@@"
            marks[f'"{token}"'] = format(item, "f")
            return token
        if isinstance(item, dict):
            return {str(k): mark(v) for k, v in item.items()}
        if isinstance(item, list):
            return [mark(v) for v in item]
        if isinstance(item, datetime.date | datetime.datetime):
            return item.isoformat()
        return item

    text = json.dumps(mark(value), indent=2, ensure_ascii=False)
    for token, digits in marks.items():
        text = text.replace(token, digits, 1)
    return text


def fenced(language: str, text: str) -> list[str]:
    return [f"```{language}", text.rstrip("\n"), "```", ""]


def paragraph(text: Any) -> list[str]:
    text = " ".join(str(text or "").split())
    return [text, ""] if text else []


# --- one venue ---------------------------------------------------------------------------------------------
class Page:
    def __init__(self, package: str, spec_dir: Path) -> None:
        self.package = package
        self.openapi = load(spec_dir / package / "openapi.yaml")
        streams_path = spec_dir / package / "asyncapi.yaml"
        self.asyncapi = load(streams_path) if streams_path.exists() else None
        self.sdk: dict[str, Any] = self.openapi["info"]["x-sdk"]
        self.module: Any = importlib.import_module(f"venuekit.{package}")
        self.models: Any = importlib.import_module(f"venuekit.{package}.models")
        self.model_names = set(self.models.__all__)
        self.stream_models: Any = None
        if self.asyncapi is not None:
            self.stream_models = importlib.import_module(f"venuekit.{package}.stream_models")
        self.lines: list[str] = []
        self.current = self.openapi
        """The document `$ref`s resolve in (the AsyncAPI one while rendering stream models)."""

    # helpers -------------------------------------------------------------------------------------------
    def deref(self, node: Any, document: dict[str, Any] | None = None) -> dict[str, Any]:
        document = document or self.current
        while isinstance(node, dict) and "$ref" in node:
            ref = str(node["$ref"])
            if ref.startswith("openapi.yaml#"):
                document, ref = self.openapi, ref.removeprefix("openapi.yaml")
            target: Any = document
            for part in ref.lstrip("#/").split("/"):
                target = target[part]
            node = {**target, **{k: v for k, v in node.items() if k not in ("$ref",)}}
        return node if isinstance(node, dict) else {}

    def linked(self, annotation: str, stream: bool = False) -> str:
        """Model and enum names in a type, each followed by a link to its section."""
        names = sorted({n for n in re.findall(r"[A-Z][A-Za-z0-9]*", annotation) if self._documented(n, stream)})
        links = ", ".join(f"[{n}](#{slug(self._model_heading(n, stream))})" for n in names)
        return code(annotation) + (f" ({links})" if links else "")

    def _documented(self, name: str, stream: bool) -> bool:
        if stream and self.stream_models is not None:
            return name in self.stream_models.__all__
        return name in self.model_names

    def _model_heading(self, name: str, stream: bool) -> str:
        return f"{name} (stream)" if stream else name

    def out(self, *lines: str) -> None:
        self.lines.extend(lines)

    # the page ------------------------------------------------------------------------------------------
    def render(self) -> str:
        info = self.openapi["info"]
        title = info["title"]
        prefix = self.sdk["env-prefix"]
        environments = self.sdk.get("environments") or {}
        self.out(
            f"# {title}",
            "",
            f"<!-- Generated from specs/{self.package}/ by `make docs-generate` (generator/docs.py); do not edit. -->",
            "",
            f"`from venuekit import {self.package}` · spec version {info.get('version', '?')}",
            "",
        )
        self.out(*paragraph(info.get("description")))
        origins = ", ".join(f"`{name}` {url}" for name, url in environments.items())
        self.out(
            *table(
                ["", ""],
                [
                    ["package", code(f"venuekit.{self.package}")],
                    ["clients", f"{code(f'{self.package}.Client')} and {code(f'{self.package}.AsyncClient')}"],
                    ["keys", f"{code(prefix + '_API_KEY')} / {code(prefix + '_API_SECRET')} (or pass them)"],
                    [
                        "origin",
                        f"{cell(origins)}; {code(prefix + '_BASE_URL')} or {code('base_url=')} points elsewhere",
                    ],
                    ["every method also takes", ", ".join(code(f"{name}=") for name in COMMON)],
                ],
            )
        )
        operations = self.operations()
        self.out("## Contents", "")
        self.out(f"- [Operations](#operations): {len(operations)}")
        self.out("- [Models](#models)", "- [Enums](#enums)", "- [Errors](#errors)")
        if self.asyncapi is not None:
            self.out("- [Streams](#streams)")
        self.out("")
        self.render_operations(operations)
        self.render_models()
        self.render_errors()
        if self.asyncapi is not None:
            self.render_streams()
        return "\n".join(self.lines).rstrip("\n") + "\n"

    # operations ----------------------------------------------------------------------------------------
    def operations(self) -> list[tuple[str, str, str, dict[str, Any], dict[str, Any]]]:
        """(tag, method name, path, path item, operation), by tag then name."""
        names = {info.operation.operation_id: info.operation.name for info in catalog.operations(self.package)}
        found = []
        for path, item in self.openapi["paths"].items():
            for method in ("get", "post", "put", "delete"):
                if method in item:
                    op = item[method]
                    found.append((op["tags"][0], names[op["operationId"]], path, item, {**op, "_method": method}))
        return sorted(found, key=lambda entry: (entry[0], entry[1]))

    def render_operations(self, operations: list[tuple[str, str, str, dict[str, Any], dict[str, Any]]]) -> None:
        self.out("## Operations", "")
        client = self.module.Client(base_url="http://127.0.0.1:9", rate_limit=False)
        try:
            rows = []
            for tag, name, path, _, op in operations:
                target = slug(f"{tag}.{name}")
                request = f"{op['_method'].upper()} {self.full_path(path, op)}"
                rows.append([f"[{tag}.{name}](#{target})", code(request), cell(op.get("summary", ""))])
            self.out(*table(["method", "request", "summary"], rows))
            for tag, name, path, item, op in operations:
                self.render_operation(client, tag, name, path, item, op)
        finally:
            client.close()

    def full_path(self, path: str, op: dict[str, Any]) -> str:
        item = self.openapi["paths"][path]
        servers = op.get("servers") or item.get("servers")
        if servers:
            prefix = "/" + servers[0]["url"].split("://", 1)[-1].partition("/")[2].strip("/")
            return (prefix.rstrip("/") if prefix != "/" else "") + path
        return path

    def render_operation(
        self, client: Any, tag: str, name: str, path: str, item: dict[str, Any], op: dict[str, Any]
    ) -> None:
        method = getattr(getattr(client, tag), name)
        module = importlib.import_module(f"venuekit.{self.package}.api.{tag}.{name}")
        signature = inspect.signature(method)
        text = params_text(signature, COMMON).removesuffix(", *").removesuffix("*")
        returns = str(signature.return_annotation)
        signed = any(op.get("security", self.openapi.get("security", [])))
        self.out(f"### {tag}.{name}", "")
        facts = [f"`{op['_method'].upper()} {self.full_path(path, op)}`", "signed" if signed else "public (no keys)"]
        if op.get("x-source") == "external":
            facts.append(f"not in the seed documentation: {op.get('x-source-ref', 'an outside source')}")
        self.out(f"**{op.get('summary', '')}** · " + " · ".join(facts), "")
        self.out(*paragraph(op.get("description")))
        self.out(*fenced("text", f"{self.package}.Client().{tag}.{name}({text}) -> {returns}"))
        self.render_parameters(module, item, op)
        self.render_rules(module, op)
        self.out(f"**Returns** {self.linked(returns)}", "")
        self.render_op_errors(op, signed)
        self.render_examples(path, op)

    def _inputs(self, item: dict[str, Any], op: dict[str, Any]) -> list[tuple[str, str, bool, dict[str, Any], str]]:
        """(wire name, location, required, schema, description) of every parameter and body field."""
        found = []
        for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
            param = self.deref(raw)
            schema = self.deref(param.get("schema", {}))
            found.append(
                (param["name"], param["in"], bool(param.get("required")), schema, param.get("description", ""))
            )
        body = op.get("requestBody")
        if body:
            media = next(iter(body["content"].values()))
            schema = self.deref(media.get("schema", {}))
            if schema.get("type") == "array":
                found.append(("", "body", True, schema, schema.get("description", "") or "The items (a JSON array)."))
            required = set(schema.get("required", []))
            for field, prop in schema.get("properties", {}).items():
                resolved = self.deref(prop)
                found.append((field, "body", field in required, resolved, resolved.get("description", "")))
        return found

    def render_parameters(self, module: Any, item: dict[str, Any], op: dict[str, Any]) -> None:
        params = inspect.signature(module.request).parameters
        inputs = self._inputs(item, op)
        names = match_names(params, [wire for wire, *_ in inputs if wire])
        rows = []
        for wire, location, _, schema, description in inputs:
            python = names.get(wire) if wire else next(iter(params), "")
            if python is None or python not in params:
                continue
            rows.append(
                [
                    code(python),
                    code(wire) if wire else "(the body)",
                    location,
                    code(params[python].annotation),
                    "yes" if params[python].default is inspect.Parameter.empty else "",
                    cell(self.limits(schema)),
                    cell(description),
                ]
            )
        if rows:
            self.out("**Parameters**", "")
            self.out(*table(["argument", "wire name", "in", "type", "required", "rules", "description"], rows))
        else:
            self.out("No parameters.", "")

    def limits(self, schema: dict[str, Any]) -> str:
        """The value's own rules: JSON Schema limits, enum, format, and the venue's request limits."""
        parts = [template.format(schema[key]) for key, template in _LIMITS.items() if key in schema]
        enum = self.deref(schema.get("items", {})).get("enum") if schema.get("type") == "array" else schema.get("enum")
        if enum:
            parts.append("one of " + ", ".join(f"`{v}`" for v in enum))
        kind = schema.get("format")
        limits = self.sdk.get("request-limits") or {}
        if kind == "decimal":
            digits = schema.get("x-sdk-max-digits") or limits.get("max-digits") or {}
            parts.insert(0, "decimal (`Decimal`, `int` or a plain decimal string)")
            if digits:
                parts.append(f"at most {digits['integer']} digits before and {digits['fraction']} after the point")
        elif kind in ("unix-ms", "unix-s", "date-time"):
            parts.insert(
                0,
                {
                    "unix-ms": "aware datetime, sent as epoch ms",
                    "unix-s": "aware datetime, sent as epoch s",
                    "date-time": "aware datetime, sent as ISO-8601",
                }[kind],
            )
        elif schema.get("type") == "string" and not {"maxLength", "enum"} & set(schema) and limits.get("max-length"):
            parts.append(f"at most {limits['max-length']} characters")  # the venue's default bound
        if schema.get("style") == "form" and schema.get("explode") is False:
            parts.append("comma-separated")
        return "; ".join(parts)

    def render_rules(self, module: Any, op: dict[str, Any]) -> None:
        rules = [*self._declared(self._body_schema(op)), *self._declared(op)]
        names = dict(match_names(inspect.signature(module.request).parameters, self._wire_names(rules)))
        lines = [f"- {self.rule_text(key, entry, names)}" for key, entry in rules]
        placement = op.get("x-sdk-placement")
        if lines:
            self.out("**Rules between arguments** (checked before sending; the sandbox answers with the code)", "")
            self.out(*lines, "")
        if placement:
            key = placement.get("key")
            python = match_names(inspect.signature(module.request).parameters, [key]).get(key) if key else None
            scope = {
                "lifetime": "the venue refuses a key it has seen, for the order's whole life: resent after an "
                "ambiguous failure",
                "active": "the venue refuses the key only while its order is active: never resent",
                "none": "no duplicate refusal documented: never resent",
            }[placement.get("key-scope", "none")]
            text = f"key {code(python)} ({scope})" if python else f"no key ({scope})"
            lookup = placement.get("lookup")
            if lookup:
                text += f"; `resolve_order` looks it up with `{lookup['operation']}`"
            self.out(f"**Places an order or moves money** (`x-sdk-placement`): {text}.", "")

    def _body_schema(self, op: dict[str, Any]) -> dict[str, Any]:
        body = op.get("requestBody")
        return self.deref(next(iter(body["content"].values())).get("schema", {})) if body else {}

    def _declared(self, node: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        keys = ("x-sdk-exactly-one-of", "x-sdk-at-least-one-of", "x-sdk-at-most-one-of", "x-sdk-require-if",
                "x-sdk-forbid-if", "x-sdk-time-window")  # fmt: skip
        return [(key, entry) for key in keys for entry in node.get(key, [])]

    def _wire_names(self, rules: list[tuple[str, dict[str, Any]]]) -> list[str]:
        found: list[Any] = []
        for _, entry in rules:
            found += [*entry.get("of", []), *(entry.get(key) for key in ("parameter", "when", "from", "to"))]
        return sorted({str(n) for n in found if n})

    def rule_text(self, key: str, entry: dict[str, Any], names: dict[str, str]) -> str:
        def n(wire: str) -> str:
            return f"`{names.get(wire, wire)}`"

        def values(items: Iterable[Any]) -> str:
            return " or ".join(f"`{v}`" for v in items)

        when = f" when {n(entry['when'])} is {values(entry['in'])}" if "when" in entry and "in" in entry else ""
        group = ", ".join(n(w) for w in entry.get("of", []))
        text = {
            "x-sdk-exactly-one-of": f"exactly one of {group}{when}",
            "x-sdk-at-least-one-of": f"at least one of {group}{when}",
            "x-sdk-at-most-one-of": f"at most one of {group}{when}",
        }.get(key)
        if key == "x-sdk-require-if":
            text = f"{n(entry['parameter'])} is required{when}"
        elif key == "x-sdk-forbid-if":
            value = entry.get("value")
            shown = "" if value is None else f" = `{str(value).lower() if isinstance(value, bool) else value}`"
            text = f"{n(entry['parameter'])}{shown} is not allowed{when}"
        elif key == "x-sdk-time-window":
            text = f"{n(entry['to'])} at most {entry['max-seconds']} s after {n(entry['from'])}"
        code_text = f" ({entry['code']})" if entry.get("code") is not None else ""
        return f"{text}{code_text}"

    def render_op_errors(self, op: dict[str, Any], signed: bool) -> None:
        prefix = self.module.errors.ERRORS.base.__name__
        parts = [
            "`venuekit.ValidationError` before anything is sent (a value or rule above)",
            f"the venue's errors as `{self.package}.errors.{prefix}` subclasses ([codes](#errors))",
            "`venuekit.TransportError` / `venuekit.TimeoutError` / `venuekit.DecodeError` on the way",
        ]
        if signed:
            parts.insert(1, "`venuekit.ConfigurationError` without keys")
        if op.get("x-sdk-placement"):
            parts.append("`venuekit.OrderStatusUnknownError` when the order may or may not have been placed")
        codes = sorted(
            {
                str(e["code"])
                for key, e in [*self._declared(self._body_schema(op)), *self._declared(op)]
                if e.get("code")
            }
            | {str(c) for c in (op.get("x-sdk-placement") or {}).get("duplicate-codes", [])}
        )
        if codes:
            parts.append("codes this operation's rules name: " + ", ".join(f"`{c}`" for c in codes))
        self.out("**Errors** " + "; ".join(parts) + ".", "")

    def render_examples(self, path: str, op: dict[str, Any]) -> None:
        params = [
            self.deref(p) for p in [*self.openapi["paths"][path].get("parameters", []), *op.get("parameters", [])]
        ]
        query = {p["name"]: p.get("example", self.deref(p.get("schema", {})).get("example")) for p in params}
        query = {k: v for k, v in query.items() if v is not None}
        body = op.get("requestBody")
        body_example = None
        if body:
            media = next(iter(body["content"].values()))
            examples = media.get("examples") or {}
            chosen = examples.get("doc") or next(iter(examples.values()), None)
            body_example = chosen.get("value") if chosen else media.get("example")
        if query or body_example is not None:
            shown = ", ".join(f"{k}={as_json(v)}" for k, v in query.items())
            self.out("**Documented request**" + (f": {shown}" if shown else ""), "")
            if body_example is not None:
                self.out(*fenced("json", as_json(body_example)))
        content = op.get("responses", {}).get("200", {}).get("content", {})
        for media in content.values():
            examples = media.get("examples") or {}
            chosen = examples.get("doc") or next(iter(examples.values()), None)
            value = chosen.get("value") if chosen else media.get("example")
            if value is not None:
                self.out("**Documented response**", "")
                self.out(*fenced("json", as_json(value)))
            break

    # models and enums ----------------------------------------------------------------------------------
    def render_models(self) -> None:
        self.out("## Models", "")
        self.out(
            "Attrs classes in " + code(f"{self.package}.models") + ": `from_dict` / `to_dict`; fields the docs do "
            "not list are kept in `additional_properties`; an optional field the venue leaves out is `UNSET`.",
            "",
        )
        schemas = self.openapi.get("components", {}).get("schemas", {})
        enums = []
        for name in sorted(self.model_names):
            cls = getattr(self.models, name)
            if isinstance(cls, type) and issubclass(cls, Enum):
                enums.append(name)
            elif attrs.has(cls):
                self.render_model(cls, self._component(name, schemas), stream=False)
        self.out("## Enums", "")
        for name in enums:
            self.render_enum(getattr(self.models, name), self._component(name, schemas), stream=False)

    def _component(self, name: str, schemas: dict[str, Any]) -> dict[str, Any]:
        if name in schemas:
            return self.deref(schemas[name])
        found = [key for key in schemas if normalized(key) == normalized(name)]
        return self.deref(schemas[found[0]]) if len(found) == 1 else {}

    def render_model(self, cls: type, schema: dict[str, Any], stream: bool) -> None:
        name = cls.__name__
        self.out(f"### {self._model_heading(name, stream)}", "")
        self.out(*paragraph(schema.get("description") or (cls.__doc__ or "").strip()))
        fields = [f for f in attrs.fields(cls) if f.name != "additional_properties"]
        properties = {k: self.deref(v) for k, v in schema.get("properties", {}).items()}
        wire = {python: w for w, python in match_names([f.name for f in fields], properties).items()}
        described = _attribute_docs(cls)
        required = set(schema.get("required", []))
        rows = []
        for field in fields:
            wire_name = wire.get(field.name, "")
            prop = properties.get(wire_name, {})
            is_required = wire_name in required if schema else field.default is attrs.NOTHING
            rows.append(
                [
                    code(field.name),
                    code(wire_name) if wire_name else "",
                    self.linked(str(field.type), stream),
                    "yes" if is_required else "",
                    cell(prop.get("description") or described.get(field.name, "")),
                ]
            )
        self.out(*table(["field", "wire name", "type", "always sent", "description"], rows))

    def render_enum(self, cls: type[Enum], schema: dict[str, Any], stream: bool) -> None:
        name = cls.__name__
        self.out(f"### {self._model_heading(name, stream)}", "")
        self.out(*paragraph(schema.get("description")))
        members = ", ".join(f"`{member.name}` = `{member.value!r}`" for member in cls)
        self.out(f"Members: {members}.", "")

    # errors --------------------------------------------------------------------------------------------
    def render_errors(self) -> None:
        table_ = self.module.errors.ERRORS
        base = table_.base.__name__
        self.out("## Errors", "")
        self.out(
            f"Every error reply raises a subclass of `{self.package}.errors.{base}` (a `venuekit.ApiError`) that also "
            "derives from the shared category class (`venuekit.RateLimitError`, ...), with `.code`, `.code_name`, "
            f"`.message`, `.status_code` and `.body`. `{self.package}.ErrorCode` names every code.",
            "",
        )
        rows = []
        for entry in self.openapi["info"].get("x-error-codes", []):
            cls = table_.class_for(str(entry["code"])).__name__
            message = " ".join(str(entry.get("message", "")).split())  # verbatim: literal text, never Markdown
            rows.append([code(entry["code"]), code(entry["name"]), code(cls), code(message) if message else ""])
        self.out(*table(["code", "name", "exception", "message"], rows))

    # streams -------------------------------------------------------------------------------------------
    def render_streams(self) -> None:
        assert self.asyncapi is not None
        spec = self.asyncapi
        sdk = spec["info"].get("x-sdk", {})
        streams_module = importlib.import_module(f"venuekit.{self.package}.streams")
        self.out("## Streams", "")
        self.out(*paragraph(spec["info"].get("description")))
        self.out(
            f"Stream classes in `{self.package}.streams` (also `{self.package}.<Class>`), used as `async with`; "
            f"message models in `{self.package}.stream_models`. {code(self.sdk['env-prefix'] + '_WS_BASE_URL')} "
            "or `url=` points them elsewhere.",
            "",
        )
        channels = spec.get("channels", {})
        for stream_name, config in sdk.get("streams", {}).items():
            cls = getattr(streams_module, stream_name)
            self.out(f"### {stream_name}", "")
            self.out(*paragraph(config.get("description")))
            urls = ", ".join(f"`{env}` {url}" for env, url in cls.PROTOCOL.environments.items())
            self.out(f"Environments: {urls}.", "")
            init = params_text(inspect.signature(cls.__init__))
            self.out(*fenced("text", f"{self.package}.{stream_name}({init})"))
            rows = []
            for name, channel in channels.items():
                servers = {s["$ref"].rsplit("/", 1)[-1] for s in channel.get("servers", [])}
                if not any(spec["servers"][s].get("x-sdk", {}).get("stream", s) == stream_name for s in servers):
                    continue
                rows += self.channel_rows(cls, name, channel)
            if rows:
                self.out(*table(["method", "channel", "yields", "description"], rows))
            self.render_requests(cls, stream_name)

    def channel_rows(self, cls: type, name: str, channel: dict[str, Any]) -> list[list[str]]:
        x_sdk = channel.get("x-sdk") or {}
        rows = []
        for method_name in [x_sdk.get("method"), (x_sdk.get("order-book") or {}).get("method")]:
            if not method_name or not hasattr(cls, method_name):
                continue
            method = getattr(cls, method_name)
            signature = inspect.signature(method)
            params = params_text(signature)
            text = cell(" ".join(str(channel.get(key, "")) for key in ("summary", "description")).strip())
            rows.append(
                [
                    code(f"{method_name}({params})"),
                    code(channel.get("address", name)),
                    self.linked(str(signature.return_annotation), stream=True),
                    text,
                ]
            )
        return rows

    def render_requests(self, cls: type, stream_name: str) -> None:
        """A WebSocket API's request methods (Bitunix): each answers one signed request."""
        if getattr(cls.PROTOCOL, "rpc", None) is None:  # type: ignore[attr-defined]
            return
        rows = []
        for name, member in sorted(vars(cls).items()):
            if name.startswith("_") or not inspect.iscoroutinefunction(member):
                continue
            if name in ("close", "start", "wait_connected", "request"):
                continue
            signature = inspect.signature(member)
            params = params_text(signature, ("timeout",))
            doc = (member.__doc__ or "").strip().splitlines()
            rows.append(
                [code(f"{name}({params})"), self.linked(str(signature.return_annotation)), cell(doc[0] if doc else "")]
            )
        self.out(f"Requests of `{stream_name}` (each signed, answered over the socket):", "")
        self.out(*table(["method", "returns", "description"], rows))

    def render_stream_models(self) -> None:
        if self.stream_models is None or self.asyncapi is None:
            return
        schemas = self.asyncapi.get("components", {}).get("schemas", {})
        self.current = self.asyncapi
        self.out("## Stream models", "")
        for name in sorted(self.stream_models.__all__):
            cls = getattr(self.stream_models, name)
            component = self._component(name, schemas)
            if isinstance(cls, type) and issubclass(cls, Enum):
                self.render_enum(cls, component, stream=True)
            elif attrs.has(cls):
                self.render_model(cls, component, stream=True)


def _attribute_docs(cls: type) -> dict[str, str]:
    """`field: type` followed by a string literal: the attribute docstrings of a generated model."""
    try:
        tree = ast.parse(inspect.getsource(cls))
    except (OSError, TypeError):
        return {}
    found = {}
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    for current, following in itertools.pairwise(body):
        if (
            isinstance(current, ast.AnnAssign)
            and isinstance(current.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            found[current.target.id] = following.value.value.strip()
    return found


def render(package: str, spec_dir: Path = ROOT / "specs") -> str:
    page = Page(package, spec_dir)
    text = page.render()
    if page.stream_models is not None:
        page.lines = []
        page.render_stream_models()
        text += "\n" + "\n".join(page.lines).rstrip("\n") + "\n"
    return text


def index(packages: list[str], spec_dir: Path = ROOT / "specs") -> str:
    lines = [
        "# API reference",
        "",
        "<!-- Generated by `make docs-generate` (generator/docs.py); do not edit. -->",
        "",
        "One page per venue, generated from its specs and its generated package: every operation, model, enum, "
        "error code and stream. `venuekit ops <venue>` lists the same operations in a terminal.",
        "",
        "| venue | package | operations | streams |",
        "|---|---|---|---|",
    ]
    for package in packages:
        spec = load(spec_dir / package / "openapi.yaml")
        count = sum(1 for item in spec["paths"].values() for m in ("get", "post", "put", "delete") if m in item)
        streams_path = spec_dir / package / "asyncapi.yaml"
        streams = ", ".join(load(streams_path)["info"]["x-sdk"]["streams"]) if streams_path.exists() else "-"
        lines.append(f"| [{spec['info']['title']}]({package}.md) | `venuekit.{package}` | {count} | {streams} |")
    return "\n".join(lines) + "\n"


def pages(packages: list[str]) -> dict[str, str]:
    found = {f"{package}.md": render(package) for package in packages}
    found["index.md"] = index(packages)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "reference")
    parser.add_argument("--check", action="store_true", help="exit 1 when a page is missing or out of date")
    args = parser.parse_args(argv)
    written = pages(enabled_venues())
    stale = []
    for name, text in sorted(written.items()):
        target = args.out / name
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != text:
            stale.append(name)
            if not args.check:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
    extra = sorted(p.name for p in args.out.glob("*.md") if p.name not in written) if args.out.exists() else []
    if args.check:
        for name in [*stale, *extra]:
            print(f"docs/reference/{name} is out of date: run `make docs-generate`", file=sys.stderr)
        return 1 if stale or extra else 0
    for name in extra:
        (args.out / name).unlink()
    print(f"wrote {len(stale)} of {len(written)} reference pages to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
