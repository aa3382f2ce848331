"""Import time of each venue package in a fresh interpreter, against `import ccxt`.

Each sample is one new `python` process that times `import venuekit.<package>` with `time.perf_counter` (so interpreter
start-up is not counted). Bytecode is cached, as in an installed wheel: the child processes use a private
`PYTHONPYCACHEPREFIX` (filled by one discarded warm-up import; nothing is written to the work tree), whatever
`PYTHONDONTWRITEBYTECODE` says. Two figures per package:

- `cold`: nothing imported beforehand: what a script pays on its first `from venuekit import hashkey_mena`,
  httpx included;
- `beyond httpx`: `import httpx` first (an application that talks HTTP has it already): what the venue
  package adds, its other dependencies (attrs, msgspec, ...) and the shared runtime included.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence

from venuekit.sandbox.spec import known_venues

from .harness import Samples

PACKAGES = tuple(known_venues())
DEPENDENCIES = "import httpx"
OWN = "beyond import httpx"

_SNIPPET = "import time, sys\n{pre}\nt = time.perf_counter()\nimport {module}\nprint(time.perf_counter() - t)\n"


_CACHE = tempfile.mkdtemp(prefix="venuekit-bench-pycache-")


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = _CACHE
    return env


def _python(args: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, check=True, timeout=120, env=_env())


def _time_import(name: str, pre: str) -> float:
    code = _SNIPPET.format(pre=pre, module=name if name == "ccxt" else f"venuekit.{name}")
    try:
        out = _python(["-c", code])
    except subprocess.CalledProcessError as exc:
        lines = (exc.stderr or "").strip().splitlines()
        raise RuntimeError(f"import {name} failed: {lines[-1] if lines else exc}") from None
    return float(out.stdout.strip().splitlines()[-1]) * 1000


def warm(packages: Sequence[str]) -> None:
    """Fill the private bytecode cache (one import of everything, not timed)."""
    _python(["-c", "import " + ", ".join(packages)])


def measure(packages: Sequence[str], *, runs: int, with_ccxt: bool) -> dict[str, Samples]:
    """ms per import, interleaved across packages."""
    jobs: list[tuple[str, str, str]] = []
    for name in packages:
        jobs.append((f"{name} (cold)", name, ""))
        jobs.append((f"{name} ({OWN})", name, DEPENDENCIES))
    if with_ccxt:
        jobs.append(("ccxt (cold)", "ccxt", ""))
    warm([f"venuekit.{name}" for name in packages] + ["httpx"] + (["ccxt"] if with_ccxt else []))
    results = {label: Samples(label) for label, _, _ in jobs}
    rng = random.Random(3)
    for _ in range(runs):
        rng.shuffle(jobs)
        for label, name, pre in jobs:
            results[label].values.append(_time_import(name, pre))
    return results


def importtime_top(name: str, pre: str = DEPENDENCIES, limit: int = 15) -> list[tuple[int, int, str]]:
    """`python -X importtime`: the modules with the largest self time (µs), as (self, cumulative, module)."""
    code = f"{pre}\nimport {name}"
    out = _python(["-X", "importtime", "-c", code])
    rows = []
    for line in out.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if match:
            rows.append((int(match.group(1)), int(match.group(2)), match.group(4)))
    marker = [r for r in rows if r[2] == name]
    start = 0
    if pre:
        # Keep only what `import name` brought in: the lines after the preloaded modules.
        pre_names = {p.strip() for p in pre.replace("import", "").split(",")}
        last_pre = max((i for i, r in enumerate(rows) if r[2] in pre_names), default=-1)
        start = last_pre + 1
    own = rows[start:]
    own.sort(reverse=True)
    return own[:limit] if marker else []


def count_modules(name: str, prefix: str) -> int:
    """How many modules under `prefix` are loaded by `import name`."""
    test = f"m == {prefix!r} or m.startswith({prefix!r} + '.')"
    code = f"import sys\nimport venuekit.{name}\nprint(sum(1 for m in sys.modules if {test}))"
    out = _python(["-c", code])
    return int(out.stdout.strip())
