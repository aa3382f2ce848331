"""Exceptions for GMO Coin Crypto API and its documented error codes.

Generated from specs/gmo_coin/openapi.yaml; do not edit.
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


class GmoCoinError(ApiError):
    """Any error reply from GMO Coin Crypto API."""

    venue = "gmo_coin"


class GmoCoinAuthenticationError(GmoCoinError, AuthenticationError):
    """AuthenticationError from GMO Coin Crypto API."""


class GmoCoinClockSkewError(GmoCoinAuthenticationError, ClockSkewError):
    """ClockSkewError from GMO Coin Crypto API."""


class GmoCoinInsufficientFundsError(GmoCoinError, InsufficientFundsError):
    """InsufficientFundsError from GMO Coin Crypto API."""


class GmoCoinInvalidParameterError(GmoCoinError, InvalidParameterError):
    """InvalidParameterError from GMO Coin Crypto API."""


class GmoCoinMaintenanceError(GmoCoinError, MaintenanceError):
    """MaintenanceError from GMO Coin Crypto API."""


class GmoCoinNotFoundError(GmoCoinError, NotFoundError):
    """NotFoundError from GMO Coin Crypto API."""


class GmoCoinOrderRejectedError(GmoCoinError, OrderRejectedError):
    """OrderRejectedError from GMO Coin Crypto API."""


class GmoCoinPermissionDeniedError(GmoCoinError, PermissionDeniedError):
    """PermissionDeniedError from GMO Coin Crypto API."""


class GmoCoinRateLimitError(GmoCoinError, RateLimitError):
    """RateLimitError from GMO Coin Crypto API."""


class GmoCoinServerError(GmoCoinError, ServerError):
    """ServerError from GMO Coin Crypto API."""


class ErrorCode(str, Enum):
    """Every documented error code, by name."""

    SETTLE_POSITION_SIDE_MISMATCH = "ERR-70"
    """It will be returned when the BUY/SELL side of the specified position is incorrect in the settlement order."""
    CLOSE_SIZE_EXCEEDS_POSITION = "ERR-189"
    """The quantity of your close order exceeds your open position."""
    CLOSE_SIZE_EXCEEDS_ORDERABLE = "ERR-200"
    """There are existing active orders and your order exceeds the maximum quantity that can be ordered. Please change the quantity to order or cancel an active order in order to create a new close order."""
    INSUFFICIENT_FUNDS = "ERR-201"
    """Insufficient funds."""
    INSUFFICIENT_AVAILABLE_BALANCE = "ERR-208"
    """The quantity of your order exceeds your available balance. Please check your balance or active orders."""
    POSITION_NOT_FOUND = "ERR-254"
    """The specified position does not exist."""
    CLOSE_BULK_POSITION_NOT_FOUND = "ERR-422"
    """It will be returned when the specified position does not exist in the close bulk order. Please make sure that the symbol or side (BUY/SELL) is correct."""
    INVALID_EXECUTIONS_PARAMETER = "ERR-430"
    """Invalid parameter (orderId/executionId) in executions."""
    SERVER_UNAVAILABLE = "ERR-554"
    """The server is unavalibale."""
    SERVER_BUSY = "ERR-626"
    """The server is busy. Please retry later."""
    ACTIVE_ORDER_LIMIT_EXCEEDED = "ERR-635"
    """The number of active orders has exceeded the limit. Please cancel an active order to create a new order."""
    MARGIN_CALL_OCCURRED = "ERR-682"
    """A margin call has occurred. The operation cannot be executed."""
    MARGIN_CALL_IN_PROGRESS = "ERR-683"
    """Margin call processing is in progress. The operation cannot be executed."""
    INSUFFICIENT_TRANSFERABLE_AMOUNT = "ERR-754"
    """Not enough transferable amount to transfer."""
    TIME_RANGE_TOO_LONG = "ERR-846"
    """The difference between fromTimestamp and toTimestamp is greater than the maximum of 30 minutes."""
    RATE_LIMIT_EXCEEDED = "ERR-5003"
    """The API usage limits are exceeded."""
    INVALID_API_TIMESTAMP = "ERR-5007"
    """The API-TIMESTAMP is not set in the request header, or the value of API-TIMESTAMP is not a numeric value. Please ensure that the API-TIMESTAMP is set in the request header, and that the value is a numeric representation of a UNIX timestamp in milliseconds."""
    API_TIMESTAMP_AHEAD = "ERR-5008"
    """The API-TIMESTAMP set in the request header is later than the system time of the API. Please try updating the system time."""
    API_TIMESTAMP_BEHIND = "ERR-5009"
    """The API-TIMESTAMP set in the request header is earlier than the system time of the API. Please try updating the system time."""
    INVALID_API_SIGN = "ERR-5010"
    """The API-SIGN (Signature) is invalid. Please check Authentication."""
    MISSING_API_KEY = "ERR-5011"
    """The API-KEY is empty. Please check Authentication."""
    INVALID_AUTHENTICATION = "ERR-5012"
    """The API authentication is invalid."""
    MEMBERSHIP_AGREEMENT_INCOMPLETE = "ERR-5014"
    """The membership agreement has not been completed."""
    INVALID_REQUEST_PARAMETER = "ERR-5106"
    """The request parameter is invalid."""
    INVALID_TIME_IN_FORCE = "ERR-5111"
    """Invalid timeInForce values. Please see the possible timeInForce values in Order, Close Order and Close Bulk Order."""
    PRECISION_EXCEEDED = "ERR-5114"
    """The number of decimals exceeds the maximum precision. Please check the minimum order value here."""
    LOSSCUT_PRICE_NOT_ALLOWED = "ERR-5118"
    """Returned when LosscutPrice cannot be specified in the request body."""
    ORDER_PRICE_TOO_LOW = "ERR-5121"
    """Impossible to order due to order price is too low."""
    ORDER_NOT_MODIFIABLE = "ERR-5122"
    """The specified order can not be changed or canceled (already MODIFYING, CANCELLING, CANCELED, EXECUTED or EXPIRED). Orders can be changed or canceled only in ORDERED (WAITING for stop limit orders) status."""
    ORDER_NOT_FOUND = "ERR-5123"
    """The specified order doesn't exist."""
    API_RESTRICTED = "ERR-5125"
    """Returned when there is API restriction."""
    ORDER_SIZE_OUT_OF_RANGE = "ERR-5126"
    """The amount exceeds the maximum order amount or is less than the minimum order amount. Please check the trading rules here."""
    API_CONNECTION_RESTRICTED = "ERR-5127"
    """Your API connection is restricted."""
    STOP_PRICE_WOULD_EXECUTE = "ERR-5129"
    """Stop limit orders cannot be specified a price that will be executed immediately."""
    TRANSFER_RESTRICTED = "ERR-5133"
    """Account transfers are not possible due to transfer restrictions."""
    FX_ACCOUNT_NOT_OPENED = "ERR-5135"
    """FxAccount not opened. Please try again ofter opening FxAccount."""
    REGULAR_MAINTENANCE = "ERR-5201"
    """A response code that when Public/Private API is called while the service is in a regular maintenance."""
    EMERGENCY_MAINTENANCE = "ERR-5202"
    """A response code that when Public/Private API is called while the service is in a emergency maintenance."""
    PRE_OPEN = "ERR-5203"
    """A response code that when order or change order is called while the service is pre-open."""
    INVALID_API_PATH = "ERR-5204"
    """The request API PATH is invalid."""
    ORDER_CHANGE_LIMIT_EXCEEDED = "ERR-5206"
    """The limits of changing order for each order are exceeded. If you would like further changes for the order, please cancel the order and create a brand new order."""
    INVALID_SYMBOL_INTERVAL_OR_DATE = "ERR-5207"
    """Invalid symbol, interval or date values."""
    ORDER_ID_AND_EXECUTION_ID_CONFLICT = "ERR-5208"
    """OrderId(s) and executionId(s) cannot be used at the same time."""

    def __str__(self) -> str:
        return str(self.value)


