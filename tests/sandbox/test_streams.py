"""The sandboxes' WebSocket side: documented examples replayed per subscription, live order events for
orders placed over REST, private streams only with a token issued over REST, and Bitunix's signed API."""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
from collections.abc import AsyncIterator, Awaitable, Callable
from decimal import Decimal
from typing import Any, TypeVar

import httpx
import pytest
import websockets

import venuekit
from venuekit.sandbox import Sandbox

from .conftest import TLS, Serve, sdk_options

T = TypeVar("T")


async def first(items: AsyncIterator[T], count: int = 1, timeout: float = 5.0) -> list[T]:
    async def collect() -> list[T]:
        found: list[T] = []
        async for item in items:
            found.append(item)
            if len(found) == count:
                break
        return found

    return await asyncio.wait_for(collect(), timeout)


async def until(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.005)


def streams_of(venue: str) -> Any:
    return importlib.import_module(f"venuekit.{venue}.streams")


def fast(stream_class: Any) -> Any:
    """The venue's options without its 1 command/s pacing (GMO), to keep the tests quick."""
    return dataclasses.replace(stream_class.DEFAULT_OPTIONS, command_interval=0.0)


@pytest.mark.parametrize(("venue", "symbol"), [("gmo_coin", "ETH"), ("gmo_coin_fx", "EUR_JPY")])
def test_gmo_public_ticker_is_the_documented_example(serve: Serve, venue: str, symbol: str) -> None:
    sandbox = serve(venue)
    public = streams_of(venue).PublicStream

    async def run() -> Any:
        async with public(url=sandbox.stream_url("PublicStream"), options=fast(public)) as ws:
            return (await first(ws.ticker(symbol)))[0]

    ticker = asyncio.run(run())
    assert ticker.symbol == symbol  # the example, routed to the subscription
    assert isinstance(ticker.ask, Decimal)


def test_hashkey_public_streams_v1_and_v2(serve: Serve) -> None:
    sandbox = serve("hashkey_mena")
    streams = streams_of("hashkey_mena")

    async def run() -> tuple[Any, Any]:
        async with streams.PublicStream(url=sandbox.stream_url("PublicStream")) as v1:
            depth = (await first(v1.depth("ETHUSD")))[0]
        async with streams.PublicStreamV2(url=sandbox.stream_url("PublicStreamV2")) as v2:
            bbo = (await first(v2.bbo("ETHUSD")))[0]
        return depth, bbo

    depth, bbo = asyncio.run(run())
    assert depth.symbol == "ETHUSD" and depth.data
    assert bbo.params.symbol == "ETHUSD"


PLACE: dict[str, Callable[[Any], Awaitable[Any]]] = {
    "gmo_coin": lambda rest: rest.orders.create_order(
        symbol="BTC", side="BUY", execution_type="LIMIT", price="430001", size="0.02"
    ),
    "gmo_coin_fx": lambda rest: rest.orders.create_order(
        symbol="USD_JPY", side="BUY", size="10000", execution_type="LIMIT", limit_price="130.5"
    ),
    "hashkey_mena": lambda rest: rest.orders.create_order(
        symbol="BTCUSD", side="BUY", type_="LIMIT", quantity="0.01", price="30000"
    ),
}


async def cancel(venue: str, rest: Any, placed: Any) -> None:
    if venue == "gmo_coin":
        await rest.orders.cancel_order(order_id=int(placed))
    elif venue == "gmo_coin_fx":
        await rest.orders.cancel_orders(root_order_ids=[placed[0].root_order_id])
    else:
        await rest.orders.cancel_order(order_id=placed.order_id)


