"""GOPAX: bare JSON bodies, `{errorMessage, errorCode}` errors with a meaningful HTTP status."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import hmac
import importlib
import time
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

from ...errors import NotFoundError
from ..base import Adapter, Kind, Reply, Request, Side, Terms, TimeInForce
from ..orders import Order
from ..spec import Spec, iso_ms
from ..streams import stream_url
from ..tour import Tour, count_open, first, has_order, lacks_order, skip_rest
from ..validate import Problem

TIMESTAMP_WINDOW_MS = 60_000
"""Current edition: "timestamps more than about 1 minute from server time may be rejected"."""
STREAM_WINDOW_MS = 5_000
"""WebSocket API: "If the timestamp has a discrepancy of more than 5 seconds ... it can be rejected"."""

# Codes the seed edition does not list; the current edition documents them (notes `gopax.md` §4, §7).
_EXTRA_MESSAGES = {
    "10108": "Nonce Too Low",
    "10229": "Invalid Signature",
    "10231": "No Nonce And Timestamp",
    "10263": "Timestamp Too Low",
    "10264": "Timestamp Too High",
    "10265": "Choose Either Nonce Or Timestamp",
    "10296": "Invalid Receive Window",
    "10359": "Invalid Side",
    "10361": "Invalid Time In Force",
    "10362": "Invalid Protection",
}
_AUTH_CODES = frozenset({"10155", "10108", "10229", "10231", "10263", "10264", "10265", "10296"})
"""Answered with HTTP 401 (seed: "401 Unauthorized - Invalid API Key")."""


def verify_gopax(
    headers: Mapping[str, str],
    method: str,
    raw_path: str,
    raw_query: str,
    body: bytes,
    secret: str,
    now_ms: int,
    last_nonce: int,
) -> str | None:
    """GOPAX's rule (notes `gopax.md` §2); returns the error code or None.

    Seed (NONCE) edition: SIGNATURE = base64(HMAC-SHA512(base64decode(secret), NONCE + METHOD + path +
    body)), the path without the query; NONCE must be greater than every NONCE this key sent before.
    Current edition (`timestamp` header instead of `nonce`): the message is `"t" + timestamp + METHOD +
    path + receive-window + body`, where `path` keeps the query for `GET /orders?...` only, and the
    timestamp must be within about a minute of the server clock (within `receive-window`, 200-60000 ms,
    and at most 1 s ahead when one is sent).
    """
    if not headers.get("api-key"):
        return "10155"
    nonce, timestamp = headers.get("nonce"), headers.get("timestamp")
    if nonce is not None and timestamp is not None:
        return "10265"
    if nonce is None and timestamp is None:
        return "10231"
    if timestamp is not None:
        window = headers.get("receive-window")
        if not timestamp.isdigit() or (window is not None and not (window.isdigit() and 200 <= int(window) <= 60_000)):
            return "10296" if window is not None else "10263"
        ahead, behind = (1000, int(window)) if window else (TIMESTAMP_WINDOW_MS, TIMESTAMP_WINDOW_MS)
        if int(timestamp) > now_ms + ahead:
            return "10264"
        if int(timestamp) < now_ms - behind:
            return "10263"
        path = raw_path + "?" + raw_query if (method == "GET" and raw_path == "/orders" and raw_query) else raw_path
        message = b"t" + timestamp.encode() + method.encode() + path.encode() + (window or "").encode() + body
    else:
        assert nonce is not None
        message = nonce.encode() + method.encode() + raw_path.encode() + body
    expected = base64.b64encode(hmac.new(base64.b64decode(secret), message, hashlib.sha512).digest()).decode()
    if not hmac.compare_digest(expected, headers.get("signature", "")):
        return "10229"
    if nonce is not None and (not nonce.isdigit() or int(nonce) <= last_nonce):
        return "10108"
    return None


def verify_gopax_stream(query: Mapping[str, str], secret: str, now_ms: int) -> bool:
    """The WebSocket API's rule (https://gopax.github.io/wsapi): `signature` = base64(HMAC-SHA512(
    base64decode(secret), "t" + timestamp)), with `apiKey` and a `timestamp` (ms) within 5 s of the server."""
    key, timestamp = query.get("apiKey"), query.get("timestamp", "")
    if not key or not timestamp.isdigit() or abs(now_ms - int(timestamp)) > STREAM_WINDOW_MS:
        return False
    digest = hmac.new(base64.b64decode(secret), b"t" + timestamp.encode(), hashlib.sha512).digest()
    return hmac.compare_digest(base64.b64encode(digest).decode(), query.get("signature", ""))


class GopaxAdapter(Adapter):
    venue = "gopax"
    default_secret = "dGVzdHNlY3JldA=="  # base64 of b"testsecret", the notes' test-vector secret
    wrong_secret = "d3Jvbmctc2VjcmV0"  # secrets are base64: a wrong one must still decode
    live_channels = frozenset({"orders"})
    invalid_codes: ClassVar[dict[str, str]] = {
        "type": "103",
        "tradingPairName": "101",
        "trading_pair": "101",
        "asset_name": "100",
        "amount": "107",
        "price": "108",
        "side": "10359",
        "timeInForce": "10361",
        "protection": "10362",
    }

    @classmethod
    def tour(cls, tour: Tour, client: Any) -> None:
        _tour(tour, client)

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
        await _stream_tour(tour, package, base_url, ws_url, credentials, options)

    def __init__(self, spec: Spec, secret: str) -> None:
        base64.b64decode(secret, validate=True)  # the secret must be base64, as GOPAX issues them
        super().__init__(spec, secret)
        self.nonces: dict[str, int] = {}

    def error(self, code: str, message: str | None = None, *, status: int | None = None) -> Reply:
        text = message or self.spec.message(code) or _EXTRA_MESSAGES.get(code, "")
        if status is None:
            category = self.spec.errors.get(code, {}).get("category")
            status = 401 if code in _AUTH_CODES else 404 if category == "not_found" else 400
        body: dict[str, Any] = {"errorMessage": text, "errorCode": int(code)}
        return Reply(status, body, refused=True)

    def verify(self, request: Request) -> Reply | None:
        key = request.header("api-key") or ""
        code = verify_gopax(
            request.headers,
            request.method,
            request.raw_path,
            request.raw_query,
            request.body,
            self.secret,
            request.now_ms,
            self.nonces.get(key, 0),
        )
        if code is not None:
            return self.error(code)
        nonce = request.header("nonce")
        if nonce is not None:
            self.nonces[key] = int(nonce)
        return None

    def param_error(self, request: Request, problem: Problem) -> Reply:
        code = self.invalid_codes.get(problem.leaf)
        if code is None:  # no documented code: the seed's "400 Bad request - Invalid request format"
            return self.error("400", f"Bad request - Invalid request format ({problem.detail})", status=400)
        return self.error(code, status=400)

    def unknown_route(self, request: Request) -> Reply:
        return self.error("404", "Not found", status=404)

    # --- orders -----------------------------------------------------------------------------------
    def _wire(self, order: Order, template: dict[str, Any]) -> dict[str, Any]:
        values = {
            "id": str(order.id),
            "status": "updated" if order.status == "open" and order.fills else _STATUS[order.status],
            "side": order.side,
            "type": order.type,
            "price": order.price,
            "amount": order.size,
            "remaining": _remaining(order),
            "tradingPairName": order.symbol,
            "createdAt": iso_ms(order.created_ms),
        }
        if order.client_id is not None:
            values["clientOrderId"] = order.client_id
        item = {key: values.get(key, value) for key, value in template.items()}
        if order.price is None:
            # A market order has no price. The spec (every documented order) requires the field and the docs
            # show no market order, so the sandbox answers 0 rather than a body the client must refuse.
            item["price"] = 0
        return item

    def on_create_order(self, request: Request) -> Reply:
        p = request.params
        order = self.book.place(
            symbol=p["tradingPairName"],
            side=p["side"],
            type=p["type"],
            price=p.get("price"),
            size=p["amount"],
            now_ms=request.now_ms,
            client_id=p.get("clientOrderId"),
            status="filled" if p["type"] == "market" else "open",
            timeInForce=p.get("timeInForce"),
        )
        template = self.spec.by_id["createOrder"].response()
        if order.client_id is not None:
            template["clientOrderId"] = order.client_id
        return Reply(200, self._wire(order, template))

    def on_get_orders(self, request: Request) -> Reply:
        template = self.spec.by_id["getOrders"].response()[0]
        if request.params.get("includePast"):
            orders = sorted(self.book.orders.values(), key=lambda o: o.id, reverse=True)
        else:
            orders = self.book.open()
        return Reply(200, [self._wire(o, template) for o in orders])

    def on_get_order(self, request: Request) -> Reply:
        order = self.book.find(request.params["order_id"])
        if order is None:
            return self._no_such_order()
        return Reply(200, self._wire(order, self.spec.by_id["getOrder"].response()))

    def on_get_order_by_client_order_id(self, request: Request) -> Reply:
        order = self.book.find(client_id=request.params["client_order_id"])
        if order is None:
            return self._no_such_order()
        return Reply(200, self._wire(order, self.spec.by_id["getOrderByClientOrderId"].response()))

    def on_cancel_order(self, request: Request) -> Reply:
        order = self.book.find(request.params["order_id"])
        if order is None or not self.book.cancel(order, request.now_ms):
            return self._no_such_order()
        return Reply(200, {})

    def on_get_my_trades(self, request: Request) -> Reply:
        if self.book.matcher is None:
            return self.example(request)  # not a paper venue: the docs' example
        template: dict[str, Any] = self.spec.by_id["getMyTrades"].response()[0]
        trades = []
        for fill in reversed(self.book.fills()):  # newest first, as the docs' example
            order = self.book.orders[fill.order_id]
            values = {
                "id": fill.id,
                "orderId": order.id,
                "baseAmount": fill.size,
                "quoteAmount": fill.price * fill.size,
                "fee": fill.fee,
                "price": fill.price,
                "timestamp": iso_ms(fill.at_ms),
                "side": order.side,
                "tradingPairName": order.symbol,
            }
            trades.append({key: _like(value, values.get(key, value)) for key, value in template.items()})
        limit = request.params.get("limit")
        return Reply(200, trades[:limit] if limit else trades)

    # --- paper trading -------------------------------------------------------------------------------
    def paper_terms(self, order: Order) -> Terms | None:
        if order.type not in ("limit", "market"):
            return None
        side: Side = "buy" if order.side == "buy" else "sell"
        kind: Kind = "limit" if order.type == "limit" else "market"
        amount = Decimal(str(order.size))
        if kind == "market" and side == "buy":
            return Terms(side, kind, quote=amount)  # market buys give the KRW to spend
        durations: dict[str, TimeInForce] = {"ioc": "ioc", "fok": "fok"}  # gtc; po: not refused
        tif = durations.get(str(order.extra.get("timeInForce")), "gtc")
        price = Decimal(str(order.price)) if order.price is not None else None
        return Terms(side, kind, price=price, quantity=amount, time_in_force=tif)

    # --- private WebSocket --------------------------------------------------------------------------
    def verify_stream_query(self, query: Mapping[str, str], now_ms: int) -> bool:
        return verify_gopax_stream(query, self.secret, now_ms)

    def _ws_order(self, order: Order) -> dict[str, Any]:
        """An order as the WebSocket API shows it: integer codes, epoch seconds (the OrderEvent example's shape)."""
        template: dict[str, Any] = self.stream_example("orders")["o"]["data"][0]
        values = {
            "orderId": order.id,
            "status": 4 if order.status == "open" and order.fills else _WS_STATUS[order.status],
            "side": 1 if order.side == "buy" else 2,
            "type": 1 if order.type == "limit" else 2,
            "price": order.price if order.price is not None else 0,
            "orgAmount": order.size,
            "remainAmount": _remaining(order),
            "createdAt": order.created_ms // 1000,
            "updatedAt": order.updated_ms // 1000,
            "tradedBaseAmount": order.executed,
            "tradedQuoteAmount": order.executed_quote,
            "feeAmount": order.fee,
            "rewardAmount": 0,
            "tradingPairName": order.symbol,
        }
        return {key: values.get(key, value) for key, value in template.items()}

    def subscription_answer(self, channel: str) -> list[Any]:
        """`SubscribeToOrders` is answered with the outstanding orders."""
        if channel != "orders":
            return []
        return [{"n": "SubscribeToOrders", "o": {"data": [self._ws_order(o) for o in self.book.open()]}}]

    def stream_events(self, event: str, order: Order) -> list[tuple[str, Any]]:
        """`OrderEvent` on `orders` when an order is placed or cancelled over REST."""
        if "orders" not in self.stream_examples:
            return []
        return [("orders", {"i": -1, "n": "OrderEvent", "o": self._ws_order(order)})]

    def _no_such_order(self) -> Reply:
        # The shape ccxt records for an unknown id (notes §4); a cancelled order is no longer cancellable.
        return Reply(
            404,
            {"errorMessage": "No such order ID", "errorCode": 202, "errorData": "Order server error: 202"},
            refused=True,
        )


_STATUS = {"open": "placed", "filled": "completed", "cancelled": "cancelled"}


def _remaining(order: Order) -> Decimal:
    """What is left of an order's amount: in KRW for a market buy (its amount is what to spend)."""
    if order.status == "filled":
        return Decimal(0)
    spent = order.executed_quote if order.type == "market" and order.side == "buy" else order.executed
    return Decimal(str(order.size)) - spent


def _like(example: Any, value: Any) -> Any:
    """`value` in the wire type of the docs' example (GOPAX sends some amounts as strings, most as numbers)."""
    if isinstance(value, Decimal) and isinstance(example, str):
        return format(value, "f")
    return value


_WS_STATUS = {"open": 1, "cancelled": 2, "filled": 3}
"""WebSocket order status codes: 1 not filled, 2 cancelled, 3 completely filled (4 partially, 5 reserved)."""


# --- the scripted tour (venuekit.sandbox.tour) -------------------------------------------------------------
def _tour(tour: Tour, gx: Any) -> None:
    price, size = Decimal("10000000"), Decimal("0.01")
    tour.step("market data", lambda: gx.market.get_ticker(trading_pair="BTC-KRW"), lambda t: f"BTC-KRW {t.price}")
    tour.step("balance (signed)", gx.account.get_balances, lambda b: f"{len(b)} assets")
    tour.step("open orders", gx.orders.get_orders, count_open)
    placed = tour.step(
        "place order",
        lambda: gx.orders.create_order(
            trading_pair_name="BTC-KRW", side="buy", type_="limit", price=price, amount=size
        ),
        lambda o: f"id {o.id}",
    )
    if placed is None:
        return skip_rest(tour)
    tour.step("open orders (placed)", gx.orders.get_orders, has_order(placed.id, price, size))
    tour.step("cancel", lambda: gx.orders.cancel_order(order_id=placed.id), lambda _: "accepted")
    tour.step("open orders (cancelled)", gx.orders.get_orders, lacks_order(placed.id))
    tour.step("cancel again", lambda: gx.orders.cancel_order(order_id=placed.id), expect=(NotFoundError,))


async def _stream_tour(
    tour: Tour, package: Any, base_url: str, ws_url: str, credentials: tuple[str, str], options: Mapping[str, Any]
) -> None:
    key, secret = credentials
    streams = importlib.import_module(f"{package.__name__}.streams")
    public_opts = dataclasses.replace(streams.PublicStream.DEFAULT_OPTIONS, reconnect_max=1.0)
    private_opts = dataclasses.replace(streams.PrivateStream.DEFAULT_OPTIONS, reconnect_max=1.0)

    async def book() -> str:
        url = stream_url("gopax", ws_url, "PublicStream")
        async with streams.PublicStream(url=url, options=public_opts) as ws:
            (item,) = await first(ws.order_book("BTC-KRW"), 1)
        return f"order book BTC-KRW: best bid {item.best_bid[0] if item.best_bid else None}"

    await tour.astep("stream: market data", book)

    async def orders() -> str:
        url = stream_url("gopax", ws_url, "PrivateStream")
        async with (
            package.AsyncClient(key, secret, base_url=base_url, **options) as rest,
            streams.PrivateStream(key, secret, url=url, options=private_opts) as ws,
        ):
            feed = aiter(ws.orders())
            await anext(feed)  # the answer to the subscription: the outstanding orders
            placed = await rest.orders.create_order(
                trading_pair_name="BTC-KRW", side="buy", type_="limit", price=1000, amount="1"
            )
            sent = time.perf_counter()
            placed_event = await anext(feed)
            after_place = (time.perf_counter() - sent) * 1000
            await rest.orders.cancel_order(order_id=placed.id)
            sent = time.perf_counter()
            cancelled_event = await anext(feed)
            after_cancel = (time.perf_counter() - sent) * 1000
        lag = max(after_place, after_cancel)
        return (
            f"OrderEvent {placed_event.o.status.name} -> {cancelled_event.o.status.name}, "
            f"each pushed within {lag:.1f} ms"
        )

    await tour.astep("stream: orders", orders)
