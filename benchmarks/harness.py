"""Timing helpers: interleaved rounds, medians, paired ratios, and the printed table.

Every comparison runs its contenders in the same process, round by round, in a shuffled order each round,
so that a burst of load on the machine hits all of them alike. A contender's figure is the median of its
per-round means; a ratio is the median of the per-round ratios of the two contenders (paired), which
cancels most of the drift a shared machine adds.

Each round is timed twice: wall clock (`perf_counter`, what a caller waits) and this process's CPU time
(`process_time`, what the client itself spends). On a machine shared with other work the CPU figure is the
steadier one: it does not count the time the process waited for a core.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field


@dataclass
class Samples:
    """Per-round values of one contender (µs per call, or a rate)."""

    name: str
    values: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    """Per-round CPU time of this process, same unit as `values` (empty where not measured)."""

    @property
    def median(self) -> float:
        return statistics.median(self.values) if self.values else float("nan")

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu) if self.cpu else float("nan")

    def quartiles(self) -> tuple[float, float]:
        if len(self.values) < 4:
            return (min(self.values, default=float("nan")), max(self.values, default=float("nan")))
        q = statistics.quantiles(self.values, n=4)
        return q[0], q[2]


def interleave(
    contenders: Mapping[str, Callable[[], object]],
    *,
    rounds: int,
    batch: int,
    warmup: int = 20,
    seed: int = 1,
) -> dict[str, Samples]:
    """µs per call of each contender: `rounds` rounds of `batch` calls each, contenders shuffled per round."""
    for fn in contenders.values():
        for _ in range(warmup):
            fn()
    results = {name: Samples(name) for name in contenders}
    order = list(contenders)
    rng = random.Random(seed)
    clock, cpu_clock = time.perf_counter, time.process_time
    for _ in range(rounds):
        rng.shuffle(order)
        for name in order:
            fn = contenders[name]
            cpu_start, start = cpu_clock(), clock()
            for _ in range(batch):
                fn()
            wall, cpu = clock() - start, cpu_clock() - cpu_start
            results[name].values.append(wall / batch * 1e6)
            results[name].cpu.append(cpu / batch * 1e6)
    return results


def paired_ratio(a: Samples, b: Samples, *, cpu: bool = False) -> float:
    """Median over rounds of a/b (both measured in the same round); `cpu`: of their CPU times."""
    left, right = (a.cpu, b.cpu) if cpu else (a.values, b.values)
    ratios = [x / y for x, y in zip(left, right, strict=False) if y > 0]
    return statistics.median(ratios) if ratios else float("nan")


@dataclass
class Row:
    section: str
    name: str
    value: float
    unit: str
    spread: tuple[float, float] | None = None
    note: str = ""
    cpu: float | None = None


@dataclass
class Ratio:
    name: str
    value: float
    goal: str = ""
    met: bool | None = None

    def line(self) -> str:
        verdict = "" if self.met is None else ("  [goal met]" if self.met else "  [goal NOT met]")
        goal = f"  (goal {self.goal})" if self.goal else ""
        return f"{self.name} {self.value:.2f}{goal}{verdict}"


@dataclass
class Goal:
    """One line of the issue's goal table: the measured figure, its goal and whether it is met."""

    name: str
    value: float
    op: str
    """`<=` or `>=`."""
    target: float
    unit: str = ""
    detail: str = ""
    """The figures the value comes from (CPU and wall), printed beside it."""

    @property
    def met(self) -> bool | None:
        if self.value != self.value:  # NaN: not measured
            return None
        return self.value <= self.target if self.op == "<=" else self.value >= self.target

    def line(self, width: int) -> str:
        verdict = {True: "met", False: "NOT met", None: "not measured"}[self.met]
        goal = f"{self.op} {_fmt(self.target)}{self.unit}"
        value = f"{_fmt(self.value)}{self.unit}"
        return f"{self.name:<{width}}  {value:>10}  {goal:>12}  {verdict:<12}  {self.detail}"


@dataclass
class Report:
    rows: list[Row] = field(default_factory=list)
    ratios: list[Ratio] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)

    def goal(self, name: str, value: float, op: str, target: float, *, unit: str = "", detail: str = "") -> Goal:
        goal = Goal(name, value, op, target, unit, detail)
        self.goals.append(goal)
        print(goal.line(60), flush=True)
        return goal

    def goal_table(self) -> str:
        width = max((len(g.name) for g in self.goals), default=10)
        head = f"{'goal (issue 19)':<{width}}  {'measured':>10}  {'goal':>12}  {'verdict':<12}  from"
        met = sum(1 for g in self.goals if g.met)
        lines = ["", "## goals: " + f"{met} of {len(self.goals)} met", head]
        lines += [g.line(width) for g in self.goals]
        return "\n".join(lines)

    def add(self, section: str, samples: Samples, unit: str = "µs/call", note: str = "") -> None:
        cpu = samples.cpu_median if samples.cpu else None
        self.rows.append(Row(section, samples.name, samples.median, unit, samples.quartiles(), note, cpu))

    def value(self, section: str, name: str, value: float, unit: str, note: str = "") -> None:
        self.rows.append(Row(section, name, value, unit, None, note))

    def ratio(self, name: str, value: float, *, goal: str = "", met: bool | None = None) -> Ratio:
        ratio = Ratio(name, value, goal, met)
        self.ratios.append(ratio)
        print(ratio.line(), flush=True)
        return ratio

    def table(self) -> str:
        width = max((len(r.name) for r in self.rows), default=10)
        lines = []
        section = ""
        for row in self.rows:
            if row.section != section:
                section = row.section
                lines.append("")
                lines.append(f"## {section}")
                head = (
                    f"{'contender':<{width}}  {'median':>10}  {'unit':<8}  {'IQR (wall)':>21}  {'CPU median':>10}  note"
                )
                lines.append(head)
            spread = f"{_fmt(row.spread[0])} .. {_fmt(row.spread[1])}" if row.spread else ""
            cpu = _fmt(row.cpu) if row.cpu is not None else ""
            lines.append(
                f"{row.name:<{width}}  {_fmt(row.value):>10}  {row.unit:<8}  {spread:>21}  {cpu:>10}  {row.note}"
            )
        return "\n".join(lines)


def _fmt(value: float) -> str:
    if value != value:  # NaN
        return "n/a"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")
