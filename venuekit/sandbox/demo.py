"""`venuekit demo` (and `make demo`): the SDK against every venue's offline sandbox, no keys and no network needed.

Starts `python -m venuekit.sandbox <venue> --port 0` for every venue (127.0.0.1, free ports), runs the
scripted tour through each venue's SDK client (public market data, a signed balance query, an order
placed, listed, cancelled and cancelled again; then the venue's streams: market data and the order
events of an order placed over REST), prints what worked and how long each step took, stops the
sandboxes, and exits 1 if any step failed.

    venuekit demo                           # everything should pass (python -m venuekit demo)
    venuekit demo --wrong-secret            # every signed step fails with the venue's own auth error
    VENUEKIT_DEMO_WRONG_SECRET=1 make demo  # the same through make

It ships in the package (it needs the `sandbox` extra): the sandboxes serve the specs installed with it.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from typing import NamedTuple

from . import crossvenue
from .base import find_adapter
from .spec import known_venues
from .tour import Step, run_tour

STARTUP_TIMEOUT = 20.0
LIFETIME = 120  # seconds; a sandbox stops by itself even if this script is killed


class Started(NamedTuple):
    process: subprocess.Popen[str]
    url: str
    secret: str
    ws_url: str | None


def start(venue: str) -> Started:
    """Start one sandbox; its URLs and secret come from its first line."""
    process = subprocess.Popen(
        [sys.executable, "-m", "venuekit.sandbox", venue, "--port", "0", "--exit-after", str(LIFETIME)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    found = re.search(r"listening on (\S+) \(secret '([^']*)'\)(?:, streams on (\S+))?", line)
    if not found:
        process.kill()
        raise RuntimeError(f"{venue} sandbox did not start: {line!r}")
    return Started(process, found.group(1), found.group(2), found.group(3))


def table(results: dict[str, list[Step]], urls: dict[str, str]) -> str:
    lines = [f"{'venue':<13} {'step':<24} {'result':<6} {'latency':>10}  detail"]
    for venue, steps in results.items():
        lines.append(f"{venue:<13} {'(' + urls[venue] + ')':<24}")
        for step in steps:
            result = "n/a" if not step.applicable else "ok" if step.ok else "skip" if step.skipped else "FAIL"
            latency = "" if step.skipped or not step.applicable else f"{step.ms:8.1f} ms"
            lines.append(f"{'':<13} {step.name:<24} {result:<6} {latency:>10}  {step.detail}")
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--wrong-secret",
        action="store_true",
        default=os.environ.get("VENUEKIT_DEMO_WRONG_SECRET", "") not in ("", "0"),
        help="sign with a secret the sandboxes do not know (also: VENUEKIT_DEMO_WRONG_SECRET=1)",
    )
    parser.add_argument("--venue", action="append", choices=known_venues(), help="only these venues (repeatable)")


def main(argv: list[str] | None = None, prog: str = "python -m venuekit.sandbox.demo") -> int:
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.split("\n")[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


def run(args: argparse.Namespace) -> int:
    """Tour every chosen venue; 0 when every step passed, 1 otherwise."""
    known = known_venues()
    chosen = args.venue or known
    # The SDK logs retries and reconnects; the table says what happened, so keep stderr quiet (for this run
    # only: `venuekit demo` may run inside a process that logs).
    sdk_log = logging.getLogger("venuekit")
    quiet = logging.NullHandler()
    sdk_log.addHandler(quiet)
    propagated, sdk_log.propagate = sdk_log.propagate, False
    try:
        return _tour_all(args, chosen)
    finally:
        sdk_log.propagate = propagated
        sdk_log.removeHandler(quiet)


def _tour_all(args: argparse.Namespace, chosen: list[str]) -> int:
    began = time.perf_counter()
    with ThreadPoolExecutor(len(chosen)) as pool:
        started = dict(zip(chosen, pool.map(start, chosen), strict=True))
    up = time.perf_counter() - began
    try:
        urls = {venue: " ".join(filter(None, (s.url, s.ws_url))) for venue, s in started.items()}

        def tour(venue: str) -> list[Step]:
            sandbox = started[venue]
            secret = find_adapter(venue).wrong_secret if args.wrong_secret else sandbox.secret
            # Without a ws_url the tour still notes that a venue has no streams.
            ws_url = sandbox.ws_url or "ws://127.0.0.1:9"
            return run_tour(venue, base_url=sandbox.url, api_secret=secret, ws_url=ws_url)

        for venue in chosen:  # imported before the clock starts: latencies are calls, not imports
            importlib.import_module(f"venuekit.{venue}")
        toured = time.perf_counter()
        results = {venue: tour(venue) for venue in chosen}  # one at a time: latencies are not contended
        tours = time.perf_counter() - toured
        # One piece of code, the unified interface, on every sandbox (after the tours: they count open orders).
        cross = crossvenue.run(
            {
                venue: (s.url, find_adapter(venue).wrong_secret if args.wrong_secret else s.secret)
                for venue, s in started.items()
            }
        )
    finally:
        for sandbox in started.values():
            sandbox.process.terminate()
        for sandbox in started.values():
            sandbox.process.wait(timeout=10)

    mode = "a WRONG secret" if args.wrong_secret else "the sandboxes' test secrets"
    print(f"venuekit demo: {len(chosen)} offline sandboxes on 127.0.0.1, the SDK signing with {mode}\n")
    print(table(results, urls))
    print("\nThe same code on every venue (venuekit.connect, venuekit.sandbox.crossvenue.script):\n")
    print(crossvenue.table(cross))
    steps = [step for venue_steps in results.values() for step in venue_steps]
    passed = sum(step.ok for step in steps)
    total = time.perf_counter() - began
    print(f"\n{passed}/{len(steps)} steps ok. Sandboxes up in {up:.2f} s, tours {tours:.2f} s, total {total:.2f} s.")
    print(
        "Latencies are what the SDK caller sees, including the client's own pacing to each venue's "
        "documented rate limits (GMO Coin FX: 1 order request per second; HashKey: 2 queries per second)."
    )
    return 0 if passed == len(steps) and not crossvenue.failures(cross) else 1


if __name__ == "__main__":
    sys.exit(main())
