"""HashKey MENA: Binance-style `{code, msg}` errors with HTTP 400, signature as a request parameter."""

from __future__ import annotations

import hashlib
import hmac
import importlib
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar
from urllib.parse import parse_qsl

from ...errors import OrderRejectedError
from ..base import Adapter, Kind, Reply, Request, Side, Terms, TimeInForce
from ..orders import Order
from ..streams import stream_url
from ..tour import Tour, count_open, first, has_order, lacks_order, private_events, skip_rest
from ..validate import Problem

DEFAULT_RECV_WINDOW = 5000


def _split_signature(params: str) -> tuple[str, str | None]:
    """`a=1&b=2&signature=ff` -> (`a=1&b=2`, `ff`): the signed text and the signature."""
    kept, signature = [], None
    for part in params.split("&") if params else []:
        if part.startswith("signature="):
            signature = part[len("signature=") :]
        else:
            kept.append(part)
    return "&".join(kept), signature


def verify_hashkey(
    headers: Mapping[str, str], raw_query: str, body: bytes, secret: str, now_ms: int
) -> tuple[str, str] | None:
    """HashKey's rule (notes `hashkey-mena.md` §2.2); returns (code, message) or None.

    signature = lowercase hex HMAC-SHA256(secret, totalParams), totalParams = the query string followed
    directly (no `&`) by the form body, exactly as sent, without the `signature` parameter; it travels
    last in the body when there is one, else in the query. `timestamp` (ms) must satisfy
    `timestamp < server + 1000 and server - timestamp <= recvWindow` (default 5000). The key is in
    `X-HK-APIKEY` (REST samples) or `X-APIKEY` (prose). A JSON body (batchOrders) is undocumented:
    query alone or query + raw body are both accepted.
    """
    if not (headers.get("x-hk-apikey") or headers.get("x-apikey")):
        return "0102", "Invalid APIKey"
    is_form = "x-www-form-urlencoded" in headers.get("content-type", "")
    query, query_signature = _split_signature(raw_query)
    text = body.decode("utf-8", "replace")
    form, form_signature = _split_signature(text) if is_form else (text, None)
    params = dict(parse_qsl(query))
    if is_form:
        params.update(parse_qsl(form))
    timestamp, window = params.get("timestamp", ""), params.get("recvWindow", str(DEFAULT_RECV_WINDOW))
    if not timestamp.isdigit() or not window.isdigit():
        return "0001", "Required field timestamp missing or invalid"
    if not (int(timestamp) < now_ms + 1000 and now_ms - int(timestamp) <= int(window)):
        return "-1021", "Timestamp for this request is outside of the recvWindow"
    signature = (form_signature or query_signature or "").lower()
    candidates = [query + form] if is_form or not form else [query + form, query]
    for payload in candidates:
        expected = hmac.new(secret.encode(), payload.encode(), hashlib.sha256).hexdigest()
        if hmac.compare_digest(expected, signature):
            return None
    return "0001", "Incorrect signature"


