"""Measured expected gains of the RESULTS.md proposals: each proposal monkeypatched into this process.

    python -m benchmarks.experiments [--quick] [--only NAME,...]

Every experiment interleaves "current" and "patched" contenders round by round (a patch is applied around each
patched call and undone right after, so both run in the same process under the same load) and prints medians and
the gain. Ladders add one proposal at a time on top of the previous ones. Nothing here changes the repository's
code: the candidate implementations are in `benchmarks.fastpaths`.
"""

from __future__ import annotations

import argparse
import asyncio
import http.cookiejar
import json
import os
import subprocess
import sys
import tempfile
import time
import types
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import httpx

from venuekit import check, codec

from . import fastpaths, payloads, streams
from .harness import Samples, interleave, paired_ratio
from .rest import SECRET, SyncContenders, _quiet
from .server import Server

Patch = tuple[Any, str, Any]


@contextmanager
def patched(patches: Sequence[Patch]) -> Iterator[None]:
    saved = [
        (obj, name, obj.__dict__[name] if isinstance(obj, type) else getattr(obj, name)) for obj, name, _ in patches
    ]
    try:
        for obj, name, value in patches:
            setattr(obj, name, value)
        yield
    finally:
        for obj, name, value in reversed(saved):
            setattr(obj, name, value)


def under(patches: Sequence[Patch], fn: Callable[[], object]) -> Callable[[], object]:
    if not patches:
        return fn

    def run() -> object:
        with patched(patches):
            return fn()

    return run


def _report(title: str, results: dict[str, Samples], unit: str = "µs") -> None:
    """Wall and CPU medians; the gain is the paired ratio against the first contender, by CPU time where it was
    measured (steadier on a shared machine), else by wall time."""
    names = list(results)
    base = results[names[0]]
    print(f"\n### {title}")
    print(f"  {'wall':>12}    {'CPU':>12}")
    for name in names:
        samples = results[name]
        by_cpu = bool(samples.cpu and base.cpu)
        cpu = f"{samples.cpu_median:12,.1f} {unit}" if samples.cpu else " " * (13 + len(unit))
        gain = ""
        if samples is not base:
            gain = f"  x{paired_ratio(base, samples, cpu=by_cpu):.2f} vs '{names[0]}' ({'CPU' if by_cpu else 'wall'})"
        print(f"  {samples.median:12,.1f} {unit}  {cpu}  {name}{gain}")


def _ladder(
    title: str, fn: Callable[[], object], steps: Sequence[tuple[str, Sequence[Patch]]], rounds: int, batch: int
) -> dict[str, Samples]:
    contenders: dict[str, Callable[[], object]] = {}
    applied: list[Patch] = []
    contenders["current"] = fn
    for label, patches in steps:
        applied = [*applied, *patches]
        contenders[f"+ {label}"] = under(list(applied), fn)
    results = interleave(contenders, rounds=rounds, batch=batch, warmup=3)
    _report(title, results)
    return results


def _codec_steps() -> list[tuple[str, Sequence[Patch]]]:
    return [
        ("P1 codec.loads: one shared JSONDecoder", [(codec, "loads", fastpaths.loads)]),
        ("P2 parse_decimal exact-type fast path", [(codec, "parse_decimal", fastpaths.parse_decimal)]),
        ("P3 parse_unix integer fast path", [(codec, "parse_unix", fastpaths.parse_unix)]),
        ("P4 parse_datetime: fromisoformat first", [(codec, "parse_datetime", fastpaths.parse_datetime)]),
    ]


def _template_steps(case: str) -> list[tuple[str, Sequence[Patch]]]:
    from venuekit.hashkey_mena.models import Kline, OrderBook

    if case == "book":
        return [("P5 template: comprehensions for nested Decimal lists", [(OrderBook, "from_dict", _book_template())])]
    if case == "klines":
        original = Kline.from_dict
        return [
            (
                "P5 template: index positional arrays directly",
                [(Kline, "from_dict", classmethod(fastpaths.make_kline_from_dict(original)))],
            )
        ]
    return []


def _book_template() -> classmethod[Any, Any, Any]:
    return classmethod(fastpaths.order_book_from_dict)


def exp_decode(rounds: int, batch: int) -> None:
    from . import decode

    for case in decode.CASES:
        fns, _ = decode.contenders(case)
        sdk = fns["sdk codec.loads + generated _parse"]
        steps = _codec_steps() + _template_steps(case)
        results = _ladder(f"decode {decode.TITLES[case]} (µs per decode)", sdk, steps, rounds, batch)
        floor = interleave({"json.loads": fns["json.loads"]}, rounds=rounds, batch=batch, warmup=3)["json.loads"]
        last = results[list(results)[-1]]
        print(
            f"  sdk/json_loads (CPU): {results['current'].cpu_median / floor.cpu_median:.2f} now -> "
            f"{last.cpu_median / floor.cpu_median:.2f} with all of the above (json.loads {floor.cpu_median:,.0f} µs)"
        )


