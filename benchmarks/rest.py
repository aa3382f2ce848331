"""Per-call cost of REST calls (sync) and request rates under 100 concurrent tasks (async).

Contenders for the same 200-level HashKey depth response (and two signed calls):

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
        return json.loads(self.http.get(self.base + "/quote/v1/depth?" + DEPTH_QUERY).content)

    def sdk_depth(self) -> object:
        return self.hk.market.get_depth(symbol=SYMBOL, limit=200)

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


def sync_groups(c: SyncContenders, *, rounds: int, batch: int) -> dict[str, dict[str, Samples]]:
    """Three interleaved groups: the public depth call, HashKey's signed account call, GMO's signed assets."""
    depth: dict[str, Callable[[], object]] = {
        "http.client + json.loads": c.http_client,
        "raw httpx + json.loads": c.raw_depth,
        "sdk hashkey_mena market.get_depth": c.sdk_depth,
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
        "hk_account": interleave(account, rounds=rounds, batch=batch),
        "gmo_assets": interleave(gmo, rounds=rounds, batch=batch),
    }


# --- async: requests/s with 100 concurrent tasks ---------------------------------------------------
AsyncCall = Callable[[], Awaitable[object]]
LAST_CPU_US = [0.0]


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


async def _raw_httpx_rate(base: str, tasks: int, seconds: float, transport: Any = None) -> float:
    limits = httpx.Limits(max_connections=tasks, max_keepalive_connections=tasks)
    async with httpx.AsyncClient(limits=limits, transport=transport) as http:
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


def async_contenders(base: str, *, tasks: int, seconds: float) -> dict[str, Callable[[], float]]:
    """name -> a function running one timed round (its own event loop) and returning requests/s."""
    keepalive = httpx.Limits(max_connections=tasks, max_keepalive_connections=tasks)
    contenders: dict[str, Callable[[], float]] = {
        "sdk, httpx default transport": lambda: asyncio.run(_sdk_rate(base, {}, tasks, seconds)),
        "sdk, httpx transport, keep-alive pool 100": lambda: asyncio.run(
            _sdk_rate(base, {"limits": keepalive}, tasks, seconds)
        ),
        "raw httpx.AsyncClient (pool 100) + json.loads": lambda: asyncio.run(_raw_httpx_rate(base, tasks, seconds)),
    }
    aiohttp = optional("aiohttp")
    if aiohttp is not None:
        from venuekit.transports.aiohttp import AiohttpTransport

        def sdk_aiohttp() -> float:
            async def run() -> float:
                return await _sdk_rate(base, {"transport": AiohttpTransport(limit=tasks)}, tasks, seconds)

            return asyncio.run(run())

        def raw_httpx_aiohttp() -> float:
            async def run() -> float:
                return await _raw_httpx_rate(base, tasks, seconds, AiohttpTransport(limit=tasks))

            return asyncio.run(run())

        contenders["sdk, AiohttpTransport"] = sdk_aiohttp
        contenders["raw httpx.AsyncClient + AiohttpTransport + json.loads"] = raw_httpx_aiohttp
        contenders["raw aiohttp + json.loads"] = lambda: asyncio.run(_raw_aiohttp_rate(aiohttp, base, tasks, seconds))
    return contenders


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
