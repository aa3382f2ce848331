"""Where the stream tests get the generated stream modules and the specs' examples from."""

from __future__ import annotations

import copy
import dataclasses
import functools
import importlib
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from venuekit.streams import StreamOptions

from ..contract.support import load_exact

ROOT = Path(__file__).resolve().parents[2]


@functools.cache
def stream_module(package: str) -> ModuleType:
    """`venuekit.<package>.streams` (generated/<package>/streams.py)."""
    if not (ROOT / "generated" / package / "streams.py").exists():
        raise AssertionError(f"generated/{package}/streams.py is missing: run `make generate`")
    return importlib.import_module(f"venuekit.{package}.streams")


@functools.cache
def spec(package: str) -> dict[str, Any]:
    """specs/<package>/asyncapi.yaml with exact numbers: GOPAX examples hold JSON numbers, which must reach the
    models as Decimal, as they do off the wire (never mutate: the result is shared)."""
    return load_exact(ROOT / "specs" / package / "asyncapi.yaml")


def example(package: str, message: str, index: int = 0) -> Any:
    """The payload of a message's example in specs/<package>/asyncapi.yaml (a fresh copy)."""
    return copy.deepcopy(spec(package)["components"]["messages"][message]["examples"][index]["payload"])


REAL_WORLD = ROOT / "tests" / "data" / "real-world"
"""The real-world payloads (see its README), in the repository so that these tests run in any clone."""


def fixture(venue: str, name: str) -> Any:
    """The payload of a real-world frame from tests/data/real-world/<venue>/<name>.json."""
    path = REAL_WORLD / venue / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))["response"]


def fast(options: StreamOptions, **changes: Any) -> StreamOptions:
    """A venue's default options with test-sized timings (and no proxy: the servers are local)."""
    quick: dict[str, Any] = {
        "ping_interval": 0.3,
        "ping_timeout": 0.15,
        "command_interval": 0.0,
        "reconnect_initial": 0.01,
        "reconnect_max": 0.05,
        "open_timeout": 2.0,
        "close_timeout": 0.2,
        "request_timeout": 2.0,
        "proxy": None,
    }
    quick.update(changes)
    return dataclasses.replace(options, **quick)
