"""Exceptions for GMO Coin FX (外国為替FX) REST API and its documented error codes.

Generated from specs/gmo_coin_fx/openapi.yaml; do not edit.
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


class GmoCoinFxError(ApiError):
    """Any error reply from GMO Coin FX (外国為替FX) REST API."""

    venue = "gmo_coin_fx"


class GmoCoinFxAuthenticationError(GmoCoinFxError, AuthenticationError):
    """AuthenticationError from GMO Coin FX (外国為替FX) REST API."""


class GmoCoinFxClockSkewError(GmoCoinFxAuthenticationError, ClockSkewError):
    """ClockSkewError from GMO Coin FX (外国為替FX) REST API."""


class GmoCoinFxInsufficientFundsError(GmoCoinFxError, InsufficientFundsError):
    """InsufficientFundsError from GMO Coin FX (外国為替FX) REST API."""


class GmoCoinFxInvalidParameterError(GmoCoinFxError, InvalidParameterError):
    """InvalidParameterError from GMO Coin FX (外国為替FX) REST API."""


class GmoCoinFxMaintenanceError(GmoCoinFxError, MaintenanceError):
    """MaintenanceError from GMO Coin FX (外国為替FX) REST API."""


class GmoCoinFxNotFoundError(GmoCoinFxError, NotFoundError):
    """NotFoundError from GMO Coin FX (外国為替FX) REST API."""


class GmoCoinFxOrderRejectedError(GmoCoinFxError, OrderRejectedError):
    """OrderRejectedError from GMO Coin FX (外国為替FX) REST API."""


class GmoCoinFxPermissionDeniedError(GmoCoinFxError, PermissionDeniedError):
    """PermissionDeniedError from GMO Coin FX (外国為替FX) REST API."""


class GmoCoinFxRateLimitError(GmoCoinFxError, RateLimitError):
    """RateLimitError from GMO Coin FX (外国為替FX) REST API."""


class GmoCoinFxServerError(GmoCoinFxError, ServerError):
    """ServerError from GMO Coin FX (外国為替FX) REST API."""


class ErrorCode(str, Enum):
    """Every documented error code, by name."""

    TRADING_RESTRICTED = "ERR-143"
    """Trading is not possible because trading is currently restricted."""
    SECOND_LEG_SIZE_EXCEEDS_FIRST_LEG = "ERR-148"
    """In an IFD or IFDOCO order, the settlement order size is larger than the new order size."""
    CLOSE_SIZE_EXCEEDS_POSITION = "ERR-189"
    """In a close order, the order size exceeds the position size that can be closed."""
    ORDER_SIZE_EXCEEDS_ORDERABLE_SIZE = "ERR-200"
    """There are already active orders and the order size exceeds the size that can still be ordered."""
    INSUFFICIENT_FUNDS = "ERR-201"
    """The available trading capacity is insufficient at order time."""
    POSITION_NOT_FOUND = "ERR-254"
    """The specified position does not exist."""
    POSITION_SYMBOL_MISMATCH = "ERR-414"
    """In a close order, the specified symbol differs from the symbol of the specified position ID."""
    CLOSE_SIZE_EXCEEDS_TOTAL_POSITION = "ERR-423"
    """In a close order, the order size is larger than the total position size, or larger than it when added to the total size of active orders."""
    DUPLICATE_POSITION_ID = "ERR-512"
    """In a close order, the same position ID was specified twice or more."""
    NOT_AN_OCO_ORDER = "ERR-542"
    """In an OCO order change, a root order ID or client order ID of an order other than an OCO order was specified."""
    NOT_AN_IFD_OR_IFDOCO_ORDER = "ERR-595"
    """In an IFD or IFDOCO order change, a root order ID or client order ID of an order other than an IFD or IFDOCO order was specified."""
    ACTIVE_ORDER_LIMIT_EXCEEDED = "ERR-635"
    """The number of active orders has reached the limit."""
    TOO_MANY_POSITIONS = "ERR-759"
    """A new order was placed while the number of positions has reached the limit."""
    PRICE_UNCHANGED = "ERR-760"
    """In an order change, the order price is the same before and after the change."""
    PRICE_OUT_OF_RANGE = "ERR-761"
    """The order price is outside the range that can be specified."""
    ORIGINAL_ORDER_EXPIRED = "ERR-769"
    """In an order change, the order to be changed has expired."""
    DUPLICATE_CLIENT_ORDER_ID = "ERR-786"
    """The client order ID is already used by another of your active orders."""
    RATE_LIMIT_EXCEEDED = "ERR-5003"
    """The API call limit was exceeded."""
    API_TIMESTAMP_AHEAD = "ERR-5008"
    """The API-TIMESTAMP set in the request header is later than the system time of the API."""
    API_TIMESTAMP_BEHIND = "ERR-5009"
    """The API-TIMESTAMP set in the request header is earlier than the system time of the API."""
    INVALID_API_SIGN = "ERR-5010"
    """The API-SIGN (signature) specified in the request header is invalid."""
    MISSING_API_KEY = "ERR-5011"
    """API-KEY is not set in the request header."""
    INVALID_AUTHENTICATION = "ERR-5012"
    """API-KEY authentication failed (among other causes)."""
    MEMBERSHIP_AGREEMENT_INCOMPLETE = "ERR-5014"
    """The operation requires your confirmation or consent, and there are items you have not yet confirmed or agreed to."""
    INVALID_REQUEST_BODY = "ERR-5105"
    """The request body is invalid (reported when the body is not valid JSON, e.g. JSON encoded twice)."""
    INVALID_REQUEST_PARAMETER = "ERR-5106"
    """A request parameter is invalid."""
    PRECISION_EXCEEDED = "ERR-5114"
    """The order price does not conform to the tick size."""
    ORDER_NOT_MODIFIABLE = "ERR-5122"
    """The specified order cannot be changed or cancelled because it is already being modified, being cancelled, cancelled, fully executed or expired."""
    ORDER_NOT_FOUND = "ERR-5123"
    """The specified order number does not exist."""
    API_RESTRICTED = "ERR-5125"
    """API trading restrictions are in effect."""
    ORDER_SIZE_OUT_OF_RANGE = "ERR-5126"
    """The size exceeds the maximum size per order, is below the minimum order size, or would exceed the maximum position size."""
    TOO_MANY_ORDER_IDS = "ERR-5130"
    """In an order or execution query, the number of order IDs or root order IDs exceeds the maximum."""
    TOO_MANY_EXECUTION_IDS = "ERR-5132"
    """In an execution query, the number of execution IDs exceeds the maximum."""
    REGULAR_MAINTENANCE = "ERR-5201"
    """A Public/Private API was called during scheduled maintenance."""
    EMERGENCY_MAINTENANCE = "ERR-5202"
    """A Public/Private API was called during emergency maintenance."""
    INVALID_API_PATH = "ERR-5204"
    """The API URL of the request is invalid."""
    ORDER_CHANGE_LIMIT_EXCEEDED = "ERR-5206"
    """The number of changes allowed per order has reached the limit."""
    INVALID_SYMBOL_INTERVAL_OR_DATE = "ERR-5207"
    """The symbol, interval or date specified in the request is invalid."""
    ORDER_ID_AND_EXECUTION_ID_CONFLICT = "ERR-5208"
    """In an execution query, both orderId and executionId were set."""
    ORDER_ID_AND_ROOT_ORDER_ID_CONFLICT = "ERR-5209"
    """In an order query, both orderId and rootOrderId were set."""
    EXECUTION_TYPE_PRICE_MISMATCH = "ERR-5210"
    """The order type (executionType) does not match the limitPrice/stopPrice given."""
    BOUND_SIDE_MISMATCH = "ERR-5211"
    """A lowerBound/upperBound that does not match the side was specified."""
    ORDER_ID_AND_CLIENT_ORDER_ID_CONFLICT = "ERR-5213"
    """Both an order ID (or root order ID) and a client order ID were specified where only one of them is allowed."""
    SIZE_WITH_SETTLE_POSITION = "ERR-5214"
    """In a close order, an order size was specified together with position IDs."""
    OUTSIDE_TRADING_HOURS = "ERR-5218"
    """The order cannot be placed because it is outside trading hours."""
    NOT_A_NORMAL_ORDER = "ERR-5219"
    """In an order change, an order ID or client order ID of an order other than a normal order was specified."""
    INVALID_SPECIAL_ORDER_PRICE_5220 = "ERR-5220"
    """The price settings of the IFD/IFDOCO/OCO order are inappropriate."""
    INVALID_SPECIAL_ORDER_PRICE_5221 = "ERR-5221"
    """The price settings of the IFD/IFDOCO/OCO order are inappropriate."""
    INVALID_SPECIAL_ORDER_PRICE_5222 = "ERR-5222"
    """The price settings of the IFD/IFDOCO/OCO order are inappropriate."""
    INVALID_SPECIAL_ORDER_PRICE_5223 = "ERR-5223"
    """The price settings of the IFD/IFDOCO/OCO order are inappropriate."""
    INVALID_SPECIAL_ORDER_PRICE_5224 = "ERR-5224"
    """The price settings of the IFD/IFDOCO/OCO order are inappropriate."""
    INVALID_SPECIAL_ORDER_PRICE_5225 = "ERR-5225"
    """The price settings of the IFD/IFDOCO/OCO order are inappropriate."""
    INVALID_SPECIAL_ORDER_PRICE_5226 = "ERR-5226"
    """The price settings of the IFD/IFDOCO/OCO order are inappropriate."""
    INVALID_SPECIAL_ORDER_PRICE_5227 = "ERR-5227"
    """The price settings of the IFD/IFDOCO/OCO order are inappropriate."""
    INVALID_SPECIAL_ORDER_PRICE_5228 = "ERR-5228"
    """The price settings of the IFD/IFDOCO/OCO order are inappropriate."""
    INVALID_SPECIAL_ORDER_PRICE_5229 = "ERR-5229"
    """The price settings of the IFD/IFDOCO/OCO order are inappropriate."""

    def __str__(self) -> str:
        return str(self.value)


ERRORS = ErrorTable(
    base=GmoCoinFxError,
    classes={
        "authentication": GmoCoinFxAuthenticationError,
        "clock_skew": GmoCoinFxClockSkewError,
        "insufficient_funds": GmoCoinFxInsufficientFundsError,
        "invalid_parameter": GmoCoinFxInvalidParameterError,
        "maintenance": GmoCoinFxMaintenanceError,
        "not_found": GmoCoinFxNotFoundError,
        "order_rejected": GmoCoinFxOrderRejectedError,
        "permission": GmoCoinFxPermissionDeniedError,
        "rate_limit": GmoCoinFxRateLimitError,
        "server": GmoCoinFxServerError,
    },
    codes={
        "ERR-143": ("TRADING_RESTRICTED", "order_rejected"),
        "ERR-148": ("SECOND_LEG_SIZE_EXCEEDS_FIRST_LEG", "invalid_parameter"),
        "ERR-189": ("CLOSE_SIZE_EXCEEDS_POSITION", "order_rejected"),
        "ERR-200": ("ORDER_SIZE_EXCEEDS_ORDERABLE_SIZE", "order_rejected"),
        "ERR-201": ("INSUFFICIENT_FUNDS", "insufficient_funds"),
        "ERR-254": ("POSITION_NOT_FOUND", "not_found"),
        "ERR-414": ("POSITION_SYMBOL_MISMATCH", "invalid_parameter"),
        "ERR-423": ("CLOSE_SIZE_EXCEEDS_TOTAL_POSITION", "order_rejected"),
        "ERR-512": ("DUPLICATE_POSITION_ID", "invalid_parameter"),
        "ERR-542": ("NOT_AN_OCO_ORDER", "invalid_parameter"),
        "ERR-595": ("NOT_AN_IFD_OR_IFDOCO_ORDER", "invalid_parameter"),
        "ERR-635": ("ACTIVE_ORDER_LIMIT_EXCEEDED", "order_rejected"),
        "ERR-759": ("TOO_MANY_POSITIONS", "order_rejected"),
        "ERR-760": ("PRICE_UNCHANGED", "invalid_parameter"),
        "ERR-761": ("PRICE_OUT_OF_RANGE", "order_rejected"),
        "ERR-769": ("ORIGINAL_ORDER_EXPIRED", "order_rejected"),
        "ERR-786": ("DUPLICATE_CLIENT_ORDER_ID", "invalid_parameter"),
        "ERR-5003": ("RATE_LIMIT_EXCEEDED", "rate_limit"),
        "ERR-5008": ("API_TIMESTAMP_AHEAD", "clock_skew"),
        "ERR-5009": ("API_TIMESTAMP_BEHIND", "clock_skew"),
        "ERR-5010": ("INVALID_API_SIGN", "authentication"),
        "ERR-5011": ("MISSING_API_KEY", "authentication"),
        "ERR-5012": ("INVALID_AUTHENTICATION", "authentication"),
        "ERR-5014": ("MEMBERSHIP_AGREEMENT_INCOMPLETE", "permission"),
        "ERR-5105": ("INVALID_REQUEST_BODY", "invalid_parameter"),
        "ERR-5106": ("INVALID_REQUEST_PARAMETER", "invalid_parameter"),
        "ERR-5114": ("PRECISION_EXCEEDED", "invalid_parameter"),
        "ERR-5122": ("ORDER_NOT_MODIFIABLE", "order_rejected"),
        "ERR-5123": ("ORDER_NOT_FOUND", "not_found"),
        "ERR-5125": ("API_RESTRICTED", "permission"),
        "ERR-5126": ("ORDER_SIZE_OUT_OF_RANGE", "order_rejected"),
        "ERR-5130": ("TOO_MANY_ORDER_IDS", "invalid_parameter"),
        "ERR-5132": ("TOO_MANY_EXECUTION_IDS", "invalid_parameter"),
        "ERR-5201": ("REGULAR_MAINTENANCE", "maintenance"),
        "ERR-5202": ("EMERGENCY_MAINTENANCE", "maintenance"),
        "ERR-5204": ("INVALID_API_PATH", "invalid_parameter"),
        "ERR-5206": ("ORDER_CHANGE_LIMIT_EXCEEDED", "order_rejected"),
        "ERR-5207": ("INVALID_SYMBOL_INTERVAL_OR_DATE", "invalid_parameter"),
        "ERR-5208": ("ORDER_ID_AND_EXECUTION_ID_CONFLICT", "invalid_parameter"),
        "ERR-5209": ("ORDER_ID_AND_ROOT_ORDER_ID_CONFLICT", "invalid_parameter"),
        "ERR-5210": ("EXECUTION_TYPE_PRICE_MISMATCH", "invalid_parameter"),
        "ERR-5211": ("BOUND_SIDE_MISMATCH", "invalid_parameter"),
        "ERR-5213": ("ORDER_ID_AND_CLIENT_ORDER_ID_CONFLICT", "invalid_parameter"),
        "ERR-5214": ("SIZE_WITH_SETTLE_POSITION", "invalid_parameter"),
        "ERR-5218": ("OUTSIDE_TRADING_HOURS", "order_rejected"),
        "ERR-5219": ("NOT_A_NORMAL_ORDER", "invalid_parameter"),
        "ERR-5220": ("INVALID_SPECIAL_ORDER_PRICE_5220", "invalid_parameter"),
        "ERR-5221": ("INVALID_SPECIAL_ORDER_PRICE_5221", "invalid_parameter"),
        "ERR-5222": ("INVALID_SPECIAL_ORDER_PRICE_5222", "invalid_parameter"),
        "ERR-5223": ("INVALID_SPECIAL_ORDER_PRICE_5223", "invalid_parameter"),
        "ERR-5224": ("INVALID_SPECIAL_ORDER_PRICE_5224", "invalid_parameter"),
        "ERR-5225": ("INVALID_SPECIAL_ORDER_PRICE_5225", "invalid_parameter"),
        "ERR-5226": ("INVALID_SPECIAL_ORDER_PRICE_5226", "invalid_parameter"),
        "ERR-5227": ("INVALID_SPECIAL_ORDER_PRICE_5227", "invalid_parameter"),
        "ERR-5228": ("INVALID_SPECIAL_ORDER_PRICE_5228", "invalid_parameter"),
        "ERR-5229": ("INVALID_SPECIAL_ORDER_PRICE_5229", "invalid_parameter"),
    },
)
