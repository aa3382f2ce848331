"""Bitunix spot: `{code, msg, data}` envelope, errors inside HTTP 200, double SHA-256 signature."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from ..base import Adapter, Kind, Reply, Request, Side, Terms, dumps
from ..orders import Order
from ..spec import iso_ms
from ..streams import stream_url
from ..tour import Check, Tour, count_open, has_order, lacks_order, skip_rest
from ..validate import Problem

WINDOW_MS = 60_000
"""The seed: the timestamp must be within 60 s of the API service time."""

_QUOTES = ("USDT", "USDC", "BTC", "ETH")


def verify_bitunix(
    headers: Mapping[str, str], query: Sequence[tuple[str, str]], body: bytes, secret: str, now_ms: int
) -> str | None:
    """Bitunix's rule (notes `bitunix.md` §3); returns the error code or None.

    digest = hex SHA-256(nonce + timestamp + api-key + queryParams + body);
    sign = hex SHA-256(digest + secret), where queryParams is key + value of every query parameter
    with a non-empty value, sorted by key, with no separators, and body is the raw body ('' for GET).
    """
    api_key = headers.get("api-key")
    if not api_key:
        return "100004"
    timestamp = headers.get("timestamp", "")
    if not timestamp.isdigit() or abs(now_ms - int(timestamp)) > WINDOW_MS:
        return "100008"
    params = "".join(key + value for key, value in sorted(query) if value != "")
    text = headers.get("nonce", "").encode() + timestamp.encode() + api_key.encode() + params.encode() + body
    digest = hashlib.sha256(text).hexdigest()
    if hashlib.sha256((digest + secret).encode()).hexdigest() != headers.get("sign"):
        return "100005"
    return None


class BitunixAdapter(Adapter):
    venue = "bitunix"
    default_secret = "testSecretKey"  # the notes' spot test-vector secret

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
        # Live, every answer is HTTP 200 and the error is in `code` (notes §4).
        body = {"code": code, "msg": message or self.spec.message(code), "data": None}
        return Reply(status or 200, body, refused=True)

    def verify(self, request: Request) -> Reply | None:
        code = verify_bitunix(request.headers, request.query, request.body, self.secret, request.now_ms)
        return None if code is None else self.error(code)

    def verify_stream_call(self, params: Mapping[str, Any], now_ms: int) -> Reply | None:
        """WebSocket API calls (notes §6, the www.bitunix.com rule): the REST rule applied to the call's
        params other than apiKey/timestamp/nonce/sign, sorted, key + value (non-strings as compact JSON,
        which the docs leave unsaid), with the four signing fields in the params instead of headers."""
        fields = {"apiKey": "api-key", "timestamp": "timestamp", "nonce": "nonce", "sign": "sign"}
        headers = {header: str(params.get(name, "")) for name, header in fields.items()}
        business = [(k, v if isinstance(v, str) else dumps(v).decode()) for k, v in params.items() if k not in fields]
        code = verify_bitunix(headers, business, b"", self.secret, now_ms)
        return None if code is None else self.error(code)

    def param_error(self, request: Request, problem: Problem) -> Reply:
        # Live probes: a missing symbol, an unknown one or a zero volume all answer code 2.
        return self.error("2")

    def unknown_route(self, request: Request) -> Reply:
        return self.error("404", "Not Found", status=404)

    def _data(self, data: Any) -> Reply:
        return Reply(200, {"code": "0", "msg": "success", "data": data})

    # --- orders -----------------------------------------------------------------------------------
    def _wire(self, order: Order) -> dict[str, Any]:
        if self.book.matcher is not None:
            return self._paper_wire(order)
        item: dict[str, Any] = self.spec.by_id["getOrder"].response()["data"]
        base, quote = _split(order.symbol)
        amount = Decimal(order.price) * Decimal(order.size)
        done = order.status == "filled"
        item.update(
            orderId=str(order.id),
            orderType=str(order.type),
            type=str(order.type),
            side=str(order.side),
            amount=str(amount),
            dealAmount=str(amount) if done else "0",
            leftAmount="0" if done else str(amount),
            volume=order.size,
            dealVolume=order.size if done else "0",
            leftVolume="0" if done else order.size,
            status=_STATUS[order.status],
            price=order.price,
            avgPrice=order.price if done else "0",
            progress="100" if done else "0",
            ctime=iso_ms(order.created_ms),
            utime=iso_ms(order.updated_ms),
            base=base,
            quote=quote,
            symbol=order.symbol,
            fee="0",
            feeCoin=quote,
        )
        if order.client_id is not None:
            item["clientId"] = order.client_id
        return item

    def _paper_wire(self, order: Order) -> dict[str, Any]:
        """An order of a paper venue: what its fills executed (volume in base; amount in quote)."""
        item: dict[str, Any] = self.spec.by_id["getOrder"].response()["data"]
        base, quote = _split(order.symbol)
        terms = self.paper_terms(order)
        executed, spent = order.executed, order.executed_quote
        if terms is not None and terms.quote is not None:  # a market buy sized in quote: `volume` is quote
            size, done = terms.quote, spent
        else:
            size, done = Decimal(str(order.size)), executed
        left = size - done if order.status == "open" else Decimal(0)
        price = Decimal(str(order.price))
        if order.status == "filled":
            status = "2"
        elif order.status == "open":
            status = "3" if order.fills else "1"
        else:
            status = "7" if order.fills else "4"
        item.update(
            orderId=str(order.id),
            orderType=str(order.type),
            type=str(order.type),
            side=str(order.side),
            amount=_text(price * size) if price else _text(spent),
            dealAmount=_text(spent),
            leftAmount=_text(price * left),
            volume=_text(size),
            dealVolume=_text(executed),
            leftVolume=_text(left),
            status=status,
            price=_text(price),
            avgPrice=_text(order.average_price or Decimal(0)),
            progress=_text((done * 100 / size).quantize(Decimal("0.01"))) if size else "0",
            ctime=iso_ms(order.created_ms),
            utime=iso_ms(order.updated_ms),
            base=base,
            quote=quote,
            symbol=order.symbol,
            fee=_text(order.fee),
            feeCoin=quote,
        )
        if order.client_id is not None:
            item["clientId"] = order.client_id
        return item

    def paper_terms(self, order: Order) -> Terms | None:
        """side 1 sell / 2 buy, type 1 limit / 2 market; `volume` is the base quantity, except for a market buy,
        which gives the quote amount to spend (notes §8.4, the spec's CreateOrderRequest.volume)."""
        side: Side = "buy" if str(order.side) == "2" else "sell"
        kind: Kind = "market" if str(order.type) == "2" else "limit"
        volume = Decimal(str(order.size))
        if kind == "market":
            return Terms(side, kind, quote=volume) if side == "buy" else Terms(side, kind, quantity=volume)
        return Terms(side, kind, price=Decimal(str(order.price)), quantity=volume)

    def on_get_order_fills(self, request: Request) -> Reply:
        if self.book.matcher is None:
            return self.example(request)  # not a paper venue: the docs' example
        order = self.book.find(request.params["orderId"])
        if order is None or order.symbol != request.params["symbol"]:
            return self._data([])  # live: an unknown order has no fills
        template: dict[str, Any] = self.spec.by_id["getOrderFills"].response()["data"][0]
        fills = [
            {
                **template,
                "volume": _text(fill.size),
                "price": _text(fill.price),
                "fee": _text(fill.fee),
                "feeCoin": _split(order.symbol)[1],
                "role": "1" if fill.liquidity == "maker" else "2",
                "ctime": iso_ms(fill.at_ms),
                "id": str(fill.id),
            }
            for fill in order.fills
        ]
        return self._data(fills)

    def on_create_order(self, request: Request) -> Reply:
        p = request.params
        order = self.book.place(
            symbol=p["symbol"],
            side=p["side"],
            type=p["type"],
            price=p["price"],
            size=p["volume"],
            now_ms=request.now_ms,
            client_id=p.get("clientId"),
            status="filled" if p["type"] == 2 else "open",
        )
        placed = self.spec.by_id["createOrder"].response()["data"]
        placed.update(orderId=str(order.id), side=order.side, type=order.type, volume=order.size, price=order.price)
        placed.update(symbol=order.symbol, placeStatus="1")
        if order.client_id is not None:
            placed["clientId"] = order.client_id
        return self._data(placed)

    def on_get_open_orders(self, request: Request) -> Reply:
        return self._data([self._wire(o) for o in self.book.open(request.params["symbol"])])

    def on_get_order(self, request: Request) -> Reply:
        order = self.book.find(request.params["orderId"])
        # Live: an unknown id answers code 0 with data null, not an error.
        return self._data(None if order is None else self._wire(order))

    def on_get_withdrawal_history(self, request: Request) -> Reply:
        """Withdrawals and outgoing internal transfers this sandbox carried out, newest first."""
        p = request.params
        template: dict[str, Any] = self.spec.by_id["getWithdrawalHistory"].response()["data"][0]
        records = []
        for number, done in enumerate(self.executed):
            kind = _MOVES.get(done.operation_id)
            if kind is None:
                continue
            record = {
                **template,
                "id": str(1_000_001 + number),
                "outBizId": done.params.get("outBizId"),
                "type": kind,
                "coin": done.params["coin"],
                "amount": str(done.params["amount"]),
                "status": "success",
                "ctime": done.now_ms,
                "toType": done.params.get("toType"),
                "toUid": done.params.get("toUid"),
            }
            wanted = {"id": p.get("id"), "outBizId": p.get("outBizId"), "type": p.get("type"), "coin": p.get("coin")}
            if all(value is None or str(record[name]) == str(value) for name, value in wanted.items()):
                records.append(record)
        return self._data(records[::-1][: p.get("limit", 100)])

    def on_cancel_orders(self, request: Request) -> Reply:
        # Live: cancelling an unknown or already cancelled order also answers success (notes §4).
        for ref in request.params["orderIdList"]:
            order = self.book.find(ref.get("orderId"))
            if order is not None and order.symbol == ref.get("symbol"):
                self.book.cancel(order, request.now_ms)
        return self._data(None)


def _text(value: Decimal) -> str:
    """A decimal as the venue writes it: plain digits, no exponent, no trailing zeros after the point."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _split(symbol: str) -> tuple[str, str]:
    for quote in _QUOTES:
        if symbol.endswith(quote) and len(symbol) > len(quote):
            return symbol[: -len(quote)], quote
    return symbol, ""


_STATUS = {"open": "1", "filled": "2", "cancelled": "4"}
_MOVES = {"createWithdrawal": "withdraw", "createInternalTransfer": "inside_transfer_out"}


# --- the scripted tour (venuekit.sandbox.tour) -------------------------------------------------------------
def _tour(tour: Tour, bx: Any) -> None:
    from venuekit.bitunix.models import OrderRef

    price, size = Decimal("30000"), Decimal("0.01")
    tour.step("market data", lambda: bx.market.get_last_price(symbol="BTCUSDT"), lambda p: f"BTCUSDT {p}")
    tour.step("balance (signed)", bx.account.get_balances, lambda b: f"{len(b or [])} assets")
    tour.step("open orders", lambda: bx.orders.get_open_orders(symbol="BTCUSDT"), count_open)
    placed = tour.step(
        "place order",
        lambda: bx.orders.create_order(symbol="BTCUSDT", side="BUY", type_="LIMIT", volume=size, price=price),
        lambda o: f"id {o.order_id}",
    )
    if placed is None:
        return skip_rest(tour)
    refs = [OrderRef(order_id=placed.order_id, symbol="BTCUSDT")]
    opened = has_order(placed.order_id, price, size)
    tour.step("open orders (placed)", lambda: bx.orders.get_open_orders(symbol="BTCUSDT"), opened)
    tour.step("cancel", lambda: bx.orders.cancel_orders(order_id_list=refs), lambda _: "accepted")
    closed = lacks_order(placed.order_id)
    tour.step("open orders (cancelled)", lambda: bx.orders.get_open_orders(symbol="BTCUSDT"), closed)

    # Bitunix answers a repeated cancel with success (live, notes §4); the order reads as cancelled (4).
    def cancelled(_: object) -> str:
        order = bx.orders.get_order(order_id=placed.order_id)
        if order is None or str(order.status.value) != "4":
            raise Check(f"order {placed.order_id} is not cancelled: {order!r:.60}")
        return "success (as live); order status 4"

    tour.step("cancel again", lambda: bx.orders.cancel_orders(order_id_list=refs), cancelled)


async def _stream_tour(
    tour: Tour, package: Any, base_url: str, ws_url: str, credentials: tuple[str, str], options: Mapping[str, Any]
) -> None:
    from venuekit.bitunix.models import OrderRef

    key, secret = credentials
    streams = importlib.import_module(f"{package.__name__}.streams")
    url = stream_url("bitunix", ws_url, "WebSocketApi")
    opts = dataclasses.replace(streams.WebSocketApi.DEFAULT_OPTIONS, reconnect_max=1.0)

    async def last_price() -> str:
        async with streams.WebSocketApi(key, secret, url=url, options=opts) as ws:
            return f"market.last_price {await ws.get_last_price(symbol='BTCUSDT')}"

    await tour.astep("stream: market data", last_price)

    async def orders() -> str:
        async with streams.WebSocketApi(key, secret, url=url, options=opts) as ws:
            placed = await ws.create_order(symbol="BTCUSDT", side="SELL", type_="LIMIT", volume="1", price="99999")
            listed = [o.order_id for o in await ws.get_open_orders(symbol="BTCUSDT") or []]
            if placed.order_id not in listed:
                raise Check(f"order {placed.order_id} placed over the WebSocket API is not open")
            await ws.cancel_orders(order_id_list=[OrderRef(order_id=placed.order_id, symbol="BTCUSDT")])
        return f"order {placed.order_id} placed, listed, cancelled over the WebSocket API"

    await tour.astep("stream: orders", orders)
