"""Sandboxes on ephemeral 127.0.0.1 ports, stopped when the test ends."""

from __future__ import annotations

import inspect
import ssl
from collections.abc import Iterator
from typing import Any, Protocol

import pytest

import venuekit
from venuekit.sandbox import Sandbox

TLS = ssl.create_default_context()
"""One verifying TLS context for every client: building one per client costs ~50 ms (the CA bundle),
which adds up over a hundred short tests (the sandboxes speak plain HTTP anyway)."""


def sdk_options(*, paced: bool = False) -> dict[str, Any]:
    """Client keyword arguments for tests: the shared TLS context and, unless `paced`, no client-side
    pacing to the venues' rate limits (GMO FX allows one order request per second)."""
    options: dict[str, Any] = {"httpx_args": {"verify": TLS}}
    if not paced and "rate_limit" in inspect.signature(venuekit.SyncClient.__init__).parameters:
        options["rate_limit"] = False
    return options


class Serve(Protocol):
    def __call__(self, venue: str, *, secret: str | None = None) -> Sandbox: ...


@pytest.fixture
def serve() -> Iterator[Serve]:
    """`serve("gmo_coin")` starts a sandbox in a background thread; all of them stop at test end."""
    started: list[Sandbox] = []

    def start(venue: str, *, secret: str | None = None) -> Sandbox:
        sandbox = Sandbox(venue, secret=secret)
        started.append(sandbox.start())
        return sandbox

    yield start
    for sandbox in started:
        sandbox.stop()