def exp_in_function_import(rounds: int, batch: int) -> None:
    """P6: the generated `from ..models.trade_fee import TradeFee` inside `AccountTrade.from_dict` runs per object."""
    from venuekit.hashkey_mena.models import trade_fee

    def with_import() -> object:
        from venuekit.hashkey_mena.models.trade_fee import TradeFee

        return TradeFee

    def hoisted() -> object:
        return trade_fee.TradeFee

    results = interleave({"import inside from_dict": with_import, "hoisted": hoisted}, rounds=rounds, batch=batch * 300)
    _report("P6 nested-model import inside from_dict (µs per object decoded)", results)


def exp_stream(rounds: int, count: int) -> None:
    from venuekit.streams import connection

    def pipeline() -> object:
        return streams.pipeline_rate(count)

    steps: list[tuple[str, Sequence[Patch]]] = [
        *_codec_steps(),
        ("P7 routes compiled once per channel", [(connection, "_matches", fastpaths.make_fast_matches())]),
    ]
    results = _ladder(f"stream pipeline, {count:,} GMO tickers (µs per run)", pipeline, steps, rounds, 1)
    for name, samples in results.items():
        wall, cpu = count / samples.median * 1e6, count / samples.cpu_median * 1e6
        print(f"  {wall:12,.0f} msg/s wall  {cpu:12,.0f} msg/CPU-s  {name}")


def exp_validators(rounds: int, batch: int) -> None:
    """P8: the generated `request()` builds `check.limited(check.integer, maximum=200)` (a closure, two Decimal
    conversions) on every call; a module-level checker built once at import does the same check."""
    prebuilt = check.limited(check.integer, maximum=200)

    def per_call() -> object:
        return check.limited(check.integer, maximum=200)("limit", 200)

    def once() -> object:
        return prebuilt("limit", 200)

    results = interleave({"built per call (current)": per_call, "built once": once}, rounds=rounds, batch=batch * 100)
    _report("P8 the `limit` argument check of hashkey_mena get_depth (µs per call)", results)


class _NoCookies(http.cookiejar.CookieJar):
    """A jar that never stores: httpx still builds its compat objects, but the jar's parsing is skipped."""

    def extract_cookies(self, response: Any, request: Any) -> None:
        return None


def exp_cookies(rounds: int, batch: int) -> None:
    """P9: httpx runs every response through its cookie jar (`Cookies.extract_cookies`); the SDK never uses
    cookies. Cost per response of the default jar vs a jar that ignores them (`httpx_args={"cookies": jar}`)."""
    request = httpx.Request("GET", "https://api-pro.hashkey.com/quote/v1/depth?symbol=BTCUSDT&limit=200")
    response = httpx.Response(200, headers={"Content-Type": "application/json"}, content=b"{}", request=request)
    default, ignoring = httpx.Cookies(), httpx.Cookies(_NoCookies())
    results = interleave(
        {
            "default jar": lambda: default.extract_cookies(response),
            "jar that ignores cookies": lambda: ignoring.extract_cookies(response),
        },
        rounds=rounds,
        batch=batch * 100,
    )
    _report("P9 cookie extraction per response (µs)", results)


def _url_cache() -> Patch:
    """P13: `_ClientCore._url` returning a parsed `httpx.URL` from a small LRU cache keyed by the URL string, so
    a repeated call (polling the same book) does not re-parse its URL in `build_request`."""
    import functools

    from venuekit.client import _ClientCore

    original = _ClientCore._url

    @functools.lru_cache(maxsize=512)
    def parsed(url: str) -> httpx.URL:
        return httpx.URL(url)

    def cached(self: Any, call: Any) -> Any:
        return parsed(original(self, call))

    return (_ClientCore, "_url", cached)


