"""The sandbox's WebSocket side, driven by `specs/<venue>/asyncapi.yaml`.

- A client connects to a server's `pathname` (private ones need a token the REST side issued:
  GMO `createWsAuthToken`, HashKey `createListenKey`, or a query string signed with the venue's rule:
  GOPAX `apiKey`/`timestamp`/`signature`; unsigned connections to the same address get the public channels).
- A frame matching a channel's `x-sdk.subscribe` template subscribes; the channel's documented examples are
  then replayed with the subscription's parameters written into the `route` fields. `unsubscribe` stops it.
- Channels in the adapter's `live_channels` carry no examples but live events: every order placed or
  cancelled over REST is pushed to them (`Adapter.stream_events`).
- Heartbeats of the `message` style (`{"ping": ms}` -> `{"pong": ms}`) are answered; protocol pings are
  answered by `websockets` itself; venues that ping (`server` style, GOPAX) get the spec's ping on connecting
  and every interval, and the answers are kept (`pongs()`).
- Request/response APIs (Bitunix) are served by the REST pipeline: each method names its REST operation
  (`x-sdk.rest-operation`), whose reply comes back with the request's id.
- Books are served consistent: a full-book push (a channel's `order-book` declaration) never has a bid at or
  above its best ask; crossing bids are left out (the docs' GMO example is crossed).
- With a `tick`, public channels keep going after their examples: every `tick` seconds the next example again,
  its decimal fields moved together by a random walk (drawn from the adapter's seeded `random`) and its time
  fields set to now. Channels whose books arrive as deltas are not moved (their sequence would not hold).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import itertools
import json
import random
import re
import threading
import time
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request as HandshakeRequest
from websockets.http11 import Response as HandshakeResponse

from ..extras import missing_extra
from .base import App, Request, dumps, uncrossed
from .orders import Order
from .spec import _Loader, iso_ms, spec_dir

try:
    import yaml
except ImportError:
    raise missing_extra("venuekit.sandbox", "PyYAML", "sandbox") from None

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class ServerSpec:
    key: str
    stream: str
    pathname: str
    pattern: re.Pattern[str]
    variable: str | None


@dataclass(frozen=True)
class ChannelSpec:
    name: str
    servers: tuple[str, ...]
    subscribe: Any
    unsubscribe: Any
    route: dict[str, Any]
    pushes: tuple[Any, ...]
    kinds: tuple[str, ...] = ()
    """The component message of each push (GOPAX: `OrderBookSnapshot`, `OrderBookEvent`)."""
    schemas: tuple[dict[str, Any], ...] = ()
    """The payload schema of each push."""
    book: dict[str, Any] | None = None
    """The channel's `order-book` declaration: where a push keeps its levels."""

    def book_of(self, kind: str) -> dict[str, Any] | None:
        """The order-book declaration as it applies to one message (its `messages` overrides merged in)."""
        if self.book is None:
            return None
        return {**self.book, **(self.book.get("messages") or {}).get(kind, {})}

    @property
    def moves(self) -> bool:
        """Whether moving copies of the examples make sense: not for books sent as deltas."""
        return all((self.book_of(kind) or {}).get("snapshot", True) for kind in self.kinds)


