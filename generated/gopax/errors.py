"""Exceptions for GOPAX REST API and its documented error codes.

Generated from specs/gopax/openapi.yaml; do not edit.
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


class GopaxError(ApiError):
    """Any error reply from GOPAX REST API."""

    venue = "gopax"


class GopaxAuthenticationError(GopaxError, AuthenticationError):
    """AuthenticationError from GOPAX REST API."""


class GopaxClockSkewError(GopaxAuthenticationError, ClockSkewError):
    """ClockSkewError from GOPAX REST API."""


class GopaxInsufficientFundsError(GopaxError, InsufficientFundsError):
    """InsufficientFundsError from GOPAX REST API."""


class GopaxInvalidParameterError(GopaxError, InvalidParameterError):
    """InvalidParameterError from GOPAX REST API."""


class GopaxMaintenanceError(GopaxError, MaintenanceError):
    """MaintenanceError from GOPAX REST API."""


class GopaxNotFoundError(GopaxError, NotFoundError):
    """NotFoundError from GOPAX REST API."""


class GopaxOrderRejectedError(GopaxError, OrderRejectedError):
    """OrderRejectedError from GOPAX REST API."""


class GopaxPermissionDeniedError(GopaxError, PermissionDeniedError):
    """PermissionDeniedError from GOPAX REST API."""


class GopaxRateLimitError(GopaxError, RateLimitError):
    """RateLimitError from GOPAX REST API."""


class GopaxServerError(GopaxError, ServerError):
    """ServerError from GOPAX REST API."""


class ErrorCode(str, Enum):
    """Every documented error code, by name."""

    INVALID_ASSET_NAME_100 = "100"
    """Invalid Asset Name. You can view the entire list in the [Asset List Query]"""
    INVALID_ASSET_NAME_106 = "106"
    """Invalid Asset Name. You can view the entire list in the [Asset List Query]"""
    INVALID_ORDER_TYPE = "103"
    """Invalid Order Type"""
    INVALID_TRADING_PAIR_101 = "101"
    """Invalid Trading Pair. You can check the entire list in the [trading pair list](#get-trading-pairs) query."""
    INVALID_TRADING_PAIR_104 = "104"
    """Invalid Trading Pair. You can check the entire list in the [trading pair list](#get-trading-pairs) query."""
    TRADING_PAIR_TEMPORARILY_INACTIVE = "105"
    """Inactived Trading Pair temporarily. You can check the entire list in the [trading pair list](#get-trading-pairs) query."""
    INVALID_ORDER_AMOUNT = "107"
    """Invalid Order Amount"""
    INVALID_ORDER_PRICE = "108"
    """Invalid Order Price"""
    INSUFFICIENT_BALANCE = "201"
    """Insufficient balance for the order"""
    ORDER_NOT_FOUND = "202"
    """Unmached unique No. of Order"""
    ORDER_VALUE_TOO_LARGE = "203"
    """Too much value (Order Amount X Order Price)"""
    BUY_ORDER_UNAVAILABLE = "204"
    """Buy order is currently unavailable. Please check the notice."""
    INVALID_API_KEY = "10155"
    """Invalid API Key"""
    NOT_AUTHORIZED = "10004"
    """Not Authorized"""
    RATE_LIMIT_EXCEEDED = "10105"
    """Rate Limit Exceeded"""
    NONCE_TOO_LOW = "10108"
    """Nonce Too Low"""
    INVALID_SIGNATURE = "10229"
    """Invalid Signature"""
    NO_NONCE_AND_TIMESTAMP = "10231"
    """No Nonce And Timestamp"""
    NONCE_TOO_HIGH = "10232"
    """Nonce Too High"""
    TIMESTAMP_TOO_LOW = "10263"
    """Timestamp Too Low"""
    TIMESTAMP_TOO_HIGH = "10264"
    """Timestamp Too High"""
    CHOOSE_EITHER_NONCE_OR_TIMESTAMP = "10265"
    """Choose Either Nonce Or Timestamp"""

    def __str__(self) -> str:
        return str(self.value)


ERRORS = ErrorTable(
    base=GopaxError,
    classes={
        "authentication": GopaxAuthenticationError,
        "clock_skew": GopaxClockSkewError,
        "insufficient_funds": GopaxInsufficientFundsError,
        "invalid_parameter": GopaxInvalidParameterError,
        "maintenance": GopaxMaintenanceError,
        "not_found": GopaxNotFoundError,
        "order_rejected": GopaxOrderRejectedError,
        "permission": GopaxPermissionDeniedError,
        "rate_limit": GopaxRateLimitError,
        "server": GopaxServerError,
    },
    codes={
        "100": ("INVALID_ASSET_NAME_100", "invalid_parameter"),
        "106": ("INVALID_ASSET_NAME_106", "invalid_parameter"),
        "103": ("INVALID_ORDER_TYPE", "invalid_parameter"),
        "101": ("INVALID_TRADING_PAIR_101", "invalid_parameter"),
        "104": ("INVALID_TRADING_PAIR_104", "invalid_parameter"),
        "105": ("TRADING_PAIR_TEMPORARILY_INACTIVE", "maintenance"),
        "107": ("INVALID_ORDER_AMOUNT", "invalid_parameter"),
        "108": ("INVALID_ORDER_PRICE", "invalid_parameter"),
        "201": ("INSUFFICIENT_BALANCE", "insufficient_funds"),
        "202": ("ORDER_NOT_FOUND", "not_found"),
        "203": ("ORDER_VALUE_TOO_LARGE", "order_rejected"),
        "204": ("BUY_ORDER_UNAVAILABLE", "order_rejected"),
        "10155": ("INVALID_API_KEY", "authentication"),
        "10004": ("NOT_AUTHORIZED", "authentication"),
        "10105": ("RATE_LIMIT_EXCEEDED", "rate_limit"),
        "10108": ("NONCE_TOO_LOW", "authentication"),
        "10229": ("INVALID_SIGNATURE", "authentication"),
        "10231": ("NO_NONCE_AND_TIMESTAMP", "authentication"),
        "10232": ("NONCE_TOO_HIGH", "authentication"),
        "10263": ("TIMESTAMP_TOO_LOW", "clock_skew"),
        "10264": ("TIMESTAMP_TOO_HIGH", "clock_skew"),
        "10265": ("CHOOSE_EITHER_NONCE_OR_TIMESTAMP", "authentication"),
    },
)
