"""Typed client for GMO Coin FX (外国為替FX) REST API.

Generated from specs/gmo_coin_fx/openapi.yaml by `make generate`; do not edit.
"""

from . import errors, models
from .client import AsyncClient, Client
from .errors import ErrorCode

__all__ = ["AsyncClient", "Client", "ErrorCode", "errors", "models"]