def exp_per_call(rounds: int, batch: int) -> None:
    """The proposals together on the real loopback call (200-level depth), against raw httpx."""
    from venuekit import hashkey_mena

    with Server(max_seconds=600) as server:
        c = SyncContenders(server.base, server.port, with_ccxt=False)
        jarless = _quiet(hashkey_mena.Client, base_url=server.base, httpx_args={"cookies": _NoCookies()})
        decode_patches = [patch for _, patches in _codec_steps() + _template_steps("book") for patch in patches]
        with_url = [*decode_patches, _url_cache()]
        try:
            contenders: dict[str, Callable[[], object]] = {
                "sdk get_depth (current)": c.sdk_depth,
                "+ P1-P5 decode fast paths": under(decode_patches, c.sdk_depth),
                "+ P13 parsed-URL cache": under(with_url, c.sdk_depth),
                "+ P9 cookie jar that ignores cookies": under(
                    with_url, lambda: jarless.market.get_depth(symbol=payloads.SYMBOL, limit=200)
                ),
                "raw httpx + json.loads": c.raw_depth,
            }
            results = interleave(contenders, rounds=rounds, batch=batch)
            _report("per call, 200-level depth on loopback (µs per call)", results)
            raw = results["raw httpx + json.loads"]
            for name in list(contenders)[:-1]:
                wall, cpu = paired_ratio(results[name], raw), paired_ratio(results[name], raw, cpu=True)
                print(f"  sdk/raw {wall:.2f} (client CPU {cpu:.2f})  {name}")
        finally:
            jarless.close()
            c.close()


def exp_budget(rounds: int, batch: int) -> None:
    """Where the SDK's extra CPU time on the 200-level depth call goes, step by step, in process (no I/O)."""
    from venuekit import client as runtime
    from venuekit import hashkey_mena
    from venuekit.hashkey_mena.api.market import get_depth

    body = payloads.depth(200)
    url = "http://127.0.0.1:9/quote/v1/depth?symbol=BTCUSDT&limit=200"
    sdk = _quiet(hashkey_mena.Client, base_url="http://127.0.0.1:9")
    http = httpx.Client()
    call = get_depth.request(symbol=payloads.SYMBOL, limit=200)
    response = httpx.Response(200, content=body, request=httpx.Request("GET", url))
    decoded = codec.loads(body)
    envelope = hashkey_mena.Client.venue.envelope
    parse = call.parse
    errors = hashkey_mena.Client.venue.errors
    book = _book_template()
    steps: dict[str, Callable[[], object]] = {
        "1 get_depth.request(): argument checks + Call": lambda: get_depth.request(symbol=payloads.SYMBOL, limit=200),
        "2 SDK _build_request (URL string + httpx build_request)": lambda: runtime._build_request(
            sdk._http, sdk, call, None
        ),
        "2r raw: httpx build_request(url string)": lambda: http.build_request("GET", url),
        "3 codec.loads(body)": lambda: codec.loads(body),
        "3r raw: json.loads(body)": lambda: json.loads(body),
        "3f codec.loads, P1 shared decoder": lambda: fastpaths.loads(body),
        "4 envelope check (hashkey)": lambda: envelope(decoded, response, errors),
        "5 generated _parse -> OrderBook (800 Decimals)": lambda: parse(decoded),
        "5f _parse with P2/P3 + P5 template": under(
            [
                (codec, "parse_decimal", fastpaths.parse_decimal),
                (codec, "parse_unix", fastpaths.parse_unix),
                (type(parse(decoded)), "from_dict", book),
            ],
            lambda: parse(decoded),
        ),
        "6 800 x Decimal(str) alone (the floor of eager conversion)": lambda: [
            [Decimal(p), Decimal(q)] for p, q in decoded["b"] + decoded["a"]
        ],
    }
    results = interleave(steps, rounds=rounds, batch=batch)
    print("\n### CPU budget of the depth call, in process (µs, CPU median)")
    for name, samples in results.items():
        print(f"  {samples.cpu_median:10.1f} µs  {name}")
    sdk.close()
    http.close()


def exp_signing(rounds: int, batch: int) -> None:
    """P10: HashKeyAuth re-parses the URL (`url.copy_with`) and the query (`parse_qsl`) of every request."""
    import hashlib
    import hmac

    from venuekit.auth import HashKeyAuth

    auth = HashKeyAuth("bench-api-key-0123456789", SECRET)
    url = "https://api-pro.hashkey.com/api/v1/account"
    secret = SECRET.encode()

    def current() -> object:
        return next(auth.sync_auth_flow(httpx.Request("GET", url)))

    def signed_before_build() -> object:
        query = f"timestamp={time.time_ns() // 1_000_000}"
        signature = hmac.new(secret, query.encode(), hashlib.sha256).hexdigest()
        return httpx.Request(
            "GET", f"{url}?{query}&signature={signature}", headers={"X-HK-APIKEY": "bench-api-key-0123456789"}
        )

    def build_only() -> object:
        return httpx.Request("GET", url)

    results = interleave(
        {
            "build + HashKeyAuth.auth_flow (current)": current,
            "sign the query, then build the request once": signed_before_build,
            "(build only)": build_only,
        },
        rounds=rounds,
        batch=batch * 20,
    )
    _report("P10 HashKey signed GET: request build + signing (µs per request)", results)


