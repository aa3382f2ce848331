"""The generator: specs/ -> generated/ (`make generate`)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
"""The repository: specs/, generated/, venuekit/ (its links to the generated packages)."""


def enabled_venues() -> list[str]:
    """The packages `make generate` renders, from generator/venues.txt."""
    lines = (Path(__file__).parent / "venues.txt").read_text(encoding="utf-8").splitlines()
    return [name for name in (line.split("#")[0].strip() for line in lines) if name]
