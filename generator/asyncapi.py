"""`python -m generator.asyncapi`: specs/<venue>/asyncapi.yaml -> typed stream clients, deterministically.

Writes only `<out>/<package>/streams.py` and `<out>/<package>/stream_models/` (run it after
`generator.rest`, which rewrites the rest of the package; `make generate` runs both). Conventions: specs/ASYNCAPI.md.

- Message models: the spec's `components.schemas` become a synthetic OpenAPI document that
  openapi-python-client parses with our property types (generator/extensions.py) and renders with the REST
  model templates, so stream models are the same attrs classes as the REST ones. Schemas the spec takes
  from the venue's openapi.yaml (`$ref: openapi.yaml#/components/schemas/X`) are the REST package's own
  models and are imported from it, not rendered again.
- Stream classes: generator/templates/streams/streams.py.jinja, one class per `info.x-sdk.streams` entry,
  on the shared runtime `venuekit.streams`.
"""

from __future__ import annotations

import argparse
import copy
import functools
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import EnumProperty, ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.strings import PythonIdentifier

from generator import (
    ROOT,
    rest,  # installs our property types into openapi-python-client
)
from generator import enabled_venues as enabled_venues_all
from generator.templating import TEMPLATES, configure, streams_env, text

OPENAPI_REF = "openapi.yaml#/components/schemas/"
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class SpecError(Exception):
    pass


def snake(name: str) -> str:
    return str(PythonIdentifier(name, "field_"))


def _prose(value: Any) -> str:
    """A spec text on one line (the templates wrap it)."""
    return " ".join(str(value or "").split())