class StreamSpec:
    """The parts of an AsyncAPI document the sandbox serves."""

    def __init__(self, document: dict[str, Any]) -> None:
        sdk = document["info"].get("x-sdk", {})
        self.streams: dict[str, dict[str, Any]] = sdk.get("streams", {})
        self.paper: dict[str, Any] | None = sdk.get("paper")
        """Where a paper venue gets its books: `{book: {stream, method}}`."""
        messages = document.get("components", {}).get("messages", {})
        self.schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
        self.servers: list[ServerSpec] = []
        for key, server in document.get("servers", {}).items():
            pathname = server["pathname"]
            variables = _PLACEHOLDER.findall(pathname)
            regex = "".join(
                f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part)
                for part in re.split(r"(\{[^}]+\})", pathname)
            )
            stream = server.get("x-sdk", {}).get("stream", key)
            self.servers.append(ServerSpec(key, stream, pathname, re.compile(regex), next(iter(variables), None)))
        self.channels: list[ChannelSpec] = []
        for name, channel in document.get("channels", {}).items():
            x_sdk = channel.get("x-sdk") or {}
            pushes, kinds, schemas = [], [], []
            for role, ref in channel.get("messages", {}).items():
                if role not in ("subscribe", "unsubscribe"):
                    kind = ref["$ref"].rsplit("/", 1)[-1]
                    message = messages.get(kind, {})
                    for example in message.get("examples", []):
                        if "payload" in example:
                            pushes.append(example["payload"])
                            kinds.append(kind)
                            schemas.append(message.get("payload") or {})
            self.channels.append(
                ChannelSpec(
                    name=name,
                    servers=tuple(s["$ref"].rsplit("/", 1)[-1] for s in channel.get("servers", [])),
                    subscribe=x_sdk.get("subscribe"),
                    unsubscribe=x_sdk.get("unsubscribe"),
                    route=x_sdk.get("route") or {},
                    pushes=tuple(pushes),
                    kinds=tuple(kinds),
                    schemas=tuple(schemas),
                    book=x_sdk.get("order-book"),
                )
            )
        self.rpc_methods: dict[str, str] = {}
        for operation in document.get("operations", {}).values():
            op_sdk = operation.get("x-sdk") or {}
            if "method" in op_sdk and "rest-operation" in op_sdk:
                self.rpc_methods[op_sdk["method"]] = op_sdk["rest-operation"]

    def resolve(self, schema: Any) -> dict[str, Any]:
        """Follow local `$ref`s; a reference elsewhere (another file) resolves to nothing."""
        while isinstance(schema, dict) and "$ref" in schema:
            ref = str(schema["$ref"])
            if not ref.startswith("#/components/schemas/"):
                return {}
            schema = self.schemas.get(ref.rsplit("/", 1)[-1], {})
        return schema if isinstance(schema, dict) else {}

    def server_for(self, path: str) -> tuple[ServerSpec, dict[str, str]] | None:
        found = self.servers_for(path)
        return found[0] if found else None

    def servers_for(self, path: str) -> list[tuple[ServerSpec, dict[str, str]]]:
        """Every server at `path` (GOPAX serves public and private channels at the same address)."""
        found = []
        for server in self.servers:
            matched = server.pattern.fullmatch(path)
            if matched:
                found.append((server, matched.groupdict()))
        return found

    def signed_query(self, server: ServerSpec) -> bool:
        """Whether connections to `server` are authenticated by their query string (`query-auth`)."""
        return "query-auth" in self.streams.get(server.stream, {})


_cache: dict[Path, StreamSpec | None] = {}


def load_streams(venue: str, directory: Path | None = None) -> StreamSpec | None:
    """`specs/<venue>/asyncapi.yaml` (cached per process), or None for a venue without streams."""
    path = (directory or spec_dir()) / venue / "asyncapi.yaml"
    if path not in _cache:
        if path.exists():
            with open(path, encoding="utf-8") as handle:
                _cache[path] = StreamSpec(yaml.load(handle, Loader=_Loader))
        else:
            _cache[path] = None
    return _cache[path]


def stream_url(venue: str, ws_base: str, stream: str) -> str:
    """`<ws_base><pathname>` of a venue's stream, e.g. for a sandbox started by the CLI."""
    spec = load_streams(venue)
    for server in spec.servers if spec else []:
        if server.stream == stream:
            return ws_base.rstrip("/") + server.pathname
    raise KeyError(f"{venue} has no stream {stream!r}")


def match(template: Any, message: Any, *, optional: bool = True) -> dict[str, str] | None:
    """The `{placeholders}` of `template` bound from `message`, or None when it does not match.
    With `optional`, a key whose template is a lone placeholder may be missing (a parameter left out)."""
    if isinstance(template, dict):
        if not isinstance(message, dict):
            return None
        bound: dict[str, str] = {}
        for key, sub in template.items():
            if key not in message:
                if optional and isinstance(sub, str) and _PLACEHOLDER.fullmatch(sub):
                    continue
                return None
            found = match(sub, message[key], optional=optional)
            if found is None:
                return None
            bound.update(found)
        return bound
    if isinstance(template, str) and _PLACEHOLDER.search(template):
        regex = "".join(
            f"(?P<{p[1:-1]}>.+)" if _PLACEHOLDER.fullmatch(p) else re.escape(p)
            for p in re.split(r"(\{[A-Za-z_][A-Za-z0-9_]*\})", template)
            if p
        )
        found_text = re.fullmatch(regex, message if isinstance(message, str) else json.dumps(message))
        return found_text.groupdict() if found_text else None
    return {} if template == message else None


