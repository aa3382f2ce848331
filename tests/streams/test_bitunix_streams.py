"""The Bitunix spot WebSocket API (signed request/response) against a local venue that checks every
signature and answers with the docs' example replies."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
from websockets.asyncio.server import ServerConnection

import venuekit
from venuekit.auth import BitunixAuth
from venuekit.bitunix import streams
from venuekit.bitunix.errors import BitunixError
from venuekit.bitunix.models import CreateOrderRequest, Depth, Fill, OrderPage, OrderRef, OrderType, PlacedOrder, Side
from venuekit.streams import ConnectionLostError, StreamDecodeError

from .conftest import example, fast
from .fakes import FakeVenue, eventually, run

REPLIES = {
    "ping": None,
    "market.last_price": "LastPriceReply",
    "market.depth": "DepthReply",
    "market.kline": "KlineReply",
    "common.coin_pair.list": "CoinPairsReply",
    "common.rate.list": "RatesReply",
    "common.coin.coin_network.list": "CoinsReply",
    "user.account": "BalancesReply",
    "user.info": "UserInfoReply",
    "order.place_order": "PlaceOrderReply",
    "order.place_order.batch": "PlaceOrdersReply",
    "order.cancel": "CancelOrdersReply",
    "order.deal.list": "FillsReply",
    "order.history.page": "OrderHistoryReply",
    "order.pending.list": "OpenOrdersReply",
}
VENUE_SIGNER = BitunixAuth("key", "secret")


def signature_ok(params: dict[str, Any]) -> bool:
    """The venue's side of the signing rule (specs/bitunix/asyncapi.yaml), written out independently."""
    business = {k: v for k, v in params.items() if k not in ("apiKey", "timestamp", "nonce", "sign")}
    text = "".join(
        key + (value if isinstance(value, str) else json.dumps(value, separators=(",", ":")))
        for key, value in sorted(business.items())
    )
    expected = VENUE_SIGNER.signature(params["nonce"], params["timestamp"], text, b"")
    return bool(params["apiKey"] == "key" and params["sign"] == expected)


class Venue:
    """Answers each request with the doc example reply of its method; scripted exceptions by method."""

    def __init__(self) -> None:
        self.silent: set[str] = set()
        self.replies: dict[str, Any] = {}

    async def __call__(self, venue: FakeVenue, connection: ServerConnection, message: Any) -> None:
        method, request_id = message["method"], message["id"]
        assert signature_ok(message["params"]), message
        if method in self.silent:
            return
        documented = REPLIES[method]
        if method in self.replies:
            reply = dict(self.replies[method], id=request_id)
        elif documented is None:
            reply = {"id": request_id, "code": "0", "msg": "success", "data": "pong"}
        else:
            reply = dict(example("bitunix", documented), id=request_id)
        await connection.send(json.dumps(reply))


def api(venue: FakeVenue, **changes: Any) -> streams.WebSocketApi:
    options = fast(streams.WebSocketApi.DEFAULT_OPTIONS, **changes)
    return streams.WebSocketApi("key", "secret", url=venue.url, options=options)


def test_every_method_sends_signed_params_and_returns_typed_results() -> None:
    async def scenario() -> None:
        async with FakeVenue(Venue()) as venue, api(venue) as ws:
            assert await ws.get_last_price(symbol="BTCUSDT") == Decimal("10000.00")
            depth = await ws.get_depth(symbol="BTCUSDT", precision=5)
            assert isinstance(depth, Depth) and depth.asks[0].price == Decimal("10000.00")
            assert depth.ts == dt.datetime(2024, 8, 22, 0, 15, tzinfo=dt.timezone.utc)
            kline = await ws.get_kline(symbol="BTCUSDT", interval="60")
            assert not isinstance(kline, list) and kline.close == Decimal("10000.00")
            pairs = await ws.get_coin_pairs()
            assert pairs[0].min_volume == Decimal("0.001")
            assert (await ws.get_rates())[0].rate == Decimal("6.5")
            assert (await ws.get_coins())[0].networks[0].withdraw_max == Decimal(3000000)
            balances = await ws.get_balances()
            assert balances is not None and balances[0].balance == Decimal(10000)
            assert (await ws.get_user_info()).uid == 681979174

            placed = await ws.create_order(
                side="BUY", type_="LIMIT", volume=Decimal("0.01"), price=Decimal("30000"), symbol="BTCUSDT"
            )
            assert isinstance(placed, PlacedOrder) and placed.order_id == "123456" and placed.side == Side.SELL
            sent = venue.messages()[-1]
            assert sent["method"] == "order.place_order"
            assert {k: sent["params"][k] for k in ("side", "type", "volume", "price", "symbol")} == {
                "side": 2,
                "type": 1,
                "volume": "0.01",
                "price": "30000",
                "symbol": "BTCUSDT",
            }
            assert len(sent["params"]["nonce"]) == 32

            order = CreateOrderRequest(
                side=Side.SELL, type_=OrderType.LIMIT, volume=Decimal(1), price=Decimal(10), symbol="BTCUSDT"
            )
            batch = await ws.create_batch_orders(order_list=[order])
            assert batch[0].place_status == "1"
            assert venue.messages()[-1]["params"]["orderList"][0]["side"] == 1
            assert await ws.cancel_orders(order_id_list=[OrderRef(order_id="123456", symbol="BTCUSDT")]) is None
            fills = await ws.get_order_fills(order_id="123456", symbol="BTCUSDT")
            assert isinstance(fills, Fill) and fills.fee == Decimal("0.1")  # the WS example: one object
            page = await ws.get_order_history(symbol="BTCUSDT")
            assert isinstance(page, OrderPage) and page.data[0].avg_price == Decimal(10000)
            open_orders = await ws.get_open_orders(symbol="BTCUSDT")
            assert open_orders is not None and open_orders[0].symbol == "BTCUSDT"
            await ws.ping()
            assert len({m["id"] for m in venue.messages()}) == len(venue.messages())  # one id per request

    run(scenario())


