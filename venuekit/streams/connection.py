"""The one WebSocket connection loop behind every generated stream client.

A `Stream` owns one socket to one venue endpoint and keeps it alive by itself:

- connects (getting a fresh session token first for private streams), then sends the subscribe command of
  every channel that has subscribers, paced to the venue's command limit;
- reads frames, answers and checks heartbeats, and routes each message to its subscriptions by the
  channel's route (a message no subscription claims is counted in `unrouted` and otherwise ignored);
- on any disconnect (socket error, close, dead heartbeat) marks a `Gap` on every subscription, fails the
  requests that were waiting for a reply, waits (exponential backoff with jitter) and starts over. Only
  errors that retrying cannot fix (rejected API keys, missing configuration) end the stream; subscriptions
  then raise them.

Everything venue-specific (URLs, heartbeat style, command formats, routes, message models) comes from the
venue's AsyncAPI spec through the generated code: a `Protocol`, default `StreamOptions` and `Channel`s.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import itertools
import json
import logging
import operator
import os
import random
import re
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar
from typing import Protocol as Interface
from urllib.parse import quote, urlencode

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidStatus, InvalidURI, WebSocketException

from .. import codec
from ..client import Call
from ..errors import (
    ApiError,
    AuthenticationError,
    ConfigurationError,
    ErrorTable,
    PermissionDeniedError,
    TimeoutError,
    VenueError,
)
from ..redact import install_log_filter
from .auth import Clock, Sleep, TokenLifecycle
from .errors import ConnectionLostError, StreamClosedError, StreamConnectError, StreamDecodeError
from .subscription import Channel, Gap, Subscription

if TYPE_CHECKING:
    from .recording import Recorder

log = logging.getLogger("venuekit.streams")

T = TypeVar("T")
Self = TypeVar("Self", bound="Stream")

_FATAL = (AuthenticationError, PermissionDeniedError, ConfigurationError)
"""Errors no retry can fix: the stream stops and its subscriptions raise them."""

_TRANSIENT = (OSError, asyncio.TimeoutError, WebSocketException, VenueError)

_DECODE_ERRORS = (LookupError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError)
"""What a generated model's `from_dict` raises on a payload of the wrong shape (RecursionError: nested
thousands deep)."""

State = Literal["idle", "connecting", "connected", "reconnecting", "closed", "failed", "finished"]


def _detail(exc: Exception) -> str:
    return f"missing field {exc.args[0]!r}" if isinstance(exc, KeyError) else str(exc)


@dataclass(frozen=True)
class Rpc:
    """Request/response framing of a WebSocket API (Bitunix): replies echo the request's id."""

    id_field: str = "id"
    method_field: str = "method"
    params_field: str = "params"
    code_field: str = "code"
    message_field: str = "msg"
    ok_codes: tuple[str, ...] = ("0",)


@dataclass(frozen=True)
class Protocol:
    """Facts about one WebSocket endpoint, from the venue's AsyncAPI spec.

    Attributes:
        name: shown in logs and errors (``"gmo_coin PublicStream"``).
        venue: the venue package (``"gmo_coin"``), written into recordings.
        environments: environment name -> URL; the first is the default. A private URL holds
            ``{<token_variable>}``, filled with the session token.
        heartbeat: ``"websocket"``: protocol-level ping frames (the `websockets` keepalive);
            ``"message"``: the client sends `ping_message` and any frame arriving within the timeout proves
            the socket alive; ``"rpc"``: the client calls the API method `ping_method`; ``"server"``: the
            venue pings every `ping_interval` seconds and the client only answers, so a socket with no frame
            for ``ping_interval + ping_timeout`` is dead.
        ping_message: for ``"message"``; the string ``"{now_ms}"`` is replaced by the epoch-ms time.
        ping_method: for ``"rpc"``.
        pong_field: frames with this key are heartbeat replies (consumed, never routed).
        server_ping_field: frames with this key are the server's pings; they are answered with
            ``{pong_field: <its value>}``.
        server_ping_pattern: a frame that is a JSON *string* matching this regular expression is the server's
            ping (GOPAX ``"primus::ping::<ms>"``); it is answered with the JSON string `server_pong`, in which
            ``\\g<1>`` (etc.) stands for the pattern's groups.
        error_field: frames with this key are the venue's error reports (``{"error": "ERR-5012 ..."}``);
            `error_pattern` splits its text into (code, message).
        split_arrays: a frame that is a JSON array carries one message per element.
        token_variable: the URL variable that takes the session token.
        rpc: request/response framing, for WebSocket APIs.
    """

    name: str
    environments: Mapping[str, str]
    venue: str = ""
    heartbeat: Literal["websocket", "message", "rpc", "server"] = "websocket"
    ping_message: Mapping[str, Any] | None = None
    ping_method: str | None = None
    pong_field: str | None = None
    server_ping_field: str | None = None
    server_ping_pattern: str | None = None
    server_pong: str | None = None
    error_field: str | None = None
    error_pattern: str | None = None
    split_arrays: bool = False
    token_variable: str | None = None
    rpc: Rpc | None = None
    env_prefix: str = ""
    """`<env_prefix>_WS_BASE_URL` (e.g. ``ws://127.0.0.1:8765``), when set, replaces the scheme and host of the
    environment's URL (a local sandbox, a proxy); only `url=` wins over it."""