def routed(payload: Any, route: dict[str, Any], bound: dict[str, str]) -> Any:
    """An example payload with the subscription's values written into its route fields."""
    if not isinstance(payload, dict):
        return payload
    for path, template in route.items():
        if not isinstance(template, str) or not _PLACEHOLDER.search(template):
            continue
        try:
            value = template.format_map(bound)
        except KeyError:
            continue
        target = payload
        *parents, last = path.split(".")
        for part in parents:
            target = target.setdefault(part, {})
        target[last] = value
    return payload


def moved(value: Any, schema: Any, spec: StreamSpec, factor: Decimal, now_ms: int) -> Any:
    """`value` with every decimal field (by its schema's `format`) multiplied by `factor`, kept to its own
    number of decimal places and wire type, and every time field set to `now_ms`."""
    schema = spec.resolve(schema)
    for key in ("allOf", "anyOf", "oneOf"):
        for branch in schema.get(key, []):
            value = moved(value, branch, spec, factor, now_ms)
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        return {k: moved(v, properties[k], spec, factor, now_ms) if k in properties else v for k, v in value.items()}
    if isinstance(value, list):
        tuple_items = schema.get("prefixItems")
        if tuple_items:
            return [
                moved(v, tuple_items[i], spec, factor, now_ms) if i < len(tuple_items) else v
                for i, v in enumerate(value)
            ]
        return [moved(v, schema.get("items", {}), spec, factor, now_ms) for v in value]
    kind = schema.get("format")
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        return value
    if kind == "decimal":
        return _scaled(value, factor)
    if kind == "date-time" and isinstance(value, str):
        return iso_ms(now_ms)
    if kind in ("unix-ms", "unix-s"):
        now = Decimal(now_ms) if kind == "unix-ms" else Decimal(now_ms).scaleb(-3)
        return _like(value, now)
    return value


def _scaled(value: str | int | Decimal, factor: Decimal) -> Any:
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return value
    if not number.is_finite() or number == 0:
        return value
    return _like(value, number * factor)


def _like(original: str | int | Decimal, number: Decimal) -> Any:
    """`number` with the original's decimal places and wire type."""
    exponent = min(Decimal(str(original)).as_tuple().exponent, 0) if not isinstance(original, int) else 0
    assert isinstance(exponent, int)
    rounded = number.quantize(Decimal(1).scaleb(exponent))
    if isinstance(original, int):
        return int(rounded)
    return format(rounded, "f") if isinstance(original, str) else rounded


@dataclass
class _Connection:
    socket: ServerConnection
    servers: tuple[ServerSpec, ...]  # those whose channels this connection may use (the first names its stream)
    subscriptions: set[tuple[str, str]] = field(default_factory=set)  # (channel, json of bound params)
    pongs: list[str] = field(default_factory=list)  # answers to the server's string pings
    public: bool = True  # neither a token in its path nor a signed query: market data only
    moving: list[asyncio.Future[None]] = field(default_factory=list)  # the moving-data tasks of its subscriptions

    @property
    def server(self) -> ServerSpec:
        return self.servers[0]

    def subscribed(self, channel: str) -> bool:
        return any(name == channel for name, _ in self.subscriptions)


