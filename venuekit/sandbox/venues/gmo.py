"""GMO Coin crypto and GMO Coin FX: one signing rule, one error envelope, two order models."""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import hmac
import importlib
import time
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

from ...errors import OrderRejectedError
from ..base import Adapter, Kind, Reply, Request, Side, Terms, TimeInForce
from ..orders import Fill, Order
from ..spec import iso_ms
from ..streams import stream_url
from ..tour import Tour, count_open, first, has_order, lacks_order, private_events, skip_rest, venue_of
from ..validate import Problem

WINDOW_MS = 60_000
"""How far API-TIMESTAMP may be from the server clock. GMO does not publish its window (ERR-5008/5009
only say "later/earlier than the system time"); one minute is the sandbox's choice."""


def verify_gmo(
    headers: Mapping[str, str], method: str, raw_path: str, body: bytes, secret: str, now_ms: int
) -> str | None:
    """GMO's rule (notes `gmo-coin-crypto.md` §2, `gmo-coin-fx.md` §2.2); returns the error code or None.

    API-SIGN = lowercase hex HMAC-SHA256(secret, API-TIMESTAMP + METHOD + path + body), where path is
    the request path after the `/private` prefix without the query string, and body is appended for
    POST only (PUT/DELETE /v1/ws-auth send a body the samples do not sign).
    """
    if not headers.get("api-key"):
        return "ERR-5011"
    timestamp = headers.get("api-timestamp", "")
    if not timestamp.isdigit():
        return "ERR-5007"
    if int(timestamp) > now_ms + WINDOW_MS:
        return "ERR-5008"
    if int(timestamp) < now_ms - WINDOW_MS:
        return "ERR-5009"
    path = raw_path.removeprefix("/private")
    text = timestamp.encode() + method.encode() + path.encode() + (body if method == "POST" else b"")
    expected = hmac.new(secret.encode(), text, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, headers.get("api-sign", "")):
        return "ERR-5010"
    return None


