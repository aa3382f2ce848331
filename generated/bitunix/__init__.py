"""Typed client for Bitunix Spot OpenAPI.

Generated from specs/bitunix/openapi.yaml by `make generate`; do not edit.
"""

from . import errors, models, stream_models, streams
from .client import AsyncClient, Client
from .errors import ErrorCode
from .streams import WebSocketApi

__all__ = [
    "AsyncClient",
    "Client",
    "ErrorCode",
    "WebSocketApi",
    "errors",
    "models",
    "stream_models",
    "streams",
]