def exp_sniffio(rounds: int, seconds: float) -> None:
    """P11: httpcore imports `sniffio` on every lock it takes; anyio>=4.? no longer installs it, so each attempt
    is a failed import that searches sys.path. Measured by providing a `sniffio` module."""
    from . import rest

    fake = types.ModuleType("sniffio")
    fake.current_async_library = lambda: "asyncio"  # type: ignore[attr-defined]

    with Server(max_seconds=600) as server:

        def run(with_sniffio: bool) -> float:
            if with_sniffio:
                sys.modules["sniffio"] = fake
            try:
                return asyncio.run(rest._sdk_rate(server.base, {}, 100, seconds))
            finally:
                if with_sniffio:
                    sys.modules.pop("sniffio", None)

        base, fast = Samples("httpx default transport (current env)"), Samples("... with sniffio importable")
        for _ in range(rounds):
            base.values.append(run(False))
            fast.values.append(run(True))
    print("\n### P11 async, 100 tasks, sdk get_book_ticker over httpx's transport (req/s)")
    print(f"  {base.median:10,.0f} req/s  {base.name}")
    print(f"  {fast.median:10,.0f} req/s  {fast.name}  x{paired_ratio(fast, base):.2f}")


_LAZY_STUB = """
import sys, time, types, importlib, importlib.util, re, pathlib
t = time.perf_counter()
import venuekit.client, venuekit.check, venuekit.codec, venuekit.auth
root = pathlib.Path(importlib.util.find_spec("{pkg}").origin).parent
pkg = types.ModuleType("{pkg}"); pkg.__path__ = [str(root)]; sys.modules["{pkg}"] = pkg
models = types.ModuleType("{pkg}.models"); models.__path__ = [str(root / "models")]
names = dict(re.findall(r"from \\.(\\w+) import (\\w+)", (root / "models" / "__init__.py").read_text()))
where = {{cls: mod for mod, cls in names.items()}}
def lazy(name):
    if name not in where:
        raise AttributeError(name)
    value = getattr(importlib.import_module("{pkg}.models." + where[name]), name)
    setattr(models, name, value)
    return value
models.__getattr__ = lazy
sys.modules["{pkg}.models"] = models
importlib.import_module("{pkg}.errors")
importlib.import_module("{pkg}.api.{module}")
print(time.perf_counter() - t)
"""


def exp_lazy_imports(runs: int) -> None:
    """P12: what `from venuekit import hashkey_mena` + a first `get_depth` would cost if the package imported models and
    operation modules on first use (stub packages with a module `__getattr__`, as the proposal would generate)."""
    cache = tempfile.mkdtemp(prefix="venuekit-bench-pycache-")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache
    eager = "import time\nt = time.perf_counter()\nfrom venuekit import hashkey_mena\nprint(time.perf_counter() - t)\n"
    lazy = _LAZY_STUB.format(pkg="venuekit.hashkey_mena", module="market.get_depth")

    def timed(code: str) -> float:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        return float(out.stdout.strip().splitlines()[-1]) * 1000

    timed(eager)
    timed(lazy)
    results = {"import hashkey_mena (eager, current)": Samples("eager"), "lazy: what get_depth needs": Samples("lazy")}
    for _ in range(runs):
        results["import hashkey_mena (eager, current)"].values.append(timed(eager))
        results["lazy: what get_depth needs"].values.append(timed(lazy))
    _report("P12 import time, fresh interpreter, bytecode cached (ms)", results, unit="ms")


EXPERIMENTS = (
    "budget",
    "decode",
    "import6",
    "stream",
    "validators",
    "cookies",
    "per_call",
    "signing",
    "sniffio",
    "lazy",
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="measured gains of the proposals (monkeypatched)")
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", default=",".join(EXPERIMENTS))
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    q = args.quick
    os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
    if "budget" in only:
        exp_budget(rounds=5 if q else 15, batch=20 if q else 50)
    if "decode" in only:
        exp_decode(rounds=4 if q else 15, batch=2 if q else 3)
    if "import6" in only:
        exp_in_function_import(rounds=4 if q else 15, batch=10)
    if "stream" in only:
        exp_stream(rounds=2 if q else 7, count=5_000 if q else 20_000)
    if "validators" in only:
        exp_validators(rounds=4 if q else 15, batch=10)
    if "cookies" in only:
        exp_cookies(rounds=4 if q else 15, batch=10)
    if "per_call" in only:
        exp_per_call(rounds=6 if q else 30, batch=10 if q else 25)
    if "signing" in only:
        exp_signing(rounds=4 if q else 15, batch=10)
    if "sniffio" in only:
        exp_sniffio(rounds=1 if q else 3, seconds=0.5 if q else 1.5)
    if "lazy" in only:
        exp_lazy_imports(runs=2 if q else 7)
    print(json.dumps({"done": True}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
