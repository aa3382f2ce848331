"""Typed client for GOPAX REST API.

Generated from specs/gopax/openapi.yaml by `make generate`; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any

from . import errors
from .client import AsyncClient, Client
from .errors import ErrorCode

if TYPE_CHECKING:
    from . import models, stream_models, streams
    from .streams import PrivateStream, PublicStream

# Loaded on first use, so that `from venuekit import gopax` stays cheap.
_LAZY = {
    "models": "models",
    "stream_models": "stream_models",
    "streams": "streams",
    "PrivateStream": "streams",
    "PublicStream": "streams",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f".{_LAZY[name]}", __name__)
    return module if _LAZY[name] == name else getattr(module, name)


__all__ = [
    "AsyncClient",
    "Client",
    "ErrorCode",
    "PrivateStream",
    "PublicStream",
    "errors",
    "models",
    "stream_models",
    "streams",
]
