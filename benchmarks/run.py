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

from benchmarks import decode, imports, rest, signing, streams
from benchmarks.harness import Report, Row, Samples, paired_ratio
from benchmarks.server import Server

REFERENCE_FLOOR_US = 108
"""http.client + json.loads of the 200-level depth on the reference machine (the performance issue)."""

SECTIONS = ("rest", "async", "decode", "imports", "streams", "signing")


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


def _goal(report: Report, name: str, value: float, goal: str, ok: bool) -> None:
    report.ratio(name, value, goal=goal, met=ok)


def section_rest(report: Report, server: Server, s: Settings) -> None:
    title = "1. per-call cost, sync (µs per call; loopback; 200-level HashKey depth)"
    contenders = rest.SyncContenders(server.base, server.port)
    try:
        groups = rest.sync_groups(contenders, rounds=s.sync_rounds, batch=s.sync_batch)
    finally:
        contenders.close()
    for group in groups.values():
        for samples in group.values():
            report.add(title, samples)
    depth, account, gmo = groups["depth"], groups["hk_account"], groups["gmo_assets"]
    sdk, raw = depth["sdk hashkey_mena market.get_depth"], depth["raw httpx + json.loads"]
    _goal(report, "sdk/raw", paired_ratio(sdk, raw), "<= 1.15", paired_ratio(sdk, raw) <= 1.15)
    report.ratio("sdk/raw[client CPU]", paired_ratio(sdk, raw, cpu=True))
    signed_hk = paired_ratio(account["sdk hashkey_mena account.get_account"], account["raw httpx signed + json.loads"])
    _goal(report, "sdk/raw[signed hashkey get_account]", signed_hk, "<= 1.15", signed_hk <= 1.15)
    signed_gmo = paired_ratio(gmo["sdk gmo_coin account.get_assets"], gmo["raw httpx signed + json.loads"])
    _goal(report, "sdk/raw[signed gmo_coin get_assets]", signed_gmo, "<= 1.15", signed_gmo <= 1.15)
    report.ratio("raw/http.client", paired_ratio(raw, depth["http.client + json.loads"]))
    floor = depth["http.client + json.loads"].median
    report.ratio(
        f"calibration: http.client+json.loads {floor:.0f} µs / reference machine {REFERENCE_FLOOR_US} µs",
        floor / REFERENCE_FLOOR_US,
    )
    report.notes.append(
        f"this machine ran the http.client floor at {floor:.0f} µs vs {REFERENCE_FLOOR_US} µs on the reference 2-core"
        " machine of the performance issue: absolute figures scale by about that factor; ratios do not"
    )
    if "ccxt unified fetch_order_book" in depth:
        unified = paired_ratio(sdk, depth["ccxt unified fetch_order_book"])
        _goal(report, "sdk/ccxt_unified", unified, "<= 0.80", unified <= 0.80)
        report.ratio(
            "sdk/ccxt_unified[client CPU]", paired_ratio(sdk, depth["ccxt unified fetch_order_book"], cpu=True)
        )
        report.ratio("sdk/ccxt_implicit", paired_ratio(sdk, depth["ccxt implicit publicGetQuoteV1Depth"]))
        report.ratio(
            "sdk/ccxt_implicit[signed hashkey get_account]",
            paired_ratio(
                account["sdk hashkey_mena account.get_account"], account["ccxt implicit privateGetApiV1Account"]
            ),
        )
    else:
        report.notes.append("ccxt not installed (pip install -e '.[bench]'): ccxt contenders skipped")


def section_async(report: Report, server: Server, s: Settings) -> None:
    title = f"2. async, {s.async_tasks} concurrent tasks (requests/s; hashkey_mena market.get_book_ticker)"
    rates = rest.async_rates(server.base, tasks=s.async_tasks, seconds=s.async_seconds, rounds=s.async_rounds)
    for samples in rates.values():
        report.rows.append(Row(title, samples.name, samples.median, "req/s", samples.quartiles(), "", None))
    cpu_title = "2b. async: the client's CPU time per request (µs; 1e6 / this = req/s one free core could do)"
    for samples in rates.values():
        report.value(cpu_title, samples.name, samples.cpu_median, "µs/req")
    default = rates["sdk, httpx default transport"]
    fast = rates.get("sdk, AiohttpTransport")
    if fast is None:
        report.notes.append("aiohttp not installed: AiohttpTransport contenders skipped")
        _goal(report, "async_rps[sdk, httpx default]", default.median, ">= 3000", default.median >= 3000)
        return
    _goal(report, "async_rps[sdk, AiohttpTransport]", fast.median, ">= 3000", fast.median >= 3000)
    report.ratio(
        "async_rps_per_free_core[sdk, AiohttpTransport] (1e6 / client CPU µs per request)", 1e6 / fast.cpu_median
    )
    report.ratio("async_rps[sdk, httpx default]", default.median)
    report.ratio("aiohttp_transport/httpx_transport", paired_ratio(fast, default))
    report.ratio("sdk_aiohttp/raw_aiohttp", paired_ratio(fast, rates["raw aiohttp + json.loads"]))
    report.ratio(
        "sdk_aiohttp/raw_httpx_aiohttp",
        paired_ratio(fast, rates["raw httpx.AsyncClient + AiohttpTransport + json.loads"]),
    )


