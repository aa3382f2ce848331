"""Typed client for GOPAX REST API.

Generated from specs/gopax/openapi.yaml by `make generate`; do not edit.
"""

from . import errors, models
from .client import AsyncClient, Client
from .errors import ErrorCode

__all__ = [
    "AsyncClient",
    "Client",
    "ErrorCode",
    "errors",
    "models",
]
