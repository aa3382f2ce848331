"""The one set-up of the jinja2 environments both generators render with.

The REST generator (`generator.rest`) renders through openapi-python-client's environment and the stream
generator (`generator.asyncapi`) renders stream models through the same templates and its stream classes
through its own; all of them get the same filters and globals from `configure`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

from generator.fastpath import fast_fields, init_order

TEMPLATES = Path(__file__).resolve().parent / "templates"
"""openapi-python-client template overrides (models, endpoint modules, client, errors, package `__init__`)."""

STREAM_TEMPLATES = TEMPLATES / "streams"


def text(value: Any) -> str:
    """Plain text of an openapi-python-client UntrustedString (our own specs are trusted input)."""
    if value is None:
        return ""
    return str(value.get_untrusted_value()) if hasattr(value, "get_untrusted_value") else str(value)


def configure(env: jinja2.Environment, **values: Any) -> jinja2.Environment:
    """The filters and globals every template may use, plus `values` as globals."""
    env.filters["text"] = text
    env.filters["pyrepr"] = repr
    env.globals["prop_kind"] = lambda prop: type(prop).__name__
    env.globals["fast_fields"] = fast_fields
    env.globals["init_order"] = init_order
    env.globals.update(values)
    return env


def streams_env() -> jinja2.Environment:
    """The environment of the stream-class templates (generator/templates/streams)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(STREAM_TEMPLATES)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    return configure(env)
