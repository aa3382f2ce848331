"""Sentinels shared by every generated package."""

from __future__ import annotations

from typing import Literal


class Unset:
    """Marks a field that was absent from the JSON (as opposed to present and null)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

__all__ = ["UNSET", "Unset"]
