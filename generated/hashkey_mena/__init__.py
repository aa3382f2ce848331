"""Typed client for HashKey MENA Exchange REST API.

Generated from specs/hashkey_mena/openapi.yaml by `make generate`; do not edit.
"""

from . import errors, models
from .client import AsyncClient, Client
from .errors import ErrorCode

__all__ = ["AsyncClient", "Client", "ErrorCode", "errors", "models"]
