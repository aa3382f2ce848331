"""venuekit: typed clients for trading venues, and the shared runtime behind them.

The venue clients are subpackages (`from venuekit import gmo_coin`), their signers are in `venuekit.auth`.
"""

from typing import TYPE_CHECKING, Any

from .client import AsyncClient, SyncClient, Venue
from .errors import (
    ApiError,
    AuthenticationError,
    ClockSkewError,
    ConfigurationError,
    DecodeError,
    InsufficientFundsError,
    InvalidParameterError,
    MaintenanceError,
    NotFoundError,
    NotSupportedError,
    OrderRejectedError,
    OrderStatusUnknownError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TimeoutError,
    TransportError,
    ValidationError,
    VenueError,
)
from .extras import MissingExtraError
from .types import UNSET, Unset

if TYPE_CHECKING:
    from .calls import ApiResponse, Call, Operation
    from .retry import RetryPolicy
    from .streams.errors import ConnectionLostError, StreamClosedError, StreamDecodeError
    from .unified import connect, connect_async

__version__ = "0.2.0"

_STREAM_ERRORS = ("ConnectionLostError", "StreamClosedError", "StreamDecodeError")


def __getattr__(name: str) -> Any:
    # The retry policy loads with the first client (or here, when named before one is made).
    if name == "RetryPolicy":
        from .retry import RetryPolicy

        return RetryPolicy
    # The request records (dataclasses) load with the first operation used.
    if name in ("ApiResponse", "Call", "Operation"):
        from . import calls

        return getattr(calls, name)
    # The stream runtime (and websockets) loads only when streams are used.
    if name in _STREAM_ERRORS:
        from .streams import errors

        return getattr(errors, name)
    # The unified interface (and a venue's mapping) loads only when it is used.
    if name in ("connect", "connect_async"):
        from . import unified

        return getattr(unified, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "UNSET",
    "ApiError",
    "ApiResponse",
    "AsyncClient",
    "AuthenticationError",
    "Call",
    "ClockSkewError",
    "ConfigurationError",
    "ConnectionLostError",
    "DecodeError",
    "InsufficientFundsError",
    "InvalidParameterError",
    "MaintenanceError",
    "MissingExtraError",
    "NotFoundError",
    "NotSupportedError",
    "Operation",
    "OrderRejectedError",
    "OrderStatusUnknownError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "ServerError",
    "StreamClosedError",
    "StreamDecodeError",
    "SyncClient",
    "TimeoutError",
    "TransportError",
    "Unset",
    "ValidationError",
    "Venue",
    "VenueError",
    "connect",
    "connect_async",
]
