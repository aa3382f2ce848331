"""The real-world payload corpus (tests/data/real-world): loading, operation mapping, schema checks.

Every file is one response written by someone outside this project (see tests/data/real-world/README.md).
This module decides, per file, what the tests do with it: which documented operation it belongs to
(method + path, the GMO `/public` and `/private` prefixes taken from the path item's `servers`), how a
payload recorded without its envelope is re-wrapped, which payloads are error bodies and which typed
exception they must raise, which lossy recordings are exempt from which documented fields, and which
endpoints the SDK does not cover.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import enum
import functools
import importlib
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import attrs
import referencing
import referencing.jsonschema
from openapi_python_client.strings import PythonIdentifier

from tests.contract.support import epoch, load_exact, load_spec
from venuekit import UNSET, codec
from venuekit.sandbox.spec import known_venues

# jsonschema ships no type information (types-jsonschema is not a dev dependency): use it untyped.
jsonschema: Any = importlib.import_module("jsonschema")


ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "real-world"
VENUES = known_venues()
METHODS = ("get", "post", "put", "delete", "patch")


@dataclasses.dataclass(frozen=True)
class Payload:
    """One corpus file. `response` is decoded like the client decodes: exact Decimals and ints."""

    venue: str
    name: str
    method: str
    path: str
    query: Mapping[str, Any] | None
    body: Mapping[str, Any] | None
    source: str
    source_kind: str
    notes: str
    lossy: bool
    envelope_stripped: bool
    response: Any

    @property
    def id(self) -> str:
        return f"{self.venue}/{self.name}"

    @property
    def is_ws(self) -> bool:
        return self.method == "WS"


@functools.cache
def load(venue: str) -> tuple[Payload, ...]:
    found = []
    for path in sorted((DATA / venue).glob("*.json")):
        raw = codec.loads(path.read_bytes())
        found.append(
            Payload(
                venue=venue,
                name=path.stem,
                method=raw["method"],
                path=raw["path"],
                query=raw.get("query"),
                body=raw.get("body"),
                source=raw["source"],
                source_kind=raw["source_kind"],
                notes=raw.get("notes", ""),
                lossy=bool(raw.get("lossy")),
                envelope_stripped=bool(raw.get("envelope_stripped")),
                response=raw["response"],
            )
        )
    return tuple(found)


def payload(payload_id: str) -> Payload:
    venue = payload_id.split("/", 1)[0]
    return next(p for p in load(venue) if p.id == payload_id)


# --- operations ------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class OperationRef:
    venue: str
    operation_id: str
    method: str
    spec_path: str  # as the spec writes it, without the server prefix
    wire_path: str  # prefix + spec_path, as sent
    tag: str

    @property
    def pointer(self) -> str:
        return f"/paths/{_escape(self.spec_path)}/{self.method.lower()}"


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def template(path: str) -> str:
    """A path with its parameter names erased: the corpus writes `{orderId}` where a spec says `{order_id}`."""
    return re.sub(r"\{[^}]*\}", "{}", path)


@functools.cache
def operations(venue: str) -> Mapping[tuple[str, str], OperationRef]:
    """(METHOD, path template as sent) -> operation, for every REST operation in the spec."""
    spec = load_spec(venue)
    table: dict[tuple[str, str], OperationRef] = {}
    for spec_path, item in spec["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            op = item[method]
            servers = op.get("servers") or item.get("servers") or spec.get("servers") or []
            prefixes = {urlsplit(s["url"]).path.rstrip("/") for s in servers}
            assert len(prefixes) <= 1, f"{venue} {spec_path}: servers disagree on the prefix"
            wire = (prefixes.pop() if prefixes else "") + spec_path
            ref = OperationRef(venue, op["operationId"], method.upper(), spec_path, wire, op["tags"][0])
            table[(method.upper(), template(wire))] = ref
    return table


def operation_by_id(venue: str, operation_id: str) -> OperationRef:
    return next(op for op in operations(venue).values() if op.operation_id == operation_id)


def operation_for(item: Payload) -> OperationRef | None:
    return operations(item.venue).get((item.method, template(item.path)))


# --- per-file decisions ----------------------------------------------------------------------------

GMO_RESPONSETIME = "2020-01-01T00:00:00.000Z"
"""The `responsetime` put into a re-wrapped GMO envelope (the recording did not keep the real one)."""


def _gmo_envelope(data: Any) -> Any:
    return {"status": 0, "data": data, "responsetime": GMO_RESPONSETIME}


def _bitunix_list_envelope(element: Any) -> Any:
    return {"code": "0", "msg": "Success", "data": [element]}


ENVELOPES: Mapping[str, Callable[[Any], Any]] = {"gmo_coin": _gmo_envelope, "gmo_coin_fx": _gmo_envelope}
"""How a recording flagged `envelope_stripped` (only GMO's `data` member kept) is re-wrapped."""


def _gmo_member_envelope(member: str) -> Callable[[Any], Any]:
    return lambda value: _gmo_envelope({member: value})


_FX_SOURCE = "ajim3796/gmo_coin_fx_api@cd38641c:src/gmo_coin_fx_api/*_api.py"
_FX_DATA_ONLY = f"the docstring ({_FX_SOURCE}) shows what its method returns: `response['data']`"
_FX_LIST = f"the docstring ({_FX_SOURCE}) shows what its method returns: `response['data']['list']`"
_FX_SUCCESS = f"the docstring ({_FX_SOURCE}) shows what its method returns: `response['data']['success']`"
REWRAP: Mapping[str, tuple[Callable[[Any], Any], str]] = {
    **{
        f"gmo_coin_fx/{name}": (_gmo_member_envelope("list"), _FX_LIST)
        for name in (
            "GET__private_v1_activeOrders__1",
            "GET__private_v1_executions__1",
            "GET__private_v1_latestExecutions__1",
            "GET__private_v1_openPositions__1",
            "GET__private_v1_orders__1",
            "GET__private_v1_positionSummary__1",
        )
    },
    **{
        f"gmo_coin_fx/{name}": (_gmo_member_envelope("success"), _FX_SUCCESS)
        for name in ("POST__private_v1_cancelBulkOrder__1", "POST__private_v1_cancelOrders__1")
    },
    **{
        f"gmo_coin_fx/{name}": (_gmo_envelope, _FX_DATA_ONLY)
        for name in (
            "GET__private_v1_account_assets__1",
            "GET__public_v1_klines__1",
            "GET__public_v1_status__1",
            "GET__public_v1_symbols__1",
            "GET__public_v1_ticker__1",
            "POST__private_v1_changeIfdOrder__1",
            "POST__private_v1_changeIfoOrder__1",
            "POST__private_v1_changeOcoOrder__1",
            "POST__private_v1_changeOrder__1",
            "POST__private_v1_closeOrder__1",
            "POST__private_v1_order__1",
            "POST__private_v1_speedOrder__1",
            "POST__private_v1_ws_auth__1",
        )
    },
    "bitunix/GET__api_spot_v1_common_coin_pair_list__1": (
        _bitunix_list_envelope,
        "one element of `data[]` only, envelope not shown (notes: PARTIAL); wrapped as the only element of "
        '`{"code": "0", "msg": "Success", "data": [...]}`',
    ),
}
"""Payloads recorded without their envelope that are not flagged `envelope_stripped`: how they are wrapped."""


def wire_body(item: Payload) -> Any:
    """The body the venue sent, as far as the recording lets us rebuild it (a fresh copy)."""
    response = copy.deepcopy(item.response)
    if item.id in REWRAP:
        return REWRAP[item.id][0](response)
    if item.envelope_stripped:
        return ENVELOPES[item.venue](response)
    return response


@dataclasses.dataclass(frozen=True)
class ExpectedError:
    """An error body: the client must raise `venue_class` (from `<package>.errors`), also a `category`."""

    venue_class: str
    category: str
    code: str


ERRORS: Mapping[str, ExpectedError] = {
    # Maintenance: status 5 and no `responsetime` member at all.
    "gmo_coin/POST__private_v1_ws_auth__2": ExpectedError("GmoCoinMaintenanceError", "MaintenanceError", "ERR-5201"),
    "gmo_coin/PUT__private_v1_ws_auth__2": ExpectedError(
        "GmoCoinInvalidParameterError", "InvalidParameterError", "ERR-5106"
    ),
    "gopax/GET__balances__2": ExpectedError("GopaxAuthenticationError", "AuthenticationError", "10155"),
    "gopax/POST__orders__3": ExpectedError("GopaxInsufficientFundsError", "InsufficientFundsError", "201"),
}
"""Error bodies in the corpus; they are validated against the operation's `default` response schema."""


@dataclasses.dataclass(frozen=True)
class Lossy:
    """A recording that dropped documented fields: those, and only those, may be missing."""

    dropped: tuple[str, ...]
    reason: str


LOSSY: Mapping[str, Lossy] = {
    "gmo_coin/GET__private_v1_account_margin__1": Lossy(
        ("marginCallStatus", "marginRatio", "transferableAmount"),
        "recorded through the adapter's typed Margin struct, which kept only profitLoss, actualProfitLoss, margin "
        "and availableAmount. The four kept fields are validated against the schema; the client must refuse the "
        "body (DecodeError naming a dropped field) rather than invent values, and the documented fields stay "
        "required.",
    ),
}


@dataclasses.dataclass(frozen=True)
class NotCovered:
    reason: str
    stand_in: str | None = None
    """An operation whose response is the same object: the payload is cross-checked against it too."""


NOT_COVERED: Mapping[tuple[str, str, str], NotCovered] = {
    ("hashkey_mena", "POST", "/api/v1/spot/order"): NotCovered(
        "HashKey Global's v1 order path (ccxt routes limit and market-sell orders there); the MENA docs define "
        "placing orders at /api/v1.1/spot/order (createOrder) and show /api/v1/spot/order only in a signing sample",
        stand_in="createOrder",
    ),
    ("hashkey_mena", "POST", "/api/v1/spot/batchOrders"): NotCovered(
        "HashKey Global's v1 batch path called by ccxt; MENA documents /api/v1.1/spot/batchOrders (createBatchOrders)",
        stand_in="createBatchOrders",
    ),
    ("gopax", "GET", "/time"): NotCovered("not in the GOPAX seed docs nor in the spec (server time)"),
    ("gopax", "GET", "/crypto-deposit-addresses"): NotCovered("not in the GOPAX seed docs nor in the spec"),
    ("gopax", "GET", "/deposit-withdrawal-status"): NotCovered("not in the GOPAX seed docs nor in the spec"),
    ("bitunix", "GET", "/web/api/v1/common/tickers"): NotCovered(
        "Bitunix's website API on api.bitunix.com, not part of the OpenAPI (openapi.bitunix.com) the SDK covers"
    ),
}
"""Endpoints of corpus payloads that the SDK does not cover (REST), keyed by (venue, METHOD, path)."""


def not_covered(item: Payload) -> NotCovered | None:
    return NOT_COVERED.get((item.venue, item.method, item.path))


# --- JSON Schema 2020-12 ---------------------------------------------------------------------------

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
PLAUSIBLE = (dt.datetime(2009, 1, 1, tzinfo=dt.timezone.utc), dt.datetime(2035, 1, 1, tzinfo=dt.timezone.utc))
"""Every time in the corpus falls in this window (or is the epoch itself, a venue's "unset"): a value read
in the wrong unit lands decades away from it."""


def plausible(value: dt.datetime) -> bool:
    return value == _EPOCH or PLAUSIBLE[0] <= value < PLAUSIBLE[1]


FORMATS = jsonschema.FormatChecker(formats=())


def _is_decimal(instance: object) -> bool:
    if isinstance(instance, str | int | Decimal) and not isinstance(instance, bool):
        codec.parse_decimal(instance)
    return True


def _unix(scale: int) -> Callable[[object], bool]:
    def check(instance: object) -> bool:
        if isinstance(instance, str | int | Decimal) and not isinstance(instance, bool):
            return plausible(codec.parse_unix(instance, scale=scale))
        return True

    return check


FORMATS.checks("unix-ms", raises=(TypeError, ValueError, OverflowError))(_unix(1000))
FORMATS.checks("unix-s", raises=(TypeError, ValueError, OverflowError))(_unix(1))


def _is_datetime(instance: object) -> bool:
    return not isinstance(instance, str) or plausible(codec.parse_datetime(instance))


def _is_int64(instance: object) -> bool:
    return not isinstance(instance, int) or -(2**63) <= instance < 2**63


FORMATS.checks("decimal", raises=(TypeError, ValueError))(_is_decimal)
FORMATS.checks("date-time", raises=(TypeError, ValueError))(_is_datetime)
FORMATS.checks("int64")(_is_int64)


def _uri(venue: str) -> str:
    return f"urn:venuekit:openapi:{venue}"


@functools.cache
def _registry(venue: str) -> referencing.Registry[Any]:
    resource = referencing.Resource.from_contents(
        load_spec(venue), default_specification=referencing.jsonschema.DRAFT202012
    )
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(_uri(venue), resource)
    return registry


def _deref(venue: str, pointer: str) -> tuple[str, dict[str, Any]]:
    """Follow `$ref`s from a JSON pointer into the spec; the pointer and node where they end."""
    spec = load_spec(venue)
    while True:
        node: Any = spec
        for part in pointer.lstrip("/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        if "$ref" in node and set(node) <= {"$ref", "description", "summary"}:
            pointer = node["$ref"].removeprefix("#")
            continue
        return pointer, node


def response_schema_pointer(op: OperationRef, status: str) -> str:
    """Pointer to the `application/json` schema of one response (`200` or `default`) of an operation."""
    response, _ = _deref(op.venue, f"{op.pointer}/responses/{status}")
    return f"{response}/content/{_escape('application/json')}/schema"


def _format(validator: Any, fmt: Any, instance: Any, schema: Any) -> Any:
    """`format`, except that `""` is a value of a field declared `x-sdk-empty: null` (the venue's "no value yet")."""
    if instance == "" and isinstance(schema, dict) and "x-sdk-empty" in schema:
        return
    yield from jsonschema.Draft202012Validator.VALIDATORS["format"](validator, fmt, instance, schema)


Validator: Any = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"format": _format})
"""JSON Schema 2020-12 that reads the specs' `x-sdk-empty` declaration."""


