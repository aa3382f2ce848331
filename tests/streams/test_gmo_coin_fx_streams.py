"""GMO Coin FX streams: a ticker without a `channel` field (routed by symbol), live-captured frames, and the
private channels through the same token lifecycle as the crypto API."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import httpx
from websockets.asyncio.server import ServerConnection

from venuekit import gmo_coin_fx
from venuekit.gmo_coin_fx import streams
from venuekit.streams import Gap

from .conftest import example, fast, fixture
from .fakes import FakeVenue, ManualClock, eventually, run, take

PRIVATE = {
    "executionEvents": "ExecutionEvents",
    "orderEvents": "OrderEvents",
    "positionEvents": "PositionEvents",
    "positionSummaryEvents": "PositionSummaryEvents",
}


async def answer_subscribe(venue: FakeVenue, connection: ServerConnection, message: Any) -> None:
    if message.get("command") != "subscribe":
        return
    if message["channel"] == "ticker":
        await connection.send(json.dumps(dict(example("gmo_coin_fx", "Ticker"), symbol=message["symbol"])))
    else:
        await connection.send(json.dumps(example("gmo_coin_fx", PRIVATE[message["channel"]])))


def test_ticker_is_routed_by_symbol_and_live_frames_parse() -> None:
    live = [fixture("gmo_coin_fx", f"WS__ws_public_v1__{n}") for n in (1, 2, 3)]

    async def scenario() -> None:
        async with FakeVenue(answer_subscribe) as venue:
            options = fast(streams.PublicStream.DEFAULT_OPTIONS)
            async with streams.PublicStream(url=venue.url, options=options) as ws:
                dollar, euro = ws.ticker("USD_JPY"), ws.ticker("EUR_JPY")
                first = await anext(dollar)
                assert first.ask == Decimal("140.534") and first.status == "OPEN"
                assert first.timestamp == dt.datetime(2018, 3, 30, 12, 34, 56, 789984, tzinfo=dt.timezone.utc)
                assert (await anext(euro)).symbol == "EUR_JPY"
                for frame in live:
                    await venue.send(frame)
                rates = await take(dollar, 3)
                assert [r.status for r in rates] == ["CLOSE", "OPEN", "OPEN"]
                assert rates[2].bid == Decimal("157.261")
                assert euro._held == 0  # USD_JPY rates do not reach the EUR_JPY subscription

                venue.drop()
                await eventually(lambda: len(venue.messages(1)) == 2, what="both symbols re-subscribed")
                items = await take(euro.with_gaps(), 2)
                assert isinstance(items[0], Gap) and items[1].symbol == "EUR_JPY"

    run(scenario())


def test_private_channels_parse_and_the_token_comes_from_the_fx_rest_client() -> None:
    calls: list[str] = []

    def rest(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        assert request.url.host == "forex-api.coin.z.com" and request.url.path == "/private/v1/ws-auth"
        body: dict[str, Any] = {"status": 0, "responsetime": "2019-03-19T02:15:06.102Z"}
        if request.method == "POST":
            body["data"] = "fx-token"
        return httpx.Response(200, json=body)

    async def scenario() -> None:
        clock = ManualClock()
        transport = httpx.MockTransport(rest)
        async with (
            gmo_coin_fx.AsyncClient("key", "secret", httpx_args={"transport": transport}) as client,
            FakeVenue(answer_subscribe) as venue,
        ):
            lifecycle = streams.token_lifecycle(client, clock=clock, sleep=clock.sleep)
            options = fast(streams.PrivateStream.DEFAULT_OPTIONS)
            url = venue.url + "/ws/private/v1/{token}"
            async with streams.PrivateStream(lifecycle=lifecycle, url=url, options=options) as ws:
                execution = await anext(ws.execution_events())
                assert execution.settled_swap == Decimal(0) and execution.client_order_id == "bot-0001"
                order = await anext(ws.order_events())
                assert order.expiry == "20190418" and order.cancel_type == "USER"
                position = await anext(ws.position_events())
                assert position.total_swap == Decimal(12)
                summary = await anext(ws.position_summary_events(option="PERIODIC"))
                assert summary.sum_position_size == Decimal(10000)
                assert venue.paths == ["/ws/private/v1/fx-token"]
            assert calls == ["POST", "DELETE"]

    run(scenario())