@pytest.mark.parametrize("venue", sorted(PLACE))
def test_orders_placed_over_rest_are_pushed(serve: Serve, venue: str) -> None:
    sandbox = serve(venue)
    private = streams_of(venue).PrivateStream
    package = importlib.import_module(f"venuekit.{venue}")

    async def run() -> list[Any]:
        async with package.AsyncClient("ws-key", sandbox.secret, base_url=sandbox.url, **sdk_options()) as rest:
            stream = private(rest=rest, url=sandbox.stream_url("PrivateStream"), options=fast(private))
            async with stream as ws:
                events = ws.execution_reports() if venue == "hashkey_mena" else ws.order_events()
                channel = "executionReport" if venue == "hashkey_mena" else "orderEvents"
                await until(lambda: sandbox.streams is not None and sandbox.streams.subscribers(channel) > 0)
                placed = await PLACE[venue](rest)
                await cancel(venue, rest, placed)
                return await first(events, 2)

    placed_event, cancelled_event = asyncio.run(run())
    if venue == "hashkey_mena":
        assert (placed_event.status.value, cancelled_event.status.value) == ("NEW", "CANCELED")
        assert (placed_event.price, placed_event.quantity) == (Decimal("30000"), Decimal("0.01"))
    else:
        assert (placed_event.order_status.value, cancelled_event.order_status.value) == ("ORDERED", "CANCELED")
        assert (placed_event.msg_type, cancelled_event.msg_type) == ("NOR", "COR")
        assert placed_event.order_id == cancelled_event.order_id == 1000001


@pytest.mark.parametrize(
    ("venue", "path"), [("gmo_coin", "/ws/private/v1/not-a-token"), ("hashkey_mena", "/api/v1/ws/nope")]
)
def test_private_streams_need_a_token_issued_over_rest(serve: Serve, venue: str, path: str) -> None:
    sandbox = serve(venue)
    url = f"{sandbox.ws_url}{path}"

    async def run() -> None:
        async with websockets.connect(url):
            pass

    with pytest.raises(websockets.InvalidStatus) as refused:
        asyncio.run(run())
    assert refused.value.response.status_code == 401


def test_gmo_token_lifecycle(serve: Serve) -> None:
    from venuekit import gmo_coin

    sandbox = serve("gmo_coin")
    with gmo_coin.Client("ws-key", sandbox.secret, base_url=sandbox.url, **sdk_options()) as rest:
        token = rest.ws_auth.create_ws_auth_token()
        assert token in sandbox.app.adapter.stream_tokens
        rest.ws_auth.extend_ws_auth_token(token=token)
        rest.ws_auth.delete_ws_auth_token(token=token)
        assert token not in sandbox.app.adapter.stream_tokens
        with pytest.raises(venuekit.InvalidParameterError):
            rest.ws_auth.extend_ws_auth_token(token=token)


def test_bitunix_websocket_api_shares_the_rest_state(serve: Serve) -> None:
    from venuekit import bitunix

    sandbox = serve("bitunix")
    api = streams_of("bitunix").WebSocketApi

    async def run() -> tuple[Any, Any, Any]:
        async with api("ws-key", sandbox.secret, url=sandbox.stream_url("WebSocketApi")) as ws:
            price = await ws.get_last_price(symbol="BTCUSDT")
            placed = await ws.create_order(symbol="BTCUSDT", side="BUY", type_="LIMIT", volume="0.01", price="30000")
            return price, placed, await ws.get_open_orders(symbol="BTCUSDT")

    price, placed, listed = asyncio.run(run())
    assert price == Decimal("10000.00")
    with bitunix.Client("rest-key", sandbox.secret, base_url=sandbox.url, **sdk_options()) as rest:
        assert [o.order_id for o in rest.orders.get_open_orders(symbol="BTCUSDT") or []] == [placed.order_id]
    assert [o.order_id for o in listed] == [placed.order_id]


def test_bitunix_websocket_api_checks_signatures(serve: Serve) -> None:
    sandbox = serve("bitunix")
    api = streams_of("bitunix").WebSocketApi

    async def run() -> None:
        async with api("ws-key", "wrong-secret", url=sandbox.stream_url("WebSocketApi")) as ws:
            await ws.get_balances()

    with pytest.raises(venuekit.AuthenticationError) as refused:
        asyncio.run(run())
    assert refused.value.code == "100005"


