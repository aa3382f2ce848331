"""Per-call cost of REST calls (sync) and request rates under concurrent tasks (async).

Contenders for the same HashKey depth response (200 and 100 levels per side; 10 to 5,000 for the slope) and
two signed calls:

- `http.client + json.loads`: the floor on this machine.
- `raw httpx`: a hand-written `httpx.Client.get` (signing the same request where the SDK signs) + `json.loads`.
- `sdk`: the typed call: argument checks, signing, send, envelope check, parsing into attrs models with Decimal.
- `ccxt implicit` / `ccxt unified`: ccxt's `hashkey` (HashKey Global) pointed at the local server:
  `publicGetQuoteV1Depth` (dicts of strings) and `fetch_order_book` (floats).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import http.client
import importlib
import inspect
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from venuekit import gmo_coin, hashkey_mena

from .harness import Samples, interleave
from .payloads import SYMBOL

KEY = "bench-api-key-0123456789"
SECRET = "bench-api-secret-0123456789"
DEPTH_QUERY = f"symbol={SYMBOL}&limit=200"


def _quiet(cls: Callable[..., Any], **kwargs: Any) -> Any:
    """Build an SDK client with client-side rate limiting off where the constructor has the switch: the
    benchmarks measure the call path, and HashKey's documented 2 signed GETs/s would otherwise be the figure."""
    if "rate_limit" in inspect.signature(cls).parameters:
        kwargs["rate_limit"] = False
    return cls(**kwargs)


def optional(module: str) -> Any | None:
    """An optional bench dependency (ccxt, msgspec, aiohttp), or None when it is not installed."""
    try:
        return importlib.import_module(module)
    except ImportError:
        return None


def read_levels(levels: Any) -> list[tuple[Any, Any]]:
    """Every price and size of one side of a book. Raw and SDK depth contenders both read their whole book, so
    that a book whose levels are converted on first read pays for the conversion in the figure."""
    return [(level[0], level[1]) for level in levels]


