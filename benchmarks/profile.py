"""Where the time goes: py-spy profiles of the SDK call paths and the large decodes (hot spots with file:line).

    python -m benchmarks.profile [--scenario NAME ...] [--rate 1000] [--top 15]

Each scenario runs in a child process under `py-spy record --format raw` (py-spy from PyPI: the `profile`
extra); the collapsed stacks are then folded into two lists per scenario:

- self: the lines where samples were taken (leaf frame, `function (file:line)`), share of the samples;
- inclusive: functions present anywhere on the stack (`function (file)`), share of the samples.

Profiles exclude one-time work: each scenario's child process first does its set-up (imports, the local
server, the client) and warm-up calls (first-call lazy imports, connection pool), then says READY and waits;
py-spy attaches to it only then, and records until the measured loop ends. Only samples inside the measured
loop (`_hot`) or its tasks are counted.

Without py-spy the scenarios run under cProfile instead (function-level, with the deterministic profiler's
overhead). The local server runs in its own process and is not profiled.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import importlib
import os
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Coroutine, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # `python benchmarks/profile.py`
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    __package__ = "benchmarks"

from benchmarks import decode, rest, streams
from benchmarks.server import Server

ROOT = Path(__file__).resolve().parent.parent


def _ready() -> None:
    """Set-up and warm-up are done: tell the parent, and wait for it to attach the profiler."""
    print("READY", flush=True)
    sys.stdin.readline()


def _hot(fn: Callable[[], object], times: int, warmup: int = 20) -> None:
    """Warm up, wait for the profiler, then the measured loop (only samples with this frame count)."""
    for _ in range(warmup):
        fn()
    _ready()
    for _ in range(times):
        fn()


def _sync(call: Callable[[rest.SyncContenders], Callable[[], object]], times: int) -> Callable[[], None]:
    def run() -> None:
        with Server(max_seconds=300) as server:
            contenders = rest.SyncContenders(server.base, server.port, with_ccxt=False)
            try:
                _hot(call(contenders), times)
            finally:
                contenders.close()

    return run


def _async(rate: Callable[[str], Coroutine[Any, Any, float]]) -> Callable[[], None]:
    def run() -> None:
        with Server(max_seconds=300) as server:
            # _rate warms up (connections, first calls) before its timed window; READY is said when the window
            # starts, so the profile holds only the steady state.
            rest.ON_WINDOW_START[0] = _ready
            try:
                asyncio.run(rate(server.base))
            finally:
                rest.ON_WINDOW_START[0] = None

    return run


def _aiohttp_args() -> dict[str, Any]:
    from venuekit.transports.aiohttp import AiohttpTransport

    return {"transport": AiohttpTransport()}


def _decode(case: str, times: int) -> Callable[[], None]:
    def run() -> None:
        fns, _ = decode.contenders(case)
        _hot(fns["sdk codec.loads + generated _parse"], times)

    return run


def _stream_ticker() -> None:
    streams.pipeline_rate(20_000)  # warm-up: imports, first messages
    _hot(lambda: streams.pipeline_rate(300_000), 1, warmup=0)


SCENARIOS: dict[str, Callable[[], None]] = {
    "sync_depth": _sync(lambda c: c.sdk_depth, 4000),
    "sync_signed_hashkey": _sync(lambda c: c.sdk_hk_account, 4000),
    "sync_signed_gmo": _sync(lambda c: c.sdk_gmo_assets, 4000),
    "async_aiohttp": _async(lambda base: rest._sdk_rate(base, _aiohttp_args(), 100, 6.0)),
    "async_httpx": _async(lambda base: rest._sdk_rate(base, {}, 100, 6.0)),
    "async_direct": _async(lambda base: rest._sdk_aiohttp_rate(base, 100, 6.0)),
    "async_raw_aiohttp": _async(
        lambda base: rest._raw_aiohttp_rate(importlib.import_module("aiohttp"), base, 100, 6.0)
    ),
    "decode_book": _decode("book", 400),
    "decode_klines": _decode("klines", 100),
    "decode_trades": _decode("trades", 60),
    "stream_ticker": _stream_ticker,
}


def _short(path: str) -> str:
    path = path.replace(str(ROOT) + os.sep, "")
    match = re.search(r"site-packages/(.*)", path)
    if match:
        return match.group(1)
    match = re.search(r"lib/python3\.\d+/(.*)", path)
    return f"<stdlib>/{match.group(1)}" if match else path


_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>.*?):(?P<line>\d+)\)$")


def fold(raw: str) -> tuple[int, Counter[str], Counter[str]]:
    """py-spy raw (collapsed) stacks -> (samples in `_hot`, self by line, inclusive by function)."""
    total = 0
    self_lines: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    for line in raw.splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = []
        for frame in stack.split(";"):
            match = _FRAME.match(frame)
            if match:
                frames.append((match["func"], _short(match["file"]), match["line"]))
        # py-spy names a function by its qualified name ("_rate.<locals>.worker").
        if not frames or not any(f.rpartition(".")[2] in ("_hot", "worker") for f, _, _ in frames):
            continue
        total += count
        func, file, lineno = frames[-1]
        self_lines[f"{func} ({file}:{lineno})"] += count
        for name in {f"{f} ({p})" for f, p, _ in frames}:
            inclusive[name] += count
    return total, self_lines, inclusive


def _print(name: str, total: int, self_lines: Counter[str], inclusive: Counter[str], top: int) -> None:
    print(f"\n### {name} ({total} samples)")
    print("self (leaf line):")
    for key, count in self_lines.most_common(top):
        print(f"  {100 * count / total:5.1f}%  {key}")
    print("inclusive (function on the stack):")
    shown = 0
    for key, count in inclusive.most_common():
        if "benchmarks/profile.py" in key or "<frozen runpy>" in key or count == total:
            continue
        print(f"  {100 * count / total:5.1f}%  {key}")
        shown += 1
        if shown == top:
            break


def profile_with_py_spy(py_spy: str, scenario: str, rate: int, top: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "stacks.txt"
        child = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.profile", "--run", scenario],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdin is not None and child.stdout is not None
        try:
            while (line := child.stdout.readline()) and line.strip() != "READY":
                pass
            command = [py_spy, "record", "--rate", str(rate), "--format", "raw", "--output", str(out)]
            spy = subprocess.Popen([*command, "--pid", str(child.pid)], cwd=ROOT, stdout=subprocess.DEVNULL)
            time.sleep(0.5)  # py-spy attached
            child.stdin.write("\n")
            child.stdin.flush()
            child.wait(timeout=600)
            spy.wait(timeout=60)
        finally:
            if child.poll() is None:
                child.kill()
        total, self_lines, inclusive = fold(out.read_text())
    _print(scenario, total, self_lines, inclusive, top)


def profile_with_cprofile(scenario: str, top: int) -> None:
    profiler = cProfile.Profile()
    profiler.runcall(SCENARIOS[scenario])
    print(f"\n### {scenario} (cProfile)")
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(top)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="py-spy profiles of the SDK hot paths")
    parser.add_argument("--scenario", action="append", choices=sorted(SCENARIOS), help="default: all")
    parser.add_argument("--rate", type=int, default=1000, help="py-spy samples per second")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--run", choices=sorted(SCENARIOS), help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args(argv)
    if args.run:
        SCENARIOS[args.run]()
        return 0
    py_spy = shutil.which("py-spy") or shutil.which("py-spy", path=str(Path(sys.executable).parent))
    for scenario in args.scenario or list(SCENARIOS):
        if py_spy:
            profile_with_py_spy(py_spy, scenario, args.rate, args.top)
        else:
            profile_with_cprofile(scenario, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
