"""The unified interface of a venue: specs/<venue>/unified.yaml -> generated/<package>/unified.py (`make generate`).

The declaration says which venue operation serves each unified method (`venuekit.connect`), which wire
parameters get which unified argument, and which reply fields make the unified model (the format:
specs/CONVENTIONS.md, "Unified interface"). This module checks every name against the venue's OpenAPI and
AsyncAPI specs, as parsed by openapi-python-client (the same classes and attribute names the venue package
has), and renders a typed module: mypy sees every field the mapping reads, and nothing parses YAML at run time.

It also renders the README's venue x method matrix from the declarations (`update_readme`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties import EnumProperty, ModelProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.strings import PythonIdentifier

from generator import ROOT, rest
from generator.templating import text
from venuekit.unified.exchange import METHODS
from venuekit.unified.models import ORDER_STATUSES

SpecError = rest.SpecError

REST_METHODS = (
    "fetch_ticker",
    "fetch_order_book",
    "fetch_trades",
    "fetch_ohlcv",
    "fetch_balance",
    "create_order",
    "cancel_order",
    "fetch_order",
    "fetch_order_by_client_id",
    "fetch_open_orders",
    "fetch_my_trades",
)
STREAM_METHODS = ("watch_ticker", "watch_order_book", "watch_orders")
TOP_KEYS = {"markets", "timeframes", "not-supported", *REST_METHODS, *STREAM_METHODS}

SOURCES = {
    "market.id": ("market", "id"),
    "market.tick": ("market", "tick"),
    "id": ("arg", "id"),
    "client_order_id": ("arg", "client_order_id"),
    "amount": ("arg", "amount"),
    "price": ("arg", "price"),
    "limit": ("arg", "limit"),
    "since": ("arg", "since"),
    "until": ("arg", "until"),
    "window_start": ("arg", "window_start"),
    "side": ("arg", "side"),
    "type": ("arg", "type"),
    "timeframe": ("arg", "timeframe"),
}
"""What a parameter may be filled with: a unified argument or a fact of the call's market."""

# Unified model fields and how a reply value becomes one.
DECIMAL, TIME, TEXT, RAW = "u.dec", "u.when", "u.text", ""
FIELDS: dict[str, dict[str, str]] = {
    "market": {
        "id": TEXT,
        "base": TEXT,
        "quote": TEXT,
        "active": "map",
        "tick": DECIMAL,
        "step": DECIMAL,
        "min_amount": DECIMAL,
        "max_amount": DECIMAL,
        "min_price": DECIMAL,
        "max_price": DECIMAL,
        "min_notional": DECIMAL,
    },
    "ticker": {
        "symbol": RAW,
        "bid": DECIMAL,
        "ask": DECIMAL,
        "last": DECIMAL,
        "open": DECIMAL,
        "high": DECIMAL,
        "low": DECIMAL,
        "volume": DECIMAL,
        "timestamp": TIME,
    },
    "book": {"symbol": RAW, "timestamp": TIME},
    "level": {"price": DECIMAL, "amount": DECIMAL},
    "trade": {
        "symbol": RAW,
        "price": DECIMAL,
        "amount": DECIMAL,
        "side": "map",
        "id": TEXT,
        "order_id": TEXT,
        "fee": DECIMAL,
        "fee_currency": TEXT,
        "taker_or_maker": "map",
        "timestamp": TIME,
    },
    "candle": {
        "timestamp": TIME,
        "open": DECIMAL,
        "high": DECIMAL,
        "low": DECIMAL,
        "close": DECIMAL,
        "volume": DECIMAL,
    },
    "balance": {"currency": TEXT, "free": DECIMAL, "used": DECIMAL, "total": DECIMAL},
    "order": {
        "id": TEXT,
        "symbol": RAW,
        "status": "status",
        "client_order_id": TEXT,
        "side": "map",
        "type": "type",
        "price": DECIMAL,
        "amount": DECIMAL,
        "filled": DECIMAL,
        "remaining": DECIMAL,
        "average": DECIMAL,
        "fee": DECIMAL,
        "fee_currency": TEXT,
        "timestamp": TIME,
        "updated": TIME,
    },
}
REQUIRED_FIELDS = {
    "trade": {"price", "amount"},
    "candle": {"timestamp", "open", "high", "low", "close"},
    "balance": {"currency"},
    "order": {"id"},
}
MODEL_OF = {
    "fetch_ticker": "ticker",
    "fetch_trades": "trade",
    "fetch_my_trades": "trade",
    "fetch_ohlcv": "candle",
    "fetch_balance": "balance",
    "create_order": "order",
    "fetch_order": "order",
    "fetch_order_by_client_id": "order",
    "fetch_open_orders": "order",
    "watch_ticker": "ticker",
    "watch_orders": "order",
}
BUILDERS = {
    "ticker": ("u.ticker", "um.Ticker"),
    "trade": ("u.trade", "um.Trade"),
    "candle": ("u.candle", "um.OHLCV"),
    "balance": ("u.balance", "um.Balance"),
    "order": ("u.order", "um.Order"),
}
LISTS = {"fetch_trades", "fetch_my_trades", "fetch_ohlcv", "fetch_balance", "fetch_open_orders"}
MATRIX_START = "<!-- unified-matrix:start (generated by make generate from specs/*/unified.yaml) -->"
MATRIX_END = "<!-- unified-matrix:end -->"


