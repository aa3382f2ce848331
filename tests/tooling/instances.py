"""Every documented or recorded instance of every response schema, for the mechanical spec audits.

An *instance* is one JSON value the venue sends (or its docs show it sending), paired with the schema it is
an instance of: the response examples of every operation (`examples`, all of them, and `example`), the
AsyncAPI examples of every message the client receives, and the real-world payloads of
tests/data/real-world (REST bodies rebuilt as the venue sent them, WebSocket frames mapped to their
message). `walk` follows an instance down its schema (`$ref`s across openapi.yaml/asyncapi.yaml, `allOf`,
the `anyOf`/`oneOf` branch that fits, `items`, `prefixItems`, `properties`, `additionalProperties`) and
reports every object it meets with the schema node that describes it.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from tests.contract.support import load_exact
from tests.realworld import corpus
from tests.realworld.test_ws_payloads import HEARTBEAT, SERVER_PING, WS_MESSAGES

ROOT = Path(__file__).resolve().parents[2]
VENUES = corpus.VENUES
OPENAPI = "openapi.yaml"
ASYNCAPI = "asyncapi.yaml"


@functools.cache
def document(venue: str, name: str) -> Mapping[str, Any]:
    return load_exact(ROOT / "specs" / venue / name)


def has_asyncapi(venue: str) -> bool:
    return (ROOT / "specs" / venue / ASYNCAPI).exists()


@dataclasses.dataclass(frozen=True)
class Source:
    """Where an instance comes from, and the schema it is an instance of (`file#pointer` in specs/<venue>/)."""

    venue: str
    origin: str
    file: str
    pointer: str
    value: Any
    exempt: tuple[str, ...] = ()
    """Documented fields this (lossy) recording is known to have dropped: see corpus.LOSSY."""


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _media_examples(media: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    if "example" in media:
        yield "example", media["example"]
    for name, example in (media.get("examples") or {}).items():
        if isinstance(example, Mapping) and "value" in example:
            yield f"examples/{name}", example["value"]


def _follow(venue: str, file: str, node: Any) -> tuple[str, str, Any]:
    """(file, pointer, node) at the end of a chain of `$ref`s (a pointer "" when node is not a ref)."""
    pointer = ""
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        target, _, pointer = str(node["$ref"]).partition("#")
        file = target or file
        node = resolve_pointer(document(venue, file), pointer)
    return file, pointer, node


def resolve_pointer(doc: Any, pointer: str) -> Any:
    node = doc
    for part in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def spec_examples(venue: str) -> Iterator[Source]:
    """Every response example of every REST operation, and every example of every received WS message."""
    spec = document(venue, OPENAPI)
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, Mapping) or "operationId" not in operation:
                continue
            base = f"/paths/{_escape(path)}/{method}/responses"
            for status, response in operation.get("responses", {}).items():
                file, pointer, response = _follow(venue, OPENAPI, response)
                where = pointer or f"{base}/{status}"
                for media_type, media in (response.get("content") or {}).items():
                    schema_pointer = f"{where}/content/{_escape(media_type)}/schema"
                    for label, value in _media_examples(media):
                        origin = f"{venue} {operation['operationId']} {status} {label}"
                        yield Source(venue, origin, file, schema_pointer, value)
    if has_asyncapi(venue):
        messages = document(venue, ASYNCAPI)["components"]["messages"]
        for name in sorted(received_messages(venue)):
            for index, example in enumerate(messages[name].get("examples", [])):
                if "payload" in example:
                    origin = f"{venue} asyncapi message {name} example {example.get('name', index)}"
                    pointer = f"/components/messages/{_escape(name)}/payload"
                    yield Source(venue, origin, ASYNCAPI, pointer, example["payload"])


def received_messages(venue: str) -> set[str]:
    """Names (components/messages) of the messages the client receives: `receive` operations' messages
    and `send` operations' replies."""
    doc = document(venue, ASYNCAPI)
    found: set[str] = set()
    for operation in doc.get("operations", {}).values():
        refs = operation.get("messages", []) if operation.get("action") == "receive" else []
        refs = [*refs, *(operation.get("reply") or {}).get("messages", [])]
        for ref in refs:
            _, pointer, _ = _follow(venue, ASYNCAPI, ref)
            while True:  # channel messages are themselves refs to components/messages
                node = resolve_pointer(doc, pointer)
                if isinstance(node, Mapping) and "$ref" in node:
                    pointer = str(node["$ref"]).partition("#")[2]
                    continue
                break
            found.add(pointer.rsplit("/", 1)[-1])
    return found


def real_payloads(venue: str) -> Iterator[Source]:
    """Every real-world payload (tests/data/real-world) the SDK covers, against its response schema."""
    for item in corpus.load(venue):
        if item.is_ws:
            message = WS_MESSAGES.get(item.id)
            if message is None or message in (HEARTBEAT, SERVER_PING) or not has_asyncapi(venue):
                continue
            frames = item.response if isinstance(item.response, list) else [item.response]
            pointer = f"/components/messages/{_escape(message)}/payload"
            for index, frame in enumerate(frames):
                yield Source(venue, f"{item.id}[{index}]", ASYNCAPI, pointer, frame)
            continue
        op = corpus.operation_for(item)
        gap = corpus.not_covered(item)
        if op is None and gap is not None and gap.stand_in is not None:
            op = corpus.operation_by_id(venue, gap.stand_in)
        if op is None:
            continue
        status = "default" if item.id in corpus.ERRORS else "200"
        pointer = corpus.response_schema_pointer(op, status)
        lossy = corpus.LOSSY.get(item.id)
        exempt = lossy.dropped if lossy else ()
        yield Source(venue, item.id, OPENAPI, pointer, corpus.wire_body(item), exempt)