@dataclass(frozen=True)
class StreamOptions:
    """Tunables of a stream. Each generated stream class has defaults from its spec (`DEFAULT_OPTIONS`);
    change them with ``dataclasses.replace(PublicStream.DEFAULT_OPTIONS, max_queue=100)``.

    Attributes:
        ping_interval: seconds between heartbeats.
        ping_timeout: seconds a heartbeat may go unanswered before the socket is declared dead and closed;
            a dead socket is noticed within ``ping_interval + ping_timeout``.
        command_interval: minimum seconds between subscribe/unsubscribe commands (the venue's limit).
        max_queue: messages held per subscription before the oldest are dropped (see `Gap`).
        reconnect_initial, reconnect_max: backoff bounds; the n-th consecutive retry waits a random time
            between half and all of ``min(reconnect_max, reconnect_initial * 2**n)``.
        open_timeout: seconds for the connection and WebSocket handshake.
        connect_attempts: how many times the *first* connection is tried (refused, DNS failure, handshake
            refused, token not issued) before the stream fails with `StreamConnectError`; None: forever. Once
            a connection has been made, the stream reconnects forever.
        request_timeout: default seconds to wait for a request's reply (WebSocket APIs).
        close_timeout: seconds to wait for the closing handshake.
        max_size: largest frame accepted, in bytes.
        proxy: passed to `websockets.connect` (True: from the environment, None: direct).
    """

    ping_interval: float | None = 20.0
    ping_timeout: float | None = 20.0
    command_interval: float = 0.0
    max_queue: int = 1000
    reconnect_initial: float = 0.5
    reconnect_max: float = 30.0
    open_timeout: float = 10.0
    connect_attempts: int | None = 5
    request_timeout: float = 10.0
    close_timeout: float = 5.0
    max_size: int | None = 4 * 1024 * 1024
    proxy: str | Literal[True] | None = True


class Socket(Interface):
    """What the connection loop needs from one connection: a live WebSocket, or a recording being replayed."""

    @property
    def close_exc(self) -> BaseException | None: ...

    async def send(self, message: str) -> None: ...

    def __aiter__(self) -> AsyncIterator[str | bytes]: ...

    async def close(self) -> None: ...

    def abort(self) -> None:
        """Drop the connection at once (no closing handshake)."""


class FrameSource(Interface):
    """Where a stream's connections come from instead of the network (`venuekit.streams.replay.Replay`).

    `open()` is called for every connection the stream makes; a source whose `finished` is True after a
    connection ended has nothing more to give, and the stream then ends its subscriptions normally.
    """

    finished: bool

    async def open(self, stream: Stream) -> Socket: ...