@functools.cache
def validator(venue: str, pointer: str) -> Any:
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": f"{_uri(venue)}#{pointer}"}
    return Validator(schema, registry=_registry(venue), format_checker=FORMATS)


def schema_errors(venue: str, pointer: str, instance: Any) -> list[Any]:
    return sorted(validator(venue, pointer).iter_errors(instance), key=lambda e: list(e.absolute_path))


def asyncapi_path(venue: str) -> Path:
    return ROOT / "specs" / venue / "asyncapi.yaml"


@functools.cache
def load_asyncapi(venue: str) -> dict[str, Any]:
    return load_exact(asyncapi_path(venue))


@functools.cache
def asyncapi_validator(venue: str, message: str) -> Any:
    """The payload schema of `components/messages/<message>`, with `$ref`s into the sibling openapi.yaml.

    Checked as JSON Schema 2020-12: the AsyncAPI Schema Object (AsyncAPI 3.0's default schema format) is a
    draft-07 superset, but these specs use no draft-07-only keyword and reference OpenAPI 3.1 (2020-12)
    schemas, whose keywords (prefixItems) draft-07 would silently ignore."""
    folder = ROOT / "specs" / venue
    asyncapi_uri, openapi_uri = (folder / "asyncapi.yaml").as_uri(), (folder / "openapi.yaml").as_uri()
    spec = referencing.jsonschema.DRAFT202012
    registry: referencing.Registry[Any] = referencing.Registry().with_resources(
        [
            (asyncapi_uri, referencing.Resource.from_contents(load_asyncapi(venue), default_specification=spec)),
            (openapi_uri, referencing.Resource.from_contents(load_spec(venue), default_specification=spec)),
        ]
    )
    payload = load_asyncapi(venue)["components"]["messages"][message]["payload"]
    fmt = payload.get("schemaFormat") if isinstance(payload, dict) else None
    assert fmt is None, f"{venue} {message}: schemaFormat {fmt} is not handled here"
    schema = {"$ref": f"{asyncapi_uri}#/components/messages/{_escape(message)}/payload"}
    return Validator(schema, registry=registry, format_checker=FORMATS)