def all_instances(venue: str) -> Iterator[Source]:
    yield from spec_examples(venue)
    yield from real_payloads(venue)


# --- walking an instance down its schema -----------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Visit:
    """One object (or positional array) of an instance, and the schema node that describes it."""

    venue: str
    file: str
    schema: str
    """`file#pointer` of the innermost named schema (a component) or of the inline node."""
    node: Mapping[str, Any]
    value: Any
    path: str


Visitor = Callable[[Visit], None]


def _json_type(value: Any) -> str:
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list):
        return "array"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, str):
        return "string"
    return "number"


def _types(node: Mapping[str, Any]) -> set[str]:
    kind = node.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind} if kind else set()
    if "properties" in node or "required" in node:
        kinds.add("object")
    if "items" in node or "prefixItems" in node:
        kinds.add("array")
    if "integer" in kinds:
        kinds.add("number")
    return kinds


def walk(source: Source, visit: Visitor) -> None:
    node = resolve_pointer(document(source.venue, source.file), source.pointer)
    _walk(source.venue, source.file, source.pointer, node, source.value, "", visit)


def _walk(venue: str, file: str, pointer: str, node: Any, value: Any, path: str, visit: Visitor) -> None:
    if not isinstance(node, Mapping):
        return
    if "$ref" in node:
        target, _, ref_pointer = str(node["$ref"]).partition("#")
        file = target or file
        pointer = ref_pointer
        node = resolve_pointer(document(venue, file), ref_pointer)
        _walk(venue, file, pointer, node, value, path, visit)
        return
    for index, part in enumerate(node.get("allOf", [])):
        _walk(venue, file, f"{pointer}/allOf/{index}", part, value, path, visit)
    for key in ("anyOf", "oneOf"):
        branches = node.get(key)
        if branches:
            chosen = _branch(venue, file, branches, value)
            if chosen is not None:
                _walk(venue, file, f"{pointer}/{key}/{chosen}", branches[chosen], value, path, visit)
    kind = _json_type(value)
    if kind == "object" and ("properties" in node or "required" in node or "additionalProperties" in node):
        visit(Visit(venue, file, pointer, node, value, path or "/"))
        properties = node.get("properties", {})
        extra = node.get("additionalProperties")
        for name, item in value.items():
            if name in properties:
                _walk(
                    venue,
                    file,
                    f"{pointer}/properties/{_escape(name)}",
                    properties[name],
                    item,
                    f"{path}/{name}",
                    visit,
                )
            elif isinstance(extra, Mapping):
                _walk(venue, file, f"{pointer}/additionalProperties", extra, item, f"{path}/{name}", visit)
    elif kind == "array" and ("items" in node or "prefixItems" in node):
        if "prefixItems" in node:
            visit(Visit(venue, file, pointer, node, value, path or "/"))
        prefix = node.get("prefixItems", [])
        for index, item in enumerate(value):
            if index < len(prefix):
                _walk(venue, file, f"{pointer}/prefixItems/{index}", prefix[index], item, f"{path}/{index}", visit)
            elif isinstance(node.get("items"), Mapping):
                _walk(venue, file, f"{pointer}/items", node["items"], item, f"{path}/{index}", visit)


def _branch(venue: str, file: str, branches: list[Any], value: Any) -> int | None:
    """The `anyOf`/`oneOf` branch an instance is read with: of those whose type fits, the one it satisfies
    best (fewest missing required properties)."""
    kind = _json_type(value)
    best: tuple[int, int] | None = None
    for index, branch in enumerate(branches):
        _, _, resolved = _follow(venue, file, branch)
        types = _types(resolved) if isinstance(resolved, Mapping) else set()
        if types and kind not in types:
            continue
        missing = 0
        if kind == "object" and isinstance(resolved, Mapping):
            missing = sum(1 for name in resolved.get("required", []) if name not in value)
        if best is None or missing < best[1]:
            best = (index, missing)
    return None if best is None else best[0]


def response_schemas(venue: str) -> set[tuple[str, str]]:
    """(file, pointer) of every object schema (and positional array) a response or received message can hold,
    named the way `walk` names the nodes it visits."""
    found: set[tuple[str, str]] = set()
    starts: list[tuple[str, str]] = []
    spec = document(venue, OPENAPI)
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, Mapping) or "operationId" not in operation:
                continue
            for status, response in operation.get("responses", {}).items():
                file, pointer, response = _follow(venue, OPENAPI, response)
                where = pointer or f"/paths/{_escape(path)}/{method}/responses/{status}"
                for media_type in response.get("content") or {}:
                    starts.append((file, f"{where}/content/{_escape(media_type)}/schema"))
    if has_asyncapi(venue):
        starts += [(ASYNCAPI, f"/components/messages/{_escape(m)}/payload") for m in received_messages(venue)]
    todo = list(starts)
    done: set[tuple[str, str]] = set()
    while todo:
        file, pointer = todo.pop()
        if (file, pointer) in done:
            continue
        done.add((file, pointer))
        node = resolve_pointer(document(venue, file), pointer)
        if not isinstance(node, Mapping):
            continue
        if "$ref" in node:
            target, _, ref_pointer = str(node["$ref"]).partition("#")
            todo.append((target or file, ref_pointer))
            continue
        if "properties" in node or "required" in node or "prefixItems" in node:
            found.add((file, pointer))
        for key in ("allOf", "anyOf", "oneOf", "prefixItems"):
            todo += [(file, f"{pointer}/{key}/{i}") for i in range(len(node.get(key, [])))]
        todo += [(file, f"{pointer}/properties/{_escape(name)}") for name in node.get("properties", {})]
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), Mapping):
                todo.append((file, f"{pointer}/{key}"))
    return found
