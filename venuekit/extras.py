"""Optional dependencies: a feature used without its extra fails with one line that names the extra."""

from __future__ import annotations


class MissingExtraError(ImportError):
    """A part of venuekit needs an optional dependency that is not installed.

    An `ImportError` (raised while importing that part), not a `VenueError`: no call was made. The message
    is one line: what needs what, and the `pip install` that adds it.
    """


def missing_extra(feature: str, dependency: str, extra: str) -> MissingExtraError:
    """`venuekit.sandbox needs PyYAML: pip install 'venuekit[sandbox]'`."""
    return MissingExtraError(f"{feature} needs {dependency}: pip install 'venuekit[{extra}]'")