class _LiveSocket:
    """A `websockets` client connection as a `Socket`."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws

    @property
    def close_exc(self) -> BaseException | None:
        return self.ws.close_exc

    async def send(self, message: str) -> None:
        await self.ws.send(message)

    def __aiter__(self) -> AsyncIterator[str | bytes]:
        return self.ws.__aiter__()

    async def close(self) -> None:
        await self.ws.close()

    def abort(self) -> None:
        self.ws.transport.abort()


class Pacer:
    """Lets one command through per `interval` seconds. Venue limits count per IP, not per socket, so a
    stream keeps one pacer across reconnects."""

    def __init__(self, interval: float, *, clock: Clock | None = None, sleep: Sleep = asyncio.sleep) -> None:
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._next = float("-inf")

    async def wait(self) -> None:
        now = self._now()
        if self._next > now:
            await self._sleep(self._next - now)
            # From when the command really goes out: a sleep that overran (a busy machine) must not shorten the
            # gap to the next command below the venue's interval.
            now = max(self._next, self._now())
        self._next = now + self.interval

    def _now(self) -> float:
        return self._clock() if self._clock else asyncio.get_running_loop().time()


class _Group:
    """Local subscriptions sharing one venue subscription (same commands and route)."""

    def __init__(self, channel: Channel[Any]) -> None:
        self.channel = channel
        self.members: list[Subscription[Any]] = []


def _key(channel: Channel[Any]) -> str:
    return json.dumps([channel.name, channel.subscribe, sorted(channel.route.items())], sort_keys=True, default=str)


def _lookup(message: Mapping[str, Any], path: str) -> str | None:
    return _lookup_parts(message, path.split("."))


_ABSENT: Any = object()


def _lookup_parts(message: Mapping[str, Any], parts: Iterable[str]) -> str | None:
    value: Any = message
    for part in parts:
        if type(value) is not dict and not isinstance(value, Mapping):
            return None
        value = value.get(part, _ABSENT)
        if value is _ABSENT:
            return None
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value)
    except TypeError:  # a Decimal (a decoded JSON number with a fraction): its JSON text, exact
        return codec.dumps(value).decode()


class _Router:
    """Which groups a message belongs to, in the order the groups were made.

    Groups whose routes test the same paths share a table from the paths' values to the groups, so a message costs
    one lookup of its values per distinct set of paths, however many subscriptions there are (testing each
    group's route in turn cost one route test per group and message). Rebuilt when a group comes or goes.
    """

    def __init__(self, groups: Iterable[_Group]) -> None:
        tables: dict[tuple[str, ...], dict[Any, list[_Group]]] = {}
        self.rank: dict[_Group, int] = {}
        for rank, group in enumerate(groups):
            self.rank[group] = rank
            route = group.channel.route
            paths = tuple(sorted(route))
            table = tables.setdefault(paths, {})
            for values in dict.fromkeys(itertools.product(*(route[path] for path in paths))):
                table.setdefault(_table_key(values), []).append(group)
        self.tables = tuple(
            (
                # Paths that are top-level keys are read in one C call (a missing key raises KeyError).
                operator.itemgetter(*paths) if paths and all("." not in path for path in paths) else None,
                tuple(tuple(path.split(".")) for path in paths),
                table,
            )
            for paths, table in tables.items()
        )
        # The common case, looked up by the stream without calling `groups`: one table read with a getter.
        self.getter, _, self.table = self.tables[0] if len(self.tables) == 1 else (None, (), {})

    def groups(self, message: dict[str, Any]) -> list[_Group]:
        found: list[_Group] = []
        for getter, paths, table in self.tables:
            try:
                claimed = table.get(getter(message)) if getter is not None else None
            except (KeyError, TypeError):  # a path is missing, or holds a list or an object
                claimed = None
            if claimed is None:
                # The rule itself: a value that is not a string is compared as its JSON text.
                values = []
                for parts in paths:
                    value = _lookup_parts(message, parts)
                    if value is None:
                        break
                    values.append(value)
                else:
                    claimed = table.get(_table_key(values))
            if claimed is not None:
                # Routes over different paths may both claim it: the groups keep their order.
                found = sorted([*found, *claimed], key=self.rank.__getitem__) if found else claimed
        return found


def _table_key(values: Sequence[str]) -> Any:
    """A route table's key: what `operator.itemgetter` returns for the same paths (the value itself for one)."""
    return values[0] if len(values) == 1 else tuple(values)


def _matches(message: Mapping[str, Any], route: Mapping[str, tuple[str, ...]]) -> bool:
    return all(_lookup(message, path) in allowed for path, allowed in route.items())


def matches(message: Mapping[str, Any], route: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether a message belongs to a route: every dotted path holds one of its allowed values (generated
    parsers use it to tell a channel's messages apart)."""
    return _matches(message, route)


def _without_none(command: Mapping[str, Any]) -> dict[str, Any]:
    """A command without the keys whose value is None (optional parameters that were not given)."""
    return {k: _without_none(v) if isinstance(v, Mapping) else v for k, v in command.items() if v is not None}


def _with_time(template: Mapping[str, Any], now_ms: int) -> dict[str, Any]:
    return {k: now_ms if v == "{now_ms}" else v for k, v in template.items()}


def call_params(call: Call[Any]) -> dict[str, Any]:
    """The params of a WebSocket request whose REST twin built `call` (validated, serialised once): the
    JSON body, or the query string."""
    if call.content is not None:
        body = codec.loads(call.content)
        if not isinstance(body, dict):
            raise ValueError(f"{call.operation.name}: a request body must be a JSON object to become params")
        return body
    return dict(call.query)


def credentials(env_prefix: str, api_key: str | None, api_secret: str | None) -> tuple[str, str]:
    """API keys from the arguments or `<PREFIX>_API_KEY` / `<PREFIX>_API_SECRET` (as the REST clients do)."""
    key = api_key if api_key is not None else os.environ.get(f"{env_prefix}_API_KEY")
    secret = api_secret if api_secret is not None else os.environ.get(f"{env_prefix}_API_SECRET")
    if not key or not secret:
        raise ConfigurationError(
            f"this stream signs its requests: pass api_key and api_secret, or set {env_prefix}_API_KEY and "
            f"{env_prefix}_API_SECRET"
        )
    return key, secret


def _moved(protocol: Protocol, url: str) -> str:
    """`url` at `<PREFIX>_WS_BASE_URL` when that is set (scheme and host replaced, path and query kept)."""
    base = os.environ.get(f"{protocol.env_prefix}_WS_BASE_URL") if protocol.env_prefix else None
    if not base:
        return url
    rest = url.partition("://")[2]
    return base.rstrip("/") + rest[len(rest.split("/", 1)[0]) :]


def _log_error(error: VenueError) -> None:
    log.warning("%s", error)


def _safe_url(url: str) -> str:
    """A URL fit for logs and errors: no query (signatures travel there), token variables left unfilled."""
    return url.split("?", 1)[0]


def _as_bytes(raw: str | bytes) -> bytes:
    return raw.encode() if isinstance(raw, str) else raw


class Stream:
    """Base of every generated stream class. Use it as ``async with``; see the module docstring.

    State (`state`): ``"idle"`` before `start()`, ``"connecting"`` until the first connection opens,
    ``"connected"``, ``"reconnecting"`` after a connection was lost (or while retrying), ``"closed"``,
    ``"failed"`` (an error no retry can fix, or the first connection could not be made: subscriptions raise
    it) and ``"finished"`` (a replayed recording ran out). `attempts` counts connection attempts, `last_error`
    holds the latest reason a connection failed or ended; every attempt is logged on ``venuekit.streams``.
    """

    PROTOCOL: ClassVar[Protocol]
    """Set by each generated class: the venue's facts for this endpoint."""
    DEFAULT_OPTIONS: ClassVar[StreamOptions]

    def __init__(
        self,
        protocol: Protocol,
        *,
        options: StreamOptions,
        url: str | None = None,
        environment: str | None = None,
        lifecycle: TokenLifecycle | None = None,
        signer: Callable[[Mapping[str, Any]], dict[str, Any]] | None = None,
        query_signer: Callable[[], Mapping[str, str]] | None = None,
        errors: ErrorTable | None = None,
        on_error: Callable[[VenueError], None] | None = None,
        source: FrameSource | None = None,
        clock: Clock | None = None,
        sleep: Sleep | None = None,
    ) -> None:
        install_log_filter()  # websockets' loggers show handshake paths (tokens) and frames (signatures)
        if url is None:
            name = environment or next(iter(protocol.environments))
            if name not in protocol.environments:
                known = ", ".join(protocol.environments)
                raise ConfigurationError(f"unknown environment {name!r}; known: {known}")
            url = _moved(protocol, protocol.environments[name])
        self.protocol = protocol
        self.options = options
        self.url = url
        self.lifecycle = lifecycle
        self.errors: deque[VenueError] = deque(maxlen=100)
        """The latest errors the stream reported (decode errors, venue error frames), newest last."""
        self.reconnects = 0
        """Connections lost so far (each one put a `Gap` on every subscription)."""
        self.unrouted = 0
        """Messages that no subscription claimed (unknown channels, late messages after unsubscribing)."""
        self.state: State = "idle"
        self.attempts = 0
        """Connection attempts so far, successful or not."""
        self.last_error: BaseException | None = None
        """Why the latest connection attempt failed or the latest connection ended."""
        self._signer = signer
        self._query_signer = query_signer
        self._error_table = errors
        self._on_error = on_error or _log_error
        self._source = source
        self._sleep: Sleep = sleep or asyncio.sleep
        self._groups: dict[str, _Group] = {}
        self._router = _Router(())
        self._pending: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self._pending_methods: dict[str, str] = {}
        self._ids = itertools.count(1)
        self._ws: Socket | None = None
        self._commands: asyncio.Queue[Mapping[str, Any]] | None = None
        self._change = asyncio.Event()
        self._progress = asyncio.Event()
        self._pacer = Pacer(options.command_interval, clock=clock, sleep=sleep or asyncio.sleep)
        self._tasks: list[asyncio.Task[None]] = []
        self._spawned: set[asyncio.Task[None]] = set()
        self._closed = False
        self._failure: BaseException | None = None
        self._dead: BaseException | None = None
        self._last_rx = 0.0
        self._undecodable_frames = 0
        self._recorder: Recorder | None = None
        p = protocol
        control = (p.server_ping_field if p.pong_field else None, p.pong_field, p.error_field)
        self._control_keys = tuple(key for key in control if key)
        """The keys whose presence makes a message something `_control` handles (besides replies)."""
        self._frame_times = p.heartbeat != "websocket"
        """Whether the heartbeat needs the time of the latest frame (`websockets` runs protocol-level pings)."""
        self._decode = codec.fast_decoder()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.protocol.name} {self.state} subscriptions={len(self._groups)}>"

    # --- lifecycle ---------------------------------------------------------------------------------
    @property
    def connected(self) -> bool:
        return self._ws is not None

    @property
    def replaying(self) -> bool:
        """True when the frames come from a recording (`replay`), not from the network."""
        return self._source is not None

    async def start(self) -> None:
        """Start connecting in the background (``async with`` does this)."""
        if self._closed:
            raise StreamClosedError(f"{self.protocol.name}: the stream is closed")
        if not self._tasks:
            self.state = "connecting"
            self._tasks.append(asyncio.create_task(self._run()))
            if self.lifecycle is not None and self._source is None:
                self._tasks.append(asyncio.create_task(self.lifecycle.keep_alive(self._rotate)))

    async def wait_connected(self, timeout: float | None = None) -> None:
        """Wait until the socket is open (the stream connects by itself; this only waits). Raises the
        stream's failure (e.g. `StreamConnectError`) if it gives up first."""
        await asyncio.wait_for(self._ready(), timeout)

    async def close(self) -> None:
        """Close the socket, end every subscription, fail waiting requests, and delete the session token."""
        if self._closed:
            return
        self._closed = True
        if self.state != "failed":
            self.state = "closed"
        ws = self._ws
        if ws is not None:
            await ws.close()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, *self._spawned, return_exceptions=True)
        self._end(None, StreamClosedError(f"{self.protocol.name}: the stream was closed"))
        if self._recorder is not None:
            self._recorder.close()
        if self.lifecycle is not None and self._source is None:
            await self.lifecycle.close()

    async def __aenter__(self: Self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    # --- record and replay -------------------------------------------------------------------------
    def record(self, path: str | Path, *, compress: bool | None = None, max_frames: int | None = None) -> Recorder:
        """Write every frame this stream receives to `path` (JSON Lines; gzip when `compress` is True or the
        name ends in ``.gz``), with connects, disconnects and gaps, until `Recorder.close()` or the stream
        closes (or, with `max_frames`, the first that many frames). Play it back with ``<Class>.replay(path)``
        (see `venuekit.streams.recording`)."""
        from .recording import Recorder

        if self._recorder is not None and not self._recorder.closed:
            raise ConfigurationError(f"{self.protocol.name}: this stream is already being recorded")
        self._recorder = Recorder(
            path,
            venue=self.protocol.venue or self.protocol.name,
            stream=type(self).__name__,
            compress=compress,
            max_frames=max_frames,
        )
        if self.connected:
            self._recorder.event("connected")
        return self._recorder

    @classmethod
    def replay(
        cls: type[Self],
        path: str | Path,
        *,
        speed: float | None = None,
        options: StreamOptions | None = None,
        on_error: Callable[[VenueError], None] | None = None,
        sleep: Sleep | None = None,
    ) -> Self:
        """This stream class, fed from a recording instead of the network (see `venuekit.streams.replay`).

        `speed` None plays as fast as the consumers take the messages; 1.0 in real time, 10.0 ten times
        faster. Subscribe as you would live; when the recording ends, subscriptions end (and the stream's
        `state` is ``"finished"``)."""
        from .playback import Replay

        # Generated classes take `source=`; the signature is theirs, so it is called without type checks.
        factory: Any = cls
        stream: Self = factory(source=Replay(path, speed=speed, sleep=sleep), options=options, on_error=on_error)
        return stream

    def feed(self, raw: str | bytes) -> None:
        """Handle one frame as if it had just arrived (without a connection): what a replay driven step by
        step, such as the paper-trading sandbox's market data, does with each recorded frame."""
        try:
            self._on_frame(raw)
        except Exception as exc:  # the same guard as for a live frame
            self._unhandled(exc, raw)

    def _unhandled(self, exc: Exception, raw: str | bytes) -> None:
        self._undecodable(f"could not handle the frame ({type(exc).__name__}: {exc})", _as_bytes(raw))

    # --- subscriptions -----------------------------------------------------------------------------
    def subscribe(self, channel: Channel[T], *, max_queue: int | None = None) -> Subscription[T]:
        """Subscribe to a channel; the subscription is renewed after every reconnect until it is closed."""
        if self._failure is not None:
            raise self._failure
        if self._closed:
            raise StreamClosedError(f"{self.protocol.name}: the stream is closed")
        key = _key(channel)
        group = self._groups.get(key)
        if group is None:
            group = self._groups[key] = _Group(channel)
            self._router = _Router(self._groups.values())
            self._command(channel.subscribe)
        subscription = Subscription(channel, key=key, max_queue=max_queue or self.options.max_queue, owner=self)
        if self._source is not None:
            subscription.on_take = self._took  # only replays pace themselves to their consumers
        group.members.append(subscription)
        return subscription

    async def _leave(self, subscription: Subscription[Any]) -> None:
        group = self._groups.get(subscription.key)
        if group is None or subscription not in group.members:
            return
        group.members.remove(subscription)
        self._took()
        if not group.members:
            del self._groups[subscription.key]
            self._router = _Router(self._groups.values())
            self._command(group.channel.unsubscribe)

    async def _resubscribe(self, subscription: Subscription[Any]) -> None:
        group = self._groups.get(subscription.key)
        if group is None:
            return
        self._command(group.channel.unsubscribe)
        self._command(group.channel.subscribe)
        gap = Gap.now("resubscribed")
        for member in group.members:
            member._gap(gap)
        if self._recorder is not None:
            self._recorder.event("resubscribed", channel=group.channel.name)

    def _command(self, command: Mapping[str, Any] | None) -> None:
        # Commands wait in the current connection's queue; while disconnected they are dropped, because
        # the next connection sends the subscribe command of every channel that still has subscribers.
        if command is not None and self._commands is not None:
            self._commands.put_nowait(command)

    def _took(self) -> None:
        """A consumer took a message (replays at full speed wait for that)."""
        self._progress.set()

    def _backlog(self) -> bool:
        """Whether a subscription that is being consumed still holds messages."""
        return any(member.backlog for group in self._groups.values() for member in group.members)

    async def _consumers_caught_up(self, patience: float) -> None:
        """Wait until every consumed subscription is empty, or until no consumer took anything for
        `patience` seconds (a consumer that stopped reading must not stall a replay for ever)."""
        while self._backlog():
            self._progress.clear()
            try:
                await asyncio.wait_for(self._progress.wait(), patience)
            except asyncio.TimeoutError:
                return

    # --- requests (WebSocket APIs) -----------------------------------------------------------------
    async def request(
        self,
        method: str,
        params: Mapping[str, Any],
        parse: Callable[[dict[str, Any]], T],
        *,
        timeout: float | None = None,
    ) -> T:
        """Send one request and return its reply parsed by `parse`; a reply with an error code raises the
        venue's error, a reply that does not parse raises `StreamDecodeError`.

        Never re-sent: if the socket drops first, `ConnectionLostError` is raised (the venue may have acted).
        A reply that never comes raises `TimeoutError` for this request only; later requests are unaffected.
        """
        limit = self.options.request_timeout if timeout is None else timeout
        garbage = self._undecodable_frames
        try:
            reply = await asyncio.wait_for(self._request(method, params), limit)
        except asyncio.TimeoutError:
            unreadable = self._undecodable_frames - garbage
            hint = f" ({unreadable} undecodable frame(s) arrived meanwhile: see `errors`)" if unreadable else ""
            raise TimeoutError(f"no reply within {limit}s{hint}", operation=f"{self.protocol.name} {method}") from None
        try:
            return parse(reply)
        except _DECODE_ERRORS as exc:
            frame = codec.dumps(reply) if not isinstance(exc, RecursionError) else b""
            raise StreamDecodeError(_detail(exc), stream=self.protocol.name, channel=method, frame=frame) from None

    async def _request(self, method: str, params: Mapping[str, Any]) -> dict[str, Any]:
        rpc = self.protocol.rpc
        if rpc is None:
            raise ConfigurationError(f"{self.protocol.name} takes no requests")
        ws = await self._ready()
        request_id = str(next(self._ids))
        body = self._signer(params) if self._signer is not None and self._source is None else dict(params)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = future
        self._pending_methods[request_id] = method
        try:
            frame = {rpc.id_field: request_id, rpc.method_field: method, rpc.params_field: body}
            await ws.send(codec.dumps(frame).decode())
            if self._recorder is not None:
                self._recorder.request(request_id, method)
            reply = await future
        finally:
            self._pending.pop(request_id, None)
            self._pending_methods.pop(request_id, None)
        code = reply.get(rpc.code_field)
        if code is not None and str(code) not in rpc.ok_codes:
            raise self._api_error(str(code), str(reply.get(rpc.message_field, "")), reply)
        return reply

    async def _ready(self) -> Socket:
        while True:
            if self._failure is not None:
                raise self._failure
            if self._closed:
                raise StreamClosedError(f"{self.protocol.name}: the stream is closed")
            if self._ws is not None:
                return self._ws
            await self._change.wait()

    def _api_error(self, code: str, message: str, body: Any) -> ApiError:
        table = self._error_table
        if table is None:
            return ApiError(message, code=code, body=body)
        name = table.codes[code][0] if code in table.codes else None
        return table.class_for(code)(message, code=code, code_name=name, body=body)

    # --- the connection loop -----------------------------------------------------------------------
    async def _run(self) -> None:
        failures = 0  # consecutive attempts that brought no frames
        opened = False  # a connection was made at least once
        while not self._closed:
            self.attempts += 1
            log.info("%s: connecting (attempt %d)", self.protocol.name, self.attempts)
            try:
                established, cause = await self._connect_once()
            except _FATAL as exc:
                log.error("%s: giving up: %s", self.protocol.name, exc)
                self._fail(exc)
                return
            except Exception as exc:  # unforeseen: retried like a network failure, never the end of the stream
                if self._source is None or not self._source.finished:
                    log.warning("%s: unexpected error while connecting", self.protocol.name, exc_info=True)
                established, cause = None, exc
            if self._closed:
                return
            if self._source is not None and self._source.finished:
                self._finish("the recording has ended")
                return
            if established is not None:
                opened = True
                self.reconnects += 1
                self._lost(cause)
                if established:
                    failures = 0
            self.last_error = cause
            failures += 1
            limit = self.options.connect_attempts
            if not opened and limit is not None and failures >= limit:
                error = StreamConnectError(
                    f"could not connect to {_safe_url(self.url)} in {failures} attempt(s); last error: {cause}",
                    operation=self.protocol.name,
                    attempts=failures,
                )
                error.__cause__ = cause
                log.error("%s", error)
                self._fail(error)
                return
            self.state = "reconnecting" if opened else "connecting"
            delay = 0.0
            if self._source is None:
                ceiling = min(self.options.reconnect_max, self.options.reconnect_initial * 2 ** (failures - 1))
                delay = random.uniform(ceiling / 2, ceiling)
                log.warning(
                    "%s: connection %s (%s); attempt %d in %.2fs",
                    self.protocol.name,
                    "lost" if established is not None else "failed",
                    cause,
                    self.attempts + 1,
                    delay,
                )
            await self._sleep(delay)

    async def _connect_once(self) -> tuple[bool | None, BaseException | None]:
        """One connection, from handshake to close. Returns (None if it never opened, else whether frames
        arrived on it; the cause of its end)."""
        try:
            ws = await self._open()
        except InvalidStatus as exc:
            if self.lifecycle is not None and exc.response.status_code in self.lifecycle.reissue_statuses:
                self.lifecycle.invalidate()  # an expired, unknown or pre-maintenance token: get a new one
            return None, exc
        except InvalidURI:
            # The message would show the URL, which may hold a session token.
            raise ConfigurationError(f"{self.protocol.name}: not a WebSocket URL: {_safe_url(self.url)}") from None
        except _FATAL:
            raise
        except _TRANSIENT as exc:
            return None, exc
        return await self._session(ws)

    async def _open(self) -> Socket:
        if self._source is not None:
            return await self._source.open(self)
        ws = await connect(
            await self._url(),
            open_timeout=self.options.open_timeout,
            close_timeout=self.options.close_timeout,
            max_size=self.options.max_size,
            proxy=self.options.proxy,
            # Protocol-level pings only where the spec says the venue uses them; elsewhere an
            # unanswered keepalive would cut connections the venue considers healthy.
            ping_interval=self.options.ping_interval if self.protocol.heartbeat == "websocket" else None,
            ping_timeout=self.options.ping_timeout if self.protocol.heartbeat == "websocket" else None,
        )
        return _LiveSocket(ws)

    async def _url(self) -> str:
        url = self.url
        if self.lifecycle is not None and self.protocol.token_variable is not None:
            token = await self.lifecycle.acquire()
            url = url.replace("{" + self.protocol.token_variable + "}", quote(token, safe=""))
        if self._query_signer is not None:
            url += ("&" if "?" in url else "?") + urlencode(dict(self._query_signer()))
        return url

    async def _session(self, ws: Socket) -> tuple[bool, BaseException | None]:
        loop = asyncio.get_running_loop()
        commands: asyncio.Queue[Mapping[str, Any]] = asyncio.Queue()
        for group in self._groups.values():
            if group.channel.subscribe is not None:
                commands.put_nowait(group.channel.subscribe)
        self._ws, self._commands, self._dead = ws, commands, None
        self.state = "connected"
        self._last_rx = loop.time()
        self._notify()
        if self._recorder is not None:
            self._recorder.event("connected")
        helpers = [asyncio.create_task(self._send_commands(ws, commands))]
        if self._source is None:
            helpers.append(asyncio.create_task(self._heartbeat(ws)))
        got_frames = False
        cause: BaseException | None = None
        try:
            frame_times, on_frame = self._frame_times, self._on_frame
            async for raw in ws:
                got_frames = True
                if frame_times:
                    self._last_rx = loop.time()
                recorder = self._recorder
                if recorder is None:
                    try:
                        on_frame(raw)
                    except Exception as exc:  # whatever a frame holds, it must not end the stream
                        self._unhandled(exc, raw)
                    continue
                received = time.time()
                try:
                    channels, reply_to = on_frame(raw)
                except Exception as exc:
                    channels, reply_to = (), None
                    self._unhandled(exc, raw)
                recorder.frame(received, raw, channels, reply_to)
        except ConnectionClosed as exc:
            cause = exc
        finally:
            self._ws = self._commands = None
            self._notify()
            for task in helpers:
                task.cancel()
            await asyncio.gather(*helpers, return_exceptions=True)
            ws.abort()
        return got_frames, self._dead or cause or ws.close_exc

    async def _send_commands(self, ws: Socket, commands: asyncio.Queue[Mapping[str, Any]]) -> None:
        while True:
            command = await commands.get()
            await self._pacer.wait()
            await ws.send(codec.dumps(_without_none(command)).decode())

    async def _heartbeat(self, ws: Socket) -> None:
        interval, timeout = self.options.ping_interval, self.options.ping_timeout
        if self.protocol.heartbeat == "websocket" or interval is None or timeout is None:
            return  # protocol-level pings are run by `websockets` itself
        loop = asyncio.get_running_loop()
        if self.protocol.heartbeat == "server":
            # The venue pings; a socket that has been silent for longer than its ping period is dead.
            while True:
                quiet = loop.time() - self._last_rx
                if quiet >= interval + timeout:
                    break
                await asyncio.sleep(interval + timeout - quiet)
            self._dead = ConnectionLostError(
                f"no frame (nor ping) for {interval + timeout}s", operation=self.protocol.name
            )
            ws.abort()
            return
        while True:
            await asyncio.sleep(max(0.0, interval - timeout))
            sent = loop.time()
            try:
                if self.protocol.heartbeat == "rpc" and self.protocol.ping_method:
                    await asyncio.wait_for(self._request(self.protocol.ping_method, {}), timeout)
                else:
                    ping = _with_time(self.protocol.ping_message or {}, time.time_ns() // 1_000_000)
                    await ws.send(codec.dumps(ping).decode())
                    await asyncio.sleep(timeout)
                alive = self._last_rx >= sent
            except ApiError:
                alive = True  # an error reply is still a reply
            except asyncio.TimeoutError:
                alive = False
            if not alive:
                self._dead = ConnectionLostError(f"no heartbeat reply within {timeout}s", operation=self.protocol.name)
                ws.abort()
                return

    # --- incoming frames ---------------------------------------------------------------------------
    def _on_frame(self, raw: str | bytes) -> tuple[Sequence[str], str | None]:
        """Handle one frame; returns the channels that took a message from it and, for a reply, the id of
        the request it answers (what a recording keeps beside the frame)."""
        # str or bytes alike; the bytes are only made for an error or a log line.
        try:
            decoded = self._decode(raw)
        except (ValueError, RecursionError):
            try:
                decoded = codec.loads(raw)  # what the C decoder refuses and `loads` still reads, or its error
            except (ValueError, RecursionError) as exc:
                detail = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
                self._undecodable(f"not JSON: {detail}", _as_bytes(raw))
                return [], None
        if type(decoded) is dict and not self._pending:
            # The common frame: one message. Unless it holds a key that marks a heartbeat or an error report (or
            # a request is waiting for its reply), `_control` has nothing to do with it.
            for key in self._control_keys:
                if key in decoded:
                    break
            else:
                return self._route(decoded, raw), None
        if isinstance(decoded, str) and self._server_ping(decoded):
            return [], None
        messages = decoded if isinstance(decoded, list) and self.protocol.split_arrays else [decoded]
        channels: list[str] = []
        reply_to: str | None = None
        for message in messages:
            if not isinstance(message, dict):
                self._undecodable(f"expected a JSON object, got {type(message).__name__}", _as_bytes(raw))
                continue
            handled, answered = self._control(message, raw)
            if answered is not None:
                reply_to = answered
                channels.append(self._pending_methods.get(answered, ""))
            if not handled:
                channels += self._route(message, raw)
        return channels, reply_to

    def _server_ping(self, text: str) -> bool:
        """Answer a venue ping sent as a bare JSON string; True when `text` was one."""
        p = self.protocol
        found = re.fullmatch(p.server_ping_pattern, text) if p.server_ping_pattern else None
        if found is None or p.server_pong is None:
            return False
        self._send_soon(json.dumps(found.expand(p.server_pong)))
        return True

    def _undecodable(self, detail: str, frame: bytes) -> None:
        self._undecodable_frames += 1
        error = StreamDecodeError(detail, stream=self.protocol.name, channel=None, frame=frame)
        self._report(error)
        # Whose message it was is unknown, so every subscription may have lost one.
        gap = Gap.now("decode_error", dropped=1, error=error)
        for group in self._groups.values():
            for member in group.members:
                member._gap(gap)

    def _control(self, message: dict[str, Any], frame: str | bytes) -> tuple[bool, str | None]:
        """Handle heartbeats, replies and error reports: (whether the message was one of them, the id of the
        request it answered)."""
        p = self.protocol
        if p.server_ping_field and p.pong_field and p.server_ping_field in message:
            self._send_soon(codec.dumps({p.pong_field: message[p.server_ping_field]}).decode())
            return True, None
        if p.pong_field and p.pong_field in message:
            return True, None
        if p.rpc is not None:
            request_id = str(message.get(p.rpc.id_field))
            future = self._pending.get(request_id)
            if future is not None:
                if not future.done():
                    future.set_result(message)
                return True, request_id
        if p.error_field and p.error_field in message:
            text = str(message[p.error_field])
            found = re.match(p.error_pattern, text) if p.error_pattern else None
            code, detail = (found.group(1), found.group(2)) if found else ("", text)
            self._report(self._api_error(code, detail or text, message))
            return True, None
        return False, None

    def _route(self, message: dict[str, Any], frame: str | bytes) -> Sequence[str]:
        """Parse `message` for every channel it belongs to and queue it for their subscriptions; returns the
        channels' names when a recorder will write them down (else nothing)."""
        router = self._router
        try:
            groups = router.table.get(router.getter(message)) if router.getter is not None else None
        except (KeyError, TypeError):
            groups = None
        if not groups:
            groups = router.groups(message)  # also where a value that is not a string is compared as JSON text
        if not groups:
            self.unrouted += 1
            if log.isEnabledFor(logging.DEBUG):
                log.debug("%s: no subscription for %.200r", self.protocol.name, _as_bytes(frame))
            return ()
        for group in groups:
            channel = group.channel
            try:
                parsed = channel.parse(message)
            except _DECODE_ERRORS as exc:
                error = StreamDecodeError(
                    _detail(exc), stream=self.protocol.name, channel=channel.name, frame=_as_bytes(frame)
                )
                self._report(error)
                gap = Gap.now("decode_error", dropped=1, error=error)
                for member in group.members:
                    member._gap(gap)
                continue
            for member in group.members:
                member._put(parsed)
        return [group.channel.name for group in groups] if self._recorder is not None else ()

    def _report(self, error: VenueError) -> None:
        self.errors.append(error)
        self._on_error(error)

    def _send_soon(self, text: str) -> None:
        ws = self._ws
        if ws is None:
            return
        task = asyncio.create_task(self._send_quietly(ws, text))
        self._spawned.add(task)
        task.add_done_callback(self._spawned.discard)

    @staticmethod
    async def _send_quietly(ws: Socket, text: str) -> None:
        with contextlib.suppress(ConnectionClosed):  # the reader notices a closed socket and reconnects
            await ws.send(text)

    # --- endings -----------------------------------------------------------------------------------
    def _lost(self, cause: BaseException | None) -> None:
        gap = Gap.now("disconnected", error=cause)
        for group in self._groups.values():
            for member in group.members:
                member._gap(gap)
        for future in self._pending.values():
            if not future.done():
                future.set_exception(ConnectionLostError(f"connection lost: {cause}", operation=self.protocol.name))
        self._pending.clear()
        if self._recorder is not None:
            self._recorder.event("disconnected", reason=str(cause) if cause is not None else None)

    def _rotate(self) -> None:
        """The session token is being replaced: reconnect so the new one is used."""
        ws = self._ws
        if ws is not None:
            self._dead = ConnectionLostError("session token replaced", operation=self.protocol.name)
            ws.abort()

    def _fail(self, error: BaseException) -> None:
        self.state = "failed"
        self.last_error = error
        self._failure = error
        self._end(error, error)

    def _finish(self, why: str) -> None:
        """The source ran out (a replay): subscriptions end normally, later calls are refused."""
        self.state = "finished"
        self._failure = StreamClosedError(f"{self.protocol.name}: {why}")
        self._end(None, self._failure)

    def _end(self, error: BaseException | None, pending_error: BaseException) -> None:
        for group in self._groups.values():
            for member in group.members:
                member._finish(error)
        for future in self._pending.values():
            if not future.done():
                future.set_exception(pending_error)
        self._pending.clear()
        self._notify()

    def _notify(self) -> None:
        """Wake everyone waiting in `_ready()` to look at the state again."""
        self._change.set()
        self._change = asyncio.Event()


def replay(
    path: str | Path, *, speed: float | None = None, options: StreamOptions | None = None, sleep: Sleep | None = None
) -> Stream:
    """Replay a recording with the stream class that made it, whatever the venue (it is imported by name)."""
    from .playback import header

    venue, stream = header(path)
    module = importlib.import_module(f"venuekit.{venue}.streams")
    cls = getattr(module, stream, None)
    if not (isinstance(cls, type) and issubclass(cls, Stream)):
        raise ConfigurationError(f"{path}: {venue}.streams has no stream class {stream!r}")
    return cls.replay(path, speed=speed, options=options, sleep=sleep)