def section_decode(report: Report, s: Settings) -> None:
    for case in decode.CASES:
        results, size = decode.run(case, rounds=s.decode_rounds, batch=s.decode_batch)
        title = f"3. typed decoding: {decode.TITLES[case]}, {size / 1024:.0f} KiB (µs per decode)"
        for samples in results.values():
            report.add(title, samples, unit="µs")
        sdk = results["sdk codec.loads + generated _parse"]
        # In process, so the CPU-time ratio (steadier on a shared machine) is the figure; wall is printed too.
        ratio = paired_ratio(sdk, results["json.loads"], cpu=True)
        _goal(report, f"sdk/json_loads[{case}]", ratio, "<= 3", ratio <= 3)
        report.ratio(f"sdk/json_loads[{case}, wall]", paired_ratio(sdk, results["json.loads"]))
        if "msgspec typed (Struct, Decimal)" in results:
            typed = results["msgspec typed (Struct, Decimal)"]
            report.ratio(f"sdk/msgspec_typed[{case}]", paired_ratio(sdk, typed, cpu=True))


def section_imports(report: Report, s: Settings) -> None:
    title = "4. import time in a fresh interpreter (ms; bytecode cached)"
    with_ccxt = rest.optional("ccxt") is not None
    results = imports.measure(imports.PACKAGES, runs=s.import_runs, with_ccxt=with_ccxt)
    for samples in results.values():
        report.add(title, samples, unit="ms")
    ccxt = results.get("ccxt (cold)")
    for name in imports.PACKAGES:
        cold = results[f"{name} (cold)"].median
        own = results[f"{name} (own, httpx+attrs preloaded)"].median
        _goal(report, f"import_ms[{name}]", cold, "<= 100", cold <= 100)
        report.ratio(f"import_ms[{name}, own]", own)
        if ccxt is not None:
            report.ratio(f"import[{name}]/import[ccxt]", cold / ccxt.median)


def section_streams(report: Report, server: Server, s: Settings) -> None:
    title = "5. WebSocket, gmo_coin.streams.PublicStream (messages/s)"
    reason = streams.available()
    if reason is not None:
        report.notes.append(f"SLOT: WebSocket benchmarks skipped: {reason}")
        report.value(title, "ticker messages/s (not run)", float("nan"), "msg/s", reason)
        return
    runs: dict[str, Callable[[], tuple[float, float]]] = {
        f"ticker, socket -> async for ({s.ticker_messages:,} msgs)": lambda: streams.ticker_rate(
            server.ws_base, s.ticker_messages
        ),
        "ticker, stream pipeline without socket": lambda: streams.pipeline_rate(s.ticker_messages),
        "ticker, codec.loads + Ticker.from_dict only": lambda: streams.decode_rate(s.ticker_messages),
        f"order book snapshots applied ({payloads_levels()} levels/side)": lambda: streams.book_rate(
            server.ws_base, s.book_messages
        ),
    }
    results = {name: Samples(name) for name in runs}
    for _ in range(s.stream_rounds):
        for name, run in runs.items():
            wall, cpu = run()
            results[name].values.append(wall)
            results[name].cpu.append(cpu)
    for samples in results.values():
        report.rows.append(
            Row(
                title,
                samples.name,
                samples.median,
                "msg/s",
                samples.quartiles(),
                "CPU column: msg per CPU-second",
                samples.cpu_median,
            )
        )
    ticker = results[next(iter(runs))]
    _goal(report, "ws_ticker_msgs_per_s", ticker.median, ">= 100000", ticker.median >= 100_000)
    report.ratio("ws_ticker_msgs_per_cpu_s", ticker.cpu_median)
    report.ratio("ws_book_updates_per_s", results[list(runs)[3]].median)


def payloads_levels() -> int:
    from benchmarks.payloads import BOOK_LEVELS

    return BOOK_LEVELS


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
    print("\nratios (median of per-round paired ratios):", flush=True)
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
        section("async", lambda: section_async(report, server, settings))
        section("streams", lambda: section_streams(report, server, settings))
    section("decode", lambda: section_decode(report, settings))
    section("signing", lambda: section_signing(report, settings))
    section("imports", lambda: section_imports(report, settings))
    elapsed = time.perf_counter() - started
    print(report.table())
    for note in report.notes:
        print(f"note: {note}")
    print(f"\nload average at end: {_load()}; total {elapsed:.0f} s")
    if args.json is not None:
        data: dict[str, Any] = {
            "machine": header,
            "rows": [asdict(row) for row in report.rows],
            "ratios": [asdict(ratio) for ratio in report.ratios],
            "notes": report.notes,
            "seconds": elapsed,
        }
        args.json.write_text(json.dumps(data, indent=2, default=str))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
