"""`make mutation`: mutmut over the hand-written runtime, the hook modules and the generator's property types.

    python -m tests.mutation.run [MUTANT-PATTERN ...]     # e.g. 'venuekit.auth.*' 'venuekit.retry.*'
    python -m tests.mutation.run --sample 0.25 [PATTERN ...] # a seeded random quarter of each module's unrun mutants
    python -m tests.mutation.run --report                 # only rewrite REPORT.md from the last results

mutmut (configured in pyproject.toml, [tool.mutmut]) copies the sources into `mutants/`, runs the test suite once
to record which tests reach which function, then runs, for every mutant, only the tests that reach it, fastest
first, stopping at the first failure. Results stay in `mutants/` between runs (delete it for a fresh start).
A full run takes hours on a small machine; `--sample F` runs a seeded, stratified random fraction of the mutants not
run yet (at least one per module), and the report then gives, per group, the kill rate of what ran and the rate it
implies for the whole group (each module weighted by its size) with a 95% interval.
Mutants that mypy (`type_check_command`) rejects count as killed: `make lint` would refuse them.
Afterwards REPORT.md is rewritten: the kill rate per area and every surviving mutant with its diff and the
explanation kept for it in notes.yaml or notes/<area>.yaml (why it is equivalent, or which test would kill it).
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import subprocess
import sys
from collections import Counter
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
MUTANTS = ROOT / "mutants"
MUTMUT = [sys.executable, "-m", "mutmut"]
SAMPLE = MUTANTS / "sample.json"


def prepare() -> None:
    """Recreate in mutants/ the links of venuekit/ that mutmut does not copy: the generated venue packages
    (`venuekit/<package>` -> `../generated/<package>`, which also_copy brings along). `venuekit/auth` is a
    source path, so mutmut writes it there as a real folder of mutated files."""
    target = MUTANTS / "venuekit"
    target.mkdir(parents=True, exist_ok=True)
    for link in sorted((ROOT / "venuekit").iterdir()):
        if link.is_symlink() and link.name != "auth" and not (target / link.name).exists():
            (target / link.name).symlink_to(os.readlink(link))


def area(name: str) -> str:
    """The report's grouping of a mutant: its module (`venuekit.auth.gmo_coin`, `venuekit.streams.connection`)."""
    return name.rsplit(".", 1)[0]


def results() -> dict[str, str]:
    """mutant name -> status, from `mutmut results --all`."""
    out = subprocess.run([*MUTMUT, "results", "--all", "true"], cwd=ROOT, capture_output=True, text=True, check=True)
    found = {}
    for line in out.stdout.splitlines():
        match = re.fullmatch(r"\s*(\S+): (.+)", line)
        if match:
            found[match.group(1)] = match.group(2).strip()
    return found


def diff(name: str) -> str:
    out = subprocess.run([*MUTMUT, "show", name], cwd=ROOT, capture_output=True, text=True, check=False)
    changed = [line for line in out.stdout.splitlines()[1:] if line.startswith(("+", "-"))]
    return "\n".join(line for line in changed if line[:3] not in ("---", "+++"))


GROUPS = [
    ("`venuekit/` (runtime)", ("venuekit",)),
    ("hook modules (`venuekit.auth.*`)", ("venuekit.auth",)),
    ("`generator/extensions.py`", ("generator",)),
]


def group_of(name: str) -> str:
    """The GROUPS label of an area: the longest matching prefix wins (venuekit.auth is not the runtime)."""
    best = max(
        (prefix for _, prefixes in GROUPS for prefix in prefixes if f"{name}.".startswith(f"{prefix}.")), key=len
    )
    return next(label for label, prefixes in GROUPS if best in prefixes)


