"""WebSocket streams: typed ticker messages per second and order-book snapshots applied per second.

Uses the generated `gmo_coin.streams.PublicStream` (venuekit/streams runtime). The local server
(`benchmarks.server`, another process) answers the subscribe command with N frames sent as fast as the socket
takes them; the figure is messages consumed by `async for` per second, from subscribing to the N-th message.

Two more figures split the cost:

- `pipeline (no socket)`: the stream's own frame path (`Stream._on_frame`: JSON decode, routing, `from_dict`,
  subscription queue) fed in process, without websockets or the socket;
- `decode only`: `codec.loads` + `Ticker.from_dict` per frame.

If the stream runtime is missing or its API changed, `available()` says why and the section is skipped.
"""

from __future__ import annotations

import asyncio
import dataclasses
import time
from typing import Any

from venuekit import codec

from . import payloads


def available() -> str | None:
    """None when the streams can be benchmarked, else the reason they cannot."""
    try:
        from venuekit.gmo_coin import streams  # noqa: F401
        from venuekit.gmo_coin.stream_models import Orderbook, Ticker  # noqa: F401
    except ImportError as exc:
        return f"venuekit.gmo_coin.streams not importable ({exc})"
    return None


def _options(count: int) -> Any:
    from venuekit.gmo_coin import streams

    return dataclasses.replace(
        streams.PublicStream.DEFAULT_OPTIONS,
        ping_interval=None,
        ping_timeout=None,
        command_interval=0.0,
        max_queue=count + 10,
        proxy=None,
        max_size=None,
    )


Rate = tuple[float, float]
"""(messages per wall-clock second, messages per second of this process's CPU time)."""


async def _ticker_rate(ws_base: str, count: int) -> Rate:
    from venuekit.gmo_coin import streams

    stream = streams.PublicStream(url=f"{ws_base}/ws/ticker?n={count}", options=_options(count))
    async with stream:
        await stream.wait_connected(10)
        start, cpu_start = time.perf_counter(), time.process_time()
        seen = 0
        subscription = stream.ticker("BTC")
        async for _ in subscription:
            seen += 1
            if seen == count:
                break
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        dropped = subscription.dropped
    if dropped:
        raise RuntimeError(f"{dropped} ticker messages dropped")
    return count / elapsed, count / cpu


async def _book_rate(ws_base: str, count: int) -> Rate:
    from venuekit.gmo_coin import streams

    stream = streams.PublicStream(url=f"{ws_base}/ws/book?n={count}", options=_options(count))
    async with stream:
        await stream.wait_connected(10)
        start, cpu_start = time.perf_counter(), time.process_time()
        seen = 0
        books = stream.order_book("BTC")
        async for _ in books:
            seen += 1
            if seen == count:
                break
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        if not books.book.valid or books.resyncs:
            raise RuntimeError(f"order book invalid after the run (resyncs {books.resyncs}: {books.last_error})")
    return count / elapsed, count / cpu


async def _raw_ticker_rate(ws_base: str, count: int) -> Rate:
    """The floor: `websockets` itself, `json.loads` of every frame, nothing else."""
    import json

    from websockets.asyncio.client import connect

    async with connect(f"{ws_base}/ws/ticker?n={count}", max_size=None, ping_interval=None) as ws:
        await ws.send('{"command":"subscribe","channel":"ticker","symbol":"BTC"}')
        start, cpu_start = time.perf_counter(), time.process_time()
        loads, recv = json.loads, ws.recv
        for _ in range(count):
            loads(await recv())
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    return count / elapsed, count / cpu


def raw_ticker_rate(ws_base: str, count: int) -> Rate:
    return asyncio.run(_raw_ticker_rate(ws_base, count))


def ticker_rate(ws_base: str, count: int) -> Rate:
    return asyncio.run(_ticker_rate(ws_base, count))


def book_rate(ws_base: str, count: int) -> Rate:
    return asyncio.run(_book_rate(ws_base, count))


def pipeline_rate(count: int) -> Rate:
    """Ticker frames per second through `Stream._on_frame` and the subscription queue, no socket."""
    from venuekit.gmo_coin import streams

    frames = [payloads.gmo_ticker(i) for i in range(1000)]

    async def run() -> Rate:
        stream = streams.PublicStream(url="ws://127.0.0.1:9/unused", options=_options(count))
        subscription = stream.ticker("BTC")
        on_frame = stream._on_frame
        start, cpu_start = time.perf_counter(), time.process_time()
        got = 0
        for i in range(count):
            on_frame(frames[i % 1000])
            if i % 1000 == 999:
                while got <= i:
                    await subscription.__anext__()
                    got += 1
        while got < count:
            await subscription.__anext__()
            got += 1
        return count / (time.perf_counter() - start), count / (time.process_time() - cpu_start)

    return asyncio.run(run())


def decode_rate(count: int) -> Rate:
    """`codec.loads` + `Ticker.from_dict` per second."""
    from venuekit.gmo_coin.stream_models import Ticker

    frames = [payloads.gmo_ticker(i) for i in range(1000)]
    loads, parse = codec.loads, Ticker.from_dict
    start, cpu_start = time.perf_counter(), time.process_time()
    for i in range(count):
        parse(loads(frames[i % 1000]))
    return count / (time.perf_counter() - start), count / (time.process_time() - cpu_start)
