"""Exceptions for Bitunix Spot OpenAPI and its documented error codes.

Generated from specs/bitunix/openapi.yaml; do not edit.
"""

from __future__ import annotations

from enum import Enum

from venuekit.errors import (
    ApiError,
    AuthenticationError,
    ClockSkewError,
    ErrorTable,
    InsufficientFundsError,
    InvalidParameterError,
    MaintenanceError,
    NotFoundError,
    OrderRejectedError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
)


class BitunixError(ApiError):
    """Any error reply from Bitunix Spot OpenAPI."""

    venue = "bitunix"


class BitunixAuthenticationError(BitunixError, AuthenticationError):
    """AuthenticationError from Bitunix Spot OpenAPI."""


class BitunixClockSkewError(BitunixAuthenticationError, ClockSkewError):
    """ClockSkewError from Bitunix Spot OpenAPI."""


class BitunixInsufficientFundsError(BitunixError, InsufficientFundsError):
    """InsufficientFundsError from Bitunix Spot OpenAPI."""


class BitunixInvalidParameterError(BitunixError, InvalidParameterError):
    """InvalidParameterError from Bitunix Spot OpenAPI."""


class BitunixMaintenanceError(BitunixError, MaintenanceError):
    """MaintenanceError from Bitunix Spot OpenAPI."""


class BitunixNotFoundError(BitunixError, NotFoundError):
    """NotFoundError from Bitunix Spot OpenAPI."""


class BitunixOrderRejectedError(BitunixError, OrderRejectedError):
    """OrderRejectedError from Bitunix Spot OpenAPI."""


class BitunixPermissionDeniedError(BitunixError, PermissionDeniedError):
    """PermissionDeniedError from Bitunix Spot OpenAPI."""


class BitunixRateLimitError(BitunixError, RateLimitError):
    """RateLimitError from Bitunix Spot OpenAPI."""


class BitunixServerError(BitunixError, ServerError):
    """ServerError from Bitunix Spot OpenAPI."""


class ErrorCode(str, Enum):
    """Every documented error code, by name."""

    INVALID_SYMBOL = "1"
    """invalid symbol"""
    PARAMETER_ERROR = "2"
    """Parameter error"""
    SYSTEM_ERROR = "500"
    """System error"""
    USER_NOT_FOUND = "10016"
    """User does not exist"""
    INSUFFICIENT_BALANCE = "10034"
    """余额不足"""
    VOLUME_PRECISION_ERROR = "10058"
    """volume precision error"""
    MISSING_PARAMETERS = "70003"
    """Missing Parameters"""
    API_KEY_NOT_FOUND = "100004"
    """app-key not found"""
    INVALID_SIGNATURE = "100005"
    """result.api.parameter.sign.illegal"""
    REQUEST_EXPIRED = "100008"
    """result.request.time.expired"""
    WITHDRAW_AMOUNT_BELOW_FEE = "110007"
    """Withdrawal amount cannot be less than the current fee"""
    WITHDRAW_ADDRESS_NOT_WHITELISTED = "110008"
    """Only withdrawals to whitelisted addresses are allowed"""
    API_KEY_NO_AUTHORITY = "110033"
    """OPEN_API_KEY_NO_AUTHORITY"""
    TOO_MANY_REQUESTS = "110041"
    """Interface access times are too fast"""

    def __str__(self) -> str:
        return str(self.value)


ERRORS = ErrorTable(
    base=BitunixError,
    classes={
        "authentication": BitunixAuthenticationError,
        "clock_skew": BitunixClockSkewError,
        "insufficient_funds": BitunixInsufficientFundsError,
        "invalid_parameter": BitunixInvalidParameterError,
        "maintenance": BitunixMaintenanceError,
        "not_found": BitunixNotFoundError,
        "order_rejected": BitunixOrderRejectedError,
        "permission": BitunixPermissionDeniedError,
        "rate_limit": BitunixRateLimitError,
        "server": BitunixServerError,
    },
    codes={
        "1": ("INVALID_SYMBOL", "invalid_parameter"),
        "2": ("PARAMETER_ERROR", "invalid_parameter"),
        "500": ("SYSTEM_ERROR", "server"),
        "10016": ("USER_NOT_FOUND", "authentication"),
        "10034": ("INSUFFICIENT_BALANCE", "insufficient_funds"),
        "10058": ("VOLUME_PRECISION_ERROR", "order_rejected"),
        "70003": ("MISSING_PARAMETERS", "invalid_parameter"),
        "100004": ("API_KEY_NOT_FOUND", "authentication"),
        "100005": ("INVALID_SIGNATURE", "authentication"),
        "100008": ("REQUEST_EXPIRED", "clock_skew"),
        "110007": ("WITHDRAW_AMOUNT_BELOW_FEE", "invalid_parameter"),
        "110008": ("WITHDRAW_ADDRESS_NOT_WHITELISTED", "permission"),
        "110033": ("API_KEY_NO_AUTHORITY", "permission"),
        "110041": ("TOO_MANY_REQUESTS", "rate_limit"),
    },
)