class HashKeyAdapter(Adapter):
    venue = "hashkey_mena"
    default_secret = "testsecret"
    signature_params = frozenset({"timestamp", "recvWindow", "signature"})
    live_channels = frozenset({"executionReport"})
    invalid_codes: ClassVar[dict[str, str]] = {
        "side": "-1117",
        "type": "0206",
        "timeInForce": "-1115",
        "price": "-1124",
        "quantity": "-1126",
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

    def error(self, code: str, message: str | None = None, *, status: int | None = None) -> Reply:
        # The doc writes positive codes zero-padded ("0001") and negative ones as numbers.
        wire: int | str = int(code) if code.startswith("-") else code
        return Reply(status or 400, {"code": wire, "msg": message or self.spec.message(code)}, refused=True)

    def verify(self, request: Request) -> Reply | None:
        refused = verify_hashkey(request.headers, request.raw_query, request.body, self.secret, request.now_ms)
        return None if refused is None else self.error(*refused)

    def param_error(self, request: Request, problem: Problem) -> Reply:
        if problem.kind == "missing":
            return self.error("0001", f"Required field {problem.leaf} missing or invalid")
        code = self.invalid_codes.get(problem.leaf, "-1130")
        return self.error(code, self.spec.message(code).replace("%s", f"'{problem.leaf}'"))

    def unknown_route(self, request: Request) -> Reply:
        return self.error("-1020", status=404)

    # --- market data that must be live -----------------------------------------------------------
    def on_get_server_time(self, request: Request) -> Reply:
        return Reply(200, {"serverTime": request.now_ms})

    # --- the markets this sandbox trades (and holds orders to: venuekit.sandbox.markets) ------------
    SANDBOX_PAIRS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("BTC", "USD"),
        ("BTC", "USDT"),
        ("ETH", "USD"),
        ("ETH", "USDT"),
    )
    """Pairs listed besides the docs' example (USDTAED), with constructed rules: the docs' samples and the
    tours trade them. Tick 0.01, size step and minimum 0.0001, maximum 1000, minimum order value 1."""

    def on_get_exchange_info(self, request: Request) -> Reply:
        documented = self.example(request).body
        entries = [documented, *(self._pair(documented, base, quote) for base, quote in self.SANDBOX_PAIRS)]
        wanted = request.params.get("symbol")
        if wanted is not None:  # as the doc example: the one symbol, bare
            found = next((e for e in entries if e["symbol"] == wanted), None)
            return Reply(200, found) if found is not None else self.error("-1130", "Illegal parameter 'symbol'")
        return Reply(200, {"timezone": "UTC", "serverTime": str(request.now_ms), "symbols": entries})

    @staticmethod
    def _pair(documented: dict[str, Any], base: str, quote: str) -> dict[str, Any]:
        entry = dict(documented)
        entry.update(
            symbol=base + quote,
            symbolName=base + quote,
            baseAsset=base,
            baseAssetName=base,
            baseAssetPrecision="0.0001",
            quoteAsset=quote,
            quoteAssetName=quote,
            quotePrecision="0.01",
            filters=[
                {"minPrice": "0.01", "maxPrice": "10000000", "tickSize": "0.01", "filterType": "PRICE_FILTER"},
                {"minQty": "0.0001", "maxQty": "1000", "stepSize": "0.0001", "filterType": "LOT_SIZE"},
                {"minNotional": "1", "filterType": "MIN_NOTIONAL"},
            ],
        )
        return entry

    # --- orders -----------------------------------------------------------------------------------
    def _detail(self, order: Order) -> dict[str, Any]:
        item: dict[str, Any] = self.spec.by_id["getOpenOrders"].response()[0]
        filled = _text(order.executed)
        item.update(
            symbol=order.symbol,
            symbolName=order.symbol,
            clientOrderId=order.client_id,
            orderId=str(order.id),
            price=order.price or "0",
            origQty=order.size,
            executedQty=filled,
            cummulativeQuoteQty=_text(order.executed_quote),
            cumulativeQuoteQty=_text(order.executed_quote),
            avgPrice=_text(order.average_price or Decimal(0)),
            status=_status(order),
            timeInForce=order.extra["timeInForce"],
            type=order.type,
            side=order.side,
            time=str(order.created_ms),
            updateTime=str(order.updated_ms),
            isWorking=order.status == "open",
            reqAmount=order.extra.get("amount", "0"),
        )
        return item

    def on_create_order(self, request: Request) -> Reply:
        p = request.params
        order = self.book.place(
            symbol=p["symbol"],
            side=p["side"],
            type=p["type"],
            price=p.get("price"),
            size=p.get("quantity", "0"),
            now_ms=request.now_ms,
            client_id=p.get("newClientOrderId") or str(request.now_ms * 1000 + len(self.book.orders)),
            status="filled" if p["type"] == "MARKET" else "open",
            timeInForce=p.get("timeInForce", "IOC" if p["type"] == "MARKET" else "GTC"),
            amount=p.get("amount", "0"),
        )
        ack: dict[str, Any] = self.spec.by_id["createOrder"].response()
        detail = self._detail(order)
        ack.update({k: detail[k] for k in ack if k in detail}, transactTime=str(order.created_ms))
        return Reply(200, ack)

    def on_get_open_orders(self, request: Request) -> Reply:
        p = request.params
        orders = [o for o in self.book.open(p.get("symbol")) if p.get("side") in (None, o.side)]
        return Reply(200, [self._detail(o) for o in orders[: p.get("limit", 500)]])

    def on_get_order(self, request: Request) -> Reply:
        order = self.book.find(request.params.get("orderId"), request.params.get("origClientOrderId"))
        return self.error("0211") if order is None else Reply(200, self._detail(order))

    def on_cancel_order(self, request: Request) -> Reply:
        order = self.book.find(request.params.get("orderId"), request.params.get("clientOrderId"))
        if order is None:
            return self.error("0211")
        if order.status == "cancelled":
            return self.error("-1142")
        before = self._detail(order)
        # A filled order comes back as it is (status FILLED), not as an error (the spec, from recordings);
        # an open one as it was just before the cancel took effect ("NEW"), as in the doc's example.
        self.book.cancel(order, request.now_ms)
        ack: dict[str, Any] = self.spec.by_id["cancelOrder"].response()
        ack.update({k: before[k] for k in ack if k in before}, transactTime=str(order.updated_ms))
        return Reply(200, ack)

    def on_get_my_trades(self, request: Request) -> Reply:
        if self.book.matcher is None:
            return self.example(request)  # not a paper venue: the docs' example
        template: dict[str, Any] = self.spec.by_id["getMyTrades"].response()[0]
        trades = []
        for fill in self.book.fills(request.params.get("symbol")):
            order = self.book.orders[fill.order_id]
            quote = order.symbol[3:] if len(order.symbol) > 3 else order.symbol
            fee = {**template["fee"], "feeCoinId": quote, "feeCoinName": quote, "originCoinId": quote}
            fee.update(originCoinName=quote, fee=_text(fill.fee), originFee=_text(fill.fee))
            trades.append(
                {
                    **template,
                    "id": str(fill.id),
                    "clientOrderId": order.client_id,
                    "symbol": order.symbol,
                    "symbolName": order.symbol,
                    "orderId": str(order.id),
                    "price": _text(fill.price),
                    "qty": _text(fill.size),
                    "commission": _text(fill.fee),
                    "commissionAsset": quote,
                    "time": str(fill.at_ms),
                    "isBuyer": order.side == "BUY",
                    "isMaker": fill.liquidity == "maker",
                    "fee": fee,
                    "feeCoinId": quote,
                    "feeAmount": _text(fill.fee),
                    "makerRebate": "0",
                }
            )
        return Reply(200, trades[: request.params.get("limit", 500)])

    # --- paper trading -------------------------------------------------------------------------------
    def paper_terms(self, order: Order) -> Terms | None:
        kinds: dict[str, Kind] = {"LIMIT": "limit", "LIMIT_MAKER": "limit", "MARKET": "market"}
        kind = kinds.get(str(order.type))
        if kind is None:
            return None
        side: Side = "buy" if order.side == "BUY" else "sell"
        durations: dict[str, TimeInForce] = {"IOC": "ioc", "FOK": "fok"}
        tif = durations.get(str(order.extra.get("timeInForce")), "gtc")
        quantity = Decimal(str(order.size))
        price = Decimal(str(order.price)) if order.price is not None else None
        if kind == "market" and quantity == 0:  # a market order by `amount`: quote to spend (buy)
            amount = Decimal(str(order.extra.get("amount", "0")))
            return Terms(side, kind, quote=amount, time_in_force=tif) if side == "buy" else None
        return Terms(side, kind, price=price, quantity=quantity, time_in_force=tif)

    # --- user data stream ---------------------------------------------------------------------------
    def on_create_listen_key(self, request: Request) -> Reply:
        return Reply(200, {"listenKey": self.issue_token()})

    def on_keep_alive_listen_key(self, request: Request) -> Reply:
        return Reply(200, {}) if request.params.get("listenKey") in self.stream_tokens else self.error("-1004")

    def on_close_listen_key(self, request: Request) -> Reply:
        self.stream_tokens.discard(str(request.params.get("listenKey")))
        return Reply(200, {})

    def stream_events(self, event: str, order: Order) -> list[tuple[str, Any]]:
        """`executionReport` on the user data stream (frames are arrays of events)."""
        if "executionReport" not in self.stream_examples:
            return []
        detail = self._detail(order)
        values = {
            "E": str(order.updated_ms),
            "s": order.symbol,
            "c": order.client_id,
            "S": order.side,
            "o": order.type,
            "f": detail["timeInForce"],
            "q": order.size,
            "p": detail["price"],
            "X": detail["status"],
            "i": str(order.id),
            "l": "0",
            "z": detail["executedQty"],
            "L": "0",
            "n": "0",
            "N": "",
            "w": order.status == "open",
            "O": str(order.created_ms),
            "Z": "0",
            "reqAmt": detail["reqAmount"],
            "V": "0",
        }
        payload = self.stream_example("executionReport")
        return [("executionReport", [{key: values.get(key, value) for key, value in payload.items()}])]