class SyncContenders:
    """Every sync contender, sharing one local server; `close()` releases the connections."""

    def __init__(self, base: str, port: int, *, with_ccxt: bool = True) -> None:
        self.base = base
        self.http = httpx.Client()
        self.conn = http.client.HTTPConnection("127.0.0.1", port)
        self.hk = _quiet(hashkey_mena.Client, base_url=base)
        self.hk_signed = _quiet(hashkey_mena.Client, api_key=KEY, api_secret=SECRET, base_url=base)
        self.gmo = _quiet(gmo_coin.Client, api_key=KEY, api_secret=SECRET, base_url=base)
        self.secret = SECRET.encode()
        self.ccxt: Any | None = None
        ccxt = optional("ccxt") if with_ccxt else None
        if ccxt is not None:
            exchange = ccxt.hashkey({"enableRateLimit": False, "apiKey": KEY, "secret": SECRET})
            exchange.urls["api"] = {"public": base, "private": base}
            exchange.load_markets()
            self.ccxt = exchange

    def close(self) -> None:
        self.http.close()
        self.conn.close()
        self.hk.close()
        self.hk_signed.close()
        self.gmo.close()
        if self.ccxt is not None:
            self.ccxt.session.close()

    # --- public: 200-level order book ------------------------------------------------------------
    def http_client(self) -> object:
        self.conn.request("GET", "/quote/v1/depth?" + DEPTH_QUERY)
        return json.loads(self.conn.getresponse().read())

    def raw_depth(self) -> object:
        body = json.loads(self.http.get(self.base + "/quote/v1/depth?" + DEPTH_QUERY).content)
        return read_levels(body["b"]), read_levels(body["a"])

    def sdk_depth(self) -> object:
        return self.hk.market.get_depth(symbol=SYMBOL, limit=200)

    # --- the same call for a book of n levels per side (the server reads n from `symbol=L<n>`) ------
    def raw_depth_n(self, n: int) -> Callable[[], object]:
        url = f"{self.base}/quote/v1/depth?symbol=L{n}&limit={min(n, 200)}"

        def call() -> object:
            body = json.loads(self.http.get(url).content)
            return read_levels(body["b"]), read_levels(body["a"])

        return call

    def sdk_depth_n(self, n: int) -> Callable[[], object]:
        get, symbol, limit = self.hk.market.get_depth, f"L{n}", min(n, 200)

        def call() -> object:
            book = get(symbol=symbol, limit=limit)
            return read_levels(book.b), read_levels(book.a)

        return call

    def ccxt_implicit_n(self, n: int) -> Callable[[], object]:
        assert self.ccxt is not None
        fetch, params = self.ccxt.publicGetQuoteV1Depth, {"symbol": f"L{n}", "limit": min(n, 200)}
        return lambda: fetch(params)

    def ccxt_implicit(self) -> object:
        assert self.ccxt is not None
        return self.ccxt.publicGetQuoteV1Depth({"symbol": SYMBOL, "limit": 200})

    def ccxt_unified(self) -> object:
        assert self.ccxt is not None
        return self.ccxt.fetch_order_book("BTC/USDT", 200)

    # --- signed: HashKey account ------------------------------------------------------------------
    def raw_hk_account(self) -> object:
        query = f"timestamp={time.time_ns() // 1_000_000}"
        signature = hmac.new(self.secret, query.encode(), hashlib.sha256).hexdigest()
        url = f"{self.base}/api/v1/account?{query}&signature={signature}"
        return json.loads(self.http.get(url, headers={"X-HK-APIKEY": KEY}).content)

    def sdk_hk_account(self) -> object:
        return self.hk_signed.account.get_account()

    def ccxt_hk_account(self) -> object:
        assert self.ccxt is not None
        return self.ccxt.privateGetApiV1Account()

    # --- signed: GMO Coin assets ------------------------------------------------------------------
    def raw_gmo_assets(self) -> object:
        timestamp = str(time.time_ns() // 1_000_000)
        text = timestamp + "GET" + "/v1/account/assets"
        sign = hmac.new(self.secret, text.encode(), hashlib.sha256).hexdigest()
        headers = {"API-KEY": KEY, "API-TIMESTAMP": timestamp, "API-SIGN": sign}
        body = json.loads(self.http.get(self.base + "/private/v1/account/assets", headers=headers).content)
        return body["data"]

    def sdk_gmo_assets(self) -> object:
        return self.gmo.account.get_assets()


SLOPE_SIZES = (10, 1000, 5000)
"""Levels per side of the depth call at which the per-level slope is measured."""


def sync_groups(c: SyncContenders, *, rounds: int, batch: int) -> dict[str, dict[str, Samples]]:
    """Interleaved groups: the public depth call (200 and 100 levels per side), HashKey's signed account call,
    GMO's signed assets call."""
    depth: dict[str, Callable[[], object]] = {
        "http.client + json.loads": c.http_client,
        "raw httpx + json.loads": c.raw_depth,
        "sdk hashkey_mena market.get_depth": c.sdk_depth_n(200),
    }
    depth100: dict[str, Callable[[], object]] = {
        "raw httpx + json.loads (100/side)": c.raw_depth_n(100),
        "sdk hashkey_mena market.get_depth (100/side)": c.sdk_depth_n(100),
    }
    account: dict[str, Callable[[], object]] = {
        "raw httpx signed + json.loads": c.raw_hk_account,
        "sdk hashkey_mena account.get_account": c.sdk_hk_account,
    }
    if c.ccxt is not None:
        depth["ccxt implicit publicGetQuoteV1Depth"] = c.ccxt_implicit
        depth["ccxt unified fetch_order_book"] = c.ccxt_unified
        account["ccxt implicit privateGetApiV1Account"] = c.ccxt_hk_account
    gmo: dict[str, Callable[[], object]] = {
        "raw httpx signed + json.loads": c.raw_gmo_assets,
        "sdk gmo_coin account.get_assets": c.sdk_gmo_assets,
    }
    return {
        "depth": interleave(depth, rounds=rounds, batch=batch),
        "depth100": interleave(depth100, rounds=rounds, batch=batch),
        "hk_account": interleave(account, rounds=rounds, batch=batch),
        "gmo_assets": interleave(gmo, rounds=rounds, batch=batch),
    }


def slope_group(c: SyncContenders, *, rounds: int, batch: int) -> dict[str, Samples]:
    """The depth call at each of `SLOPE_SIZES` levels per side, raw httpx, SDK and ccxt implicit interleaved."""
    calls: dict[str, Callable[[], object]] = {}
    for n in SLOPE_SIZES:
        calls[f"raw httpx + json.loads, {n}/side"] = c.raw_depth_n(n)
        calls[f"sdk get_depth + read every level, {n}/side"] = c.sdk_depth_n(n)
        if c.ccxt is not None:
            calls[f"ccxt implicit publicGetQuoteV1Depth, {n}/side"] = c.ccxt_implicit_n(n)
    return interleave(calls, rounds=rounds, batch=batch, warmup=3)


def slope(samples: dict[str, Samples], prefix: str, *, cpu: bool = True) -> float:
    """µs per level (both sides) of a contender: least-squares line through its medians at `SLOPE_SIZES`."""
    points = []
    for n in SLOPE_SIZES:
        found = samples.get(f"{prefix}, {n}/side")
        if found is None:
            return float("nan")
        points.append((2 * n, found.cpu_median if cpu else found.median))
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    den = sum((x - mean_x) ** 2 for x, _ in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / den


# --- async: requests/s with 100 concurrent tasks ---------------------------------------------------
AsyncCall = Callable[[], Awaitable[object]]
LAST_CPU_US = [0.0]
ON_WINDOW_START: list[Callable[[], None] | None] = [None]
"""Called when a rate's timed window starts (benchmarks.profile attaches the profiler then)."""


async def _rate(call: AsyncCall, *, tasks: int, seconds: float) -> float:
    """Completed calls per second with `tasks` tasks calling back to back for `seconds` (after a warm-up).
    The client's CPU time per call is left in `LAST_CPU_US[0]`."""
    done = 0
    stop = False

    async def worker() -> None:
        nonlocal done
        while not stop:
            await call()
            done += 1

    # Warm-up: open the connections, fill the pools.
    await asyncio.gather(*(call() for _ in range(tasks)))
    workers = [asyncio.create_task(worker()) for _ in range(tasks)]
    await asyncio.sleep(0.2)
    if ON_WINDOW_START[0] is not None:
        ON_WINDOW_START[0]()
    start_done, start, cpu_start = done, time.perf_counter(), time.process_time()
    await asyncio.sleep(seconds)
    calls = done - start_done
    rate = calls / (time.perf_counter() - start)
    LAST_CPU_US[0] = (time.process_time() - cpu_start) / max(calls, 1) * 1e6
    stop = True
    await asyncio.gather(*workers)
    return rate


async def _sdk_rate(base: str, httpx_args: dict[str, Any], tasks: int, seconds: float) -> float:
    client = _quiet(hashkey_mena.AsyncClient, base_url=base, httpx_args=httpx_args)
    async with client:

        async def call() -> object:
            return await client.market.get_book_ticker(symbol=SYMBOL)

        return await _rate(call, tasks=tasks, seconds=seconds)


async def _raw_httpx_rate(base: str, tasks: int, seconds: float, limits: httpx.Limits | None) -> float:
    args: dict[str, Any] = {} if limits is None else {"limits": limits}
    async with httpx.AsyncClient(**args) as http:
        url = f"{base}/quote/v1/ticker/bookTicker?symbol={SYMBOL}"

        async def call() -> object:
            return json.loads((await http.get(url)).content)

        return await _rate(call, tasks=tasks, seconds=seconds)


async def _raw_aiohttp_rate(aiohttp: Any, base: str, tasks: int, seconds: float) -> float:
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=tasks)) as session:
        url = f"{base}/quote/v1/ticker/bookTicker?symbol={SYMBOL}"

        async def call() -> object:
            async with session.get(url) as response:
                return json.loads(await response.read())

        return await _rate(call, tasks=tasks, seconds=seconds)