def test_bitunix_websocket_signature_vector() -> None:
    """The notes' WS vector V7 (market.last_price, params {symbol: BTC})."""
    adapter = Sandbox("bitunix").app.adapter
    adapter.secret = "testSecretKey"
    params = {
        "symbol": "BTC",
        "apiKey": "testApiKey",
        "nonce": "0123456789abcdef0123456789abcdef",
        "timestamp": "1700000000000",
        "sign": "68a734953545221fa818579c62692d915b11bf17984a93c7c91adc52dac6a917",
    }
    assert adapter.verify_stream_call(params, 1_700_000_000_000) is None
    assert adapter.verify_stream_call({**params, "symbol": "ETH"}, 1_700_000_000_000) is not None


def test_unknown_stream_path(serve: Serve) -> None:
    sandbox = serve("gmo_coin")
    assert sandbox.ws_url is not None
    response = httpx.get(sandbox.ws_url.replace("ws://", "http://") + "/nowhere", verify=TLS)
    assert response.status_code in (400, 404, 426)


# --- GOPAX: one address for public and private channels, private ones signed in the query string ---------
def test_gopax_public_order_book_and_the_servers_pings(serve: Serve) -> None:
    sandbox = serve("gopax")
    public = streams_of("gopax").PublicStream

    async def run() -> tuple[Any, list[str]]:
        assert sandbox.streams is not None
        server = sandbox.streams
        async with public(url=sandbox.stream_url("PublicStream")) as ws:
            books = aiter(ws.order_book("ETH-KRW"))
            await anext(books)  # the documented answer: the whole book
            book = await anext(books)  # the documented delta applied to it
            await until(lambda: bool(server.pongs()))
            return book, server.pongs()

    book, pongs = asyncio.run(run())
    assert book.best_bid == (Decimal("4500000"), Decimal("1.3")) and book.sequence == (52,)
    pong = pongs[0]
    assert pong.startswith("primus::pong::") and pong[len("primus::pong::") :].isdigit()


def test_gopax_private_stream_is_signed_and_pushes_orders_placed_over_rest(serve: Serve) -> None:
    from venuekit import gopax

    sandbox = serve("gopax")
    private = streams_of("gopax").PrivateStream

    async def run() -> list[Any]:
        async with (
            gopax.AsyncClient("ws-key", sandbox.secret, base_url=sandbox.url, **sdk_options()) as rest,
            private("ws-key", sandbox.secret, url=sandbox.stream_url("PrivateStream")) as ws,
        ):
            orders = ws.orders()
            answer = await anext(orders)  # the outstanding orders: none yet
            placed = await rest.orders.create_order(
                trading_pair_name="BTC-KRW", side="buy", type_="limit", price=10_000_000, amount="0.01"
            )
            await rest.orders.cancel_order(order_id=placed.id)
            return [answer, *await first(orders, 2), placed]

    answer, placed_event, cancelled_event, placed = asyncio.run(run())
    assert answer.n == "SubscribeToOrders" and answer.o.data == []
    assert (placed_event.o.status.name, cancelled_event.o.status.name) == ("PLACED", "CANCELLED")
    assert placed_event.o.order_id == int(placed.id) and placed_event.o.org_amount == Decimal("0.01")
    assert placed_event.o.price == Decimal(10_000_000) and placed_event.o.side.name == "BID"


def test_gopax_private_connections_with_a_bad_signature_are_refused(serve: Serve) -> None:
    sandbox = serve("gopax")
    private = streams_of("gopax").PrivateStream
    wrong = "d3Jvbmctc2VjcmV0"  # base64 of b"wrong-secret"

    async def run() -> None:
        options = dataclasses.replace(private.DEFAULT_OPTIONS, connect_attempts=1)
        async with private("ws-key", wrong, url=sandbox.stream_url("PrivateStream"), options=options) as ws:
            await ws.wait_connected(5)

    with pytest.raises(venuekit.streams.StreamConnectError, match="HTTP 401"):
        asyncio.run(run())
