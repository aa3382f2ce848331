"""Typed client for GMO Coin FX (外国為替FX) REST API.

Generated from specs/gmo_coin_fx/openapi.yaml by `make generate`; do not edit.
"""

from . import errors, models, stream_models, streams
from .client import AsyncClient, Client
from .errors import ErrorCode
from .streams import PrivateStream, PublicStream

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