_STATUS = {"open": "NEW", "filled": "FILLED", "cancelled": "CANCELED"}


def _status(order: Order) -> str:
    if order.fills and order.status == "open":
        return "PARTIALLY_FILLED"
    if order.fills and order.status == "cancelled":
        return "PARTIALLY_CANCELED"
    return _STATUS[order.status]


def _text(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


# --- the scripted tour (venuekit.sandbox.tour) -------------------------------------------------------------
def _tour(tour: Tour, hk: Any) -> None:
    price, size = Decimal("30000"), Decimal("0.01")
    tour.step("market data", lambda: hk.market.get_depth(symbol="BTCUSD"), lambda d: f"best bid {d.b[0][0]}")
    tour.step("balance (signed)", hk.account.get_account, lambda a: f"{len(a.balances)} assets")
    tour.step("open orders", lambda: hk.orders.get_open_orders(symbol="BTCUSD"), count_open)
    placed = tour.step(
        "place order",
        lambda: hk.orders.create_order(symbol="BTCUSD", side="BUY", type_="LIMIT", quantity=size, price=price),
        lambda o: f"id {o.order_id}",
    )
    if placed is None:
        return skip_rest(tour)
    order_id = placed.order_id
    opened = has_order(order_id, price, size)
    tour.step("open orders (placed)", lambda: hk.orders.get_open_orders(symbol="BTCUSD"), opened)
    tour.step("cancel", lambda: hk.orders.cancel_order(order_id=order_id), lambda c: "accepted")
    tour.step("open orders (cancelled)", lambda: hk.orders.get_open_orders(symbol="BTCUSD"), lacks_order(order_id))
    tour.step("cancel again", lambda: hk.orders.cancel_order(order_id=order_id), expect=(OrderRejectedError,))


async def _stream_tour(
    tour: Tour, package: Any, base_url: str, ws_url: str, credentials: tuple[str, str], options: Mapping[str, Any]
) -> None:
    streams = importlib.import_module(f"{package.__name__}.streams")

    async def depth() -> str:
        async with streams.PublicStream(url=stream_url("hashkey_mena", ws_url, "PublicStream")) as ws:
            (item,) = await first(ws.depth("BTCUSD"), 1)
        return f"depth {item.symbol}: {len(item.data[0].bids)} bid levels"

    await tour.astep("stream: market data", depth)

    async def place(rest: Any) -> Any:
        return await rest.orders.create_order(symbol="BTCUSD", side="SELL", type_="LIMIT", quantity="1", price="99999")

    async def cancel(rest: Any, placed: Any) -> None:
        await rest.orders.cancel_order(order_id=placed.order_id)

    def describe(event: Any) -> str:
        return f"executionReport {event.status.value}"

    def feed(ws: Any) -> Any:
        return ws.execution_reports()

    await private_events(tour, package, base_url, ws_url, credentials, options, feed, place, cancel, describe)
