"""One sandbox per venue for the whole module, and unified exchanges pointed at it that count their requests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import venuekit
from tests.sandbox.conftest import TLS
from venuekit.sandbox import Sandbox
from venuekit.sandbox.spec import known_venues, spec_dir
from venuekit.sandbox.tour import API_KEY
from venuekit.unified import AsyncExchange, Exchange

VENUES = [v for v in known_venues() if (spec_dir() / v / "unified.yaml").exists()]
"""Every venue whose spec folder declares a unified mapping (all of them)."""


class Counted:
    """The requests an exchange's client sent (to prove a refusal happened before any I/O)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def sync_hook(self, request: httpx.Request) -> None:
        self.requests.append(request)

    async def async_hook(self, request: httpx.Request) -> None:
        self.requests.append(request)


def options(counted: Counted, *, asynchronous: bool) -> dict[str, Any]:
    hook = counted.async_hook if asynchronous else counted.sync_hook
    # No client-side pacing: GMO Coin FX allows one order request a second, which would only slow the suite.
    return {"httpx_args": {"verify": TLS, "event_hooks": {"request": [hook]}}, "rate_limit": False}


@pytest.fixture(scope="module", params=VENUES)
def sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    with Sandbox(request.param) as started:
        yield started


@pytest.fixture
def counted() -> Counted:
    return Counted()


@pytest.fixture
def exchange(sandbox: Sandbox, counted: Counted) -> Iterator[Exchange]:
    with venuekit.connect(
        sandbox.venue, API_KEY, sandbox.secret, base_url=sandbox.url, **options(counted, asynchronous=False)
    ) as ex:
        yield ex


def async_exchange(sandbox: Sandbox, counted: Counted) -> AsyncExchange:
    """An `AsyncExchange` on the sandbox's REST API and streams (make and close it inside the test's loop)."""
    streams = sandbox.app.streams
    urls = {name: sandbox.stream_url(name) for name in (streams.streams if streams is not None else {})}
    return venuekit.connect_async(
        sandbox.venue,
        API_KEY,
        sandbox.secret,
        base_url=sandbox.url,
        stream_urls=urls,
        **options(counted, asynchronous=True),
    )


def trade_symbol(markets: dict[str, Any]) -> str:
    """The market the tests trade: the first BTC one (every sandbox serves data for it), else the first."""
    symbols = sorted(markets)
    return next((s for s in symbols if s.startswith("BTC/")), symbols[0])