class GmoCoinAdapter(Adapter):
    venue = "gmo_coin"
    default_secret = "testsecret"

    @classmethod
    def tour(cls, tour: Tour, client: Any) -> None:
        _crypto_tour(tour, client)

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
        await _stream_tour(tour, package, base_url, ws_url, credentials, options, fx=False)

    parameter_codes: ClassVar[dict[str, str]] = {"timeInForce": "ERR-5111"}
    live_channels = frozenset({"orderEvents"})
    sandbox_symbols: ClassVar[dict[str, str]] = {"ETH": "BTC"}
    """Symbols listed besides the docs' example (new symbol -> the documented one whose rules it copies): the
    sandbox's markets, which orders are held to (venuekit.sandbox.markets)."""

    def on_get_symbols(self, request: Request) -> Reply:
        body = self.example(request).body
        rules = {rule["symbol"]: rule for rule in body["data"]}
        body["data"] += [{**rules[like], "symbol": symbol} for symbol, like in self.sandbox_symbols.items()]
        return Reply(200, body)

    # --- envelope ---------------------------------------------------------------------------------
    def error(self, code: str, message: str | None = None, *, status: int | None = None) -> Reply:
        if code not in self.spec.errors:
            code = "ERR-5012"  # FX documents no ERR-5007: "API-KEY authentication error, etc."
        text = message or self.spec.message(code)
        envelope = {"status": 1, "messages": [{"message_code": code, "message_string": text}]}
        return Reply(status or 200, {**envelope, "responsetime": iso_ms(time.time_ns() // 1_000_000)}, refused=True)

    def verify(self, request: Request) -> Reply | None:
        code = verify_gmo(request.headers, request.method, request.raw_path, request.body, self.secret, request.now_ms)
        return None if code is None else self.error(code)

    def param_error(self, request: Request, problem: Problem) -> Reply:
        assert request.op is not None
        if request.op.operation_id == "getKlines":
            return self.error("ERR-5207")
        return self.error(self.parameter_codes.get(problem.leaf, "ERR-5106"))

    def unknown_route(self, request: Request) -> Reply:
        return self.error("ERR-5204", status=404)

    def example(self, request: Request) -> Reply:
        return self._ok(request, super().example(request).body)

    def _ok(self, request: Request, body: Any) -> Reply:
        if isinstance(body, dict) and "responsetime" in body:
            body["responsetime"] = iso_ms(request.now_ms)
        return Reply(200, body)

    def _data(self, request: Request, data: Any) -> Reply:
        return Reply(200, {"status": 0, "data": data, "responsetime": iso_ms(request.now_ms)})

    # --- orders -----------------------------------------------------------------------------------
    def _template(self) -> dict[str, Any]:
        item: dict[str, Any] = self.spec.by_id["getActiveOrders"].response()["data"]["list"][0]
        return item

    def _wire(self, order: Order) -> dict[str, Any]:
        item = self._template()
        item.update(
            rootOrderId=order.id,
            orderId=order.id,
            symbol=order.symbol,
            side=order.side,
            orderType="NORMAL",
            executionType=order.type,
            settleType="OPEN",
            size=order.size,
            executedSize=_text(order.executed),
            price=order.price if order.price is not None else "0",
            losscutPrice=order.extra.get("losscutPrice", "0"),
            status=_STATUS[order.status] if order.type != "STOP" or order.status != "open" else "WAITING",
            timeInForce=order.extra["timeInForce"],
            timestamp=iso_ms(order.created_ms),
        )
        if order.status == "cancelled":
            item["cancelType"] = "USER"
        return item

    def on_create_order(self, request: Request) -> Reply:
        p = request.params
        default_tif = "FAS" if p["executionType"] == "LIMIT" else "FAK"
        order = self.book.place(
            symbol=p["symbol"],
            side=p["side"],
            type=p["executionType"],
            price=p.get("price"),
            size=p["size"],
            now_ms=request.now_ms,
            status="filled" if p["executionType"] == "MARKET" else "open",
            timeInForce=p.get("timeInForce", default_tif),
            losscutPrice=p.get("losscutPrice", "0"),
        )
        return self._data(request, str(order.id))

    def on_get_active_orders(self, request: Request) -> Reply:
        page, count = request.params.get("page", 1), request.params.get("count", 100)
        orders = self.book.open(request.params["symbol"])[(page - 1) * count : page * count]
        listing = {"pagination": {"currentPage": page, "count": count}, "list": [self._wire(o) for o in orders]}
        return self._data(request, listing)

    def on_get_orders(self, request: Request) -> Reply:
        found = [self.book.find(i) for i in request.params["orderId"]]
        return self._data(request, {"list": [self._wire(o) for o in found if o is not None]})

    def on_cancel_order(self, request: Request) -> Reply:
        failure = self._cancel(request.params["orderId"], request.now_ms)
        if failure:
            return self.error(failure)
        return Reply(200, {"status": 0, "responsetime": iso_ms(request.now_ms)})

    def on_cancel_orders(self, request: Request) -> Reply:
        success: list[int] = []
        failed: list[dict[str, Any]] = []
        for order_id in request.params["orderIds"]:
            failure = self._cancel(order_id, request.now_ms)
            if failure:
                failed.append(
                    {"message_code": failure, "message_string": self.spec.message(failure), "orderId": order_id}
                )
            else:
                success.append(order_id)
        return self._data(request, {"success": success, "failed": failed})

    # --- private WebSocket --------------------------------------------------------------------------
    def on_create_ws_auth_token(self, request: Request) -> Reply:
        return self._data(request, self.issue_token())

    def on_extend_ws_auth_token(self, request: Request) -> Reply:
        if request.params["token"] not in self.stream_tokens:
            return self.error("ERR-5106")
        return Reply(200, {"status": 0, "responsetime": iso_ms(request.now_ms)})

    def on_delete_ws_auth_token(self, request: Request) -> Reply:
        if request.params["token"] not in self.stream_tokens:
            return self.error("ERR-5106")
        self.stream_tokens.discard(request.params["token"])
        return Reply(200, {"status": 0, "responsetime": iso_ms(request.now_ms)})

    # --- paper trading -------------------------------------------------------------------------------
    def paper_terms(self, order: Order) -> Terms | None:
        kinds: dict[str, Kind] = {"LIMIT": "limit", "MARKET": "market"}
        kind = kinds.get(str(order.type))
        if kind is None:
            return None  # stop orders are not simulated
        durations: dict[str, TimeInForce] = {"FAK": "ioc", "FOK": "fok"}  # FAS: good till cancelled; SOK: not refused
        tif = durations.get(str(order.extra.get("timeInForce")), "gtc")
        price = Decimal(str(order.price)) if order.price is not None else None
        side: Side = "buy" if order.side == "BUY" else "sell"
        return Terms(side, kind, price=price, quantity=Decimal(str(order.size)), time_in_force=tif)

    def _execution(self, order: Order, fill: Fill) -> dict[str, Any]:
        item: dict[str, Any] = self.spec.by_id["getExecutions"].response()["data"]["list"][0]
        item.update(
            executionId=fill.id,
            orderId=order.id,
            symbol=order.symbol,
            side=order.side,
            settleType="OPEN",
            size=_text(fill.size),
            price=_text(fill.price),
            lossGain="0",
            fee=_text(fill.fee),
            timestamp=iso_ms(fill.at_ms),
        )
        if "_" not in order.symbol:
            item.pop("positionId", None)  # spot orders have no position
        return item

    def _executions(self, symbol: str | None = None) -> list[dict[str, Any]]:
        """Every fill, newest first."""
        fills = [(self.book.orders[f.order_id], f) for f in self.book.fills(symbol)]
        return [self._execution(order, fill) for order, fill in reversed(fills)]

    def on_get_executions(self, request: Request) -> Reply:
        if self.book.matcher is None:
            return self.example(request)  # not a paper venue: the docs' example
        p = request.params
        found = self._executions()
        if "orderId" in p:
            found = [e for e in found if e["orderId"] == p["orderId"]]
        if "executionId" in p:
            wanted = {int(i) for i in str(p["executionId"]).split(",")}
            found = [e for e in found if e["executionId"] in wanted]
        return self._data(request, {"list": found})

    def on_get_latest_executions(self, request: Request) -> Reply:
        if self.book.matcher is None:
            return self.example(request)
        page, count = request.params.get("page", 1), request.params.get("count", 100)
        found = self._executions(request.params["symbol"])[(page - 1) * count : page * count]
        return self._data(request, {"pagination": {"currentPage": page, "count": count}, "list": found})

    def stream_events(self, event: str, order: Order) -> list[tuple[str, Any]]:
        """`orderEvents`: NOR when an order is accepted, COR when it is cancelled (paper fills push nothing)."""
        if "orderEvents" not in self.stream_examples or event not in ("placed", "cancelled"):
            return []
        wire = self._wire(order)
        values = {
            **wire,
            "orderStatus": wire["status"],
            "orderTimestamp": wire["timestamp"],
            "orderPrice": wire.get("price", "0"),
            "orderSize": wire["size"],
            "orderExecutedSize": wire.get("executedSize", "0"),
            "msgType": "COR" if event == "cancelled" else "NOR",
        }
        payload = self.stream_example("orderEvents")
        optional = ("cancelType", "clientOrderId")
        payload = {key: values.get(key, value) for key, value in payload.items() if key not in optional}
        for key in optional:
            if key in values:
                payload[key] = values[key]
        return [("orderEvents", payload)]

    def _cancel(self, order_id: object, now_ms: int) -> str | None:
        order = self.book.find(order_id)
        if order is None:
            return "ERR-5123"
        return None if self.book.cancel(order, now_ms) else "ERR-5122"


_STATUS = {"open": "ORDERED", "filled": "EXECUTED", "cancelled": "CANCELED"}


def _text(value: Decimal) -> str:
    """A decimal as GMO writes it: plain digits, no exponent, no trailing zeros after the point."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


class GmoCoinFxAdapter(GmoCoinAdapter):
    venue = "gmo_coin_fx"
    parameter_codes: ClassVar[dict[str, str]] = {"body": "ERR-5105"}  # a body that is not JSON
    sandbox_symbols: ClassVar[dict[str, str]] = {}

    @classmethod
    def tour(cls, tour: Tour, client: Any) -> None:
        _fx_tour(tour, client)

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
        await _stream_tour(tour, package, base_url, ws_url, credentials, options, fx=True)

    def _wire(self, order: Order) -> dict[str, Any]:
        item = self._template()
        created = datetime.datetime.fromtimestamp(order.created_ms / 1000, tz=datetime.timezone.utc)
        item.update(
            rootOrderId=order.id,
            orderId=order.id,
            symbol=order.symbol,
            side=order.side,
            orderType="OCO" if order.type == "OCO" else "NORMAL",
            executionType=order.type,
            settleType="OPEN",
            size=order.size,
            price=order.price,
            status=_STATUS[order.status] if order.type != "STOP" or order.status != "open" else "WAITING",
            expiry=created.strftime("%Y%m%d"),
            timestamp=iso_ms(order.created_ms),
        )
        if order.client_id is None:
            item.pop("clientOrderId", None)
        else:
            item["clientOrderId"] = order.client_id
        if order.price is None:
            item.pop("price", None)
        if order.status == "cancelled":
            item["cancelType"] = "USER"
        return item

    def on_create_order(self, request: Request) -> Reply:
        p = request.params
        kind = p["executionType"]
        # A clientOrderId held by an active order was refused already (ERR-786, from `x-sdk-placement`).
        client_id = p.get("clientOrderId")
        order = self.book.place(
            symbol=p["symbol"],
            side=p["side"],
            type=kind,
            price=p.get("limitPrice", p.get("stopPrice")),
            size=p["size"],
            now_ms=request.now_ms,
            client_id=client_id,
            status="filled" if kind == "MARKET" else "open",
        )
        return self._data(request, [self._wire(order)])

    def on_get_active_orders(self, request: Request) -> Reply:
        p = request.params
        orders = [o for o in self.book.open(p.get("symbol")) if "prevId" not in p or o.id < p["prevId"]]
        return self._data(request, {"list": [self._wire(o) for o in orders[: p.get("count", 100)]]})

    def on_get_orders(self, request: Request) -> Reply:
        ids = request.params.get("orderId") or request.params.get("rootOrderId") or []
        found = [self.book.find(i) for i in ids]
        return self._data(request, {"list": [self._wire(o) for o in found if o is not None]})

    def on_cancel_orders(self, request: Request) -> Reply:
        p = request.params
        targets = [self.book.find(i) for i in p.get("rootOrderIds", [])]
        targets += [self.book.find(client_id=c) for c in p.get("clientOrderIds", [])]
        success = []
        for order in targets:
            if order is not None and self.book.cancel(order, request.now_ms):
                entry: dict[str, Any] = {"rootOrderId": order.id}
                if order.client_id is not None:
                    entry["clientOrderId"] = order.client_id
                success.append(entry)
        if not success:
            # Nothing could be cancelled: already cancelled/executed (5122) or unknown ids (5123).
            return self.error("ERR-5122" if any(o is not None for o in targets) else "ERR-5123")
        return self._data(request, {"success": success})


# --- the scripted tour (venuekit.sandbox.tour) -------------------------------------------------------------
def _crypto_tour(tour: Tour, gmo: Any) -> None:
    price, size = Decimal("430001"), Decimal("0.02")
    tour.step("market data", lambda: gmo.public.get_ticker(symbol="BTC"), lambda t: f"BTC last {t[0].last}")
    tour.step("balance (signed)", gmo.account.get_assets, lambda a: f"{len(a)} assets")
    active = gmo.orders.get_active_orders
    tour.step("open orders", lambda: active(symbol="BTC").list_, count_open)
    order_id = tour.step(
        "place order",
        lambda: gmo.orders.create_order(symbol="BTC", side="BUY", execution_type="LIMIT", price=price, size=size),
        lambda i: f"id {i}",
    )
    if order_id is None:
        return skip_rest(tour)
    tour.step("open orders (placed)", lambda: active(symbol="BTC").list_, has_order(order_id, price, size))
    tour.step("cancel", lambda: gmo.orders.cancel_order(order_id=int(order_id)), lambda _: "accepted")
    tour.step("open orders (cancelled)", lambda: active(symbol="BTC").list_, lacks_order(order_id))
    tour.step("cancel again", lambda: gmo.orders.cancel_order(order_id=int(order_id)), expect=(OrderRejectedError,))


def _fx_tour(tour: Tour, fx: Any) -> None:
    price, size = Decimal("130.5"), Decimal("10000")
    tour.step("market data", fx.public.get_ticker, lambda t: f"{t[0].symbol} bid {t[0].bid}")
    tour.step("balance (signed)", fx.account.get_assets, lambda a: f"equity {a[0].equity}")
    active = fx.orders.get_active_orders
    tour.step("open orders", lambda: active(symbol="USD_JPY").list_, count_open)
    placed = tour.step(
        "place order",
        lambda: fx.orders.create_order(
            symbol="USD_JPY", side="BUY", size=size, execution_type="LIMIT", limit_price=price, client_order_id="demo1"
        ),
        lambda p: f"id {p[0].root_order_id}",
    )
    if not placed:
        return skip_rest(tour)
    root = placed[0].root_order_id
    tour.step("open orders (placed)", lambda: active(symbol="USD_JPY").list_, has_order(root, price, size))
    tour.step("cancel", lambda: fx.orders.cancel_orders(root_order_ids=[root]), lambda r: f"{len(r.success)} cancelled")
    tour.step("open orders (cancelled)", lambda: active(symbol="USD_JPY").list_, lacks_order(root))
    tour.step("cancel again", lambda: fx.orders.cancel_orders(root_order_ids=[root]), expect=(OrderRejectedError,))


async def _stream_tour(
    tour: Tour,
    package: Any,
    base_url: str,
    ws_url: str,
    credentials: tuple[str, str],
    options: Mapping[str, Any],
    *,
    fx: bool,
) -> None:
    streams = importlib.import_module(f"{package.__name__}.streams")
    symbol = "USD_JPY" if fx else "BTC"
    opts = dataclasses.replace(streams.PublicStream.DEFAULT_OPTIONS, reconnect_max=1.0)

    async def ticker() -> str:
        async with streams.PublicStream(url=stream_url(venue_of(package), ws_url, "PublicStream"), options=opts) as ws:
            (item,) = await first(ws.ticker(symbol), 1)
        return f"ticker {item.symbol} ask {item.ask}"

    await tour.astep("stream: market data", ticker)

    async def place(rest: Any) -> Any:
        if fx:
            return await rest.orders.create_order(
                symbol=symbol, side="BUY", size="10000", execution_type="LIMIT", limit_price="130.5"
            )
        return await rest.orders.create_order(symbol=symbol, side="BUY", execution_type="LIMIT", price="1", size="1")

    async def cancel(rest: Any, placed: Any) -> None:
        if fx:
            await rest.orders.cancel_orders(root_order_ids=[placed[0].root_order_id])
        else:
            await rest.orders.cancel_order(order_id=int(placed))

    def describe(event: Any) -> str:
        return f"{event.msg_type} {event.order_status.value}"

    def feed(ws: Any) -> Any:
        return ws.order_events()

    await private_events(tour, package, base_url, ws_url, credentials, options, feed, place, cancel, describe)