def estimate(label: str, found: dict[str, str], equivalent: set[str], drawn: dict[str, Any]) -> str:
    """One group's row: its mutants, how many ran, and its kill rate. After a `--sample` run the rate is an
    estimate: every mutant run outside the sampled pool counts as it came out, and each module's pool of mutants
    that had not run when the sample was drawn counts at the rate of its random sample (95% interval)."""
    areas = sorted({area(n) for n in found if group_of(area(n)) == label})
    # A pooled name that no longer exists went with its function's code (changed since the draw, its mutants rerun).
    pools = {a: set(drawn.get("pending", {}).get(a, [])) & found.keys() for a in areas}
    chosen = set(drawn.get("chosen", []))
    ran = [n for n in found if area(n) in pools and found[n] != "not checked"]

    def killed(name: str) -> bool:
        return found[name] in ("killed", "timeout", "caught by type check")

    def implied(skip: set[str]) -> str:
        kills = size = variance = 0.0
        for a in areas:
            names = [n for n in found if area(n) == a and n not in skip]
            pool = [n for n in names if n in pools[a]]
            exact = [n for n in names if n not in pools[a]]
            if any(found[n] == "not checked" for n in exact):
                return "-"  # a mutant neither run nor in a sampled pool: no estimate for the group
            kills, size = kills + sum(map(killed, exact)), size + len(exact)
            picked = [n for n in pool if n in chosen and found[n] != "not checked"]
            if pool and not picked:
                return "-"
            if pool:
                # the pool's size counts mutants of `skip` too: scale it by the share of the sample left in
                share = len(picked) / max(1, len([n for n in pools[a] if n in chosen and found[n] != "not checked"]))
                pool_size = len(pools[a]) * share
                p = sum(map(killed, picked)) / len(picked)
                kills, size = kills + pool_size * p, size + pool_size
                variance += pool_size**2 * p * (1 - p) / len(picked) * max(0.0, 1 - len(picked) / pool_size)
        if not size:
            return "-"
        if not variance:
            return f"{100 * kills / size:.1f}%"
        return f"{100 * kills / size:.1f}% ± {100 * 1.96 * math.sqrt(variance) / size:.1f}"

    total = sum(1 for n in found if area(n) in pools)
    rate = f"{100 * sum(map(killed, ran)) / len(ran):.1f}%" if ran else "-"
    cells = (label, total, len(ran), rate, implied(set()), implied(equivalent))
    return "| " + " | ".join(str(cell) for cell in cells) + " |"