async def _ccxt_rate(base: str, tasks: int, seconds: float) -> float:
    ccxt_async: Any = optional("ccxt.async_support")
    exchange = ccxt_async.hashkey({"enableRateLimit": False})
    exchange.urls["api"] = {"public": base, "private": base}
    try:

        async def call() -> object:
            return await exchange.publicGetQuoteV1TickerBookTicker({"symbol": SYMBOL})

        return await _rate(call, tasks=tasks, seconds=seconds)
    finally:
        await exchange.close()


SDK_DEFAULT = "sdk AsyncClient, default settings"
SDK_AIOHTTP = "sdk AsyncClient, transport='aiohttp'"
RAW_HTTPX_DEFAULT = "raw httpx.AsyncClient (default settings) + json.loads"
RAW_HTTPX_POOL = "raw httpx.AsyncClient (keep-alive pool of 100) + json.loads"
RAW_AIOHTTP = "raw aiohttp + json.loads"
CCXT_ASYNC = "ccxt async implicit publicGetQuoteV1TickerBookTicker"
SDK_DEFAULT_500 = "sdk AsyncClient, default settings, 500 tasks"


def async_contenders(base: str, *, tasks: int, seconds: float) -> dict[str, Callable[[], float]]:
    """name -> a function running one timed round (its own event loop) and returning requests/s."""
    pool = httpx.Limits(max_connections=tasks, max_keepalive_connections=tasks)
    contenders: dict[str, Callable[[], float]] = {
        SDK_DEFAULT: lambda: asyncio.run(_sdk_rate(base, {}, tasks, seconds)),
        RAW_HTTPX_DEFAULT: lambda: asyncio.run(_raw_httpx_rate(base, tasks, seconds, None)),
        RAW_HTTPX_POOL: lambda: asyncio.run(_raw_httpx_rate(base, tasks, seconds, pool)),
        SDK_DEFAULT_500: lambda: asyncio.run(_sdk_rate(base, {}, 500, seconds)),
    }
    aiohttp = optional("aiohttp")
    if aiohttp is not None:
        contenders[SDK_AIOHTTP] = lambda: asyncio.run(_sdk_aiohttp_rate(base, tasks, seconds))
        contenders[RAW_AIOHTTP] = lambda: asyncio.run(_raw_aiohttp_rate(aiohttp, base, tasks, seconds))
        if optional("ccxt") is not None:
            contenders[CCXT_ASYNC] = lambda: asyncio.run(_ccxt_rate(base, tasks, seconds))
    return contenders


