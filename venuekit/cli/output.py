"""How the `venuekit` command prints results: a readable table, or JSON; money always with its exact digits."""

from __future__ import annotations

import datetime
import enum
import json
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from venuekit.types import Unset

_MARK = "\x00decimal:"
_TOKEN = re.compile(r'"\\u0000decimal:([^"\\]+)"')
WIDE = 60
"""Nested objects shown inside a table cell are cut to this many characters (money cells never are)."""


def plain(value: Any) -> Any:
    """A result as JSON-ready data: models by their wire names (`to_dict()`), enums by value; `Decimal`s stay."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return plain(value.to_dict())
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items() if not isinstance(v, Unset)}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, enum.Enum):
        return plain(value.value)
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value


def to_json(value: Any, *, indent: int | None = 2) -> str:
    """JSON in which every `Decimal` is a number written with exactly its digits (never through float)."""

    def mark(item: Any) -> Any:
        if isinstance(item, Decimal):
            return _MARK + format(item, "f")
        if isinstance(item, dict):
            return {k: mark(v) for k, v in item.items()}
        if isinstance(item, list):
            return [mark(v) for v in item]
        return item

    text = json.dumps(mark(plain(value)), indent=indent, ensure_ascii=False)
    return _TOKEN.sub(r"\1", text)


def cell(value: Any) -> str:
    value = plain(value)
    if value is None:
        return "-"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        text = to_json(value, indent=None)
        return text if len(text) <= WIDE else text[: WIDE - 1] + "…"
    return str(value)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Columns padded to their widest cell; the last column is not padded."""
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.ljust(w) if i < len(cells) - 1 else c for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def render(value: Any) -> str:
    """A result for people: a list of objects as a table (one row each), one object as field/value rows."""
    data = plain(value)
    if isinstance(data, list) and data and all(isinstance(item, dict) for item in data):
        columns: list[str] = []
        for item in data:
            columns += [k for k in item if k not in columns]
        return table(columns, [[cell(item.get(c)) if c in item else "" for c in columns] for item in data])
    if isinstance(data, dict):
        return table(["field", "value"], [[k, cell(v)] for k, v in data.items()])
    if isinstance(data, list):
        return "\n".join(cell(item) for item in data) if data else "(empty list)"
    return cell(data)
