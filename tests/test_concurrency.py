"""One client shared by many threads or tasks: every response reaches the call that asked for it."""

from __future__ import annotations

import asyncio
import json
import threading
from urllib.parse import parse_qs, urlsplit

import httpx

from venuekit import gmo_coin

from .contract.support import doc_example, load_spec, operations
from .loopback import serve

SPEC = load_spec("gmo_coin")
TICKER = doc_example(SPEC, operations(SPEC)["getTicker"][3])


REQUESTS_PER_WORKER = 2
"""Each thread or task asks a few times in a row (on a connection another worker used before it): what is proved
is that every reply reaches its own caller while all of them share one pool, which the number of workers
exercises; more rounds per worker only repeat it (20 rounds of 500 tasks took a quarter of the suite)."""


def echo_symbol(method: str, target: str, body: bytes) -> tuple[int, bytes]:
    symbol = parse_qs(urlsplit(target).query)["symbol"][0]
    reply = dict(TICKER, data=[dict(TICKER["data"][0], symbol=symbol)])
    return 200, json.dumps(reply).encode()


def test_one_sync_client_shared_by_32_threads() -> None:
    mismatches: list[tuple[str, str]] = []
    with serve(echo_symbol) as base_url, gmo_coin.Client(base_url=base_url) as client:

        def work(worker: int) -> None:
            for i in range(REQUESTS_PER_WORKER):
                asked = f"T{worker}-{i}"
                got = client.public.get_ticker(symbol=asked)[0].symbol
                if got != asked:
                    mismatches.append((asked, got))

        threads = [threading.Thread(target=work, args=(n,)) for n in range(32)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert mismatches == []


def test_one_async_client_shared_by_500_tasks() -> None:
    async def run(base_url: str) -> list[tuple[str, str]]:
        mismatches: list[tuple[str, str]] = []
        # httpcore's async pool slows down as more requests wait on it; 20 connections serve 500
        # tasks faster than 100 would (see benchmarks/RESULTS.md for the faster aiohttp transport).
        limits = httpx.Limits(max_connections=20, max_keepalive_connections=20)
        # No deadline: under this much local contention a task may wait long for a pooled connection,
        # which is what this test exercises, not the deadline (tests/hardening/test_deadlines.py).
        async with gmo_coin.AsyncClient(base_url=base_url, httpx_args={"limits": limits}, deadline=None) as client:

            async def work(worker: int) -> None:
                for i in range(REQUESTS_PER_WORKER):
                    asked = f"A{worker}-{i}"
                    got = (await client.public.get_ticker(symbol=asked))[0].symbol
                    if got != asked:
                        mismatches.append((asked, got))

            await asyncio.gather(*(work(n) for n in range(500)))
        return mismatches

    with serve(echo_symbol) as base_url:
        assert asyncio.run(run(base_url)) == []
