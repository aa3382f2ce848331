"""What the `venuekit` command knows about the venues: read from the generated packages, nothing listed by hand.

The venues are the generated packages linked into `venuekit` (`venuekit.<package>` with an `api` and a `client`
module); an operation is one module of `venuekit.<package>.api.<group>`, described by its `OPERATION` and the
keyword arguments of its `request()` (the same checks the client runs). Both come from the spec through
`make generate`, so the command lists exactly what the clients offer.
"""

from __future__ import annotations

import datetime
import importlib
import importlib.util
import inspect
import json
import pkgutil
import re
import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

import venuekit
from venuekit.client import Operation


class UsageError(Exception):
    """A command line the command cannot act on (exit status 2)."""


@dataclass(frozen=True)
class Param:
    name: str
    annotation: str
    """As the generated signature writes it (`Side | Literal['BUY', 'SELL']`)."""
    required: bool


@dataclass(frozen=True)
class OperationInfo:
    venue: str
    module: types.ModuleType
    operation: Operation
    summary: str
    params: tuple[Param, ...]

    @property
    def group(self) -> str:
        return self.operation.tag

    @property
    def name(self) -> str:
        return f"{self.operation.tag}.{self.operation.name}"

    @property
    def public_read(self) -> bool:
        """Unsigned and unable to change anything: what `check-live` may call without keys."""
        op = self.operation
        return not op.signed and op.placement is None and op.method == "GET"

    @property
    def kind(self) -> str:
        op = self.operation
        if op.placement is not None:
            return "places/moves money"
        return "read" if op.method == "GET" else "write"

    def hints(self) -> dict[str, Any]:
        """The resolved types of `request()`'s arguments."""
        return typing.get_type_hints(self.module.request)

    def param(self, given: str) -> Param:
        """The argument `given` names: its Python name, kebab-case, or the venue's wire name (camelCase)."""
        wanted = normalized(given)
        for param in self.params:
            if normalized(param.name) == wanted:
                return param
        known = ", ".join("--" + p.name.replace("_", "-") for p in self.params) or "(none)"
        raise UsageError(f"{self.venue} {self.name} has no parameter {given!r}; parameters: {known}")


def normalized(name: str) -> str:
    """`execution_type`, `execution-type`, `executionType` and `type_` / `type` compare equal."""
    return name.replace("_", "").replace("-", "").lower()


def venues() -> list[str]:
    """The venue packages installed under `venuekit`, sorted."""
    found = []
    for info in pkgutil.iter_modules(venuekit.__path__):
        if info.ispkg and importlib.util.find_spec(f"venuekit.{info.name}.api") is not None:
            found.append(info.name)
    return sorted(found)


def check_venue(venue: str) -> str:
    known = venues()
    if venue not in known:
        raise UsageError(f"unknown venue {venue!r}; venues: {', '.join(known)}")
    return venue


@cache
def operations(venue: str) -> tuple[OperationInfo, ...]:
    """Every operation of `venue`, by group then name."""
    api = importlib.import_module(f"venuekit.{check_venue(venue)}.api")
    found = []
    for group in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{group.name}")
        for entry in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{entry.name}")
            operation = getattr(module, "OPERATION", None)
            if not isinstance(operation, Operation):
                continue
            heading = (module.__doc__ or "").strip().splitlines()[0] if module.__doc__ else ""
            params = tuple(
                Param(p.name, str(p.annotation), p.default is inspect.Parameter.empty)
                for p in inspect.signature(module.request).parameters.values()
            )
            found.append(OperationInfo(venue, module, operation, heading.partition(": ")[2], params))
    return tuple(sorted(found, key=lambda info: (info.operation.tag, info.operation.name)))