class StreamServer:
    """One venue's WebSocket endpoints on 127.0.0.1, served from their own thread and event loop."""

    def __init__(self, app: App, spec: StreamSpec, *, tick: float | None = None, seed: int | None = None) -> None:
        self.app = app
        self.spec = spec
        self.adapter = app.adapter
        self.tick = tick
        """Seconds between moving pushes of public channels after their examples (None: examples only)."""
        self.seed = seed
        self.port = 0
        self._connections: list[_Connection] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopped: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._sending: set[asyncio.Future[None]] = set()
        self.adapter.book.listeners.append(self._on_order)

    # --- lifecycle ----------------------------------------------------------------------------------
    def start(self, port: int = 0) -> int:
        ready = threading.Event()
        failure: list[BaseException] = []

        async def main() -> None:
            self._loop = asyncio.get_running_loop()
            self._stopped = asyncio.Event()
            try:
                server: Server = await serve(
                    self._handle, "127.0.0.1", port, process_request=self._admit, close_timeout=0.2
                )
            except OSError as exc:
                failure.append(exc)
                ready.set()
                return
            self.port = server.sockets[0].getsockname()[1]
            ready.set()
            async with server:
                await self._stopped.wait()

        self._thread = threading.Thread(target=asyncio.run, args=(main(),), name="sandbox-streams", daemon=True)
        self._thread.start()
        ready.wait()
        if failure:
            raise failure[0]
        return self.port

    def stop(self) -> None:
        if self._loop is not None and self._stopped is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._stopped.set)
            self._thread.join(timeout=5)
            self._thread = None

    def url(self, stream: str) -> str:
        """`ws://127.0.0.1:<port><pathname>` of a stream (private ones keep their `{token}` variable)."""
        for server in self.spec.servers:
            if server.stream == stream:
                return f"ws://127.0.0.1:{self.port}{server.pathname}"
        raise KeyError(f"no stream {stream!r}; known: {sorted({s.stream for s in self.spec.servers})}")

    def subscribers(self, channel: str) -> int:
        """How many connections receive `channel` now (tests wait on it before placing an order)."""
        return sum(connection.subscribed(channel) for connection in list(self._connections))

    def pongs(self) -> list[str]:
        """Every answer to the server's string pings so far, on open connections (GOPAX `primus::pong::<ms>`)."""
        return [pong for connection in list(self._connections) for pong in connection.pongs]

    # --- connections --------------------------------------------------------------------------------
    def _servers(self, path: str, signed: bool) -> list[tuple[ServerSpec, dict[str, str]]]:
        """The servers a connection to `path` may use: those signed by the query string only when it was."""
        return [(s, v) for s, v in self.spec.servers_for(path) if signed or not self.spec.signed_query(s)]

    def _admit(self, connection: ServerConnection, request: HandshakeRequest) -> HandshakeResponse | None:
        path, _, query = request.path.partition("?")
        every = self.spec.servers_for(path)
        if not every:
            return connection.respond(HTTPStatus.NOT_FOUND, "no such stream\n")
        signed = query and any(self.spec.signed_query(s) for s, _ in every)
        if signed and not self.adapter.verify_stream_query(dict(parse_qsl(query)), time.time_ns() // 1_000_000):
            return connection.respond(HTTPStatus.UNAUTHORIZED, "invalid apiKey, timestamp or signature\n")
        found = self._servers(path, signed=bool(query))
        if not found:
            return connection.respond(HTTPStatus.UNAUTHORIZED, "this stream needs a signed query string\n")
        server, variables = found[0]
        if server.variable is not None and variables.get(server.variable) not in self.adapter.stream_tokens:
            return connection.respond(HTTPStatus.UNAUTHORIZED, "unknown or expired token\n")
        return None

    async def _handle(self, socket: ServerConnection) -> None:
        assert socket.request is not None
        path, _, query = socket.request.path.partition("?")
        found = self._servers(path, signed=bool(query))
        assert found
        private = bool(query) or found[0][0].variable is not None
        connection = _Connection(socket, tuple(server for server, _ in found), public=not private)
        for channel in self._channels(connection):
            if channel.subscribe is None and not self.spec.rpc_methods:
                connection.subscriptions.add((channel.name, "{}"))  # pushed without subscribing (HashKey)
        self._connections.append(connection)
        pinging = asyncio.ensure_future(self._ping(connection))
        try:
            async for raw in socket:
                try:
                    message = json.loads(raw, parse_float=Decimal)
                except ValueError:
                    continue
                for reply in self._answer(connection, message):
                    await socket.send(dumps(reply).decode())
        finally:
            pinging.cancel()
            for task in connection.moving:
                task.cancel()
            self._connections.remove(connection)

    async def _ping(self, connection: _Connection) -> None:
        """Venues that ping (`heartbeat.style: server`): one ping as soon as the connection opens, then one per
        interval. The sandbox does not cut a client that does not answer; `pongs()` shows what came back."""
        heartbeat = self.spec.streams.get(connection.server.stream, {}).get("heartbeat", {})
        template = heartbeat.get("server-ping", {}).get("ping")
        if heartbeat.get("style") != "server" or template is None:
            return
        with contextlib.suppress(ConnectionClosed):
            while True:
                ping = template.replace("{now_ms}", str(time.time_ns() // 1_000_000))
                await connection.socket.send(json.dumps(ping))
                await asyncio.sleep(float(heartbeat.get("interval", 30)))

    def _channels(self, connection: _Connection) -> list[ChannelSpec]:
        keys = {server.key for server in connection.servers}
        return [c for c in self.spec.channels if keys & set(c.servers)]

    def _answer(self, connection: _Connection, message: Any) -> list[Any]:
        config = self.spec.streams.get(connection.server.stream, {})
        heartbeat = config.get("heartbeat", {})
        ping = heartbeat.get("message")
        if heartbeat.get("style") == "message" and match(ping, message, optional=False) is not None:
            return [{heartbeat.get("reply-field", "pong"): time.time_ns() // 1_000_000}]
        if heartbeat.get("style") == "server" and isinstance(message, str):
            connection.pongs.append(message)
            return []
        if "rpc" in config:
            return [self._rpc(config, message)]
        for channel in self._channels(connection):
            bound = match(channel.subscribe, message) if channel.subscribe is not None else None
            if bound is not None:
                key = json.dumps(bound, sort_keys=True)
                connection.subscriptions.add((channel.name, key))
                if channel.name in self.adapter.live_channels:
                    return self.adapter.subscription_answer(channel.name)
                if self.tick is not None and channel.pushes and channel.moves and connection.public:
                    connection.moving.append(asyncio.ensure_future(self._keep_moving(connection, channel, bound, key)))
                return [
                    uncrossed(routed(copy.deepcopy(p), channel.route, bound), channel.book_of(kind))
                    for p, kind in zip(channel.pushes, channel.kinds or [""] * len(channel.pushes), strict=True)
                ]
            unbound = match(channel.unsubscribe, message) if channel.unsubscribe is not None else None
            if unbound is not None:
                connection.subscriptions.discard((channel.name, json.dumps(unbound, sort_keys=True)))
                return []
        return []

    def _rpc(self, config: dict[str, Any], message: Any) -> Any:
        rpc = config["rpc"]
        id_field = rpc.get("id-field", "id")
        message = message if isinstance(message, dict) else {}
        request_id, method = message.get(id_field), message.get(rpc.get("method-field", "method"))
        if method == config.get("heartbeat", {}).get("method"):
            return {id_field: request_id, "code": "0", "msg": "success", "data": None}
        operation_id = self.spec.rpc_methods.get(str(method))
        if operation_id is None:
            reply = self.adapter.unknown_route(Request(str(method), "", "", {}, b"", time.time_ns() // 1_000_000))
        else:
            names = rpc.get("signing") or {}
            signing = {names.get(key) for key in ("api-key", "timestamp", "nonce", "sign")}
            raw = message.get(rpc.get("params-field", "params")) or {}
            refused = self.adapter.verify_stream_call(raw, time.time_ns() // 1_000_000)
            params = {k: v for k, v in raw.items() if k not in signing}
            reply = refused or self.app.call(operation_id, params)
        return {id_field: request_id, **reply.body} if isinstance(reply.body, dict) else reply.body

    async def _keep_moving(
        self, connection: _Connection, channel: ChannelSpec, bound: dict[str, str], key: str
    ) -> None:
        """After the examples: the next example every `tick` seconds, moved by a random walk of at most 0.1 %
        a step. Each subscription walks on its own generator, seeded from the sandbox's, so a seed repeats it."""
        assert self.tick is not None
        walk = random.Random(f"{self.adapter.random.random() if self.seed is None else self.seed}/{channel.name}/{key}")
        factor = Decimal(1)
        with contextlib.suppress(ConnectionClosed):
            for step in itertools.count():
                await asyncio.sleep(self.tick)
                if (channel.name, key) not in connection.subscriptions:
                    return
                factor *= 1 + Decimal(walk.randint(-10, 10)).scaleb(-4)
                index = step % len(channel.pushes)
                kind = channel.kinds[index]
                payload = moved(
                    channel.pushes[index], channel.schemas[index], self.spec, factor, time.time_ns() // 1_000_000
                )
                payload = uncrossed(routed(copy.deepcopy(payload), channel.route, bound), channel.book_of(kind))
                await connection.socket.send(dumps(payload).decode())

    # --- live order events (called from the REST thread) -------------------------------------------
    def _on_order(self, event: str, order: Order) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        pushes = self.adapter.stream_events(event, order)
        if pushes:
            loop.call_soon_threadsafe(self._deliver, pushes)

    def _deliver(self, pushes: list[tuple[str, Any]]) -> None:
        for connection in list(self._connections):
            for channel, payload in pushes:
                if connection.subscribed(channel):
                    sending = asyncio.ensure_future(connection.socket.send(dumps(payload).decode()))
                    self._sending.add(sending)
                    sending.add_done_callback(self._sending.discard)


__all__ = [
    "ChannelSpec",
    "ServerSpec",
    "StreamServer",
    "StreamSpec",
    "load_streams",
    "match",
    "moved",
    "stream_url",
    "uncrossed",
]
