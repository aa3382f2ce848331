"""Where the CPU time of an async call over aiohttp goes, part by part (100 tasks, hashkey_mena get_book_ticker).

    python -m benchmarks.async_parts [--rounds 6] [--seconds 1.0]

Each contender is a step between raw aiohttp and the SDK, run round by round in a shuffled order against the same
loopback server; printed: the client's CPU µs per request (median) and the median of per-round CPU ratios to raw
aiohttp (paired, so that machine load cancels out as far as it can):

- `raw aiohttp + json.loads`: `session.get(url)`, `json.loads` (the goal's reference).
- `transport.exchange, bare`: the SDK's transport call alone (cached URL, no timeouts, three headers).
- `transport.exchange, as the SDK sends`: plus the SDK's headers, per-phase timeouts and the call's deadline.
- `raw aiohttp + typed call`: raw aiohttp, plus the SDK's own work on one call outside sending (building and
  checking the request, decoding the reply into the typed model), without the SDK's send path.
- `sdk transport='aiohttp'`: the whole SDK call.

Not a goal of its own: it explains the goal rows of `make bench` (section async).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
from collections.abc import Callable, Coroutine
from typing import Any

import httpx

from venuekit import codec, hashkey_mena
from venuekit import deadline as deadlines
from venuekit.hashkey_mena.api.market import get_book_ticker

from . import rest
from .payloads import SYMBOL
from .server import Server

RAW = "raw aiohttp + json.loads"


async def _raw(base: str, tasks: int, seconds: float, typed: bool) -> float:
    import aiohttp

    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=tasks)) as session:
        url = f"{base}/quote/v1/ticker/bookTicker?symbol={SYMBOL}"

        async def call() -> object:
            async with session.get(url) as response:
                body = await response.read()
            if typed:
                return get_book_ticker.request(symbol=SYMBOL).parse(codec.loads(body))
            return json.loads(body)

        return await rest._rate(call, tasks=tasks, seconds=seconds)


async def _exchange(base: str, tasks: int, seconds: float, as_sdk: bool) -> float:
    from venuekit.transports.aiohttp import AiohttpTransport

    transport = AiohttpTransport()
    url = httpx.URL(f"{base}/quote/v1/ticker/bookTicker?symbol={SYMBOL}")
    async with hashkey_mena.AsyncClient(base_url=base, transport="aiohttp") as sdk:
        headers = sdk._direct_headers  # what the SDK sends: Host, then the httpx client's headers
    plain = [("Accept", "*/*"), ("Accept-Encoding", "gzip, deflate"), ("User-Agent", "bench")]
    phases = httpx.Timeout(10.0, connect=5.0, pool=60.0) if as_sdk else httpx.Timeout(None)

    async def call() -> object:
        with deadlines.within(60.0 if as_sdk else None):
            reply = await transport.exchange("GET", url, headers if as_sdk else plain, None, phases)
        return codec.loads(reply.content)

    try:
        return await rest._rate(call, tasks=tasks, seconds=seconds)
    finally:
        await transport.aclose()


def contenders(base: str, tasks: int, seconds: float) -> dict[str, Callable[[], Coroutine[Any, Any, float]]]:
    return {
        RAW: lambda: _raw(base, tasks, seconds, typed=False),
        "transport.exchange, bare": lambda: _exchange(base, tasks, seconds, as_sdk=False),
        "transport.exchange, as the SDK sends": lambda: _exchange(base, tasks, seconds, as_sdk=True),
        "raw aiohttp + typed call (request, decode)": lambda: _raw(base, tasks, seconds, typed=True),
        "sdk transport='aiohttp'": lambda: rest._sdk_aiohttp_rate(base, tasks, seconds),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--seconds", type=float, default=1.0)
    parser.add_argument("--tasks", type=int, default=100)
    args = parser.parse_args(argv)
    cpu: dict[str, list[float]] = {}
    with Server(max_seconds=600) as server:
        runs = contenders(server.base, args.tasks, args.seconds)
        order = list(runs)
        rng = random.Random(3)
        for _ in range(args.rounds):
            rng.shuffle(order)
            for name in order:
                asyncio.run(runs[name]())
                cpu.setdefault(name, []).append(rest.LAST_CPU_US[0])
    print(f"{'contender':46s} {'CPU µs/req':>10s} {'/ raw (paired)':>15s}")
    for name in runs:
        ratio = statistics.median(a / b for a, b in zip(cpu[name], cpu[RAW], strict=True))
        print(f"{name:46s} {statistics.median(cpu[name]):10.0f} {ratio:15.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