def find(venue: str, name: str) -> OperationInfo:
    """`public.get_ticker` (or just `get_ticker` when no other group has one; the operationId works too)."""
    every = operations(venue)
    matches = [i for i in every if name in (i.name, i.operation.name, i.operation.operation_id)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise UsageError(f"{name!r} is ambiguous in {venue}: {', '.join(i.name for i in matches)}")
    raise UsageError(f"{venue} has no operation {name!r}; `venuekit ops {venue}` lists them")


# --- command-line values -> the types `request()` takes --------------------------------------------------
def convert(param: Param, values: Sequence[str], hint: Any) -> Any:
    """The text(s) given for `param` as the value its type wants. Money stays the text (the SDK's own check
    turns it into a `Decimal` or refuses it); a list takes repeated options or comma-separated items."""
    hint = _without_none(hint)
    if _is_sequence(hint):
        (inner,) = typing.get_args(hint) or (str,)
        items = [item for value in values for item in _split(value, inner)]
        return [_one(param, item, inner) for item in items]
    if len(values) > 1:
        raise UsageError(f"--{_flag(param)} was given {len(values)} times; it takes one value")
    return _one(param, values[0], hint)


def _flag(param: Param) -> str:
    return param.name.replace("_", "-")


def _without_none(hint: Any) -> Any:
    if _is_union(hint):
        members = [m for m in typing.get_args(hint) if m is not type(None)]
        return members[0] if len(members) == 1 else typing.Union[tuple(members)]  # noqa: UP007
    return hint


def _is_union(hint: Any) -> bool:
    return typing.get_origin(hint) in (typing.Union, types.UnionType)


def _is_sequence(hint: Any) -> bool:
    origin = typing.get_origin(hint)
    return isinstance(origin, type) and issubclass(origin, Sequence) and origin is not str


def _split(value: str, inner: Any) -> list[str]:
    if _is_model(inner):
        return [value]  # a JSON object: commas belong to it
    return [item.strip() for item in value.split(",") if item.strip()]


def _is_model(hint: Any) -> bool:
    return inspect.isclass(hint) and hasattr(hint, "from_dict") and hasattr(hint, "to_dict")


_INTEGER_TEXT = re.compile(r"-?[0-9]+")
"""A documented integer value as typed: ASCII digits only (`str.isdigit` also takes "²", which `int` refuses)."""


def _one(param: Param, text: str, hint: Any) -> Any:
    members = list(typing.get_args(hint)) if _is_union(hint) else [hint]
    literals = [v for m in members if typing.get_origin(m) is typing.Literal for v in typing.get_args(m)]
    if literals:
        if text in literals:
            return text
        if _INTEGER_TEXT.fullmatch(text) and int(text) in literals:
            return int(text)
    # Anything else without a rule below (an enum's value or name, a documented value misspelt) goes on as the text:
    # the SDK's own check takes it or refuses it naming the documented values.
    if Decimal in members or hint is str:
        return text
    if hint is bool:
        lowered = text.lower()
        if lowered in ("true", "1", "yes", "on"):
            return True
        if lowered in ("false", "0", "no", "off"):
            return False
        raise UsageError(f"--{_flag(param)}: expected true or false, got {text!r}")
    if hint is int:
        try:
            return int(text)
        except ValueError:
            raise UsageError(f"--{_flag(param)}: expected an integer, got {text!r}") from None
    if hint is datetime.datetime:
        try:
            moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise UsageError(f"--{_flag(param)}: expected an ISO-8601 time such as 2024-01-31T09:00:00Z") from None
        return moment if moment.tzinfo else moment.replace(tzinfo=datetime.timezone.utc)
    if _is_model(hint):
        try:
            data = json.loads(text, parse_float=Decimal)
        except ValueError as exc:
            raise UsageError(f"--{_flag(param)}: expected a JSON object ({hint.__name__}): {exc}") from None
        try:
            return hint.from_dict(data)
        except (LookupError, TypeError, ValueError) as exc:
            raise UsageError(f"--{_flag(param)}: not a {hint.__name__}: {exc}") from None
    return text
