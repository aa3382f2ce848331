"""`make bench`: the SDK against raw httpx, ccxt and msgspec on loopback; prints a table and one line per ratio.

Sections (each interleaves its contenders round by round; figures are medians, ratios are medians of
per-round paired ratios, see `benchmarks.harness`):

1. per-call cost, sync: public order book (200 levels) and two signed calls; SDK vs raw httpx vs ccxt
2. async: requests/s with 100 concurrent tasks, httpx's transport vs `venuekit.transports.aiohttp`
3. typed decoding of large responses: SDK vs json.loads vs msgspec
4. import time of each venue package in a fresh interpreter, vs `import ccxt`
5. WebSocket: typed ticker messages/s and order-book snapshots applied/s
6. signing cost per request of each auth hook

The server is `benchmarks.server` in its own process (raw asyncio protocol, TCP_NODELAY, loopback only).
ccxt, msgspec and aiohttp come from the `bench` extra; without them their contenders are skipped (and said so).
Timing is never asserted anywhere: this prints numbers, it does not pass or fail on them. It exits non-zero only
when a section could not run at all (e.g. a package failed to import); the other sections still print.

    python -m benchmarks.run [--quick] [--only rest,async,decode,imports,streams,signing] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # `python benchmarks/run.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "benchmarks"

from benchmarks import book, decode, imports, rest, signing, streams
from benchmarks.harness import Report, Row, Samples, paired_ratio
from benchmarks.server import Server

SECTIONS = ("rest", "slope", "async", "streams", "decode", "book", "signing", "imports")


@dataclass(frozen=True)
class Settings:
    sync_rounds: int
    sync_batch: int
    async_tasks: int
    async_seconds: float
    async_rounds: int
    decode_rounds: int
    decode_batch: int
    import_runs: int
    ticker_messages: int
    book_messages: int
    stream_rounds: int
    signing_rounds: int
    signing_batch: int
    slope_rounds: int
    scaling_rounds: int
    book_rounds: int


FULL = Settings(
    sync_rounds=30,
    sync_batch=25,
    async_tasks=100,
    async_seconds=1.2,
    async_rounds=3,
    decode_rounds=12,
    decode_batch=3,
    import_runs=5,
    ticker_messages=40_000,
    book_messages=5_000,
    stream_rounds=3,
    signing_rounds=20,
    signing_batch=500,
    slope_rounds=8,
    scaling_rounds=7,
    book_rounds=15,
)
QUICK = Settings(
    sync_rounds=8,
    sync_batch=10,
    async_tasks=100,
    async_seconds=0.5,
    async_rounds=1,
    decode_rounds=4,
    decode_batch=2,
    import_runs=2,
    ticker_messages=20_000,
    book_messages=1_000,
    stream_rounds=1,
    signing_rounds=5,
    signing_batch=200,
    slope_rounds=3,
    scaling_rounds=3,
    book_rounds=5,
)


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _load() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "n/a"
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def machine() -> list[str]:
    libs = ("httpx", "httpcore", "attrs", "websockets", "ccxt", "msgspec", "aiohttp")
    return [
        f"machine: {_cpu_model()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}",
        f"python: {platform.python_implementation()} {platform.python_version()}",
        "libraries: " + ", ".join(f"{name} {_version(name)}" for name in libs),
        f"load average at start: {_load()}",
    ]


def _both(a: Samples, b: Samples) -> tuple[float, str]:
    """The paired CPU ratio a/b (the figure) and a note with the wall-clock one."""
    cpu, wall = paired_ratio(a, b, cpu=True), paired_ratio(a, b)
    return cpu, f"CPU {cpu:.2f}, wall {wall:.2f}"


def _throughput(a: Samples, b: Samples) -> tuple[float, str]:
    """a's requests per CPU-second over b's (paired per round), with the wall req/s ratio beside it."""
    pairs = [y / x for x, y in zip(a.cpu, b.cpu, strict=False) if x > 0]
    cpu = statistics.median(pairs) if pairs else float("nan")
    wall = paired_ratio(a, b)
    return cpu, f"per CPU-second {cpu:.2f}; wall req/s {a.median:,.0f} / {b.median:,.0f} = {wall:.2f}"


def section_rest(report: Report, server: Server, s: Settings) -> None:
    title = "1. per-call cost, sync (µs per call; loopback; HashKey depth, levels per side as named)"
    contenders = rest.SyncContenders(server.base, server.port)
    try:
        groups = rest.sync_groups(contenders, rounds=s.sync_rounds, batch=s.sync_batch)
    finally:
        contenders.close()
    for group in groups.values():
        for samples in group.values():
            report.add(title, samples)
    depth, depth100 = groups["depth"], groups["depth100"]
    account, gmo = groups["hk_account"], groups["gmo_assets"]
    sdk, raw = depth["sdk hashkey_mena market.get_depth"], depth["raw httpx + json.loads"]
    value, detail = _both(sdk, raw)
    report.goal("sync depth call 200/side: sdk / raw httpx+json.loads", value, "<=", 1.15, detail=detail)
    value, detail = _both(
        depth100["sdk hashkey_mena market.get_depth (100/side)"], depth100["raw httpx + json.loads (100/side)"]
    )
    report.goal("sync depth call 100/side: sdk / raw httpx+json.loads", value, "<=", 1.15, detail=detail)
    value, detail = _both(account["sdk hashkey_mena account.get_account"], account["raw httpx signed + json.loads"])
    report.goal("signed HashKey get_account: sdk / raw", value, "<=", 1.10, detail=detail)
    value, detail = _both(gmo["sdk gmo_coin account.get_assets"], gmo["raw httpx signed + json.loads"])
    report.goal("signed GMO Coin get_assets: sdk / raw", value, "<=", 1.10, detail=detail)
    if "ccxt unified fetch_order_book" in depth:
        value, detail = _both(sdk, depth["ccxt unified fetch_order_book"])
        report.goal("depth call 200/side: sdk / ccxt unified fetch_order_book", value, "<=", 0.60, detail=detail)
        report.ratio(
            "sdk/ccxt_implicit[depth, CPU]", paired_ratio(sdk, depth["ccxt implicit publicGetQuoteV1Depth"], cpu=True)
        )
        report.ratio(
            "sdk/ccxt_implicit[signed hashkey get_account, CPU]",
            paired_ratio(
                account["sdk hashkey_mena account.get_account"],
                account["ccxt implicit privateGetApiV1Account"],
                cpu=True,
            ),
        )
    else:
        report.notes.append("ccxt not installed (pip install -e '.[bench]'): ccxt contenders skipped")
        report.goal("depth call 200/side: sdk / ccxt unified fetch_order_book", float("nan"), "<=", 0.60)
    report.ratio("raw httpx / http.client [depth, CPU]", paired_ratio(raw, depth["http.client + json.loads"], cpu=True))


def section_slope(report: Report, server: Server, s: Settings) -> None:
    title = "1b. depth call by book size (µs per call, CPU median is the figure; every level read)"
    contenders = rest.SyncContenders(server.base, server.port)
    try:
        samples = rest.slope_group(contenders, rounds=s.slope_rounds, batch=2)
    finally:
        contenders.close()
    for sample in samples.values():
        report.add(title, sample)
    slopes = {
        "raw httpx + json.loads": rest.slope(samples, "raw httpx + json.loads"),
        "sdk get_depth + read every level": rest.slope(samples, "sdk get_depth + read every level"),
        "ccxt implicit publicGetQuoteV1Depth": rest.slope(samples, "ccxt implicit publicGetQuoteV1Depth"),
    }
    slope_title = "1c. per-level slope of the depth call, 10 -> 5,000 levels per side (µs CPU per level)"
    for name, value in slopes.items():
        if value == value:
            report.value(slope_title, name, value, "µs/level")
    raw, sdk = slopes["raw httpx + json.loads"], slopes["sdk get_depth + read every level"]
    report.goal(
        "depth call slope per level: sdk / raw httpx",
        sdk / raw,
        "<=",
        1.5,
        detail=f"sdk {sdk:.3f} µs/level, raw {raw:.3f} µs/level (CPU)",
    )


def section_async(report: Report, server: Server, s: Settings) -> None:
    title = f"2. async, {s.async_tasks} concurrent tasks (requests/s, wall; hashkey_mena market.get_book_ticker)"
    rates = rest.async_rates(server.base, tasks=s.async_tasks, seconds=s.async_seconds, rounds=s.async_rounds)
    for samples in rates.values():
        report.rows.append(Row(title, samples.name, samples.median, "req/s", samples.quartiles(), "", None))
    cpu_title = "2b. async: the client's CPU time per request (µs; 1e6 / this = req/s one free core could do)"
    for samples in rates.values():
        report.value(cpu_title, samples.name, samples.cpu_median, "µs/req")
    default = rates[rest.SDK_DEFAULT]
    value, detail = _throughput(default, rates[rest.RAW_HTTPX_DEFAULT])
    report.ratio(f"async sdk default / raw httpx default [per CPU-second] ({detail})", value)
    report.ratio(
        f"async, 500 tasks, sdk default settings: req/s (wall) {rates[rest.SDK_DEFAULT_500].median:,.0f}",
        rates[rest.SDK_DEFAULT_500].median,
    )
    fast = rates.get(rest.SDK_AIOHTTP)
    if fast is None:
        report.notes.append("aiohttp not installed: aiohttp contenders skipped")
        report.goal("async 100 tasks: sdk aiohttp / raw aiohttp", float("nan"), ">=", 0.8)
        report.goal("async 100 tasks: sdk aiohttp / ccxt async", float("nan"), ">=", 1.2)
        return
    value, detail = _throughput(fast, rates[rest.RAW_AIOHTTP])
    report.goal("async 100 tasks: sdk aiohttp / raw aiohttp", value, ">=", 0.8, detail=detail)
    ccxt = rates.get(rest.CCXT_ASYNC)
    if ccxt is None:
        report.goal("async 100 tasks: sdk aiohttp / ccxt async", float("nan"), ">=", 1.2)
    else:
        value, detail = _throughput(fast, ccxt)
        report.goal("async 100 tasks: sdk aiohttp / ccxt async", value, ">=", 1.2, detail=detail)


def section_decode(report: Report, s: Settings) -> None:
    for case in decode.CASES:
        results, size = decode.run(case, rounds=s.decode_rounds, batch=s.decode_batch)
        title = f"3. typed decoding: {decode.TITLES[case]}, {size / 1024:.0f} KiB (µs per decode)"
        for samples in results.values():
            report.add(title, samples, unit="µs")
        sdk = results[decode.SDK]
        value, detail = _both(sdk, results[decode.JSON])
        report.goal(f"typed decoding, {case}: sdk / json.loads", value, "<=", 3, detail=detail)
        if decode.MSGSPEC in results:
            value, detail = _both(sdk, results[decode.MSGSPEC])
            report.goal(f"typed decoding, {case}: sdk / msgspec typed", value, "<=", 1.2, detail=detail)
        else:
            report.goal(f"typed decoding, {case}: sdk / msgspec typed", float("nan"), "<=", 1.2)
    title = "3b. scaling: cost per item (µs CPU per level, both sides / per kline)"
    for case, sizes in decode.scaling(rounds=s.scaling_rounds).items():
        for size, contenders in sizes.items():
            for name, samples in contenders.items():
                if name == decode.MSGSPEC_UNTYPED:
                    continue
                what = f"{size:,} levels/side" if case == "book" else f"{size:,} klines"
                report.value(title, f"{what}: {name}", samples.cpu_median, "µs/item")
    peaks = decode.peak_memory()
    mem_title = "3c. peak traced memory while decoding a 5,000-level book and reading it (KiB)"
    for name, kib in peaks.items():
        report.value(mem_title, name, kib, "KiB")
    ratio = peaks[decode.SDK] / peaks[decode.JSON]
    report.goal(
        "peak memory, 5,000-level book: sdk / json.loads",
        ratio,
        "<=",
        1.5,
        detail=f"{peaks[decode.SDK]:,.0f} KiB / {peaks[decode.JSON]:,.0f} KiB",
    )


def section_imports(report: Report, s: Settings) -> None:
    title = "4. import time in a fresh interpreter (ms; bytecode cached)"
    with_ccxt = rest.optional("ccxt") is not None
    results = imports.measure(imports.PACKAGES, runs=s.import_runs, with_ccxt=with_ccxt)
    for samples in results.values():
        report.add(title, samples, unit="ms")
    ccxt = results.get("ccxt (cold)")
    for name in imports.PACKAGES:
        cold = results[f"{name} (cold)"].median
        own = results[f"{name} ({imports.OWN})"].median
        report.goal(
            f"import venuekit.{name} beyond import httpx", own, "<=", 15, unit=" ms", detail=f"cold {cold:.0f} ms"
        )
        if ccxt is not None:
            report.ratio(f"import[{name}, cold]/import[ccxt, cold]", cold / ccxt.median)


def section_streams(report: Report, server: Server, s: Settings) -> None:
    title = "5. WebSocket, gmo_coin.streams.PublicStream (messages/s, wall; CPU column: messages per CPU-second)"
    reason = streams.available()
    if reason is not None:
        report.notes.append(f"WebSocket benchmarks skipped: {reason}")
        report.goal("WS ticker: sdk msgs/s / raw websockets+json.loads", float("nan"), ">=", 0.8)
        return
    sdk_name = f"ticker, sdk stream: socket -> typed async for ({s.ticker_messages:,} msgs)"
    raw_name = f"ticker, raw websockets recv + json.loads ({s.ticker_messages:,} msgs)"
    runs: dict[str, Callable[[], tuple[float, float]]] = {
        sdk_name: lambda: streams.ticker_rate(server.ws_base, s.ticker_messages),
        raw_name: lambda: streams.raw_ticker_rate(server.ws_base, s.ticker_messages),
        "ticker, stream pipeline without socket": lambda: streams.pipeline_rate(s.ticker_messages),
        "ticker, codec.loads + Ticker.from_dict only": lambda: streams.decode_rate(s.ticker_messages),
        f"order book snapshots applied ({payloads_levels()} levels/side)": lambda: streams.book_rate(
            server.ws_base, s.book_messages
        ),
    }
    results = {name: Samples(name) for name in runs}
    order = list(runs)
    rng = random.Random(5)
    for _ in range(s.stream_rounds):
        rng.shuffle(order)
        for name in order:
            wall, cpu = runs[name]()
            results[name].values.append(wall)
            results[name].cpu.append(cpu)
    for samples in results.values():
        report.rows.append(
            Row(title, samples.name, samples.median, "msg/s", samples.quartiles(), "", samples.cpu_median)
        )
    sdk, raw = results[sdk_name], results[raw_name]
    cpu, wall = paired_ratio(sdk, raw, cpu=True), paired_ratio(sdk, raw)
    report.goal(
        "WS ticker: sdk msgs/s / raw websockets+json.loads",
        cpu,
        ">=",
        0.8,
        detail=f"per CPU-second {cpu:.2f}; wall {sdk.median:,.0f} / {raw.median:,.0f} msg/s = {wall:.2f}",
    )


def payloads_levels() -> int:
    from benchmarks.payloads import BOOK_LEVELS

    return BOOK_LEVELS


def section_book(report: Report, s: Settings) -> None:
    title = "7. stream order book (venuekit.orderbook.OrderBook), in process (µs per operation)"
    results = book.run(rounds=s.book_rounds, batch=200)
    for samples in results.values():
        report.add(title, samples, unit="µs")
    best, update = list(results.values())
    report.goal(
        "order book 1,000 levels: best bid + best ask", best.cpu_median, "<=", 5, unit=" µs", detail="CPU median"
    )
    report.goal("order book 1,000 levels: one update", update.cpu_median, "<=", 10, unit=" µs", detail="CPU median")


def section_signing(report: Report, s: Settings) -> None:
    title = "6. signing cost per request (µs, net of building the httpx.Request)"
    results = signing.run(rounds=s.signing_rounds, batch=s.signing_batch)
    for samples in results.values():
        report.add(title, samples, unit="µs")
    build = signing.build_cost(rounds=s.signing_rounds, batch=s.signing_batch)
    report.add(title, build, unit="µs", note="for scale: httpx.Request(...) itself")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="venuekit benchmarks (loopback)")
    parser.add_argument("--quick", action="store_true", help="fewer rounds: a smoke run in ~1 minute")
    parser.add_argument("--only", default=",".join(SECTIONS), help="comma-separated sections: " + ",".join(SECTIONS))
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else FULL
    only = [name.strip() for name in args.only.split(",") if name.strip()]
    unknown = set(only) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown sections: {', '.join(sorted(unknown))}")
    os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")  # loopback never goes through a proxy

    started = time.perf_counter()
    header = machine()
    print("\n".join(header), flush=True)
    print("\ngoals and ratios as measured (medians of per-round paired CPU-time ratios):", flush=True)
    report = Report()
    failed: list[str] = []

    def section(name: str, run: Callable[[], None]) -> None:
        if name not in only:
            return
        try:
            run()
        except Exception as exc:  # one broken section must not hide the others' numbers
            failed.append(name)
            report.notes.append(f"section {name} FAILED: {type(exc).__name__}: {exc}")
            traceback.print_exc()

    with Server() as server:
        section("rest", lambda: section_rest(report, server, settings))
        section("slope", lambda: section_slope(report, server, settings))
        section("async", lambda: section_async(report, server, settings))
        section("streams", lambda: section_streams(report, server, settings))
    section("decode", lambda: section_decode(report, settings))
    section("book", lambda: section_book(report, settings))
    section("signing", lambda: section_signing(report, settings))
    section("imports", lambda: section_imports(report, settings))
    elapsed = time.perf_counter() - started
    print(report.table())
    print(report.goal_table())
    for note in report.notes:
        print(f"note: {note}")
    print(f"\nload average at end: {_load()}; total {elapsed:.0f} s")
    if args.json is not None:
        data: dict[str, Any] = {
            "machine": header,
            "rows": [asdict(row) for row in report.rows],
            "ratios": [asdict(ratio) for ratio in report.ratios],
            "goals": [{**asdict(goal), "met": goal.met} for goal in report.goals],
            "notes": report.notes,
            "seconds": elapsed,
        }
        args.json.write_text(json.dumps(data, indent=2, default=str))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
