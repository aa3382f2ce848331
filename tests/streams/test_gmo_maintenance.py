"""GMO Coin's private stream through a simulated weekly maintenance window, on a manual clock.

The venue (a local WebSocket server plus GMO's ws-auth REST operations behind an httpx MockTransport) drops
the connection when maintenance starts; for two hours every handshake gets HTTP 503 and every ws-auth call
ERR-5201, as the docs describe. The stream must come back by itself with a new token, subscribe again, and
show the consumer exactly one gap for the outage; it never gives up, however many attempts fail.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
from websockets.asyncio.server import ServerConnection

from venuekit import gmo_coin
from venuekit.gmo_coin import streams
from venuekit.gmo_coin.stream_models import OrderEvent
from venuekit.streams import Gap

from .conftest import example, fast
from .fakes import FakeVenue, ManualClock, eventually, run, take

HOUR = 3600.0


class Maintenance:
    """The venue's state: open, or in maintenance (REST ERR-5201, WebSocket handshakes HTTP 503)."""

    def __init__(self) -> None:
        self.on = False
        self.issued = 0
        self.calls: list[tuple[str, str | None, str]] = []  # (method, token, outcome)

    def rest(self, request: httpx.Request) -> httpx.Response:
        token = json.loads(request.content)["token"] if request.content and request.method != "POST" else None
        at = "2019-03-19T02:15:06.102Z"
        if self.on:
            self.calls.append((request.method, token, "ERR-5201"))
            error = {"message_code": "ERR-5201", "message_string": "MAINTENANCE. Please wait for a while"}
            return httpx.Response(200, json={"status": 5, "messages": [error]})
        self.calls.append((request.method, token, "ok"))
        if request.method == "POST":
            self.issued += 1
            return httpx.Response(200, json={"status": 0, "data": f"token-{self.issued}", "responsetime": at})
        return httpx.Response(200, json={"status": 0, "responsetime": at})

    def handshake(self, path: str) -> int | None:
        return 503 if self.on else None

    async def subscribed(self, venue: FakeVenue, connection: ServerConnection, message: Any) -> None:
        if message.get("command") == "subscribe" and message.get("channel") == "orderEvents":
            event = example("gmo_coin", "OrderEvents")
            event["orderId"] = len(venue.connections)  # which connection delivered it
            await connection.send(json.dumps(event))


def test_the_private_stream_rides_out_a_maintenance_window_and_reports_one_gap() -> None:
    venue_state, clock = Maintenance(), ManualClock()

    async def scenario() -> None:
        transport = httpx.MockTransport(venue_state.rest)
        async with (
            gmo_coin.AsyncClient("key", "secret", max_retries=0, httpx_args={"transport": transport}) as rest,
            FakeVenue(venue_state.subscribed, reject=venue_state.handshake) as venue,
        ):
            options = fast(
                streams.PrivateStream.DEFAULT_OPTIONS, reconnect_initial=1.0, reconnect_max=600.0, connect_attempts=5
            )
            ws = streams.PrivateStream(
                rest=rest, url=venue.url + "/ws/private/v1/{token}", options=options, clock=clock, sleep=clock.sleep
            )
            async with ws:
                orders = ws.order_events()
                first = await anext(orders)
                assert isinstance(first, OrderEvent) and first.order_id == 1
                assert venue.paths == ["/ws/private/v1/token-1"]

                await clock.advance(HOUR / 2)  # refreshed before the 60-minute lifetime runs out (PUT)
                await eventually(lambda: ("PUT", "token-1", "ok") in venue_state.calls, what="token-1 extended")

                # Maintenance starts 40 minutes in: the venue cuts the socket and refuses everything.
                await clock.advance(HOUR / 6)
                venue_state.on = True
                venue.drop()
                await eventually(lambda: ws.state == "reconnecting", what="the drop noticed")
                for _ in range(12):  # two hours, in ten-minute steps
                    await clock.advance(HOUR / 6)
                assert ws.state == "reconnecting" and ws.attempts > 5 == options.connect_attempts  # never gave up
                refused = [c for c in venue_state.calls if c[2] == "ERR-5201"]
                assert ("POST", None, "ERR-5201") in refused  # it tried to issue a new token meanwhile
                assert ws.lifecycle is not None and ws.lifecycle.token is None  # the old one is not trusted

                venue_state.on = False  # maintenance over: the next attempt gets a fresh token
                await clock.advance(HOUR / 6)
                await eventually(lambda: ws.state == "connected", what="back after maintenance")
                assert venue.paths[-1] == "/ws/private/v1/token-2"
                assert venue.messages()[-1] == {"command": "subscribe", "channel": "orderEvents"}

                items = await take(orders.with_gaps(), 2)
                gap, after = items
                assert isinstance(gap, Gap) and gap.reasons == ("disconnected",)
                assert isinstance(after, OrderEvent) and after.order_id == len(venue.connections)
                assert orders.resumed is False and orders.gaps == 1
                assert ws.reconnects == 1 and after.order_size == Decimal("0.8")

                await clock.advance(HOUR / 2)  # the new token is kept alive like the first
                await eventually(lambda: ("PUT", "token-2", "ok") in venue_state.calls, what="token-2 extended")
            assert venue_state.calls[-1] == ("DELETE", "token-2", "ok")

    run(scenario(), timeout=30)


def test_an_extension_refused_for_maintenance_reissues_the_token_at_once() -> None:
    venue_state, clock = Maintenance(), ManualClock()

    async def scenario() -> None:
        transport = httpx.MockTransport(venue_state.rest)
        async with (
            gmo_coin.AsyncClient("key", "secret", max_retries=0, httpx_args={"transport": transport}) as rest,
            FakeVenue(venue_state.subscribed) as venue,
        ):
            lifecycle = streams.token_lifecycle(rest, clock=clock, sleep=clock.sleep)
            options = fast(streams.PrivateStream.DEFAULT_OPTIONS, reconnect_initial=1.0, reconnect_max=60.0)
            ws = streams.PrivateStream(
                lifecycle=lifecycle, url=venue.url + "/ws/private/v1/{token}", options=options, sleep=clock.sleep
            )
            async with ws:
                orders = ws.order_events()
                await anext(orders)
                venue_state.on = True  # the REST side is in maintenance when the extension is due
                await clock.advance(HOUR / 2)
                await eventually(lambda: lifecycle.reissued == 1, what="the refused extension")
                assert ("PUT", "token-1", "ERR-5201") in venue_state.calls
                assert lifecycle.reissued == 1 and lifecycle.token is None  # not retried every 30 s until expiry
                venue_state.on = False
                for _ in range(5):
                    await clock.advance(60.0)
                await eventually(lambda: venue.paths[-1:] == ["/ws/private/v1/token-2"], what="the new token used")
                items = await take(orders.with_gaps(), 2)
                assert isinstance(items[0], Gap) and isinstance(items[1], OrderEvent)

    run(scenario(), timeout=30)