ERRORS = ErrorTable(
    base=GmoCoinError,
    classes={
        "authentication": GmoCoinAuthenticationError,
        "clock_skew": GmoCoinClockSkewError,
        "insufficient_funds": GmoCoinInsufficientFundsError,
        "invalid_parameter": GmoCoinInvalidParameterError,
        "maintenance": GmoCoinMaintenanceError,
        "not_found": GmoCoinNotFoundError,
        "order_rejected": GmoCoinOrderRejectedError,
        "permission": GmoCoinPermissionDeniedError,
        "rate_limit": GmoCoinRateLimitError,
        "server": GmoCoinServerError,
    },
    codes={
        "ERR-70": ("SETTLE_POSITION_SIDE_MISMATCH", "order_rejected"),
        "ERR-189": ("CLOSE_SIZE_EXCEEDS_POSITION", "order_rejected"),
        "ERR-200": ("CLOSE_SIZE_EXCEEDS_ORDERABLE", "order_rejected"),
        "ERR-201": ("INSUFFICIENT_FUNDS", "insufficient_funds"),
        "ERR-208": ("INSUFFICIENT_AVAILABLE_BALANCE", "insufficient_funds"),
        "ERR-254": ("POSITION_NOT_FOUND", "not_found"),
        "ERR-422": ("CLOSE_BULK_POSITION_NOT_FOUND", "order_rejected"),
        "ERR-430": ("INVALID_EXECUTIONS_PARAMETER", "invalid_parameter"),
        "ERR-554": ("SERVER_UNAVAILABLE", "server"),
        "ERR-626": ("SERVER_BUSY", "server"),
        "ERR-635": ("ACTIVE_ORDER_LIMIT_EXCEEDED", "order_rejected"),
        "ERR-682": ("MARGIN_CALL_OCCURRED", "order_rejected"),
        "ERR-683": ("MARGIN_CALL_IN_PROGRESS", "order_rejected"),
        "ERR-754": ("INSUFFICIENT_TRANSFERABLE_AMOUNT", "insufficient_funds"),
        "ERR-846": ("TIME_RANGE_TOO_LONG", "invalid_parameter"),
        "ERR-5003": ("RATE_LIMIT_EXCEEDED", "rate_limit"),
        "ERR-5007": ("INVALID_API_TIMESTAMP", "authentication"),
        "ERR-5008": ("API_TIMESTAMP_AHEAD", "clock_skew"),
        "ERR-5009": ("API_TIMESTAMP_BEHIND", "clock_skew"),
        "ERR-5010": ("INVALID_API_SIGN", "authentication"),
        "ERR-5011": ("MISSING_API_KEY", "authentication"),
        "ERR-5012": ("INVALID_AUTHENTICATION", "authentication"),
        "ERR-5014": ("MEMBERSHIP_AGREEMENT_INCOMPLETE", "permission"),
        "ERR-5106": ("INVALID_REQUEST_PARAMETER", "invalid_parameter"),
        "ERR-5111": ("INVALID_TIME_IN_FORCE", "invalid_parameter"),
        "ERR-5114": ("PRECISION_EXCEEDED", "invalid_parameter"),
        "ERR-5118": ("LOSSCUT_PRICE_NOT_ALLOWED", "order_rejected"),
        "ERR-5121": ("ORDER_PRICE_TOO_LOW", "order_rejected"),
        "ERR-5122": ("ORDER_NOT_MODIFIABLE", "order_rejected"),
        "ERR-5123": ("ORDER_NOT_FOUND", "not_found"),
        "ERR-5125": ("API_RESTRICTED", "permission"),
        "ERR-5126": ("ORDER_SIZE_OUT_OF_RANGE", "order_rejected"),
        "ERR-5127": ("API_CONNECTION_RESTRICTED", "permission"),
        "ERR-5129": ("STOP_PRICE_WOULD_EXECUTE", "order_rejected"),
        "ERR-5133": ("TRANSFER_RESTRICTED", "permission"),
        "ERR-5135": ("FX_ACCOUNT_NOT_OPENED", "permission"),
        "ERR-5201": ("REGULAR_MAINTENANCE", "maintenance"),
        "ERR-5202": ("EMERGENCY_MAINTENANCE", "maintenance"),
        "ERR-5203": ("PRE_OPEN", "maintenance"),
        "ERR-5204": ("INVALID_API_PATH", "invalid_parameter"),
        "ERR-5206": ("ORDER_CHANGE_LIMIT_EXCEEDED", "order_rejected"),
        "ERR-5207": ("INVALID_SYMBOL_INTERVAL_OR_DATE", "invalid_parameter"),
        "ERR-5208": ("ORDER_ID_AND_EXECUTION_ID_CONFLICT", "invalid_parameter"),
    },
)
