"""What the sandbox's parts share: a request and its reply, the venue adapter, the app that serves one venue.

The HTTP server (`server`), the WebSocket streams (`streams`), paper trading (`paper`) and every venue adapter
import these from here, and this module imports none of them, so the sandbox has no import circle.
"""

from __future__ import annotations

import copy
import importlib
import json
import random
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal
from urllib.parse import parse_qsl, unquote, urlencode

from .markets import MarketRule, OrderRules, rules_from
from .orders import Order, OrderBook
from .spec import Operation, PlacementRule, Spec, known_venues, load_spec
from .validate import Invalid, Problem, validate

if TYPE_CHECKING:
    from .streams import StreamSpec
    from .tour import Tour

Side = Literal["buy", "sell"]
Kind = Literal["limit", "market"]
TimeInForce = Literal["gtc", "ioc", "fok"]


@dataclass(frozen=True)
class Terms:
    """What matching needs to know about an order, from the venue adapter (`Adapter.paper_terms`).

    `quantity` is in the base asset; a market buy may give `quote` (an amount to spend) instead.
    """

    side: Side
    kind: Kind
    price: Decimal | None = None
    quantity: Decimal | None = None
    quote: Decimal | None = None
    time_in_force: TimeInForce = "gtc"


@dataclass
class Request:
    """One HTTP request as received: raw bytes for signature checks, typed `params` once validated."""

    method: str
    raw_path: str  # percent-encoded, without the query
    raw_query: str  # as sent, without '?'
    headers: Mapping[str, str]  # lower-case names
    body: bytes
    now_ms: int
    op: Operation | None = None
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def path(self) -> str:
        return unquote(self.raw_path)

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(self.raw_query, keep_blank_values=True)

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


@dataclass
class Reply:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    refused: bool = False
    """An error reply (set by `Adapter.error`): nothing was executed."""


@dataclass(frozen=True)
class Executed:
    """A placement or money movement the venue carried out (see `Adapter.executed`)."""

    operation_id: str
    key: str | None
    params: dict[str, Any]
    now_ms: int


class Adapter:
    """What makes the generic server one venue: signature rule, error envelope, order mapping.

    Subclasses set `venue` and `default_secret` and implement `verify`, `error`, `param_error` and
    `unknown_route`. An operation with state has a method named `on_<operationId in snake_case>`
    (`on_create_order`); every other operation answers with its docs' 200 example. The venue's OpenAPI spec
    names its adapter (`info.x-sdk.sandbox: module:Class`), which is how the sandbox finds it.
    """

    venue: ClassVar[str]
    default_secret: ClassVar[str]
    wrong_secret: ClassVar[str] = "wrong-secret"
    """A secret the sandbox refuses that the venue's signer still accepts (`make demo` with a wrong secret)."""
    live_channels: ClassVar[frozenset[str]] = frozenset()
    """Stream channels that carry this sandbox's own order events instead of the docs' examples."""
    signature_params: ClassVar[frozenset[str]] = frozenset()
    """Query/form parameters that belong to the signature, not to the operation (HashKey)."""

    def __init__(self, spec: Spec, secret: str) -> None:
        self.spec = spec
        self.secret = secret
        self.book = OrderBook()
        self.stream_tokens: set[str] = set()
        """Session tokens / listen keys issued over REST; a private stream needs one of them."""
        self.stream_examples: dict[str, list[Any]] = {}
        """Channel -> the AsyncAPI examples of what it pushes (filled when the venue has streams)."""
        self.executed: list[Executed] = []
        """Every request to an operation with `x-sdk-placement` that was carried out, oldest first."""
        self.random = random.Random()
        """Every choice the sandbox makes up (session tokens, moving market data) is drawn from here, so that
        a seed (`Sandbox(seed=...)`, `--seed`) repeats them."""

    def verify(self, request: Request) -> Reply | None:
        """None when the signature holds; otherwise the venue's auth error."""
        raise NotImplementedError

    def error(self, code: str, message: str | None = None, *, status: int | None = None) -> Reply:
        """The venue's error envelope for `code` (message from the spec's x-error-codes by default)."""
        raise NotImplementedError

    def param_error(self, request: Request, problem: Problem) -> Reply:
        raise NotImplementedError

    def unknown_route(self, request: Request) -> Reply:
        raise NotImplementedError

    def example(self, request: Request) -> Reply:
        assert request.op is not None
        return Reply(200, uncrossed(request.op.response(), request.op.book))

    def verify_stream_call(self, params: Mapping[str, Any], now_ms: int) -> Reply | None:
        """For WebSocket APIs whose every call is signed (Bitunix): None when the params' signature holds."""
        return None

    def paper_terms(self, order: Order) -> Terms | None:
        """What a paper venue matches an order on (side, kind, price, sizes), or None for an order it leaves
        alone; venues whose sandbox can paper-trade override it (`venuekit.sandbox.paper`)."""
        return None

    def verify_stream_query(self, query: Mapping[str, str], now_ms: int) -> bool:
        """For streams authenticated by their query string (GOPAX): whether the key, time and signature hold."""
        return False

    def subscription_answer(self, channel: str) -> list[Any]:
        """What a live channel sends back when subscribed to (GOPAX answers with the current state)."""
        return []

    def stream_events(self, event: str, order: Order) -> list[tuple[str, Any]]:
        """(channel, payload) pushes for an order `event` ("placed", "cancelled") on `live_channels`."""
        return []

    def stream_example(self, channel: str) -> dict[str, Any]:
        """A fresh copy of the first documented push of a channel (the template for live events)."""
        payload: dict[str, Any] = copy.deepcopy(self.stream_examples[channel][0])
        return payload

    def issue_token(self) -> str:
        token = f"{self.random.getrandbits(128):032x}"
        self.stream_tokens.add(token)
        return token

    # --- the scripted tour (venuekit.sandbox.tour) ---------------------------------------------------
    @classmethod
    def tour(cls, tour: Tour, client: Any) -> None:
        """The venue's tour through its SDK `client`: the steps of `venuekit.sandbox.tour.STEPS`, in order."""
        raise NotImplementedError(f"{cls.venue}: the sandbox adapter has no tour")

    @classmethod
    async def stream_tour(
        cls,
        tour: Tour,
        package: Any,
        base_url: str,
        ws_url: str,
        credentials: tuple[str, str],
        options: Mapping[str, Any],
    ) -> None:
        """The tour of the venue's streams (`STREAM_STEPS`), against the sandbox's `ws_url`."""
        tour.no_streams(f"{cls.venue} has no WebSocket API in its spec")


