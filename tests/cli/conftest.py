"""Shared set-up of the CLI tests."""

from __future__ import annotations

from importlib import import_module

import pytest

from venuekit.sandbox import known_venues


@pytest.fixture(autouse=True)
def _no_venue_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's own keys or base URLs must not leak into these runs."""
    for venue in known_venues():
        prefix = import_module(f"venuekit.{venue}").client.VENUE.env_prefix
        for suffix in ("API_KEY", "API_SECRET", "BASE_URL", "WS_BASE_URL"):
            monkeypatch.delenv(f"{prefix}_{suffix}", raising=False)