def test_error_replies_raise_the_venues_typed_errors() -> None:
    script = Venue()
    script.replies["market.last_price"] = example("bitunix", "LastPriceReply", 1)  # code "1": invalid symbol

    async def scenario() -> None:
        async with FakeVenue(script) as venue, api(venue) as ws:
            with pytest.raises(venuekit.InvalidParameterError) as caught:
                await ws.get_last_price(symbol="NOPE")
            assert isinstance(caught.value, BitunixError)
            assert (caught.value.code, caught.value.message) == ("1", "invalid symbol")
            with pytest.raises(venuekit.ValidationError):
                await ws.create_order(side="UP", type_="LIMIT", volume="1", price="1", symbol="BTCUSDT")  # type: ignore[arg-type]
            assert len(venue.received) == 1  # refused before anything was sent

    run(scenario())


def test_garbage_and_misshapen_replies_do_not_kill_the_socket() -> None:
    script = Venue()
    script.replies["market.depth"] = {"code": "0", "msg": "success", "data": {"asks": [], "bids": []}}  # no ts

    async def scenario() -> None:
        async with FakeVenue(script) as venue, api(venue) as ws:
            assert await ws.get_last_price(symbol="BTCUSDT") == Decimal("10000.00")
            await venue.send("<html>502</html>")
            await venue.send({"id": "999", "code": "0", "msg": "success", "data": None})  # nobody asked
            with pytest.raises(StreamDecodeError) as caught:
                await ws.get_depth(symbol="BTCUSDT", precision=5)
            assert caught.value.channel == "market.depth" and "missing field 'ts'" in str(caught.value)
            assert isinstance(ws.errors[-1], StreamDecodeError) and ws.unrouted == 1
            assert await ws.get_last_price(symbol="BTCUSDT") == Decimal("10000.00")
            assert len(venue.connections) == 1

    run(scenario())


def test_a_request_lost_with_its_connection_is_never_resent() -> None:
    script = Venue()
    script.silent.add("order.place_order")

    async def scenario() -> None:
        async with FakeVenue(script) as venue, api(venue) as ws:
            placing = ws.create_order(side="SELL", type_="MARKET", volume="1", price="0", symbol="BTCUSDT")
            task = asyncio.ensure_future(placing)
            await eventually(lambda: len(venue.received) == 1)
            venue.drop()
            with pytest.raises(ConnectionLostError):
                await task
            assert await ws.get_last_price(symbol="BTCUSDT") == Decimal("10000.00")  # reconnected
            assert [m["method"] for m in venue.messages()] == ["order.place_order", "market.last_price"]
            with pytest.raises(venuekit.TimeoutError):
                await ws.create_order(side="SELL", type_="MARKET", volume="1", price="0", symbol="X", timeout=0.1)

    run(scenario())


def test_ping_requests_are_the_heartbeat() -> None:
    async def scenario() -> None:
        async with FakeVenue(Venue()) as venue, api(venue, ping_interval=0.2, ping_timeout=0.1) as ws:
            await eventually(lambda: [m["method"] for m in venue.messages()].count("ping") >= 2, what="pings")
            venue.go_silent()
            await eventually(lambda: len(venue.connections) == 2, timeout=3, what="reconnect")
            assert ws.reconnects == 1
            assert await ws.get_last_price(symbol="BTCUSDT") == Decimal("10000.00")

    run(scenario())


def test_keys_come_from_the_arguments_or_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BITUNIX_API_KEY", raising=False)
    monkeypatch.delenv("BITUNIX_API_SECRET", raising=False)
    with pytest.raises(venuekit.ConfigurationError):
        streams.WebSocketApi()
    monkeypatch.setenv("BITUNIX_API_KEY", "env-key")
    monkeypatch.setenv("BITUNIX_API_SECRET", "env-secret")
    ws = streams.WebSocketApi()
    assert "env-secret" not in repr(ws) and ws.url == "wss://openapi.bitunix.com:443/ws-api/v1"