def describe(errors: list[Any]) -> str:
    return "\n".join(f"  at {'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message[:300]}" for e in errors)


# --- typed results ---------------------------------------------------------------------------------


def same(a: Any, b: Any) -> bool:
    """JSON equality that also insists on the same types (1 is not "1", 1 is not True)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


@dataclasses.dataclass(frozen=True)
class SchemaView:
    """A schema inside a spec, for naming model attributes the way the stream generator does
    (`x-python-name`, else the snake_case of the wire name). `documents` maps a `$ref`'s file part
    ("" for the document itself, "openapi.yaml" for the sibling REST spec) to its content."""

    documents: Mapping[str, Mapping[str, Any]]
    node: Mapping[str, Any]
    base: str = ""

    def _at(self, node: Mapping[str, Any], base: str) -> SchemaView:
        return SchemaView(self.documents, node, base)

    def resolved(self, raw: Any = None) -> tuple[dict[str, Any], str]:
        """The node with `$ref`s followed, `allOf` merged and the `anyOf`/`oneOf` branch that fits `raw`,
        and the document it ends in."""
        node: Mapping[str, Any] = self.node
        base = self.base
        while "$ref" in node:
            file, _, pointer = str(node["$ref"]).partition("#")
            base = file or base
            target: Any = self.documents[base]
            for part in pointer.removeprefix("/").split("/"):
                target = target[part]
            node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        merged = dict(node)
        for part in node.get("allOf", []):
            sub, _ = self._at(part, base).resolved(raw)
            merged["properties"] = {**merged.get("properties", {}), **sub.get("properties", {})}
        for key in ("anyOf", "oneOf"):
            for branch in node.get(key, []):
                sub, where = self._at(branch, base).resolved(raw)
                kind = sub.get("type")
                if (kind == "object" and isinstance(raw, dict)) or (kind == "array" and isinstance(raw, list)):
                    return {**merged, **sub}, where
        return merged, base

    def names(self, raw: Mapping[str, Any]) -> dict[str, tuple[str, SchemaView | None]]:
        node, base = self.resolved(raw)
        found: dict[str, tuple[str, SchemaView | None]] = {}
        for key, prop in node.get("properties", {}).items():
            wanted = prop.get("x-python-name")
            name = (
                PythonIdentifier(wanted, "field_", skip_snake_case=True) if wanted else PythonIdentifier(key, "field_")
            )
            found[key] = (str(name), self._at(prop, base))
        return found

    def items(self, raw: Any) -> SchemaView | None:
        node, base = self.resolved(raw)
        items = node.get("items")
        return self._at(items, base) if isinstance(items, dict) else None


def _declared_scale(schema: SchemaView | None, raw: Any) -> int | None:
    """Units per second the schema node declares (`format: unix-ms` / `unix-s`, also inside anyOf/oneOf)."""
    if schema is None:
        return None
    node, base = schema.resolved(raw)
    nodes = [node] + [
        schema._at(branch, base).resolved(raw)[0] for k in ("anyOf", "oneOf") for branch in node.get(k, [])
    ]
    return next((SCALES[n["format"]] for n in nodes if n.get("format") in SCALES), None)


SCALES = {"unix-ms": 1000, "unix-s": 1}


def assert_typed(
    value: Any,
    raw: Any,
    path: str = "result",
    schema: SchemaView | None = None,
    empty: frozenset[str] = frozenset(),
    scales: Mapping[str, int] | None = None,
    key: str = "",
) -> None:
    """`value` (what the client returned) carries exactly the JSON `raw`, nothing dropped.

    Documented fields must be typed (money an exact Decimal, times an aware datetime in a plausible
    year, read at the unit the spec declares for the field: its schema node's format where `schema` is
    given, else `scales[key]` by wire name; large ids exact ints); undocumented ones must sit untouched in
    `additional_properties`. Attribute names follow the REST generator (snake_case of the wire name), or
    `schema` where one is given (stream models: `x-python-name`). None stands for `""` only in the fields
    named in `empty` (declared `x-sdk-empty: null`).
    """
    if attrs.has(type(value)):
        names = getattr(type(value), "TUPLE_FIELDS", None)
        if names is not None and isinstance(raw, list):
            raw = {names[i] if i < len(names) else str(i): v for i, v in enumerate(raw)}
        assert isinstance(raw, dict), f"{path}: model {type(value).__name__} for non-object {raw!r}"
        extra: dict[str, Any] = getattr(value, "additional_properties", {})
        fields = {f.name for f in attrs.fields(type(value))} - {"additional_properties"}
        declared = schema.names(raw) if schema is not None else {}
        python = {k: declared.get(k, (str(PythonIdentifier(k, "field_")), None)) for k in raw}
        for key, item in raw.items():
            name, child = python[key]
            if key in extra:
                assert name not in fields or getattr(value, name) is UNSET, f"{path}.{key}: both typed and extra"
                assert same(extra[key], item), f"{path}.{key}: kept as {extra[key]!r}, sent {item!r}"
                continue
            assert name in fields, f"{path}.{key}: dropped (neither a field nor in additional_properties)"
            assert getattr(value, name) is not UNSET, f"{path}.{key}: sent but left UNSET"
            if getattr(value, name) is None and item == "":
                assert key in empty, f'{path}.{key}: None for "", but the spec declares no x-sdk-empty'
                continue
            assert_typed(getattr(value, name), item, f"{path}.{key}", child, empty, scales, key)
        assert set(extra) <= set(raw), f"{path}: additional_properties invents {set(extra) - set(raw)}"
        for name in fields - {n for n, _ in python.values()}:
            assert getattr(value, name) is UNSET, f"{path}.{name}: set, but not in the payload"
    elif isinstance(value, list):
        assert isinstance(raw, list) and len(value) == len(raw), f"{path}: list of {len(value)} for {raw!r}"
        items = schema.items(raw) if schema is not None else None
        for i, (v, r) in enumerate(zip(value, raw, strict=True)):
            assert_typed(v, r, f"{path}[{i}]", items, empty, scales, key)
    elif isinstance(value, Decimal):
        assert isinstance(raw, str | int | Decimal) and not isinstance(raw, bool), f"{path}: {raw!r} as Decimal"
        assert value == Decimal(raw.strip() if isinstance(raw, str) else raw), f"{path}: {value} != {raw!r}"
    elif isinstance(value, dt.datetime):
        assert value.tzinfo is not None, f"{path}: naive datetime"
        if isinstance(raw, str) and not re.fullmatch(r"\s*-?\d+(\.\d+)?\s*", raw):
            assert value == codec.parse_datetime(raw), f"{path}: {value} != {raw!r}"
        else:
            scale = _declared_scale(schema, raw) or (scales or {}).get(key)
            assert scale is not None, f"{path}: epoch {raw!r} in {key!r}, a field with no unix-ms/unix-s format"
            assert value == epoch(raw, scale), f"{path}: {value} != epoch {raw!r} at {scale}/s"
        assert plausible(value), f"{path}: {raw!r} read as {value.isoformat()}: wrong unit?"
    elif isinstance(value, enum.Enum):
        assert same(value.value, raw), f"{path}: {value!r} for {raw!r}"
    elif isinstance(value, dict):
        assert same(value, raw), f"{path}: {value!r} != {raw!r}"
    elif type(value) is int and isinstance(raw, str):
        # `type: [integer, string], format: int64`: a digit string decodes to the same int a number would.
        assert raw.strip().lstrip("-").isdigit() and int(raw) == value, f"{path}: {value!r} != {raw!r}"
    else:
        assert same(value, raw), f"{path}: {value!r} ({type(value).__name__}) != {raw!r} ({type(raw).__name__})"


def expected_result(venue: str, body: Any) -> Any:
    """What a facade method returns for `body`: the `unwrap` member (None when absent), else the body."""
    unwrap = load_spec(venue)["info"]["x-sdk"].get("unwrap")
    if unwrap and isinstance(body, dict):
        return body.get(unwrap)
    return body
