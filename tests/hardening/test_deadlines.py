"""A call's deadline holds whatever the server does: dripping heads and bodies, endless 5xx, full buckets.

The drip server writes a byte every 0.25 s; its reply would take 20-30 s. Before the deadline, a
`timeout=1.0` call against it stayed alive for 12 s (httpx's timeouts bound each read, and each byte
is a read). The bounds asserted here (< 3 s for a 0.5 s deadline) leave room for any machine load; the
server's own count shows the client never waited a reply out.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import venuekit
from venuekit import gmo_coin, gmo_coin_fx
from venuekit.retry import RetryPolicy

from .drip import Dripper

DRIPS = [
    pytest.param(True, False, id="dripping-head"),
    pytest.param(False, True, id="dripping-body"),
]
BOUND = 3.0


def timed(call: Callable[[], Any]) -> tuple[BaseException, float]:
    started = time.monotonic()
    with pytest.raises(venuekit.VenueError) as caught:
        call()
    return caught.value, time.monotonic() - started


def assert_deadline_error(error: BaseException, elapsed: float, server: Dripper) -> None:
    assert isinstance(error, venuekit.TimeoutError), repr(error)
    assert isinstance(error, TimeoutError)  # the built-in, too
    assert isinstance(error.__cause__, httpx.TimeoutException)
    assert elapsed < BOUND
    assert server.requests >= 1 and server.completed == 0


@pytest.mark.parametrize(("head", "body"), DRIPS)
def test_sync_call_ends_at_its_deadline(head: bool, body: bool) -> None:
    with Dripper(drip_head=head, drip_body=body).running() as server:
        with gmo_coin.Client(base_url=server.url, timeout=1.0) as client:
            error, elapsed = timed(lambda: client.public.get_ticker(symbol="BTC", deadline=0.5))
        assert_deadline_error(error, elapsed, server)


@pytest.mark.parametrize(("head", "body"), DRIPS)
def test_async_call_ends_at_its_deadline(head: bool, body: bool) -> None:
    async def run(url: str) -> tuple[BaseException, float]:
        async with gmo_coin.AsyncClient(base_url=url, deadline=0.5) as client:  # the client's default
            started = time.monotonic()
            with pytest.raises(venuekit.VenueError) as caught:
                await client.public.get_ticker(symbol="BTC")
            return caught.value, time.monotonic() - started

    with Dripper(drip_head=head, drip_body=body).running() as server:
        error, elapsed = asyncio.run(run(server.url))
        assert_deadline_error(error, elapsed, server)


@pytest.mark.parametrize(("head", "body"), DRIPS)
def test_aiohttp_transport_call_ends_at_its_deadline(head: bool, body: bool) -> None:
    from venuekit.transports.aiohttp import AiohttpTransport

    async def run(url: str) -> tuple[BaseException, float]:
        transport = AiohttpTransport()
        async with gmo_coin.AsyncClient(base_url=url, httpx_args={"transport": transport}) as client:
            started = time.monotonic()
            with pytest.raises(venuekit.VenueError) as caught:
                await client.public.get_ticker(symbol="BTC", deadline=0.5)
            return caught.value, time.monotonic() - started

    with Dripper(drip_head=head, drip_body=body).running() as server:
        error, elapsed = asyncio.run(run(server.url))
        assert_deadline_error(error, elapsed, server)


def test_no_deadline_leaves_only_the_per_read_timeouts() -> None:
    """`deadline=None` turns the total bound off: the drip is then read to its end (a short one here)."""
    server = Dripper(drip_head=True, drip_body=False, interval=0.01)
    with server.running(), gmo_coin.Client(base_url=server.url, deadline=None, timeout=1.0) as client:
        assert client.public.get_ticker(symbol="BTC")[0].symbol == "BTC"
    assert server.completed == 1  # counted once the server's threads are joined (the client may finish first)


def test_retries_stay_within_the_deadline() -> None:
    attempts: list[float] = []

    def busy(request: httpx.Request) -> httpx.Response:
        attempts.append(time.monotonic())
        return httpx.Response(503, text="busy")

    retry = RetryPolicy(max_retries=1000, base_delay=0.05, max_delay=0.1)
    with gmo_coin.Client(httpx_args={"transport": httpx.MockTransport(busy)}, retry=retry, deadline=0.6) as client:
        error, elapsed = timed(lambda: client.public.get_status())
    assert isinstance(error, venuekit.ApiError) and error.status_code == 503  # the venue's last answer
    assert elapsed < BOUND
    assert 2 <= len(attempts) < 1000  # retried, but not past the deadline


def test_a_rate_limit_wait_past_the_deadline_fails_before_sending() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"status": 0, "data": [], "responsetime": "2019-03-19T02:15:06.001Z"})

    key = f"deadline-{uuid.uuid4().hex}"  # rate-limit counts are per key across the process
    with gmo_coin_fx.Client(key, "secret", httpx_args={"transport": httpx.MockTransport(answer)}) as client:
        for _ in range(6):  # the whole 6 GET/s budget
            client.account.get_assets(deadline=0.3)
        error, elapsed = timed(lambda: client.account.get_assets(deadline=0.3))
    assert isinstance(error, venuekit.TimeoutError)
    assert "private-get" in str(error) and "not sent" in str(error)
    assert len(sent) == 6
    assert elapsed < BOUND