def _wire_key(value: Any) -> str:
    """A YAML map key as the venue writes the value (YAML reads `true:` and `1:` as bool and int)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# --- paths ------------------------------------------------------------------------------------------------
_STEP = re.compile(r"(\*)|([^.\[\]*]+)|\[(-?\d+)\]|\[([^=\]]+)=([^\]]*)\]|(\.)")


def parse_path(path: str, where: str) -> list[tuple[str, ...]]:
    """`a.b[0].c[kind=X]` -> [("field", "a"), ("field", "b"), ("index", "0"), ("field", "c"), ("select", "kind", "X")];
    `o.*` -> [("field", "o"), ("values",)]: the values of an object keyed by name (GOPAX tickers by pair)."""
    steps: list[tuple[str, ...]] = []
    position = 0
    while position < len(path):
        found = _STEP.match(path, position)
        if not found or found.end() == position:
            raise SpecError(f"{where}: cannot read path {path!r} at {path[position:]!r}")
        star, name, index, key, value, _dot = found.groups()
        if star is not None:
            steps.append(("values",))
        elif name is not None:
            steps.append(("field", name))
        elif index is not None:
            steps.append(("index", index))
        elif key is not None:
            steps.append(("select", key, value))
        position = found.end()
    return steps


@dataclass
class Node:
    """A typed expression of the generated code: `expr` holds a value of openapi-python-client property `prop`;
    `maybe`: it may be None or UNSET (a step on the way was optional)."""

    expr: str
    prop: Any
    maybe: bool = False


def _kind(prop: Any) -> str:
    return type(prop).__name__


def _parts(prop: Any) -> list[Any]:
    """The non-null members of a property (one for anything but a union)."""
    if _kind(prop) == "UnionProperty":
        return [p for p in prop.inner_properties if _kind(p) != "NoneProperty"]
    return [prop]


def _nullable(prop: Any) -> bool:
    if _kind(prop) == "UnionProperty":
        return any(_kind(p) == "NoneProperty" for p in prop.inner_properties)
    return bool(getattr(prop, "null", False) or getattr(prop, "empty", False))


def _fields(model: ModelProperty) -> list[Any]:
    return list(model.required_properties or []) + list(model.optional_properties or [])


@dataclass
class _Values:
    """The values of an object keyed by name: a list for `Walker.items`."""

    inner_property: Any


def class_name(prop: Any) -> str:
    return str(prop.class_info.name)


class Walker:
    """Steps through typed replies by wire names, rendering the Python that reads them."""

    def __init__(self, where: str, models: dict[str, ModelProperty]) -> None:
        self.where = where
        self.models = models  # class name -> the parsed model with its fields (list items may be copies)

    def model(self, prop: Any) -> ModelProperty:
        if prop.required_properties is not None or prop.optional_properties is not None:
            return prop  # type: ignore[no-any-return]
        model = self.models.get(class_name(prop), prop)  # a copy made before its fields were parsed
        assert isinstance(model, ModelProperty)
        return model

    def field(self, node: Node, wire: str) -> Node:
        members = _parts(node.prop)
        models = [p for p in members if isinstance(p, ModelProperty)]
        if len(models) != 1 or len(members) != 1:
            raise SpecError(f"{self.where}: {wire!r}: the value before it is not one object ({_kind(node.prop)})")
        model = self.model(models[0])
        for prop in _fields(model):
            if text(prop.name) == wire:
                attr = str(prop.python_name)
                optional = node.maybe or _kind(node.prop) == "UnionProperty"
                expr = f"u.then({node.expr}, lambda v: v.{attr})" if optional else f"{node.expr}.{attr}"
                return Node(expr, prop, optional or not prop.required or _nullable(prop))
        known = ", ".join(text(p.name) for p in _fields(model))
        raise SpecError(f"{self.where}: {class_name(model)} has no field {wire!r} (fields: {known})")

    def step(self, node: Node, step: tuple[str, ...]) -> Node:
        if step[0] == "field":
            return self.field(node, step[1])
        if step[0] == "values":
            members = _parts(node.prop)
            extra = getattr(members[0], "additional_properties", None) if len(members) == 1 else None
            if not isinstance(members[0], ModelProperty) or not isinstance(extra, ModelProperty):
                raise SpecError(f"{self.where}: `*` needs an object keyed by name whose values are objects")
            return Node(f"u.values({node.expr})", _Values(extra), node.maybe)
        members = _parts(node.prop)
        if len(members) != 1 or not isinstance(members[0], ListProperty):
            raise SpecError(f"{self.where}: [{step[1]}...] needs a list, got {_kind(node.prop)}")
        inner = members[0].inner_property
        if step[0] == "index":
            return Node(f"u.at({node.expr}, {int(step[1])})", inner, True)
        probe = self.field(Node("v", inner), step[1])
        return Node(f"u.select({node.expr}, lambda v: u.wire({probe.expr}) == {step[2]!r})", inner, True)

    def path(self, node: Node, path: str) -> Node:
        for step in parse_path(path, self.where):
            node = self.step(node, step)
        return node

    def items(self, node: Node) -> tuple[str, Any]:
        """(an expression of the list, the item property) for a list, a nullable list, a list-or-one reply,
        or a single object (a list of one)."""
        if isinstance(node.prop, _Values):
            return node.expr, node.prop.inner_property
        members = _parts(node.prop)
        lists = [p for p in members if isinstance(p, ListProperty)]
        if len(members) == 1 and lists:
            listed = f"u.listed({node.expr})" if node.maybe or _nullable(node.prop) else node.expr
            return listed, lists[0].inner_property
        if len(members) == 2 and len(lists) == 1:
            other = next(p for p in members if p is not lists[0])
            inner = lists[0].inner_property
            same = isinstance(other, ModelProperty) and isinstance(inner, ModelProperty)
            if same and class_name(other) == class_name(inner):
                return f"u.list_or_one({node.expr}, {class_name(other)})", inner
        if len(members) == 1 and isinstance(members[0], ModelProperty):
            return f"u.as_items({node.expr})", members[0]
        raise SpecError(f"{self.where}: expected a list of records, got {_kind(node.prop)}")


# --- the venue's specs, as openapi-python-client reads them -------------------------------------------------
class RestView:
    def __init__(self, package: str, spec_path: Path) -> None:
        self.venue = rest.Venue(package, spec_path)
        document, _ = rest._for_openapi_python_client(self.venue.spec)
        self.venue.spec = document
        config = Config.from_sources(
            ConfigFile(package_name_override=package, project_name_override=package),
            MetaType.NONE,  # type: ignore[arg-type]  # a StrEnum member; the stubs see str
            document_source=spec_path,
            file_encoding="utf-8",
            overwrite=True,
            output_path=Path("/nonexistent") / package,
        )
        parsed = GeneratorData.from_dict(document, config=config)
        if not isinstance(parsed, GeneratorData):
            raise SpecError(f"{package}: {parsed.header}: {parsed.detail}")
        self.models: dict[str, ModelProperty] = {m.class_info.name: m for m in parsed.models}
        self.venue.models = self.models
        self.endpoints: dict[str, Any] = {}
        for collection in parsed.endpoint_collections_by_tag.values():
            for endpoint in collection.endpoints:
                self.endpoints[self.venue.operation_id(endpoint)] = endpoint

    def endpoint(self, operation_id: object, where: str) -> Any:
        found = self.endpoints.get(str(operation_id))
        if found is None:
            raise SpecError(f"{where}: no operation {operation_id!r} in openapi.yaml")
        return found

    def module(self, endpoint: Any) -> tuple[str, str]:
        """(the api module to import, its local name)."""
        _, operation = self.venue.raw_operation(endpoint)
        name = str(PythonIdentifier(operation["operationId"], "field_"))
        return f".api.{operation['tags'][0]} import {name} as _{name}", f"_{name}"

    def reply(self, endpoint: Any) -> tuple[str, Any]:
        """(the type the operation's call parses into, its property): the `unwrap` field of the body, if any."""
        output = self.venue.output(endpoint)
        prop = rest._ok_response(endpoint)
        unwrap = self.venue.sdk.get("unwrap")
        if unwrap and isinstance(prop, ModelProperty):
            data = next((p for p in _fields(self.models.get(class_name(prop), prop)) if text(p.name) == unwrap), None)
            if data is None:
                return "None", None
            prop = data
        return output.type, prop


class StreamView:
    def __init__(self, package: str, spec_path: Path) -> None:
        from generator import asyncapi

        self.spec = asyncapi.Spec(package, spec_path)
        self.parsed = asyncapi.Models(self.spec, Path("/nonexistent"))
        self.streams: dict[str, Any] = self.spec.sdk["streams"]

    def message(self, schema: object, where: str) -> tuple[ModelProperty, bool]:
        """(the model of a message schema, whether it is a REST model)."""
        try:
            return self.parsed.model(str(schema)), str(schema) in self.parsed.external
        except Exception as exc:
            raise SpecError(f"{where}: {exc}") from None

    def models(self) -> dict[str, ModelProperty]:
        return {class_name(m): m for m in self.parsed.by_schema.values() if isinstance(m, ModelProperty)}


# --- rendering ----------------------------------------------------------------------------------------------
@dataclass
class Module:
    """The generated module, as it is assembled."""

    package: str
    imports: set[str] = field(default_factory=set)
    rest_models: set[str] = field(default_factory=set)
    stream_models: set[str] = field(default_factory=set)
    tables: list[str] = field(default_factory=list)
    functions: list[str] = field(default_factory=list)
    table_names: dict[str, str] = field(default_factory=dict)

    def table(self, hint: str, name: str, values: dict[str, Any]) -> str:
        body = "{" + ", ".join(f"{k!r}: {v!r}" for k, v in values.items()) + "}"
        code = f"{hint} = {body}"
        if code in self.table_names:
            return self.table_names[code]
        unique = f"_{name.upper()}_{len(self.table_names) + 1}"
        self.table_names[code] = unique
        self.tables.append(f"{unique}: {code}")
        return unique


def _literal(values: Iterable[Any]) -> str:
    return "Literal[" + ", ".join(repr(v) for v in dict.fromkeys(values)) + "]"


class Renderer:
    def __init__(self, package: str, declaration: dict[str, Any], rest_view: RestView, streams: StreamView | None):
        self.package = package
        self.decl = declaration
        self.rest = rest_view
        self.streams = streams
        self.module = Module(package)
        self.all_models = dict(rest_view.models)
        self.stream_models = {**self.all_models, **(streams.models() if streams is not None else {})}

    # --- request parameters -----------------------------------------------------------------------------------
    def source(self, source: Any, where: str, required: bool, hint: str, inner: Any = None) -> str:
        """The expression that fills one parameter (`a` is the call's `u.Args`)."""
        if isinstance(source, str):
            if source not in SOURCES:
                raise SpecError(f"{where}: unknown source {source!r} (known: {', '.join(SOURCES)})")
            kind, name = SOURCES[source]
            if kind == "market":
                base = "a.need_market()" if required else "a.market"
                expr = f"{base}.{name}" if required else f"u.then(a.market, lambda m: m.{name})"
                value = f"a.need({expr}, 'symbol')" if required and name != "id" else expr
            else:
                value = f"a.need(a.{name}, {name!r})" if required else f"a.{name}"
                if name == "id" and hint.replace(" | None", "") in ("int", "Sequence[int]"):
                    value = f"u.int_id({value}, 'id')" if required else "u.then(a.id, lambda i: u.int_id(i, 'id'))"
            return value
        if not isinstance(source, dict):
            raise SpecError(f"{where}: a source is a name or a mapping, got {source!r}")
        if "value" in source:
            return repr(source["value"])
        if "list" in source:
            element = self.source(source["list"], where, True, hint.removeprefix("Sequence[").removesuffix("]"), inner)
            return f"[{element}]"
        if "object" in source:
            if inner is None or not isinstance(inner, ModelProperty):
                raise SpecError(f"{where}: `object` needs a parameter that is a list of objects")
            model = self.all_models.get(class_name(inner), inner)
            names = {text(p.name): p for p in _fields(model)}
            parts = []
            for wire, sub in source["object"].items():
                if wire not in names:
                    raise SpecError(f"{where}: {class_name(inner)} has no field {wire!r}")
                parts.append(f"{names[wire].python_name}={self.source(sub, where, True, 'str')}")
            self.module.rest_models.add(class_name(inner))
            return f"{class_name(inner)}({', '.join(parts)})"
        origin = source.get("from")
        if origin not in SOURCES:
            raise SpecError(f"{where}: `from` must be one of {', '.join(SOURCES)}, got {origin!r}")
        name = SOURCES[origin][1]
        extra = set(source) - {"from", "map", "epoch", "strftime", "utc-offset", "or", "default"}
        if extra:
            raise SpecError(f"{where}: unknown keys {sorted(extra)}")
        if "map" in source:
            table = {str(k): v for k, v in source["map"].items()}
            hint_name = f"dict[str, {_literal(table.values())}]"
            mapped = self.module.table(hint_name, name, table)
            return f"u.choose({mapped}, a.{name}, {name!r}, a)"
        if name == "timeframe":
            return "u.choose(TIMEFRAMES, a.timeframe, 'timeframe', a)"
        value = f"a.{name}"
        if "or" in source:
            other = SOURCES.get(str(source["or"]))
            if other is None or other[0] != "arg":
                raise SpecError(f"{where}: `or` names another argument, got {source['or']!r}")
            value = f"({value} if {value} is not None else a.{other[1]})"
        if "epoch" in source:
            scale = {"ms": 1000, "s": 1}.get(source["epoch"])
            if scale is None:
                raise SpecError(f"{where}: epoch is ms or s")
            value = f"u.epoch({value}, {scale})"
        elif "strftime" in source:
            formats = source["strftime"]
            formats = {"": formats} if isinstance(formats, str) else {str(k): v for k, v in formats.items()}
            offset = _offset(source.get("utc-offset", "+00:00"), where)
            table_name = self.module.table("dict[str, str]", "date_format", formats)
            value = f"u.strftime({value}, {table_name}, a.timeframe, {offset})"
        if "default" in source:
            default = source["default"]
            default_code = f"Decimal({str(default)!r})" if name in ("price", "amount") else repr(default)
            value = f"u.otherwise({value}, {default_code})"
        return f"a.need({value}, {name!r})" if required else value

    def call(self, method: str, spec: dict[str, Any]) -> tuple[str, Any, str]:
        """(the code building the call, the reply's property, the reply's type)."""
        where = f"{self.package}: unified.yaml {method}"
        endpoint = self.rest.endpoint(spec.get("operation"), where)
        module, local = self.rest.module(endpoint)
        self.module.imports.add(f"from {module}")
        inputs = {i.wire_name: i for i in self.rest.venue.inputs(endpoint)}
        declared = spec.get("params") or {}
        missing = [w for w, i in inputs.items() if i.required and w not in declared and i.location != "body_list"]
        if missing:
            raise SpecError(f"{where}: required parameters without a source: {missing}")
        arguments = []
        for wire, source in declared.items():
            given = inputs.get(wire)
            if given is None:
                raise SpecError(f"{where}: {spec['operation']} has no parameter {wire!r} (has: {', '.join(inputs)})")
            inner = self._list_item(endpoint, wire)
            value = self.source(source, f"{where}.params.{wire}", given.required, given.hint, inner)
            arguments.append(f"{given.python_name}={value}")
        if method == "create_order" and "client_order_id" not in repr(declared):
            arguments_prefix = "u.unused(a, 'client_order_id')\n    "
        else:
            arguments_prefix = ""
        reply_type, reply_prop = self.rest.reply(endpoint)
        for name in rest._class_names(reply_prop) if reply_prop is not None else ():
            self.module.rest_models.add(name)
        return f"{arguments_prefix}call = {local}.request({', '.join(arguments)})", reply_prop, reply_type

    def _list_item(self, endpoint: Any, wire: str) -> Any:
        for body in endpoint.bodies:
            if isinstance(body.prop, ModelProperty):
                for prop in _fields(self.rest.models.get(class_name(body.prop), body.prop)):
                    if text(prop.name) == wire and isinstance(prop, ListProperty):
                        return prop.inner_property
        return None

    # --- reading replies ----------------------------------------------------------------------------------------
    def value(self, walker: Walker, item: Node, kind: str, model: str, name: str, spec: Any) -> str:
        """The expression of one unified field read from `item`."""
        where = walker.where
        if isinstance(spec, dict) and "value" in spec:
            return repr(spec["value"])
        if isinstance(spec, dict) and "decimals" in spec:
            return f"u.step_of({walker.path(item, str(spec['decimals'])).expr})"
        if isinstance(spec, dict) and "template" in spec:
            parts = re.split(r"(\{[^}]+\})", str(spec["template"]))
            pieces = [
                f"u.text({walker.path(item, p[1:-1]).expr})" if p.startswith("{") else repr(p) for p in parts if p
            ]
            return f"u.joined({', '.join(pieces)})"
        path = spec if isinstance(spec, str) else (spec or {}).get("path")
        if not isinstance(path, str):
            raise SpecError(f"{where}.{name}: a field is a path or a mapping with path/value/decimals/template")
        node = walker.path(item, path)
        if kind in ("map", "type", "status"):
            table = (spec or {}).get("map") if isinstance(spec, dict) else None
            if not table:
                raise SpecError(f"{where}.{name}: needs a `map` from the venue's values to unified ones")
            values = {_wire_key(k): v for k, v in table.items()}
            given = values
            values = {k: v for k, v in values.items() if v is not None}  # null: no unified value (venue_type keeps it)
            allowed = {
                ("order", "status"): ORDER_STATUSES,
                ("order", "side"): ("buy", "sell"),
                ("trade", "side"): ("buy", "sell"),
                ("order", "type"): ("limit", "market", None),
                ("trade", "taker_or_maker"): ("taker", "maker"),
                ("market", "active"): (True, False),
            }[(model, name)]
            wrong = [v for v in given.values() if v not in allowed]
            if wrong:
                raise SpecError(f"{where}.{name}: {wrong} are not unified values ({allowed})")
            hint = {
                "status": "dict[str, um.OrderStatus]",
                "side": "dict[str, um.Side]",
                "type": "dict[str, um.OrderType]",
                "taker_or_maker": "dict[str, um.TakerOrMaker]",
                "active": "dict[str, bool]",
            }[name]
            table_name = self.module.table(hint, name, values)
            if kind == "status":
                absent = spec.get("absent")
                if absent is not None and absent not in ORDER_STATUSES:
                    raise SpecError(f"{where}.{name}: absent: {absent!r} is not a unified status")
                return f"{table_name}|{node.expr}|{absent!r}"
            if kind == "type":
                return f"u.looked_up({table_name}, {node.expr})|{node.expr}"
            return f"u.looked_up({table_name}, {node.expr})"
        if kind == RAW:
            return node.expr
        return f"{kind}({node.expr})"

    def reader(self, model: str, fields: dict[str, Any], walker: Walker, item: Node) -> list[str]:
        """Keyword arguments of the `u.<model>(...)` builder."""
        known = FIELDS[model]
        unknown = set(fields) - set(known)
        if unknown:
            raise SpecError(f"{walker.where}: unknown {model} fields {sorted(unknown)} (known: {', '.join(known)})")
        lacking = REQUIRED_FIELDS.get(model, set()) - set(fields)
        if lacking and model != "order":
            raise SpecError(f"{walker.where}: {model} needs {sorted(lacking)}")
        arguments = []
        for name, spec in fields.items():
            expr = self.value(walker, item, known[name], model, name, spec)
            if known[name] == "status":
                table, raw, absent = expr.split("|", 2)
                arguments += [f"statuses={table}", f"venue_status={raw}"]
                if absent != "None":
                    arguments.append(f"absent_status={absent}")
            elif known[name] == "type":
                looked, raw = expr.split("|", 1)
                arguments += [f"type={looked}", f"venue_type={raw}"]
            else:
                arguments.append(f"{name}={expr}")
        return arguments

    def navigate(self, walker: Walker, reply: Node, spec: dict[str, Any], single: bool) -> tuple[list[str], Any]:
        """Statements that bind `i` (single) or `items` (list) from the reply `r`, and the item property."""
        path = str(spec.get("items", ""))
        alone = spec.get("alone")
        lines: list[str] = []
        if alone is not None:
            objects = {class_name(p): p for p in _parts(reply.prop) if isinstance(p, ModelProperty)}
            if alone not in objects or len(objects) != 2:
                raise SpecError(f"{walker.where}: alone: the reply is not {alone} or one other object")
            self.module.rest_models.add(str(alone))
            other = next(p for n, p in objects.items() if n != alone)
            inner = walker.path(Node("r", other), path)
            listed, item = walker.items(inner)
            lines.append(f"items = [r] if isinstance(r, {alone}) else {listed}")
            return lines, item
        node = walker.path(reply, path)
        members = _parts(node.prop)
        if single and len(members) == 1 and not isinstance(members[0], ListProperty):
            lines.append(f"i = u.found({node.expr}, c)" if node.maybe or _nullable(node.prop) else f"i = {node.expr}")
            return lines, members[0]
        listed, item = walker.items(node)
        if not single:
            lines.append(f"items = {listed}")
            return lines, item
        pick = spec.get("pick", "first")
        if pick == "first":
            lines.append(f"i = u.one({listed}, c)")
        elif isinstance(pick, dict) and len(pick) == 1:
            ((wire, source),) = pick.items()
            probe = walker.field(Node("x", item), str(wire))
            if source not in ("market.id", "id", "client_order_id"):
                raise SpecError(f"{walker.where}: pick compares with market.id, id or client_order_id")
            wanted = "c.args.need_market().id" if source == "market.id" else f"c.args.{source}"
            lines.append(f"i = u.one({listed}, c, lambda x: u.wire({probe.expr}) == {wanted})")
        else:
            raise SpecError(f"{walker.where}: pick is `first` or {{field: market.id | id | client_order_id}}")
        return lines, item

    def item_type(self, prop: Any, local: bool = False) -> str:
        if isinstance(prop, ModelProperty | EnumProperty):
            name = class_name(prop)
            if local:  # a stream model may share its name with a REST one (GMO `Ticker`): qualified
                self.module.stream_models.add(name)
                return f"sm.{name}"
            self.module.rest_models.add(name)
            return name
        return str(rest._code(prop.get_type_string(no_optional=True)))

    def rest_method(self, method: str, spec: dict[str, Any]) -> None:
        where = f"{self.package}: unified.yaml {method}"
        extra = set(spec) - {
            "operation",
            "params",
            "items",
            "alone",
            "pick",
            "fields",
            "bids",
            "asks",
            "refuse",
            "confirm",
        }
        if extra:
            raise SpecError(f"{where}: unknown keys {sorted(extra)}")
        build, reply_prop, reply_type = self.call(method, spec)
        walker = Walker(where, self.all_models)
        result, body = self.read(method, spec, walker, reply_prop)
        needs_market = "a.need_market()" in build
        self.module.functions.append(
            f"def {method}(a: u.Args) -> u.Bound[{result}]:\n"
            f'    """`{spec["operation"]}`."""\n'
            f"    {build}\n"
            f"    return u.bind(call, _read_{method})\n\n\n"
            f"def _read_{method}(r: {reply_type}, c: u.Context) -> {result}:\n" + body
        )
        del needs_market

    def read(self, method: str, spec: dict[str, Any], walker: Walker, reply_prop: Any) -> tuple[str, str]:
        """(the unified result type, the body of the function that reads the reply `r`)."""
        if method == "cancel_order":
            confirm = spec.get("confirm")
            if confirm is None:
                return "None", "    return None\n"
            if reply_prop is None or not isinstance(confirm, dict) or set(confirm) != {"items", "id"}:
                raise SpecError(f"{walker.where}: confirm: {{items: <list of what was cancelled>, id: <its id field>}}")
            listed, item = walker.items(walker.path(Node("r", reply_prop), str(confirm["items"])))
            probe = walker.field(Node("x", item), str(confirm["id"]))
            return "None", (
                f"    if not any(u.text({probe.expr}) == c.args.id for x in {listed}):\n"
                "        raise u.NotDone(f'{c.args.venue} did not cancel order {c.args.id}')\n"
                "    return None\n"
            )
        if reply_prop is None:
            raise SpecError(f"{walker.where}: the operation's reply has no data to read")
        reply = Node("r", reply_prop)
        if method == "fetch_order_book":
            lines, item = self.navigate(walker, reply, spec, single=True)
            node = Node("i", item)
            sides = []
            for side in ("bids", "asks"):
                side_spec = spec.get(side)
                if not isinstance(side_spec, dict) or "items" not in side_spec:
                    raise SpecError(f"{walker.where}: {side}: {{items: <path>, price: <path>, amount: <path>}}")
                listed, level = walker.items(walker.path(node, str(side_spec["items"])))
                level_node = Node("x", level)
                price = self.value(walker, level_node, DECIMAL, "level", "price", side_spec.get("price"))
                amount = self.value(walker, level_node, DECIMAL, "level", "amount", side_spec.get("amount"))
                sides.append(f"{side}=[u.level(c, {price}, {amount}) for x in {listed}]")
            extra = self.reader("book", spec.get("fields") or {}, walker, node)
            body = "".join(f"    {line}\n" for line in lines)
            body += f"    return u.order_book(c, i, {', '.join(sides + extra)})\n"
            return "um.OrderBook", body
        model = MODEL_OF[method]
        single = method not in LISTS
        lines, item = self.navigate(walker, reply, spec, single)
        builder, result = BUILDERS[model]
        arguments = self.reader(model, spec.get("fields") or {}, walker, Node("x" if not single else "i", item))
        body = "".join(f"    {line}\n" for line in lines)
        if single:
            body += f"    return {builder}(c, i, {', '.join(arguments)})\n"
            return result, body
        body += f"    return [{builder}(c, x, {', '.join(arguments)}) for x in items]\n"
        return f"list[{result}]", body

    def markets(self) -> None:
        spec = self.decl.get("markets")
        where = f"{self.package}: unified.yaml markets"
        if not isinstance(spec, dict):
            raise SpecError(f"{where}: required (the venue's metadata operation and fields)")
        extra = set(spec) - {"operation", "params", "items", "alone", "symbols", "fields", "codes"}
        if extra:
            raise SpecError(f"{where}: unknown keys {sorted(extra)}")
        build, reply_prop, reply_type = self.call("markets", spec)
        walker = Walker(where, self.all_models)
        lines, item = self.navigate(walker, Node("r", reply_prop), spec, single=False)
        fields = dict(spec.get("fields") or {})
        node = Node("x", item)
        base = self.value(walker, node, TEXT, "market", "base", fields.pop("base")) if "base" in fields else "None"
        quote = self.value(walker, node, TEXT, "market", "quote", fields.pop("quote")) if "quote" in fields else "None"
        if "id" not in fields:
            raise SpecError(f"{where}: fields.id: the field with the venue's id of the market")
        ident = self.value(walker, node, TEXT, "market", "id", fields.pop("id"))
        rules = []
        for rule in spec.get("symbols") or [{}]:
            unknown = set(rule) - {"match", "type", "base", "quote"}
            if unknown or rule.get("type", "spot") not in ("spot", "leverage"):
                raise SpecError(f"{where}: symbols: {{match: <regex>, type: spot|leverage, base: X, quote: Y}}")
            pattern = str(rule.get("match", ".*"))
            try:
                re.compile(pattern)
            except re.error as exc:
                raise SpecError(f"{where}: symbols: {pattern!r}: {exc}") from None
            rules.append(
                f"u.SymbolRule({pattern!r}, {rule.get('type', 'spot')!r}, {rule.get('base')!r}, {rule.get('quote')!r})"
            )
        self.module.tables.append(f"SYMBOL_RULES = ({', '.join(rules)},)")
        arguments = self.reader("market", fields, walker, node) if fields else []
        body = "".join(f"    {line}\n" for line in lines)
        body += (
            f"    return u.markets(\n"
            f"        u.market_info(x, id=ident, type=kind, base=b, quote=q, {', '.join(arguments)})\n"
            f"        for x in items\n"
            f"        for ident, kind, b, q in [u.classify(SYMBOL_RULES, {ident}, {base}, {quote})]\n"
            f"    )\n"
        )
        self.module.functions.insert(
            0,
            f"def markets(a: u.Args) -> u.Bound[list[u.MarketInfo]]:\n"
            f'    """`{spec["operation"]}`: every market and its rules."""\n'
            f"    {build}\n"
            f"    return u.bind(call, _read_markets)\n\n\n"
            f"def _read_markets(r: {reply_type}, c: u.Context) -> list[u.MarketInfo]:\n" + body,
        )

    def stream_method(self, method: str, spec: dict[str, Any]) -> None:
        where = f"{self.package}: unified.yaml {method}"
        if self.streams is None:
            raise SpecError(f"{where}: the venue has no asyncapi.yaml")
        extra = set(spec) - {"stream", "method", "args", "message", "messages", "items", "fields"}
        if extra:
            raise SpecError(f"{where}: unknown keys {sorted(extra)}")
        name = str(spec.get("stream"))
        sdk = self.streams.streams.get(name)
        if sdk is None:
            raise SpecError(f"{where}: no stream {name!r} (streams: {', '.join(self.streams.streams)})")
        channel = str(spec.get("method"))
        if not channel.isidentifier():
            raise SpecError(f"{where}: method must name the stream's channel method")
        keys = "" if "auth" not in sdk and "query-auth" not in sdk else "s.api_key, s.api_secret, "
        rest_client = "rest=s.rest, " if "auth" in sdk else ""
        make = (
            f"lambda s: _streams.{name}({keys}{rest_client}url=s.url, environment=s.environment, options=s.options, "
            "source=s.source)"
        )
        default_args = ["market.id"] if method in ("watch_ticker", "watch_order_book") else []
        sources = spec.get("args", default_args)
        if method == "watch_order_book" and sources != ["market.id"]:
            raise SpecError(f"{where}: an order-book method takes the market's id")
        values = [self.source(src, f"{where}.args", True, "str") for src in sources]
        call = f"ws.{channel}({', '.join(values)})"
        head = (
            f"def {method}(a: u.Args, host: u.StreamHost) -> u.Feed[{{result}}]:\n"
            f'    """`{name}.{channel}`."""\n'
            f"    from . import streams as _streams  # loads websockets: only when a stream is used\n\n"
            f"    ws = host.stream({name!r}, {make})\n"
            f"    c = host.context(a)\n"
        )
        if method == "watch_order_book":
            self.module.functions.append(
                head.format(result="um.OrderBook") + f"    return u.book_feed(host, {name!r}, {call}, c, a.limit)\n"
            )
            return
        model = MODEL_OF[method]
        builder, result = BUILDERS[model]
        messages = spec.get("messages") or {spec.get("message"): {"items": spec.get("items")}}
        readers, types = [], []
        walker = Walker(where, self.stream_models)
        for index, (schema, how) in enumerate(messages.items()):
            message, is_rest = self.streams.message(schema, where)
            kind = self.item_type(message, local=not is_rest)
            types.append(kind)
            node = Node("m", message)
            path = (how or {}).get("items")
            if path is None:
                listed, item = f"[{node.expr}]", message
            else:
                listed, item = walker.items(walker.path(node, str(path)))
            arguments = self.reader(model, spec.get("fields") or {}, walker, Node("x", item))
            readers.append(
                f"def _read_{method}_{index}(m: {kind}, c: u.Context) -> list[{result}]:\n"
                f"    return [{builder}(c, x, {', '.join(arguments)}) for x in {listed}]\n"
            )
        if len(readers) == 1:
            read = f"lambda m: _read_{method}_0(m, c)"
        else:
            branches = " else ".join(
                f"_read_{method}_{i}(m, c) if isinstance(m, {t})" for i, t in enumerate(types[:-1])
            )
            read = f"lambda m: {branches} else _read_{method}_{len(types) - 1}(m, c)"
        feed = f"    return u.feed(host, {name!r}, {call}, {read})\n\n\n"
        self.module.functions.append(head.format(result=result) + feed + "\n\n".join(readers))

    def render(self) -> str:
        decl = self.decl
        unknown = set(decl) - TOP_KEYS
        if unknown:
            raise SpecError(f"{self.package}: unified.yaml: unknown keys {sorted(unknown)} (known: {sorted(TOP_KEYS)})")
        timeframes = {str(k): v for k, v in (decl.get("timeframes") or {}).items()}
        for method in REST_METHODS:
            if method in decl:
                self.rest_method(method, decl[method])
        for method in STREAM_METHODS:
            if method in decl:
                self.stream_method(method, decl[method])
        self.markets()
        notes = {str(k): str(v) for k, v in (decl.get("not-supported") or {}).items()}
        for method in notes:
            if method not in METHODS or method in decl:
                raise SpecError(f"{self.package}: unified.yaml not-supported: {method!r} is not an unsupported method")
        undeclared = [m for m in METHODS if m not in decl and m not in notes]
        if undeclared:
            raise SpecError(f"{self.package}: unified.yaml: say why under not-supported: {undeclared}")
        refusals = []
        for refusal in (decl.get("create_order") or {}).get("refuse", []):
            refusals.append(f"u.Refusal({refusal.get('type')!r}, {refusal.get('side')!r}, {refusal['reason']!r})")
        tf_hint = f"dict[str, {_literal(timeframes.values())}]" if timeframes else "dict[str, str]"
        rest_models = sorted(self.module.rest_models)
        members = ["    venue=" + repr(self.package) + ",", "    markets=markets,"]
        members += ["    timeframes=TIMEFRAMES,", f"    refusals=({''.join(r + ', ' for r in refusals)}),"]
        members += [f"    notes={notes!r},"]
        order_params = (decl.get("create_order") or {}).get("params") or {}
        members += [f"    client_order_id={'client_order_id' in repr(order_params)!r},"]
        members += [f"    {m}={m}," for m in (*REST_METHODS, *STREAM_METHODS) if m in decl]
        lines = [
            f'"""The unified interface (`venuekit.connect("{self.package}")`) over this venue.',
            "",
            f"Generated from specs/{self.package}/unified.yaml by `make generate`; do not edit.",
            '"""',
            "",
            "from __future__ import annotations",
            "",
            "import datetime",
            "from decimal import Decimal",
            "from typing import Literal",
            "",
            "from venuekit.unified import mapping as u",
            "from venuekit.unified import models as um",
            "",
            *sorted(self.module.imports),
        ]
        if rest_models:
            lines.append(f"from .models import {', '.join(rest_models)}")
        if self.module.stream_models:
            lines.append("from . import stream_models as sm")
        lines += ["", f"TIMEFRAMES: {tf_hint} = {timeframes!r}", *self.module.tables, "", ""]
        lines += ["\n\n".join(self.module.functions), "", ""]
        lines += ["MAPPING = u.VenueMapping(", *members, ")", ""]
        return "\n".join(lines)


def _offset(value: Any, where: str) -> int:
    found = re.fullmatch(r"([+-])(\d\d):(\d\d)", str(value))
    if not found:
        raise SpecError(f"{where}: utc-offset like +03:00, got {value!r}")
    minutes = int(found.group(2)) * 60 + int(found.group(3))
    return -minutes if found.group(1) == "-" else minutes


def declaration(spec_dir: Path) -> dict[str, Any] | None:
    path = spec_dir / "unified.yaml"
    if not path.exists():
        return None
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(loaded, dict):
        raise SpecError(f"{path}: expected a mapping")
    return loaded


def generate(package: str, out_dir: Path, spec_path: Path | None = None) -> Path | None:
    """Write `out_dir/package/unified.py` from the unified.yaml beside the venue's openapi.yaml, if there is one."""
    openapi = spec_path or ROOT / "specs" / package / "openapi.yaml"
    decl = declaration(openapi.parent)
    if decl is None:
        return None
    streams_spec = openapi.parent / "asyncapi.yaml"
    streams = StreamView(package, streams_spec) if streams_spec.exists() else None
    source = Renderer(package, decl, RestView(package, openapi), streams).render()
    target = out_dir / package / "unified.py"
    target.write_text(source, encoding="utf-8")
    from generator.asyncapi import _format

    _format([target])
    return target


# --- the README matrix ---------------------------------------------------------------------------------------
MATRIX_METHODS = ("load_markets", *METHODS[:6], "create_order:client_order_id", *METHODS[6:])


def matrix(spec_root: Path = ROOT / "specs") -> str:
    """The Markdown venue x method table: `yes` (with the venue operation or stream channel) or `-`."""
    from venuekit.sandbox.spec import known_venues

    venues = [v for v in known_venues(spec_root) if (spec_root / v / "unified.yaml").exists()]
    rows = ["| method | " + " | ".join(f"`{v}`" for v in venues) + " |", "|---|" + "---|" * len(venues)]
    decls = {v: declaration(spec_root / v) or {} for v in venues}
    for method in MATRIX_METHODS:
        cells = []
        for venue in venues:
            if method == "create_order:client_order_id":
                params = (decls[venue].get("create_order") or {}).get("params") or {}
                wire = next((w for w, src in params.items() if "client_order_id" in repr(src)), None)
                cells.append("-" if wire is None else f"`{wire}`")
                continue
            spec = decls[venue].get("markets" if method == "load_markets" else method)
            if spec is None:
                cells.append("-")
            elif "operation" in spec:
                cells.append(f"`{spec['operation']}`")
            else:
                cells.append(f"`{spec['stream']}.{spec['method']}`")
        labels = {
            "fetch_order_by_client_id": "fetch_order(client_order_id=)",
            "create_order:client_order_id": "create_order(client_order_id=)",
        }
        label = labels.get(method, method)
        rows.append(f"| `{label}` | " + " | ".join(cells) + " |")
    return "\n".join(rows) + "\n"


def update_readme(readme: Path = ROOT / "README.md") -> bool:
    """Rewrite the matrix between the README's markers; True when it changed."""
    current = readme.read_text(encoding="utf-8")
    start, end = current.find(MATRIX_START), current.find(MATRIX_END)
    if start < 0 or end < start:
        print(f"{readme}: no unified matrix markers; the matrix is not written", file=sys.stderr)
        return False
    updated = current[: start + len(MATRIX_START)] + "\n" + matrix() + current[end:]
    if updated != current:
        readme.write_text(updated, encoding="utf-8")
        return True
    return False
