"""venuekit: the shared runtime behind the generated venue clients."""

from .client import ApiResponse, AsyncClient, Call, Operation, SyncClient, Venue
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
    OrderRejectedError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TimeoutError,
    TransportError,
    ValidationError,
    VenueError,
)
from .retry import RetryPolicy
from .streams.errors import ConnectionLostError, StreamClosedError, StreamDecodeError
from .types import UNSET, Unset

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
    "NotFoundError",
    "Operation",
    "OrderRejectedError",
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
]