async def _sdk_aiohttp_rate(base: str, tasks: int, seconds: float) -> float:
    """The SDK's documented high-concurrency set-up: `transport="aiohttp"` where the client has the switch,
    else (older trees) `AiohttpTransport` passed through httpx_args."""
    if "transport" in inspect.signature(hashkey_mena.AsyncClient).parameters:
        client = _quiet(hashkey_mena.AsyncClient, base_url=base, transport="aiohttp")
    else:
        from venuekit.transports.aiohttp import AiohttpTransport

        client = _quiet(hashkey_mena.AsyncClient, base_url=base, httpx_args={"transport": AiohttpTransport()})
    async with client:

        async def call() -> object:
            return await client.market.get_book_ticker(symbol=SYMBOL)

        return await _rate(call, tasks=tasks, seconds=seconds)


def async_rates(base: str, *, tasks: int, seconds: float, rounds: int) -> dict[str, Samples]:
    """req/s per contender (`values`), and the client's CPU µs per request (`cpu`)."""
    import random

    contenders = async_contenders(base, tasks=tasks, seconds=seconds)
    results = {name: Samples(name) for name in contenders}
    order = list(contenders)
    rng = random.Random(2)
    for _ in range(rounds):
        rng.shuffle(order)
        for name in order:
            results[name].values.append(contenders[name]())
            results[name].cpu.append(LAST_CPU_US[0])
    return results
