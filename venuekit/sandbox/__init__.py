"""Offline sandboxes: a local server per venue that speaks its REST API as the spec describes it.

    python -m venuekit.sandbox gmo_coin --port 8080

or, in a test:

    from venuekit.sandbox import Sandbox
    with Sandbox("gopax") as sandbox:
        client = gopax.Client("any-key", sandbox.secret, base_url=sandbox.url)

Routes, parameter checks and responses come from `specs/<venue>/openapi.yaml` (read at start-up; see
`spec_dir()`); signatures are checked with each venue's documented rule, independently of `venuekit.auth`;
orders placed over REST are kept so that open-order lists and cancels behave like the venue.
"""

from __future__ import annotations

from .base import Adapter, App, Reply, Request
from .orders import Order, OrderBook
from .server import Sandbox, make_app
from .spec import Spec, load_spec, spec_dir

VENUES = ("gmo_coin", "gmo_coin_fx", "hashkey_mena", "gopax", "bitunix")


def default_secret(venue: str) -> str:
    """The secret a sandbox checks signatures with unless told otherwise."""
    from .venues import ADAPTERS

    return ADAPTERS[venue].default_secret


__all__ = [
    "VENUES",
    "Adapter",
    "App",
    "Order",
    "OrderBook",
    "Reply",
    "Request",
    "Sandbox",
    "Spec",
    "default_secret",
    "load_spec",
    "make_app",
    "spec_dir",
]
