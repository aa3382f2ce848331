"""The sandbox as a tool: a burst of cold clients, a taken port, a seed that repeats the data, consistent books,
environment variables that point the SDK at it, and replies served on request."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
from decimal import Decimal
from typing import Any

import pytest

import venuekit
from venuekit import gmo_coin
from venuekit.sandbox import Sandbox
from venuekit.sandbox.server import _Server
from venuekit.sandbox.streams import load_streams, moved, uncrossed

COLD_CLIENTS = 200


async def _cold_get(port: int, path: str) -> bytes:
    """One request on a new connection (no pool, no keep-alive): what a burst of fresh clients does."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        await writer.drain()
        return await reader.read()
    finally:
        writer.close()


async def _burst(port: int, count: int, timeout: float) -> list[bytes | BaseException]:
    calls = [asyncio.wait_for(_cold_get(port, "/public/v1/status"), timeout) for _ in range(count)]
    return await asyncio.gather(*calls, return_exceptions=True)


def test_two_hundred_concurrent_cold_clients_all_answered() -> None:
    """The listen backlog holds a burst: 200 new connections at once, every one answered. (With the old backlog
    of 5 the kernel dropped SYNs and clients waited out retransmissions: 51 of 200 hit httpx's 5 s timeout.)"""
    assert _Server.request_queue_size >= COLD_CLIENTS
    with Sandbox("gmo_coin") as sandbox:
        results = asyncio.run(_burst(sandbox.port, COLD_CLIENTS, timeout=5.0))
    failures = [r for r in results if isinstance(r, BaseException)]
    assert failures == []
    answered = [r for r in results if isinstance(r, bytes)]
    assert len(answered) == COLD_CLIENTS
    assert all(r.startswith(b"HTTP/1.1 200 ") and b'"status":0' in r for r in answered)


def test_taken_port_is_one_line_and_exit_2() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        command = [sys.executable, "-m", "venuekit.sandbox", "gopax", "--port", str(port)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"python -m venuekit.sandbox: cannot listen on 127.0.0.1:{port}: port {port} is in use "
        "(choose another --port, or --port 0 for a free one)\n"
    )


def test_startup_prints_the_environment_that_points_the_sdk_here() -> None:
    command = [sys.executable, "-m", "venuekit.sandbox", "gmo_coin", "--seed", "5", "--exit-after", "0.2"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=30, check=True)
    lines = result.stdout.splitlines()
    assert "  market data moves every 1 s (seed 5: --seed 5 repeats it)" in lines
    export = next(line for line in lines if line.startswith("  point the SDK here: export "))
    assert "GMO_COIN_BASE_URL=http://127.0.0.1:" in export and "GMO_COIN_API_SECRET=testsecret" in export
    assert "GMO_COIN_WS_BASE_URL=ws://127.0.0.1:" in export


def test_environment_variables_point_clients_and_streams_at_the_sandbox(monkeypatch: pytest.MonkeyPatch) -> None:
    with Sandbox("gmo_coin") as sandbox:
        for name, value in sandbox.environ().items():
            monkeypatch.setenv(name, value)
        with gmo_coin.Client() as client:
            assert client.base_url == sandbox.url
            assert client.public.get_status().status == "OPEN"
            assert client.account.get_assets()[0].symbol == "JPY"  # signed with the sandbox's secret
        with gmo_coin.Client(environment="production") as client:  # the operator's variable wins over the code's
            assert client.base_url == sandbox.url
        with gmo_coin.Client(base_url="http://127.0.0.1:9") as client:  # ... but not over an explicit base_url
            assert client.base_url == "http://127.0.0.1:9"
        with pytest.raises(venuekit.ConfigurationError, match="unknown environment 'nope'"):
            gmo_coin.Client(environment="nope")
        stream = gmo_coin.PublicStream()
        assert stream.url == f"{sandbox.ws_url}/ws/public/v1"
        private = gmo_coin.PrivateStream(lifecycle=object())  # type: ignore[arg-type]
        assert private.url == f"{sandbox.ws_url}/ws/private/v1/{{token}}"
        assert gmo_coin.PublicStream(url="ws://elsewhere/x").url == "ws://elsewhere/x"
    monkeypatch.delenv("GMO_COIN_WS_BASE_URL")
    assert gmo_coin.PublicStream().url == "wss://api.coin.z.com/ws/public/v1"


