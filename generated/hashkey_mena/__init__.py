"""Typed client for HashKey MENA Exchange REST API.

Generated from specs/hashkey_mena/openapi.yaml by `make generate`; do not edit.
"""

from . import errors, models, stream_models, streams
from .client import AsyncClient, Client
from .errors import ErrorCode
from .streams import PrivateStream, PublicStream, PublicStreamV2

__all__ = [
    "AsyncClient",
    "Client",
    "ErrorCode",
    "PrivateStream",
    "PublicStream",
    "PublicStreamV2",
    "errors",
    "models",
    "stream_models",
    "streams",
]