# --- the spec ----------------------------------------------------------------------------------------
def _check_keys(node: Any, where: str) -> None:
    """No key may hold whitespace: in YAML flow mappings (`{description: a, b}`) an unquoted comma silently
    turns the rest of a text into a key, and nothing else would notice."""
    if isinstance(node, dict):
        for key, value in node.items():
            if not isinstance(key, str) or re.search(r"\s", key):
                raise SpecError(f"{where}: suspicious key {key!r} (an unquoted comma in a flow mapping?)")
            _check_keys(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _check_keys(value, f"{where}/{index}")


class Spec:
    """One venue's AsyncAPI document, with its refs resolved on demand."""

    def __init__(self, package: str, spec_path: Path | None = None) -> None:
        self.package = package
        self.path = spec_path or ROOT / "specs" / package / "asyncapi.yaml"
        self.doc: dict[str, Any] = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        if not str(self.doc.get("asyncapi", "")).startswith("3."):
            raise SpecError(f"{self.path}: not an AsyncAPI 3 document")
        _check_keys(self.doc, str(self.path))
        self.sdk: dict[str, Any] = self.doc["info"]["x-sdk"]
        if self.sdk["package"] != package:
            raise SpecError(f"{self.path}: x-sdk.package is {self.sdk['package']!r}, expected {package!r}")
        openapi_path = self.path.parent / "openapi.yaml"
        self.openapi: dict[str, Any] = (
            yaml.safe_load(openapi_path.read_text(encoding="utf-8")) if openapi_path.exists() else {}
        )

    def deref(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise SpecError(f"only local refs can be followed here: {ref}")
            target: Any = self.doc
            for part in ref[2:].split("/"):
                target = target[part]
            node = target
        return node

    def deref_once(self, ref: str) -> Any:
        """What one local `$ref` points at (which may be another `$ref`)."""
        if not ref.startswith("#/"):
            raise SpecError(f"only local refs can be followed here: {ref}")
        target: Any = self.doc
        for part in ref[2:].split("/"):
            target = target[part]
        return target

    def schema_name(self, node: dict[str, Any]) -> str:
        """The component name a `$ref` to a schema points at (local or in the venue's openapi.yaml)."""
        ref = node.get("$ref", "")
        for prefix in ("#/components/schemas/", OPENAPI_REF):
            if ref.startswith(prefix):
                return str(ref[len(prefix) :])
        raise SpecError(f"expected a $ref to a named schema, got {node}")

    def rest_operation(self, operation_id: str) -> tuple[str, str]:
        """(tag, facade method) of an operation in the venue's openapi.yaml."""
        for item in self.openapi.get("paths", {}).values():
            for operation in item.values():
                if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                    return snake(operation["tags"][0]), snake(operation_id)
        raise SpecError(f"{self.package}: no REST operation {operation_id!r} in openapi.yaml")


# --- models ------------------------------------------------------------------------------------------
def _rewrite_refs(node: Any) -> Any:
    """Point refs into openapi.yaml at the synthetic document's own components."""
    if isinstance(node, dict):
        out = {k: _rewrite_refs(v) for k, v in node.items()}
        if isinstance(out.get("$ref"), str) and out["$ref"].startswith(OPENAPI_REF):
            out["$ref"] = "#/components/schemas/" + out["$ref"][len(OPENAPI_REF) :]
        return out
    if isinstance(node, list):
        return [_rewrite_refs(v) for v in node]
    return node


def _refs(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            found.add(ref)
        for value in node.values():
            found |= _refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= _refs(value)
    return found


def synthetic_openapi(spec: Spec) -> tuple[dict[str, Any], set[str]]:
    """An OpenAPI document holding the spec's schemas, plus the REST schemas they refer to (whose names are
    returned: those models already exist in the REST package)."""
    local: dict[str, Any] = spec.doc.get("components", {}).get("schemas", {})
    schemas = {name: _rewrite_refs(schema) for name, schema in local.items()}
    external: set[str] = set()
    todo = sorted(ref[len(OPENAPI_REF) :] for ref in _refs(local) if ref.startswith(OPENAPI_REF))
    rest_schemas = spec.openapi.get("components", {}).get("schemas", {})
    while todo:
        name = todo.pop()
        if name in external:
            continue
        if name in local:
            raise SpecError(f"{spec.package}: schema {name!r} is defined in asyncapi.yaml and openapi.yaml")
        if name not in rest_schemas:
            raise SpecError(f"{spec.package}: openapi.yaml has no schema {name!r}")
        external.add(name)
        schemas[name] = copy.deepcopy(rest_schemas[name])
        todo.extend(
            sorted(r.split("/")[-1] for r in _refs(rest_schemas[name]) if r.startswith("#/components/schemas/"))
        )
    document = {
        "openapi": "3.1.0",
        "info": {"title": spec.doc["info"]["title"], "version": str(spec.doc["info"]["version"])},
        "paths": {},
        "components": {"schemas": schemas},
    }
    return document, external


def _config(package: str, out_dir: Path) -> Config:
    return Config.from_sources(
        ConfigFile(package_name_override=package, project_name_override=package, docstrings_on_attributes=True),
        MetaType.NONE,  # type: ignore[arg-type]  # a StrEnum member; the stubs see str
        document_source=Path("asyncapi.yaml"),
        file_encoding="utf-8",
        overwrite=True,
        output_path=out_dir / package,
    )


class Models:
    """The parsed message models of one spec."""

    def __init__(self, spec: Spec, out_dir: Path) -> None:
        self.spec = spec
        raw, self.external = synthetic_openapi(spec)
        # The same reshaping the REST generator applies (aliases collapsed, tuple-shaped arrays as objects),
        # so that a schema becomes the same class here as in the REST package.
        document, self.tuple_models = rest._for_openapi_python_client(raw)
        self.config = _config(spec.package, out_dir)
        parsed = GeneratorData.from_dict(document, config=self.config)
        if not isinstance(parsed, GeneratorData):
            raise SpecError(f"{spec.package}: {parsed.header}: {parsed.detail}")
        if parsed.errors:
            raise SpecError(f"{spec.package}: " + "; ".join(f"{e.header}: {e.detail}" for e in parsed.errors))
        self.data = parsed
        self.by_schema: dict[str, ModelProperty | EnumProperty] = {}
        for item in [*parsed.models, *parsed.enums]:
            if isinstance(item, ModelProperty | EnumProperty):
                # Component names come back as reference paths (`/components/schemas/Ticker`).
                self.by_schema[text(item.name).rsplit("/", 1)[-1]] = item
        self._rename(document["components"]["schemas"])

    def _rename(self, schemas: dict[str, Any]) -> None:
        """Readable attribute names: `x-python-name` on a property of a named schema."""
        for name, schema in schemas.items():
            model = self.by_schema.get(name)
            if not isinstance(model, ModelProperty):
                continue
            members = schema.get("allOf", [])
            parts = [schema, *(schemas[m["$ref"].split("/")[-1]] if "$ref" in m else m for m in members)]
            properties = {k: v for part in parts for k, v in part.get("properties", {}).items()}
            wanted = {k: v["x-python-name"] for k, v in properties.items() if "x-python-name" in v}
            for prop in (model.required_properties or []) + (model.optional_properties or []):
                if text(prop.name) in wanted:
                    prop.set_python_name(wanted[text(prop.name)], config=self.config, skip_snake_case=True)
            names = [str(p.python_name) for p in (model.required_properties or []) + (model.optional_properties or [])]
            # Besides duplicates: the local names of the model template's from_dict/to_dict.
            clashes = {n for n in names if names.count(n) > 1} | (set(names) & {"d", "cls", "src_dict", "field_dict"})
            if clashes:
                raise SpecError(f"{self.spec.package}: {name}: attribute names clash: {sorted(clashes)}")

    def class_of(self, schema_name: str) -> str:
        found = self.by_schema.get(schema_name)
        if found is None:
            raise SpecError(f"{self.spec.package}: no model for schema {schema_name!r}")
        return str(found.class_info.name)

    def model(self, schema_name: str) -> ModelProperty:
        found = self.by_schema.get(schema_name)
        if not isinstance(found, ModelProperty):
            raise SpecError(f"{self.spec.package}: {schema_name!r} is not an object schema")
        return found

    def local_classes(self) -> list[tuple[str, str]]:
        """(module, class) of every model rendered into stream_models/."""
        return sorted(
            (str(m.class_info.module_name), str(m.class_info.name))
            for name, m in self.by_schema.items()
            if name not in self.external
        )

    def render(self) -> dict[str, str]:
        """Module files of stream_models/, rendered with the REST model templates."""
        project = Project(openapi=self.data, config=self.config, custom_template_path=TEMPLATES)
        configure(project.env, tuple_models=self.tuple_models)
        local_modules = {module for module, _ in self.local_classes()}
        files: dict[str, str] = {}
        for name, item in self.by_schema.items():
            if name in self.external:
                continue
            if isinstance(item, ModelProperty):
                text = project.env.get_template("model.py.jinja").render(model=item)
            elif item.value_type is int:
                text = project.env.get_template("int_enum.py.jinja").render(enum=item)
            else:
                text = project.env.get_template("str_enum.py.jinja").render(enum=item)
            files[f"{item.class_info.module_name}.py"] = _relocate_imports(text, local_modules)
        exports = self.local_classes()
        files["__init__.py"] = (
            streams_env()
            .get_template("stream_models_init.py.jinja")
            .render(spec_path=_spec_path(self.spec), exports=exports)
        )
        return files


def _relocate_imports(text: str, local_modules: set[str]) -> str:
    """The REST templates import siblings from `..models` and sentinels from `..types`. In stream_models/,
    siblings are `.module`, schemas taken from openapi.yaml stay in the REST package's `..models`, and the
    sentinels come from the runtime (the same objects `<package>.types` re-exports)."""

    def sibling(match: re.Match[str]) -> str:
        module = match.group(1)
        return f"from .{module} import" if module in local_modules else match.group(0)

    text = re.sub(r"from \.\.models\.(\w+) import", sibling, text)
    return text.replace("from ..types import", "from venuekit.types import")


# --- stream classes ----------------------------------------------------------------------------------
@dataclass
class Param:
    python_name: str
    wire_name: str
    hint: str
    required: bool
    description: str
    check: str  # statement binding `value` to the checked wire value
    value: str  # expression for the checked wire value


@dataclass
class ChannelCode:
    name: str
    method: str
    summary: str
    description: str
    message_class: str  # the type of what the subscription yields (a union when the channel has several messages)
    params: list[Param]
    subscribe: str
    unsubscribe: str
    route: str
    parse: str  # `Model.from_dict`, or the generated function choosing among several messages
    variants: list[tuple[str, str]] = field(default_factory=list)  # (class, route) when there are several
    book: dict[str, Any] | None = None


@dataclass
class RequestCode:
    name: str
    method: str  # the venue's method name
    summary: str
    description: str
    inputs: list[Any]
    call: str  # expression building the REST twin's Call, or "" for none
    reply_class: str
    result: str
    result_type: str


@dataclass
class StreamCode:
    name: str
    description: str
    environments: dict[str, str]
    protocol: dict[str, Any]
    options: dict[str, Any]
    channels: list[ChannelCode] = field(default_factory=list)
    requests: list[RequestCode] = field(default_factory=list)
    auth: dict[str, Any] | None = None
    rpc: dict[str, Any] | None = None
    query_auth: dict[str, Any] | None = None


def _py(value: Any, params: dict[str, Param]) -> str:
    """A Python expression for a command/route template: "{name}" is the checked parameter's value."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {_py(v, params)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_py(v, params) for v in value) + "]"
    if isinstance(value, str):
        names = PLACEHOLDER.findall(value)
        for name in names:
            if name not in params:
                raise SpecError(f"template {value!r} names an unknown parameter {name!r}")
        if names and PLACEHOLDER.fullmatch(value):
            return params[names[0]].value
        if names:
            return "f" + repr(PLACEHOLDER.sub(lambda m: "{" + params[m.group(1)].value + "}", value))
    return repr(value)


def _route(route: dict[str, Any], params: dict[str, Param]) -> str:
    entries = []
    for path, allowed in route.items():
        values = allowed if isinstance(allowed, list) else [allowed]
        for value in values:
            for name in PLACEHOLDER.findall(str(value)):
                if not params[name].required:
                    raise SpecError(f"route {path!r} uses the optional parameter {name!r}")
        entries.append(f"{path!r}: (" + "".join(_py(v, params) + ", " for v in values) + ")")
    return "{" + ", ".join(entries) + "}"


class Builder:
    """Template data for the stream classes, and what streams.py must import for it."""

    def __init__(self, spec: Spec, models: Models) -> None:
        self.spec = spec
        self.models = models
        self.stream_models: set[str] = set()
        self.rest_models: set[str] = set()
        self.rest_modules: set[tuple[str, str]] = set()

    def use(self, class_name: str) -> None:
        (self.rest_models if class_name in self.models.external else self.stream_models).add(class_name)

    def param(self, name: str, schema: dict[str, Any]) -> Param:
        python_name = snake(name)
        required = not schema.get("x-optional", False)
        description = _prose(schema.get("description"))
        target = self.spec.deref(schema)
        if "$ref" in schema:
            cls = self.models.class_of(self.spec.schema_name(schema))
            self.use(cls)
            literals = ", ".join(repr(v) for v in target["enum"])
            hint = f"{cls} | Literal[{literals}]"
            checked = f'check.enum_of({cls})("{python_name}", {python_name}).value'
            value = f"{python_name}_value"
        else:
            kind = target.get("type")
            hint, checker = {"string": ("str", "check.string"), "integer": ("int", "check.integer"),
                             "boolean": ("bool", "check.boolean")}[kind]  # fmt: skip
            bounds = {"minimum": "minimum", "maximum": "maximum", "pattern": "pattern", "minLength": "min_length",
                      "maxLength": "max_length"}  # fmt: skip
            limits = {arg: target[key] for key, arg in bounds.items() if key in target}
            if limits:
                checker = f"check.limited({checker}, " + ", ".join(f"{k}={v!r}" for k, v in limits.items()) + ")"
            checked = f'{checker}("{python_name}", {python_name})'
            value = python_name
        check = f"{value} = {checked}" if required else f"{value} = None if {python_name} is None else {checked}"
        return Param(python_name, name, hint, required, description, check, value)

    def messages(self, channel_id: str) -> list[tuple[str, str, dict[str, Any] | None]]:
        """(component message name, payload schema name, the message's own `x-sdk.route`) of every message the
        channel's receive operation lists, in order."""
        for operation in self.spec.doc.get("operations", {}).values():
            if operation["action"] != "receive" or operation["channel"]["$ref"] != f"#/channels/{channel_id}":
                continue
            found = []
            for reference in operation["messages"]:
                node, name = reference, ""
                while isinstance(node, dict) and "$ref" in node:  # channel message -> components message
                    name = node["$ref"].rsplit("/", 1)[-1]
                    node = self.spec.deref_once(node["$ref"])
                route = (node.get("x-sdk") or {}).get("route")
                found.append((name, self.spec.schema_name(node["payload"]), route))
            if len(found) > 1 and any(route is None for _, _, route in found):
                raise SpecError(
                    f"{self.spec.package}: channel {channel_id}: each of several messages needs x-sdk.route"
                )
            return found
        raise SpecError(f"{self.spec.package}: channel {channel_id} has no receive operation")

    def channel(self, channel_id: str, channel: dict[str, Any]) -> ChannelCode:
        sdk = channel["x-sdk"]
        params = {name: self.param(name, schema) for name, schema in (sdk.get("parameters") or {}).items()}
        messages = self.messages(channel_id)
        classes = []
        for _, schema_name, _ in messages:
            classes.append(self.models.class_of(schema_name))
            self.use(classes[-1])
        variants = [(cls, _route(route, params)) for cls, (_, _, route) in zip(classes, messages, strict=True) if route]
        several = len(messages) > 1
        code = ChannelCode(
            name=channel_id,
            method=sdk["method"],
            summary=_prose(channel.get("summary", channel_id)),
            description=_prose(channel.get("description")),
            message_class=" | ".join(classes),
            params=sorted(params.values(), key=lambda p: not p.required),
            subscribe=_py(sdk["subscribe"], params) if sdk.get("subscribe") else "None",
            unsubscribe=_py(sdk["unsubscribe"], params) if sdk.get("unsubscribe") else "None",
            route=_route(sdk["route"], params),
            parse=f"_parse_{snake(channel_id)}" if several else f"{classes[0]}.from_dict",
            variants=variants if several else [],
        )
        if "order-book" in sdk:
            code.book = self.book(channel_id, sdk["order-book"], messages, classes)
        return code

    def attr(self, model: ModelProperty, wire: str) -> tuple[str, Any]:
        """(attribute name, property) of a required field, by its wire name."""
        for prop in (model.required_properties or []) + (model.optional_properties or []):
            if text(prop.name) == wire:
                if not prop.required:
                    raise SpecError(f"{self.spec.package}: {model.class_info.name}.{wire} must be required")
                return str(prop.python_name), prop
        raise SpecError(f"{self.spec.package}: {model.class_info.name} has no field {wire!r}")

    def book(
        self,
        channel_id: str,
        book: dict[str, Any],
        messages: list[tuple[str, str, dict[str, Any] | None]],
        classes: list[str],
    ) -> dict[str, Any]:
        """Expressions turning one message (`message`) into `BookFrame`s, per message class of the channel:
        `order-book.messages.<message name>` overrides the block's keys for that message."""
        per_message = book.get("messages") or {}
        unknown = set(per_message) - {name for name, _, _ in messages}
        if unknown:
            raise SpecError(
                f"{self.spec.package}: {channel_id}: order-book.messages names no message {sorted(unknown)}"
            )
        variants = [
            {"class": cls, **self.book_frames({**book, **per_message.get(name, {})}, schema_name)}
            for (name, schema_name, _), cls in zip(messages, classes, strict=True)
        ]
        return {"function": "_book_" + snake(channel_id), "method": book["method"], "variants": variants}

    def book_frames(self, book: dict[str, Any], schema_name: str) -> dict[str, str]:
        model = self.models.model(schema_name)
        source = "[message]"
        if "items" in book or "item" in book:
            name, prop = self.attr(model, book.get("items") or book["item"])
            inner = prop.inner_property if isinstance(prop, ListProperty) else prop
            if not isinstance(inner, ModelProperty):
                raise SpecError(f"{self.spec.package}: order-book item {name!r} is not an object")
            model = inner
            source = f"message.{name}" if "items" in book else f"[message.{name}]"

        def side(key: str) -> tuple[str, ModelProperty | None]:
            name, prop = self.attr(model, book[key])
            level_model = prop.inner_property if isinstance(prop, ListProperty) else None
            return name, level_model if isinstance(level_model, ModelProperty) else None

        def level(key: str) -> str:
            name, level_model = side(key)
            price, size = book["price"], book["size"]
            if isinstance(price, int):  # positional [price, size] levels
                pair = f"(level[{price}], level[{size}])"
            else:
                if level_model is None:
                    raise SpecError(f"{self.spec.package}: order-book side {name!r} is not a list of objects")
                pair = f"(level.{self.attr(level_model, price)[0]}, level.{self.attr(level_model, size)[0]})"
            return f"[{pair} for level in item.{name}]"

        sequence = "None"
        if "sequence" in book and "levels" in book["sequence"]:
            # The newest level's own sequence number (GOPAX `entryId`): deltas carry no frame-level one.
            ids = []
            for key in ("bids", "asks"):
                name, level_model = side(key)
                if level_model is None:
                    raise SpecError(f"{self.spec.package}: order-book side {name!r} is not a list of objects")
                field_name = self.attr(level_model, book["sequence"]["levels"])[0]
                ids.append(f"*(level.{field_name} for level in item.{name})")
            sequence = f"newest_sequence([{', '.join(ids)}])"
        elif "sequence" in book:
            attr = self.attr(model, book["sequence"]["field"])[0]
            sequence = {"version": f"version_key(item.{attr})", "integer": f"(item.{attr},)"}[
                book["sequence"]["format"]
            ]
        timestamp = f"item.{self.attr(model, book['timestamp'])[0]}" if "timestamp" in book else "None"
        return {
            "source": source,
            "bids": level("bids"),
            "asks": level("asks"),
            "snapshot": repr(bool(book.get("snapshot", True))),
            "sequence": sequence,
            "timestamp": timestamp,
        }


def _protocol(sdk: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Protocol keyword arguments and default option values of one stream class."""
    beat = sdk.get("heartbeat", {})
    protocol: dict[str, Any] = {"heartbeat": beat.get("style", "websocket")}
    for key, arg in (("message", "ping_message"), ("method", "ping_method"), ("reply-field", "pong_field"),
                     ("server-ping-field", "server_ping_field")):  # fmt: skip
        if key in beat:
            protocol[arg] = beat[key]
    if "server-ping" in beat:
        protocol["server_ping_pattern"] = beat["server-ping"]["pattern"]
        protocol["server_pong"] = beat["server-ping"]["reply"]
    if "error-frame" in sdk:
        protocol["error_field"] = sdk["error-frame"]["field"]
        protocol["error_pattern"] = sdk["error-frame"].get("pattern")
    if sdk.get("split-arrays"):
        protocol["split_arrays"] = True
    if "auth" in sdk:
        protocol["token_variable"] = sdk["auth"]["variable"]
    options = {
        "ping_interval": float(beat["interval"]) if "interval" in beat else None,
        "ping_timeout": float(beat["timeout"]) if "timeout" in beat else None,
        "command_interval": float(sdk.get("command-interval", 0.0)),
    }
    return protocol, options


def build(spec: Spec, models: Models) -> tuple[list[StreamCode], Builder]:
    builder = Builder(spec, models)
    streams: dict[str, StreamCode] = {}
    for class_name, sdk in spec.sdk["streams"].items():
        protocol, options = _protocol(sdk)
        streams[class_name] = StreamCode(
            name=class_name,
            description=_prose(sdk.get("description")),
            environments={},
            protocol=protocol,
            options=options,
        )
        if "auth" in sdk:
            streams[class_name].auth = _auth(spec, sdk["auth"])
        if "rpc" in sdk:
            streams[class_name].rpc = _rpc(sdk["rpc"])
        if "query-auth" in sdk:
            streams[class_name].query_auth = sdk["query-auth"]
    for server in spec.doc["servers"].values():
        stream = streams[server["x-sdk"]["stream"]]
        stream.environments[server["x-sdk"]["environment"]] = (
            f"{server['protocol']}://{server['host']}{server.get('pathname', '')}"
        )
    by_server = {f"#/servers/{sid}": s["x-sdk"]["stream"] for sid, s in spec.doc["servers"].items()}
    for channel_id, channel in spec.doc.get("channels", {}).items():
        owners = {by_server[s["$ref"]] for s in channel["servers"]}
        if len(owners) != 1:
            raise SpecError(f"{spec.package}: channel {channel_id} spans streams {sorted(owners)}")
        if "x-sdk" in channel:
            streams[owners.pop()].channels.append(builder.channel(channel_id, channel))
    for operation_id, operation in spec.doc.get("operations", {}).items():
        if "reply" in operation:
            owner = {by_server[s["$ref"]] for s in spec.deref(operation["channel"])["servers"]}.pop()
            streams[owner].requests.append(_request(spec, models, builder, operation_id, operation))
    return list(streams.values()), builder


def _rpc(rpc: dict[str, Any]) -> dict[str, Any]:
    """`Rpc` keyword arguments and the request signing of a WebSocket API."""
    fields = {"id-field": "id_field", "method-field": "method_field", "params-field": "params_field",
              "code-field": "code_field", "message-field": "message_field"}  # fmt: skip
    framing: dict[str, Any] = {arg: rpc[key] for key, arg in fields.items() if key in rpc}
    if "ok-codes" in rpc:
        framing["ok_codes"] = tuple(str(code) for code in rpc["ok-codes"])
    return {"framing": framing, "signing": rpc.get("signing")}


def _auth(spec: Spec, auth: dict[str, Any]) -> dict[str, Any]:
    calls = {}
    for step in ("create", "extend", "delete"):
        tag, method = spec.rest_operation(auth[step]["operationId"])
        argument = auth[step].get("argument")
        calls[step] = {
            "call": f"rest.{tag}.{method}(" + (f"{snake(argument)}=token" if argument else "") + ")",
            "result": snake(auth[step]["result"]) if "result" in auth[step] else None,
        }
    reissue = auth.get("reissue-on", {})
    return {
        "calls": calls,
        "ttl": float(auth["ttl"]),
        "refresh_every": float(auth["refresh-every"]),
        "reissue_codes": tuple(str(code) for code in reissue.get("error-codes", ())),
        "reissue_statuses": tuple(int(status) for status in reissue.get("handshake-statuses", ())),
    }


@functools.cache
def _rest_endpoints(package: str, openapi_path: Path) -> tuple[rest.Venue, dict[str, Any]]:
    """The REST generator's view of the venue (for the signatures of REST twins), parsed once."""
    venue = rest.Venue(package, openapi_path)
    venue.spec, _ = rest._for_openapi_python_client(venue.spec)
    data = GeneratorData.from_dict(venue.spec, config=_config(package, Path("unused")))
    if not isinstance(data, GeneratorData):
        raise SpecError(f"{package}: openapi.yaml: {data.header}")
    return venue, {str(e.name): e for c in data.endpoint_collections_by_tag.values() for e in c.endpoints}


def _request(spec: Spec, models: Models, builder: Builder, operation_id: str, op: dict[str, Any]) -> RequestCode:
    sdk = op["x-sdk"]
    (reply_ref,) = op["reply"]["messages"]
    reply_schema = spec.schema_name(spec.deref(spec.deref(reply_ref))["payload"])
    reply_class = models.class_of(reply_schema)
    builder.use(reply_class)
    result = sdk.get("result", "data")
    result_attr, prop = builder.attr(models.model(reply_schema), result) if result else ("", None)
    result_type = prop.get_type_string(no_optional=True).as_unembedded_code() if prop is not None else "None"
    inputs: list[Any] = []
    call = ""
    if "rest-operation" in sdk:
        venue, endpoints = _rest_endpoints(spec.package, spec.path.parent / "openapi.yaml")
        tag, method = spec.rest_operation(sdk["rest-operation"])
        endpoint = endpoints[method]
        inputs = venue.inputs(endpoint)
        builder.rest_models.update(venue.classes())
        builder.rest_modules.add((tag, method))
        arguments = ", ".join(f"{i.python_name}={i.python_name}" for i in inputs)
        call = f"_{tag}_{method}.request({arguments})"
    for name in _class_names(prop):
        builder.use(name)
    return RequestCode(
        name=snake(operation_id),
        method=sdk["method"],
        summary=_prose(op.get("summary", operation_id)),
        description=_prose(op.get("description")),
        inputs=inputs,
        call=call,
        reply_class=reply_class,
        result=result_attr,
        result_type=result_type,
    )


def _class_names(prop: Any) -> set[str]:
    if prop is None:
        return set()
    if isinstance(prop, EnumProperty | ModelProperty):
        return {str(prop.class_info.name)}
    if isinstance(prop, ListProperty):
        return _class_names(prop.inner_property)
    names: set[str] = set()
    for inner in getattr(prop, "inner_properties", None) or []:
        names |= _class_names(inner)
    return names


# --- output ------------------------------------------------------------------------------------------
def _spec_path(spec: Spec) -> str:
    return f"specs/{spec.package}/asyncapi.yaml"


def generate(package: str, out_dir: Path, spec_path: Path | None = None) -> list[Path]:
    spec = Spec(package, spec_path)
    models = Models(spec, out_dir)
    streams, builder = build(spec, models)
    package_dir = out_dir / package
    package_dir.mkdir(parents=True, exist_ok=True)
    models_dir = package_dir / "stream_models"
    shutil.rmtree(models_dir, ignore_errors=True)
    models_dir.mkdir()
    written = []
    for filename, source in sorted(models.render().items()):
        (models_dir / filename).write_text(source, encoding="utf-8")
        written.append(models_dir / filename)
    source = (
        streams_env()
        .get_template("streams.py.jinja")
        .render(
            spec=spec,
            sdk=spec.sdk,
            hooks=spec.openapi.get("info", {}).get("x-sdk", {}).get("hooks", ""),
            spec_path=_spec_path(spec),
            streams=streams,
            stream_models=sorted(builder.stream_models),
            rest_models=sorted(builder.rest_models),
            rest_modules=sorted(builder.rest_modules),
        )
    )
    (package_dir / "streams.py").write_text(source, encoding="utf-8")
    written.append(package_dir / "streams.py")
    _format(written)
    return written


def _format(paths: list[Path]) -> None:
    """ruff's fixes and formatting, with the rules that apply under generated/ wherever the output goes, so
    that generating into another directory gives the same bytes."""
    ruff = Path(sys.executable).parent / "ruff"
    # The `"generated/**" = [...]` line of pyproject.toml (tomllib is not in Python 3.10).
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    found = re.search(r'^"generated/\*\*"\s*=\s*(\[[^\]]*\])', pyproject, re.M)
    if found is None:
        raise SpecError('pyproject.toml has no [tool.ruff.lint.per-file-ignores] "generated/**" line')
    override = 'lint.per-file-ignores = {"**" = ' + found.group(1) + "}"
    files = [str(p) for p in paths]
    subprocess.run([str(ruff), "check", "--fix-only", "--quiet", "--config", override, *files], check=True, cwd=ROOT)
    subprocess.run([str(ruff), "format", "--quiet", *files], check=True, cwd=ROOT)


def stream_exports(package: str, spec_path: Path | None = None) -> list[str]:
    """The stream classes a venue package should export (for the package `__init__` template)."""
    path = spec_path or ROOT / "specs" / package / "asyncapi.yaml"
    if not path.exists():
        return []
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    return sorted(doc["info"]["x-sdk"]["streams"])


def enabled_venues() -> list[str]:
    """The venues (`generator.enabled_venues`) that have an AsyncAPI spec."""
    return [v for v in enabled_venues_all() if (ROOT / "specs" / v / "asyncapi.yaml").exists()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("venues", nargs="*", help="packages (default: every venue with an asyncapi.yaml)")
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    parser.add_argument("--spec", type=Path, help="spec file to use instead of specs/<package>/asyncapi.yaml")
    args = parser.parse_args()
    for package in args.venues or enabled_venues():
        generate(package, args.out, args.spec)
        print(f"generated {package} streams")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
