"""The generator: specs/ -> generated/ (`make generate`)."""

from pathlib import Path

from venuekit.sandbox.spec import known_venues

ROOT = Path(__file__).resolve().parent.parent
"""The repository: specs/, generated/, venuekit/ (its links to the generated packages)."""


def enabled_venues() -> list[str]:
    """The packages `make generate` renders: every `specs/<package>/` that holds an openapi.yaml."""
    return known_venues(ROOT / "specs")