def report(found: dict[str, str]) -> str:
    notes: dict[str, Any] = {}
    # One file per area under notes/ besides notes.yaml, so that work on different modules never edits one file.
    for path in [HERE / "notes.yaml", *sorted((HERE / "notes").glob("*.yaml"))]:
        notes.update(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
    everything = found
    drawn = json.loads(SAMPLE.read_text(encoding="utf-8")) if SAMPLE.exists() else {}
    unchecked = Counter(area(name) for name, status in found.items() if status == "not checked")
    found = {name: status for name, status in found.items() if status != "not checked"}
    total: Counter[str] = Counter(found.values())
    lines = [
        "# Mutation testing report",
        "",
        "Written by `make mutation` (tests/mutation/run.py) from mutmut's results; the explanations of the",
        "survivors come from tests/mutation/notes.yaml. Killed = a test failed (or timed out) with the mutant in",
        "place; survived = every test that reaches the mutated function passed; no tests = no test reaches it.",
        "A mutant that was not run (a partial run) is not counted.",
        "",
        'Equivalent = a survivor whose note in notes.yaml starts with "Equivalent" (no program can tell it from the',
        "original through the SDK's behaviour); the last column leaves those out.",
        "",
        "| area | mutants | killed | survived | of which equivalent | no tests | kill rate | without equivalents |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]

    def note_for(name: str) -> str | None:
        return notes.get(name) or next((text for key, text in notes.items() if fnmatch(name, key)), None)

    equivalent = {
        name
        for name, status in found.items()
        if status == "survived" and str(note_for(name) or "").strip().startswith("Equivalent")
    }

    def row(label: str, names: list[str]) -> str:
        counts = Counter(found[name] for name in names)
        killed = counts["killed"] + counts["timeout"] + counts["caught by type check"]
        size = sum(counts.values())
        same = sum(name in equivalent for name in names)
        rate = f"{100 * killed / size:.1f}%" if size else "-"
        rate_out = f"{100 * killed / (size - same):.1f}%" if size - same else "-"
        cells = (label, size, killed, counts["survived"], same, counts["no tests"], rate, rate_out)
        return "| " + " | ".join(str(cell) for cell in cells) + " |"

    names_by_area: dict[str, list[str]] = {}
    for name in found:
        names_by_area.setdefault(area(name), []).append(name)
    for name in sorted(names_by_area):
        lines.append(row(f"`{name}`", names_by_area[name]))
    lines.append(row("**all**", list(found)))
    lines += [
        "",
        "Per group: what ran, and its kill rate. When part of a group was run through `--sample`, the rate is an",
        "estimate: mutants run outside the sampled pool count as they came out (exact), and each module's pool of",
        "mutants not run when the sample was drawn counts at the kill rate of its seeded random sample, with a 95%",
        f"interval (sample: {drawn.get('note', 'none')}).",
        "",
        "| group | mutants | run | kill rate of those run | kill rate (estimated if sampled) | without equivalents |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for label, _ in GROUPS:
        lines.append(estimate(label, everything, equivalent, drawn))
    other = {s for s in total if s not in ("killed", "timeout", "caught by type check", "survived", "no tests")}
    if other:
        lines += ["", "Other outcomes: " + ", ".join(f"{s} {total[s]}" for s in sorted(other)) + "."]
    if unchecked:
        lines += ["", "Not run yet: " + ", ".join(f"`{a}` {n}" for a, n in sorted(unchecked.items())) + "."]
    lines += ["", "## Survivors", ""]
    survivors = sorted(n for n, s in found.items() if s in ("survived", "no tests"))
    if not survivors:
        lines.append("None.")
    for name in survivors:
        note = note_for(name) or "not yet examined"
        lines += [f"### `{name}` ({found[name]})", "", "```diff", diff(name), "```", "", str(note).strip(), ""]
    return "\n".join(lines).rstrip() + "\n"


def sample(argv: list[str]) -> list[str]:
    """`--sample F [PATTERN ...]` -> the names of a seeded random fraction F of each module's unrun mutants. The
    pool it was drawn from and the names drawn are kept in mutants/sample.json for the report's estimate."""
    fraction, patterns = float(argv[1]), argv[2:] or ["*"]
    pending: dict[str, list[str]] = {}
    for name, status in sorted(results().items()):
        if status == "not checked" and any(fnmatch(name, pattern) for pattern in patterns):
            pending.setdefault(area(name), []).append(name)
    draw = random.Random(21)  # the same sample on every machine for the same mutants
    chosen = [name for names in pending.values() for name in draw.sample(names, math.ceil(fraction * len(names)))]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    note = f"{len(chosen)} of {sum(map(len, pending.values()))} unrun mutants at {commit.stdout.strip() or 'unknown'}"
    SAMPLE.write_text(json.dumps({"note": note, "pending": pending, "chosen": chosen}, indent=1), encoding="utf-8")
    return chosen


def main(argv: list[str]) -> int:
    if argv[:1] != ["--report"]:
        prepare()
        if argv[:1] == ["--sample"]:
            argv = sample(argv)
            print(f"sampled {len(argv)} mutants")
        jobs = os.environ.get("MUTATION_JOBS", str(os.cpu_count() or 2))
        # mutmut runs `type_check_command` by name: the interpreter's own scripts folder comes first on PATH.
        env = {**os.environ, "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])}
        run = subprocess.run([*MUTMUT, "run", "--max-children", jobs, *argv], cwd=ROOT, check=False, env=env)
        if run.returncode != 0:
            return run.returncode
    (HERE / "REPORT.md").write_text(report(results()), encoding="utf-8")
    print(f"wrote {(HERE / 'REPORT.md').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
