"""The generator: specs/ -> generated/ (`make generate`)."""

from pathlib import Path


def enabled_venues() -> list[str]:
    """The packages `make generate` renders, from generator/venues.txt."""
    lines = (Path(__file__).parent / "venues.txt").read_text(encoding="utf-8").splitlines()
    return [name for name in (line.split("#")[0].strip() for line in lines) if name]
