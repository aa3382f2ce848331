"""Shared sentinels, re-exported from the runtime so every package uses the same `UNSET`."""

from venuekit.types import UNSET, Unset

__all__ = ["UNSET", "Unset"]