class App:
    """Serves one venue: the spec, the adapter and the state, behind one lock."""

    def __init__(
        self, adapter: Adapter, streams: StreamSpec | None = None, order_rules: OrderRules | None = None
    ) -> None:
        self.adapter = adapter
        self.spec = adapter.spec
        self.streams = streams
        self.order_rules = order_rules
        """The market rules orders are held to (from the venue's unified.yaml), as the venue documents them."""
        self.lock = threading.Lock()
        """Held while a request is served (and while a paper venue applies a book), so they never interleave."""
        self.answers: dict[str, Reply] = {}
        """operationId -> a reply served instead of the usual one (`Sandbox.answer`), after the request's checks."""

    def handle(self, request: Request) -> Reply:
        with self.lock:
            return self._handle(request)

    def call(self, operation_id: str, params: Mapping[str, Any]) -> Reply:
        """Run one operation with already authenticated `params` (a WebSocket API call)."""
        op = self.spec.by_id[operation_id]
        query, body = "", b""
        if op.body_type == "json":
            body = dumps(dict(params))
        elif op.body_type == "form":
            body = urlencode({k: str(v) for k, v in params.items()}).encode()
        else:
            query = urlencode({k: str(v) for k, v in params.items()})
        request = Request(op.method, op.path, query, {}, body, time.time_ns() // 1_000_000)
        with self.lock:
            return self._handle(request, verify=False)

    def _handle(self, request: Request, *, verify: bool = True) -> Reply:
        adapter = self.adapter
        # Routed on the path as sent: a parameter holding an encoded `/` stays one segment.
        found = self.spec.match(request.method, request.raw_path)
        if found is None:
            return adapter.unknown_route(request)
        request.op, raw_params = found
        path_params = {name: unquote(value) for name, value in raw_params.items()}
        if request.op.signed and verify:
            refused = adapter.verify(request)
            if refused is not None:
                return refused
        try:
            request.params = validate(
                self.spec, request.op, request.query, path_params, request.body, adapter.signature_params
            )
        except Invalid as exc:
            if exc.problem.code is not None and exc.problem.code in self.spec.errors:
                return adapter.error(exc.problem.code)  # the code the spec declares for the broken rule
            return adapter.param_error(request, exc.problem)
        operation_id, rule = request.op.operation_id, request.op.placement
        market_rules = self.order_rules
        if market_rules is not None and operation_id == market_rules.operation_id:
            broken = market_rules.refusal(request.params, self.markets())
            if broken is not None:
                return adapter.error(broken)
        raw_key = None if rule is None or rule.key is None else request.params.get(rule.key)
        key = None if raw_key is None else str(raw_key)
        if rule is not None and key is not None and self._key_taken(operation_id, rule, key):
            assert rule.duplicate_code is not None
            return adapter.error(rule.duplicate_code)
        handler: Callable[[Request], Reply] | None = getattr(adapter, "on_" + _snake(operation_id), None)
        if operation_id in self.answers:
            answer = self.answers[operation_id]
            reply = Reply(answer.status, copy.deepcopy(answer.body), dict(answer.headers), answer.refused)
        else:
            reply = handler(request) if handler is not None else adapter.example(request)
        if rule is not None and not reply.refused and reply.status < 400:
            adapter.executed.append(Executed(operation_id, key, request.params, request.now_ms))
        return reply

    def markets(self) -> dict[str, MarketRule]:
        """Venue id -> market rules, read from what this sandbox's own metadata operation answers now."""
        rules = self.order_rules
        if rules is None:
            return {}
        op = self.spec.by_id[str(rules.metadata["operation"])]
        query = urlencode({k: str(v) for k, v in rules.metadata_params.items()})
        reply = self._handle(Request(op.method, op.path, query, {}, b"", time.time_ns() // 1_000_000), verify=False)
        return rules_from(rules.metadata, reply.body, self.spec.sdk.get("unwrap"))

    def _key_taken(self, operation_id: str, rule: PlacementRule, key: str) -> bool:
        """The venue's documented duplicate check: a key used before (`lifetime`) or held by an open
        order (`active`); none where the venue documents none."""
        if rule.duplicate_code is None:
            return False
        if rule.scope == "lifetime":
            return any(e.key == key and e.operation_id == operation_id for e in self.adapter.executed)
        if rule.scope == "active":
            return any(order.client_id == key for order in self.adapter.book.open())
        return False


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def dumps(value: Any) -> bytes:
    """Compact JSON; `Decimal`s are written as JSON numbers with exactly their digits."""
    marks: dict[str, str] = {}

    def mark(item: Any) -> Any:
        if isinstance(item, Decimal):
            token = f"\x00{len(marks)}\x00"
            marks[json.dumps(token)] = format(item, "f")
            return token
        if isinstance(item, dict):
            return {k: mark(v) for k, v in item.items()}
        if isinstance(item, list | tuple):
            return [mark(v) for v in item]
        return item

    text = json.dumps(mark(value), separators=(",", ":"), ensure_ascii=False)
    for token, digits in marks.items():
        text = text.replace(token, digits, 1)
    return text.encode()


def uncrossed(payload: Any, book: dict[str, Any] | None) -> Any:
    """A full book (a push, or the reply of an operation declaring `x-sdk-order-book`) without the bids at or
    above its best ask: levels a venue could never show (the docs' GMO examples are crossed)."""
    if book is None or not book.get("snapshot", True) or not isinstance(payload, dict):
        return payload
    if "items" in book:
        containers = payload.get(book["items"]) or []
    elif "item" in book:
        containers = [payload.get(book["item"])]
    else:
        containers = [payload]
    price = book["price"]
    for container in containers:
        if not isinstance(container, dict):
            continue
        bids, asks = container.get(book["bids"]), container.get(book["asks"])
        if not bids or not asks:
            continue
        best_ask = min(Decimal(str(level[price])) for level in asks)
        container[book["bids"]] = [level for level in bids if Decimal(str(level[price])) < best_ask]
    return payload


def find_adapter(venue: str, spec_dir: Path | None = None) -> type[Adapter]:
    """The venue's sandbox adapter: the `module:Class` its OpenAPI spec names in `info.x-sdk.sandbox`."""
    known = known_venues(spec_dir)
    if venue not in known:
        raise ValueError(f"unknown venue {venue!r}; the specs have: {', '.join(known) or '(none)'}")
    declared = load_spec(venue, spec_dir).sdk.get("sandbox")
    if not isinstance(declared, str) or declared.count(":") != 1:
        raise ValueError(f"{venue}: its spec names no sandbox adapter (info.x-sdk.sandbox: 'module:AdapterClass')")
    module, _, name = declared.partition(":")
    found = getattr(importlib.import_module(module), name, None)
    if not (isinstance(found, type) and issubclass(found, Adapter)):
        raise ValueError(f"{venue}: {declared} (info.x-sdk.sandbox) is not a sandbox Adapter")
    return found