async def _ticks_and_books(sandbox: Sandbox, ticks: int, books: int) -> tuple[list[Any], list[Any]]:
    async with gmo_coin.PublicStream(url=sandbox.stream_url("PublicStream")) as ws:
        seen: list[Any] = []
        async for tick in ws.ticker("BTC"):
            seen.append((tick.bid, tick.ask, tick.last))
            if len(seen) == ticks:
                break
        tops: list[Any] = []
        async for book in ws.order_book("BTC"):
            tops.append((book.best_bid, book.best_ask))
            if len(tops) == books:
                break
    return seen, tops


def _moving(seed: int) -> tuple[list[Any], list[Any]]:
    with Sandbox("gmo_coin", seed=seed, tick=0.01) as sandbox:
        return asyncio.run(asyncio.wait_for(_ticks_and_books(sandbox, 4, 3), 20))


def test_a_seed_repeats_the_moving_market_data() -> None:
    first, again, other = _moving(11), _moving(11), _moving(12)
    ticks, books = first
    assert first == again
    assert first != other
    assert len({tick for tick in ticks}) > 1  # it moves
    for bid, ask, _ in ticks:
        assert bid < ask
    for (bid, _), (ask, _) in books:  # every book the checked order book accepted is uncrossed
        assert bid < ask


def test_without_a_tick_only_the_examples_are_sent() -> None:
    with Sandbox("gmo_coin") as sandbox:
        assert sandbox.streams is not None and sandbox.streams.tick is None
        ticks, books = asyncio.run(asyncio.wait_for(_ticks_and_books(sandbox, 1, 1), 20))
    assert ticks == [(Decimal("750600"), Decimal("750760"), Decimal("756662"))]  # the docs' example, as is
    assert books == [((Decimal("455655"), Decimal("0.3")), (Decimal("455658"), Decimal("0.2")))]


def test_the_crossed_doc_book_is_served_uncrossed_and_the_spec_is_unchanged() -> None:
    spec = load_streams("gmo_coin")
    assert spec is not None
    channel = next(c for c in spec.channels if c.name == "orderbooks")
    documented = channel.pushes[0]
    assert Decimal(documented["bids"][0]["price"]) >= min(Decimal(a["price"]) for a in documented["asks"])
    served = uncrossed(dict(documented, bids=list(documented["bids"])), channel.book_of(channel.kinds[0]))
    assert [b["price"] for b in served["bids"]] == ["455655"]
    assert documented["bids"][0]["price"] == "455665"  # the docs' example itself is kept as documented


def test_moved_keeps_wire_types_and_places() -> None:
    spec = load_streams("gopax")
    assert spec is not None
    schema = {
        "type": "object",
        "properties": {
            "price": {"type": "number", "format": "decimal"},
            "text": {"type": "string", "format": "decimal"},
            "at": {"type": "string", "format": "date-time"},
            "ms": {"type": "integer", "format": "unix-ms"},
            "id": {"type": "string"},
        },
    }
    value = {"price": 5000000, "text": "1.2500", "at": "2020-01-01T00:00:00.000Z", "ms": 1, "id": "77"}
    result = moved(value, schema, spec, Decimal("1.001"), 1_700_000_000_123)
    assert result == {
        "price": 5005000,
        "text": "1.2512",  # 1.25125, to the nearest even
        "at": "2023-11-14T22:13:20.123Z",
        "ms": 1_700_000_000_123,
        "id": "77",
    }


def test_answer_serves_a_given_reply_after_the_checks() -> None:
    with Sandbox("gmo_coin") as sandbox:
        body = {"status": 0, "data": {"status": "OPEN", "extra": 1}, "responsetime": "2024-01-01T00:00:00.000Z"}
        sandbox.answer("getStatus", body)
        with gmo_coin.Client(base_url=sandbox.url) as client:
            raw = client.with_raw_response(client.public.get_status)
            assert raw.http_response.json()["data"]["extra"] == 1
            assert raw.parsed.additional_properties == {"extra": 1}
        with pytest.raises(KeyError, match="no operation 'nope'"):
            sandbox.answer("nope", {})
