"""Rules that tie request values together, declared in the specs as `x-sdk-*` extensions.

One reader (`from_spec`) and one evaluator (`Rule.broken`) serve both sides: the generated clients
refuse a call that breaks a rule before anything is sent, and the sandbox refuses a request that
breaks it with the venue's own error code. The extensions (specs/CONVENTIONS.md):

    x-sdk-exactly-one-of:  [{of: [orderId, executionId], code: ERR-5208}]
    x-sdk-at-least-one-of: [{of: [limitPrice, stopPrice]}]
    x-sdk-at-most-one-of:  [{of: [quantity, amount], code: "-1129"}]
    x-sdk-require-if:      [{parameter: price, when: executionType, in: [LIMIT, STOP]}]
    x-sdk-forbid-if:       [{parameter: losscutPrice, when: executionType, in: [MARKET], code: ERR-5118}]
    x-sdk-time-window:     [{from: fromTimestamp, to: toTimestamp, max-seconds: 1800, code: ERR-846}]

Groups may carry `when`/`in` too (the group applies only then); `forbid-if` may carry `value` (only
that value is forbidden). `code` is the venue's error code for the broken rule; for a one-of group it
is the code for "too many given" (a missing value gets the venue's generic missing-parameter error).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .types import Unset

EXTENSIONS = (
    "x-sdk-exactly-one-of",
    "x-sdk-at-least-one-of",
    "x-sdk-at-most-one-of",
    "x-sdk-require-if",
    "x-sdk-forbid-if",
    "x-sdk-time-window",
)


@dataclass(frozen=True)
class Broken:
    """Why a set of values breaks a rule; `name` is the value to blame (as named in the mapping)."""

    name: str
    problem: str
    missing: bool
    code: str | None


def present(value: object) -> bool:
    return not (value is None or isinstance(value, Unset) or value == "" or value == [])


def _wire(value: object) -> str:
    """Enum members compare by their wire value; everything compares as text (YAML, JSON and forms agree)."""
    value = getattr(value, "value", value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@dataclass(frozen=True)
class _Condition:
    when: str | None = None
    in_: tuple[Any, ...] = ()

    def holds(self, values: Mapping[str, object]) -> bool:
        if self.when is None:
            return True
        trigger = values.get(self.when)
        return present(trigger) and _wire(trigger) in {_wire(v) for v in self.in_}

    def text(self, values: Mapping[str, object]) -> str:
        return f" when {self.when} is {_wire(values.get(self.when))}" if self.when is not None else ""


@dataclass(frozen=True)
class OneOf:
    """Between `least` and `most` (None: no upper bound) of `names` must be given."""

    names: tuple[str, ...]
    least: int
    most: int | None
    code: str | None = None
    when: str | None = None
    in_: tuple[Any, ...] = ()

    def broken(self, values: Mapping[str, object]) -> Broken | None:
        condition = _Condition(self.when, self.in_)
        if not condition.holds(values):
            return None
        given = [name for name in self.names if present(values.get(name))]
        listed = ", ".join(self.names)
        if len(given) < self.least:
            # the venue's code is for this case only when nothing else can go wrong (at-least-one-of)
            code = self.code if self.most is None else None
            return Broken(self.names[0], f"one of {listed} is required{condition.text(values)}", True, code)
        if self.most is not None and len(given) > self.most:
            problem = f"only one of {listed} may be given{condition.text(values)} (got {', '.join(given)})"
            return Broken(given[self.most], problem, False, self.code)
        return None

    def renamed(self, names: Mapping[str, str]) -> OneOf:
        return replace(self, names=tuple(names[n] for n in self.names), when=_rename(self.when, names))


@dataclass(frozen=True)
class RequireIf:
    name: str
    when: str
    in_: tuple[Any, ...]
    code: str | None = None

    def broken(self, values: Mapping[str, object]) -> Broken | None:
        condition = _Condition(self.when, self.in_)
        if condition.holds(values) and not present(values.get(self.name)):
            return Broken(self.name, f"is required{condition.text(values)}", True, self.code)
        return None

    def renamed(self, names: Mapping[str, str]) -> RequireIf:
        return replace(self, name=names[self.name], when=names[self.when])


@dataclass(frozen=True)
class ForbidIf:
    """`name` must not be given (or not with `value`, when set) while `when` is one of `in_`."""

    name: str
    when: str
    in_: tuple[Any, ...]
    value: Any = None
    code: str | None = None

    def broken(self, values: Mapping[str, object]) -> Broken | None:
        condition = _Condition(self.when, self.in_)
        given = values.get(self.name)
        if not (present(given) and condition.holds(values)):
            return None
        if self.value is not None and _wire(given) != _wire(self.value):
            return None
        what = "is not allowed" if self.value is None else f"{_wire(self.value)} is not allowed"
        return Broken(self.name, f"{what}{condition.text(values)}", False, self.code)

    def renamed(self, names: Mapping[str, str]) -> ForbidIf:
        return replace(self, name=names[self.name], when=names[self.when])


@dataclass(frozen=True)
class TimeWindow:
    """`end` at most `max_seconds` away from `start` (either order). `scale`: units per second of an
    integer epoch value (1000 for `format: unix-ms`); datetimes and ISO-8601 strings need none."""

    start: str
    end: str
    max_seconds: int
    code: str | None = None
    scale: int | None = None

    def broken(self, values: Mapping[str, object]) -> Broken | None:
        start, end = self._seconds(values.get(self.start)), self._seconds(values.get(self.end))
        if start is None or end is None or abs(end - start) <= self.max_seconds:
            return None
        problem = f"must be at most {_duration(self.max_seconds)} from {self.start}"
        return Broken(self.end, problem, False, self.code)

    def _seconds(self, value: object) -> float | None:
        if isinstance(value, _dt.datetime):
            return value.timestamp() if value.tzinfo is not None else None
        if isinstance(value, int) and not isinstance(value, bool) and self.scale:
            return value / self.scale
        if isinstance(value, str):
            if self.scale and value.isascii() and value.isdigit():
                return int(value) / self.scale
            from .codec import parse_datetime  # only callers with ISO windows pay for it

            try:
                return parse_datetime(value).timestamp()
            except ValueError:
                return None  # not a time: the value's own check reports it
        return None

    def renamed(self, names: Mapping[str, str]) -> TimeWindow:
        return replace(self, start=names[self.start], end=names[self.end])


Rule = OneOf | RequireIf | ForbidIf | TimeWindow


def _rename(name: str | None, names: Mapping[str, str]) -> str | None:
    return None if name is None else names[name]


def _duration(seconds: int) -> str:
    """In the largest unit that divides it exactly: "30 days", "1 hour", "90 seconds"."""
    for unit, size in (("day", 86_400), ("hour", 3_600), ("minute", 60), ("second", 1)):
        if seconds % size == 0 and seconds >= size:
            count = seconds // size
            return f"{count} {unit}" if count == 1 else f"{count} {unit}s"
    return f"{seconds} seconds"


def _code(entry: Mapping[str, Any]) -> str | None:
    code = entry.get("code")
    return None if code is None else str(code)


def from_spec(node: Mapping[str, Any], scale_of: Callable[[str], int | None] = lambda name: None) -> list[Rule]:
    """The rules an operation or a request schema declares, in a fixed order.

    `scale_of(name)` gives the epoch scale of an integer time value (from its `format`), for windows.
    Raises ValueError on a malformed declaration, naming it.
    """
    rules: list[Rule] = []
    bounds = {"x-sdk-exactly-one-of": (1, 1), "x-sdk-at-least-one-of": (1, None), "x-sdk-at-most-one-of": (0, 1)}
    for key in EXTENSIONS:
        entries = node.get(key, [])
        if not isinstance(entries, Sequence) or isinstance(entries, str):
            raise ValueError(f"{key} must be a list of rules, got {entries!r}")
        for entry in entries:
            try:
                if not isinstance(entry, Mapping):
                    raise TypeError("each rule is a mapping")
                rules.append(_one(key, entry, bounds, scale_of))
            except (KeyError, TypeError) as exc:
                raise ValueError(f"{key}: malformed rule {entry!r} ({exc})") from None
    return rules


def _one(
    key: str,
    entry: Mapping[str, Any],
    bounds: Mapping[str, tuple[int, int | None]],
    scale_of: Callable[[str], int | None],
) -> Rule:
    code = _code(entry)
    if key in bounds:
        least, most = bounds[key]
        names = tuple(str(n) for n in entry["of"])
        if len(names) < 2:
            raise TypeError("a group names at least two values")
        return OneOf(names, least, most, code, entry.get("when"), tuple(entry.get("in", ())))
    if key == "x-sdk-require-if":
        return RequireIf(str(entry["parameter"]), str(entry["when"]), tuple(entry["in"]), code)
    if key == "x-sdk-forbid-if":
        return ForbidIf(str(entry["parameter"]), str(entry["when"]), tuple(entry["in"]), entry.get("value"), code)
    start, end = str(entry["from"]), str(entry["to"])
    return TimeWindow(start, end, int(entry["max-seconds"]), code, scale_of(start))


def names(rules: Sequence[Rule]) -> list[str]:
    """Every value the rules look at, in first-seen order."""
    seen: dict[str, None] = {}
    for rule in rules:
        if isinstance(rule, OneOf):
            seen.update(dict.fromkeys(rule.names))
            if rule.when is not None:
                seen[rule.when] = None
        elif isinstance(rule, RequireIf | ForbidIf):
            seen.update(dict.fromkeys((rule.name, rule.when)))
        else:
            seen.update(dict.fromkeys((rule.start, rule.end)))
    return list(seen)


def first_broken(rules: Sequence[Rule], values: Mapping[str, object]) -> Broken | None:
    for rule in rules:
        broken = rule.broken(values)
        if broken is not None:
            return broken
    return None
