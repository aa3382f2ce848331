"""Offline sandboxes: a local server per venue that speaks its REST API as the spec describes it.

    python -m venuekit.sandbox gmo_coin --port 8080

or, in a test:

    from venuekit.sandbox import Sandbox
    with Sandbox("gopax") as sandbox:
        client = gopax.Client("any-key", sandbox.secret, base_url=sandbox.url)

Routes, parameter checks and responses come from `specs/<venue>/openapi.yaml` (read at start-up; see
`spec_dir()`); signatures are checked with each venue's documented rule, independently of `venuekit.auth`;
orders placed over REST are kept so that open-order lists and cancels behave like the venue. The venues are
the spec folders (`known_venues()`), and each spec names its adapter (`info.x-sdk.sandbox`).

Needs PyYAML (`pip install 'venuekit[sandbox]'`); without it, the first name taken from here raises an
ImportError that says so.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base import Adapter, App, Reply, Request, find_adapter
    from .orders import Order, OrderBook
    from .server import Sandbox, make_app
    from .spec import Spec, known_venues, load_spec, spec_dir

# Loaded on first use, so that `python -m venuekit.sandbox` reaches its own check for PyYAML.
_LAZY = {
    "Adapter": "base",
    "App": "base",
    "Reply": "base",
    "Request": "base",
    "find_adapter": "base",
    "Order": "orders",
    "OrderBook": "orders",
    "Sandbox": "server",
    "make_app": "server",
    "Spec": "spec",
    "load_spec": "spec",
    "spec_dir": "spec",
    "known_venues": "spec",
}


def default_secret(venue: str, spec_dir: Path | None = None) -> str:
    """The secret a sandbox checks signatures with unless told otherwise (its adapter's `default_secret`)."""
    from .base import find_adapter

    return find_adapter(venue, spec_dir).default_secret


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)


__all__ = [
    "Adapter",
    "App",
    "Order",
    "OrderBook",
    "Reply",
    "Request",
    "Sandbox",
    "Spec",
    "default_secret",
    "find_adapter",
    "load_spec",
    "make_app",
    "spec_dir",
    "known_venues",
]
