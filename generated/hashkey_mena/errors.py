"""Exceptions for HashKey MENA Exchange REST API and its documented error codes.

Generated from specs/hashkey_mena/openapi.yaml; do not edit.
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


class HashKeyError(ApiError):
    """Any error reply from HashKey MENA Exchange REST API."""

    venue = "hashkey_mena"


class HashKeyAuthenticationError(HashKeyError, AuthenticationError):
    """AuthenticationError from HashKey MENA Exchange REST API."""


class HashKeyClockSkewError(HashKeyAuthenticationError, ClockSkewError):
    """ClockSkewError from HashKey MENA Exchange REST API."""


class HashKeyInsufficientFundsError(HashKeyError, InsufficientFundsError):
    """InsufficientFundsError from HashKey MENA Exchange REST API."""


class HashKeyInvalidParameterError(HashKeyError, InvalidParameterError):
    """InvalidParameterError from HashKey MENA Exchange REST API."""


class HashKeyMaintenanceError(HashKeyError, MaintenanceError):
    """MaintenanceError from HashKey MENA Exchange REST API."""


class HashKeyNotFoundError(HashKeyError, NotFoundError):
    """NotFoundError from HashKey MENA Exchange REST API."""


class HashKeyOrderRejectedError(HashKeyError, OrderRejectedError):
    """OrderRejectedError from HashKey MENA Exchange REST API."""


class HashKeyPermissionDeniedError(HashKeyError, PermissionDeniedError):
    """PermissionDeniedError from HashKey MENA Exchange REST API."""


class HashKeyRateLimitError(HashKeyError, RateLimitError):
    """RateLimitError from HashKey MENA Exchange REST API."""


class HashKeyServerError(HashKeyError, ServerError):
    """ServerError from HashKey MENA Exchange REST API."""


class ErrorCode(str, Enum):
    """Every documented error code, by name."""

    SUCCESS_REQUEST = "200"
    """Success request"""
    SUCCESS = "0000"
    """success"""
    REQUIRED_FIELD_MISSING_OR_INVALID = "0001"
    """Required field %s missing or invalid"""
    RATE_LIMIT_EXCEEDED = "0003"
    """Rate limit exceeded"""
    INVALID_API_KEY = "0102"
    """Invalid APIKey"""
    API_KEY_EXPIRED = "0103"
    """APIKey expired"""
    ACCOUNT_ID_NOT_ALLOWED = "0104"
    """accountId is not allowed"""
    INSTRUMENT_NOT_FOUND = "0201"
    """Instrument not found"""
    INVALID_IP = "0202"
    """Invalid IP"""
    UNSUPPORTED_ORDER_TYPE = "0206"
    """Unsupported order type"""
    INVALID_PRICE = "0207"
    """Invalid price"""
    INVALID_PRICE_PRECISION = "0209"
    """Invalid price precision"""
    PRICE_OUTSIDE_ALLOWED_RANGE = "0210"
    """Price outside of allowed range"""
    ORDER_NOT_FOUND = "0211"
    """Order not found"""
    ORDER_ALREADY_COMPLETED_OR_MISSING = "0212"
    """Order has already been completed (filled, canceled, etc) or does not exist. Please check the order status to verify"""
    INSUFFICIENT_ASSET = "0401"
    """Insufficient asset"""
    UNKNOWN_ERROR = "-1000"
    """An unknown error occurred while processing the request"""
    INTERNAL_ERROR = "-1001"
    """Internal error"""
    UNAUTHORIZED_OPERATION = "-1002"
    """Unauthorized operation"""
    BAD_REQUEST = "-1004"
    """Bad request"""
    NO_PERMISSION = "-1005"
    """No permission"""
    EXECUTION_STATUS_UNKNOWN = "-1006"
    """Execution status unknown"""
    SERVER_RESPONSE_TIMEOUT = "-1007"
    """Timeout waiting for response from server"""
    UNSUPPORTED_ORDER_COMBINATION = "-1014"
    """Unsupported order combination"""
    TOO_MANY_NEW_ORDERS = "-1015"
    """Too many new orders, current limit is %s orders per %s"""
    UNSUPPORTED_OPERATION = "-1020"
    """Unsupported operation"""
    TIMESTAMP_OUTSIDE_RECV_WINDOW = "-1021"
    """Timestamp for this request is outside of the recvWindow"""
    DUPLICATE_REQUEST = "-1024"
    """Duplicate request"""
    FEATURE_OFFLINE = "-1101"
    """Feature has been offline"""
    INVALID_TIME_IN_FORCE = "-1115"
    """Invalid timeInForce"""
    INVALID_ORDER_SIDE = "-1117"
    """Invalid order side"""
    INVALID_CLIENT_ORDER_ID = "-1123"
    """Invalid client order id"""
    INVALID_ORDER_PRICE = "-1124"
    """Invalid price"""
    INVALID_QUANTITY = "-1126"
    """Invalid quantity"""
    QUANTITY_AND_AMOUNT_BOTH_SENT = "-1129"
    """Invalid parameters, quantity and amount are not allowed to be sent at the same time."""
    ILLEGAL_PARAMETER = "-1130"
    """Illegal parameter %s"""
    ORDER_PRICE_ABOVE_MAXIMUM = "-1132"
    """Order price greater than the maximum"""
    ORDER_PRICE_BELOW_MINIMUM = "-1133"
    """Order price lower than the minimum"""
    ORDER_QUANTITY_ABOVE_MAXIMUM = "-1135"
    """Order quantity greater than the maximum"""
    ORDER_QUANTITY_BELOW_MINIMUM = "-1136"
    """Order quantity lower than the minimum"""
    ORDER_QUANTITY_PRECISION_TOO_LARGE = "-1137"
    """Order quantity precision too large"""
    ORDER_ALREADY_FILLED = "-1139"
    """Order has been filled"""
    ORDER_AMOUNT_BELOW_MINIMUM = "-1140"
    """Order amount lower than the minimum"""
    DUPLICATE_ORDER = "-1141"
    """Duplicate order"""
    ORDER_ALREADY_CANCELLED = "-1142"
    """Order has been cancelled"""
    ORDER_NOT_ON_BOOK = "-1143"
    """Order not found on order book"""
    ORDER_LOCKED = "-1144"
    """Order has been locked"""
    CANCEL_NOT_SUPPORTED_FOR_ORDER_TYPE = "-1145"
    """Cancellation on this order type not supported"""
    ORDER_CREATION_TIMEOUT = "-1146"
    """Order creation timeout"""
    ORDER_CANCELLATION_TIMEOUT = "-1147"
    """Order cancellation timeout"""
    ORDER_AMOUNT_PRECISION_TOO_LARGE = "-1148"
    """Order amount precision too large"""
    ORDER_CREATION_FAILED = "-1149"
    """Order creation failed"""
    ORDER_CANCELLATION_FAILED = "-1150"
    """Order cancellation failed"""
    TRADING_PAIR_NOT_OPEN = "-1151"
    """The trading pair is not open yet"""
    USER_NOT_FOUND = "-1152"
    """User does not exist"""
    INVALID_PRICE_TYPE = "-1153"
    """Invalid price type"""
    INVALID_POSITION_SIDE = "-1154"
    """Invalid position side"""
    TRADING_PAIR_NOT_AVAILABLE_FOR_API = "-1155"
    """The trading pair is not available for api trading"""
    LIMIT_MAKER_REJECTED_GLOBAL = "-1156"
    """Limit maker order rejected: Improper price may cause immediate fill."""
    ACCOUNT_NOT_FOUND = "-1160"
    """Account does not exist"""
    BALANCE_TRANSFER_FAILED = "-1161"
    """Balance transfer failed"""
    UNSUPPORTED_CONTRACT_ADDRESS = "-1162"
    """Unsupport contract address"""
    ILLEGAL_WITHDRAWAL_ADDRESS = "-1163"
    """Illegal withdrawal address"""
    WITHDRAW_FAILED = "-1164"
    """Withdraw failed"""
    WITHDRAWAL_AMOUNT_NULL = "-1165"
    """Withdrawal amount cannot be null"""
    WITHDRAWAL_DAILY_LIMIT_EXCEEDED = "-1166"
    """Withdrawal amount exceeds the daily limit"""
    WITHDRAWAL_AMOUNT_BELOW_MINIMUM = "-1167"
    """Withdrawal amount less than the minimum"""
    ILLEGAL_WITHDRAWAL_AMOUNT = "-1168"
    """Illegal withdrawal amount"""
    WITHDRAW_NOT_ALLOWED = "-1169"
    """Withdraw not allowed"""
    DEPOSIT_NOT_ALLOWED = "-1170"
    """Deposit not allowed"""
    WITHDRAWAL_ADDRESS_NOT_WHITELISTED = "-1171"
    """Withdrawal address not in whitelist"""
    INVALID_FROM_ACCOUNT_ID = "-1172"
    """Invalid from account id"""
    INVALID_TO_ACCOUNT_ID = "-1173"
    """Invalid to account id"""
    TRANSFER_TO_SAME_ACCOUNT = "-1174"
    """Transfer not allowed between the same account"""
    INVALID_FIAT_DEPOSIT_STATUS = "-1175"
    """Invalid fiat deposit status"""
    INVALID_FIAT_WITHDRAWAL_STATUS = "-1176"
    """Invalid fiat withdrawal status"""
    INVALID_FIAT_ORDER_TYPE = "-1177"
    """Invalid fiat order type"""
    WHITELISTED_ADDRESS_NOT_YET_EFFECTIVE = "-1182"
    """The newly whitelisted withdrawal address will take effect in 30 min. Please try it later."""
    API_ORDER_PLACEMENT_NOT_ALLOWED = "-1186"
    """Placing orders via api is not allowed, please check the API permission"""
    ORDER_CREATION_COUNT_EXCEEDED = "-1193"
    """Order creation count exceeds the limit"""
    MARKET_ORDER_FORBIDDEN = "-1194"
    """Market order creation forbidden"""
    ORDER_BUY_QUANTITY_TOO_SMALL = "-1200"
    """Order buy quantity too small"""
    ORDER_BUY_QUANTITY_TOO_LARGE = "-1201"
    """Order buy quantity too large"""
    ORDER_SELL_QUANTITY_TOO_SMALL = "-1202"
    """Order sell quantity too small"""
    ORDER_SELL_QUANTITY_TOO_LARGE = "-1203"
    """Order sell quantity too large"""
    FROM_ACCOUNT_NOT_MAIN_ACCOUNT = "-1204"
    """From account must be a main account"""
    ACCOUNT_NOT_AUTHORIZED = "-1205"
    """Account not authorized"""
    ORDER_AMOUNT_ABOVE_MAXIMUM = "-1206"
    """Order amount greater than the maximum"""
    INVALID_DEPOSIT_STATUS = "-1207"
    """The status of deposit is invalid"""
    INVALID_FIAT_ORDER_TYPE_VALUE = "-1208"
    """The orderType of fiat is invalid"""
    INVALID_WITHDRAW_STATUS = "-1209"
    """The status of withdraw is invalid"""
    DEPOSIT_AMOUNT_BELOW_MINIMUM = "-1210"
    """The deposit amount %s must not be less than the minimum deposit amount %s %s."""
    WITHDRAWAL_IN_PROGRESS = "-1211"
    """Withdrawal in progress"""
    DEPOSIT_ORDER_NOT_FOUND = "-1212"
    """The order of deposit does not exist"""
    DEPOSIT_REFUND_NOT_APPLICABLE = "-1213"
    """The status of deposit cannot apply refund"""
    DEPOSIT_ACCOUNT_NOT_FOUND = "-1214"
    """The account of deposit does not exist"""
    USER_ACCOUNT_STATUS_ABNORMAL = "-1215"
    """User account status is abnormal"""
    DEPOSIT_ORDER_ID_NOT_FOUND = "-1300"
    """Sorry we can not locate this depositOrderId, please check and try again."""
    HISTORICAL_ORDER_CONTACT_SUPPORT = "-1301"
    """Please contact the support team for historical orders"""
    REFUND_BLOCKED_BY_ORDER_STATUS = "-1302"
    """The refund via api can not be processed due to order status, please contact support team"""
    REFUND_BLOCKED_BY_FAILURE_REASON = "-1303"
    """The refund request via api can not be processed due to failure reason, please contact support team"""
    SUPPORTING_DOCS_REQUIRED = "-1304"
    """Please upload supporting docs as required, only image files .jpg, .png, .jpeg allowed."""
    IMAGE_TOO_LARGE = "-1305"
    """Image size exceeds 1M, please revise and try again"""
    LIMIT_MAKER_REJECTED = "-2010"
    """Limit maker order rejected: Improper price may cause immediate fill."""
    ORDER_CANCELLATION_REJECTED = "-2011"
    """Order cancellation rejected"""
    API_KEY_CREATION_LIMIT_EXCEEDED = "-2016"
    """API key creation exceeds the limit"""
    OPEN_ORDERS_LIMIT_EXCEEDED = "-2017"
    """Open orders exceeds the limit of the trading pair"""
    TRADE_USER_CREATION_LIMIT_EXCEEDED = "-2018"
    """Trade user creation exceeds the limit"""
    TRADER_OMNIBUS_APP_LOGIN_NOT_ALLOWED = "-2019"
    """Trader and omnibus user not allowed to login app"""
    TRADING_PAIR_NOT_ALLOWED = "-2020"
    """Not allowed to trade this trading pair"""
    TRADING_PAIR_NOT_ALLOWED_2 = "-2021"
    """Not allowed to trade this trading pair"""
    ORDER_BATCH_SIZE_EXCEEDED = "-2022"
    """Order batch size exceeds the limit"""
    KYC_VERIFICATION_REQUIRED = "-2023"
    """Need to pass KYC verification"""
    FIAT_ACCOUNT_NOT_FOUND = "-2024"
    """Fiat account does not exist"""
    CUSTODY_ACCOUNT_NOT_FOUND = "-2025"
    """Custody account not exist"""
    INVALID_TYPE = "-2026"
    """Invalid type"""
    TIME_RANGE_EXCEEDS_30_DAYS = "-2027"
    """Exceed maximum time range of 30 days"""
    SEARCH_LIMITED_TO_LAST_MONTH = "-2028"
    """The search is limited to data within the last one month"""
    SEARCH_LIMITED_TO_LAST_THREE_MONTHS = "-2029"
    """The search is limited to data within the last three months"""
    ORDER_BATCH_SIZE_EXCEEDED_2 = "-2030"
    """Order batch size exceeds the limit"""
    INVALID_PERMISSION = "-3117"
    """Invalid permission"""
    TRADING_SUSPENDED_ACCOUNT_LIMIT = "-3143"
    """Currently, your trading account has exceeded its limit and is temporarily unable to perform trades"""
    TRANSFER_SUSPENDED_ACCOUNT_LIMIT = "-3144"
    """Currently, your trading account has exceeded its limit and is temporarily unable to perform transfers"""
    REQUESTS_TOO_FREQUENT = "-3145"
    """Please DO NOT submit request too frequently"""
    INVALID_BANK_ACCOUNT_NUMBER = "-4000"
    """Invalid bank account number"""
    INVALID_ASSET = "-4001"
    """Invalid asset"""
    WITHDRAWAL_BELOW_MINIMUM_AMOUNT = "-4002"
    """Withdrawal amount less than the minimum withdrawal amount"""
    INSUFFICIENT_BALANCE = "-4003"
    """Insufficient Balance"""
    BANK_ACCOUNT_NOT_WHITELISTED = "-4004"
    """Invalid bank account number"""
    ASSET_NOT_LISTED = "-4005"
    """Assets are not listed"""
    KYC_NOT_CERTIFIED = "-4006"
    """Kyc is not certified"""
    WITHDRAWAL_CHANNEL_NOT_SUPPORTED = "-4007"
    """Withdrawal channels are not supported"""
    CURRENCY_NOT_SUPPORTED_FOR_CUSTOMER_TYPE = "-4008"
    """This currency does not support this customer type"""
    NO_WITHDRAWAL_PERMISSION = "-4009"
    """No withdrawal permission"""
    DAILY_WITHDRAWAL_LIMIT_EXCEEDED = "-4010"
    """Withdrawals on the same day exceed the maximum limit for a single day"""
    SYSTEM_ERROR = "-4011"
    """System error"""
    PARAMETER_ERROR = "-4012"
    """Parameter error"""
    DUPLICATE_WITHDRAWAL = "-4013"
    """Withdraw repeatedly"""
    INVALID_WHITELIST_TYPE = "-4014"
    """The type of whitelist is invalid"""
    TWO_FA_TOKEN_MISSING = "-4016"
    """twoFaToken missing. Please send valid twoFaToken as 2FA is enabled for this action"""
    TWO_FA_TOKEN_WRONG = "-4017"
    """twoFaToken wrong, please send valid twoFaToken"""
    TWO_FA_TOKEN_ALREADY_USED = "-4018"
    """twoFaToken used before. Please wait and try again later"""
    WITHDRAWAL_ABOVE_PREDEFINED_LIMIT = "-4019"
    """The withdraw exceeded the predefined maximum limit, and has been rejected"""
    WITHDRAWAL_OUTSIDE_OPERATION_HOURS = "-4020"
    """The withdrawal happened during abnormal operation hours, and had been rejected"""
    DUPLICATE_IN_KIND_SUBSCRIPTION = "-5000"
    """Duplicate IN-KIND subscription order"""
    INVALID_FUND_CODE = "-5001"
    """Fund code is invalid"""
    DEPOSIT_ADDRESS_NOT_FOUND = "-5002"
    """Deposit address does not exist"""
    INVALID_ADDRESS = "-5003"
    """Invalid address. Please verify"""
    ADDRESS_WHITELISTED_BY_ANOTHER_ACCOUNT = "-5004"
    """Signature verification failed because the address had been whitelisted by another account."""
    ADDRESS_SIGNATURE_INCORRECT = "-5005"
    """Signature verification fails because client submits incorrect signature result."""
    ADDRESS_ALREADY_WHITELISTED = "-5006"
    """Signature verification failed because the address had been whitelisted before."""
    SUBSCRIPTION_NOT_FOUND = "-5011"
    """No Subscription found."""
    UNKNOWN_SUBSCRIPTION_ID = "-5012"
    """Unknown subscriptionId"""
    SUBSCRIPTION_FAILED = "-5013"
    """Subscription failed."""
    BUY_OR_SELL_AMOUNT_REQUIRED = "-5021"
    """Only one of 'buyAmount' or 'sellAmount' must be specified."""
    QUOTE_ID_EXPIRED = "-5022"
    """quoteId expired. Please get a quote again."""
    INSUFFICIENT_FUND_POSITION = "-5023"
    """Insufficient Fund Position."""
    AMOUNT_BELOW_100_USD_MINIMUM = "-5024"
    """The amount is below the minimum required: 100 USD or equivalent USD."""
    MAXIMUM_BUY_AMOUNT_EXCEEDED = "-5025"
    """Exceed the maximum buy amount."""
    UNSUPPORTED_QUOTE_PAIR = "-5026"
    """Unsupported Quote Pair."""
    INVALID_ORDER_ID = "-5027"
    """Invalid orderId: %s provided."""
    PARAMETER_TOO_LONG = "-5030"
    """The Length of %s cannot exceed %s"""
    UNSUPPORTED_QUOTE_PAIR_2 = "-5031"
    """Unsupported quote pair"""
    PRECISION_ILLEGAL = "-5032"
    """Precision illegal"""
    PRECISION_ILLEGAL_2 = "-5033"
    """Precision illegal"""
    CLIENT_ORDER_ID_GENERATION_FAILED = "-5034"
    """Fail to generate the clientOrderId"""
    GENERIC_ERROR = "-5035"
    """%s"""
    GENERIC_ERROR_2 = "-5036"
    """%s"""

    def __str__(self) -> str:
        return str(self.value)


ERRORS = ErrorTable(
    base=HashKeyError,
    classes={
        "authentication": HashKeyAuthenticationError,
        "clock_skew": HashKeyClockSkewError,
        "insufficient_funds": HashKeyInsufficientFundsError,
        "invalid_parameter": HashKeyInvalidParameterError,
        "maintenance": HashKeyMaintenanceError,
        "not_found": HashKeyNotFoundError,
        "order_rejected": HashKeyOrderRejectedError,
        "permission": HashKeyPermissionDeniedError,
        "rate_limit": HashKeyRateLimitError,
        "server": HashKeyServerError,
    },
    codes={
        "200": ("SUCCESS_REQUEST", "other"),
        "0000": ("SUCCESS", "other"),
        "0001": ("REQUIRED_FIELD_MISSING_OR_INVALID", "invalid_parameter"),
        "0003": ("RATE_LIMIT_EXCEEDED", "rate_limit"),
        "0102": ("INVALID_API_KEY", "authentication"),
        "0103": ("API_KEY_EXPIRED", "authentication"),
        "0104": ("ACCOUNT_ID_NOT_ALLOWED", "permission"),
        "0201": ("INSTRUMENT_NOT_FOUND", "not_found"),
        "0202": ("INVALID_IP", "permission"),
        "0206": ("UNSUPPORTED_ORDER_TYPE", "invalid_parameter"),
        "0207": ("INVALID_PRICE", "invalid_parameter"),
        "0209": ("INVALID_PRICE_PRECISION", "invalid_parameter"),
        "0210": ("PRICE_OUTSIDE_ALLOWED_RANGE", "order_rejected"),
        "0211": ("ORDER_NOT_FOUND", "not_found"),
        "0212": ("ORDER_ALREADY_COMPLETED_OR_MISSING", "order_rejected"),
        "0401": ("INSUFFICIENT_ASSET", "insufficient_funds"),
        "-1000": ("UNKNOWN_ERROR", "server"),
        "-1001": ("INTERNAL_ERROR", "server"),
        "-1002": ("UNAUTHORIZED_OPERATION", "authentication"),
        "-1004": ("BAD_REQUEST", "invalid_parameter"),
        "-1005": ("NO_PERMISSION", "permission"),
        "-1006": ("EXECUTION_STATUS_UNKNOWN", "server"),
        "-1007": ("SERVER_RESPONSE_TIMEOUT", "server"),
        "-1014": ("UNSUPPORTED_ORDER_COMBINATION", "order_rejected"),
        "-1015": ("TOO_MANY_NEW_ORDERS", "rate_limit"),
        "-1020": ("UNSUPPORTED_OPERATION", "invalid_parameter"),
        "-1021": ("TIMESTAMP_OUTSIDE_RECV_WINDOW", "clock_skew"),
        "-1024": ("DUPLICATE_REQUEST", "other"),
        "-1101": ("FEATURE_OFFLINE", "maintenance"),
        "-1115": ("INVALID_TIME_IN_FORCE", "invalid_parameter"),
        "-1117": ("INVALID_ORDER_SIDE", "invalid_parameter"),
        "-1123": ("INVALID_CLIENT_ORDER_ID", "invalid_parameter"),
        "-1124": ("INVALID_ORDER_PRICE", "invalid_parameter"),
        "-1126": ("INVALID_QUANTITY", "invalid_parameter"),
        "-1129": ("QUANTITY_AND_AMOUNT_BOTH_SENT", "invalid_parameter"),
        "-1130": ("ILLEGAL_PARAMETER", "invalid_parameter"),
        "-1132": ("ORDER_PRICE_ABOVE_MAXIMUM", "order_rejected"),
        "-1133": ("ORDER_PRICE_BELOW_MINIMUM", "order_rejected"),
        "-1135": ("ORDER_QUANTITY_ABOVE_MAXIMUM", "order_rejected"),
        "-1136": ("ORDER_QUANTITY_BELOW_MINIMUM", "order_rejected"),
        "-1137": ("ORDER_QUANTITY_PRECISION_TOO_LARGE", "invalid_parameter"),
        "-1139": ("ORDER_ALREADY_FILLED", "order_rejected"),
        "-1140": ("ORDER_AMOUNT_BELOW_MINIMUM", "order_rejected"),
        "-1141": ("DUPLICATE_ORDER", "order_rejected"),
        "-1142": ("ORDER_ALREADY_CANCELLED", "order_rejected"),
        "-1143": ("ORDER_NOT_ON_BOOK", "not_found"),
        "-1144": ("ORDER_LOCKED", "order_rejected"),
        "-1145": ("CANCEL_NOT_SUPPORTED_FOR_ORDER_TYPE", "order_rejected"),
        "-1146": ("ORDER_CREATION_TIMEOUT", "server"),
        "-1147": ("ORDER_CANCELLATION_TIMEOUT", "server"),
        "-1148": ("ORDER_AMOUNT_PRECISION_TOO_LARGE", "invalid_parameter"),
        "-1149": ("ORDER_CREATION_FAILED", "order_rejected"),
        "-1150": ("ORDER_CANCELLATION_FAILED", "order_rejected"),
        "-1151": ("TRADING_PAIR_NOT_OPEN", "order_rejected"),
        "-1152": ("USER_NOT_FOUND", "not_found"),
        "-1153": ("INVALID_PRICE_TYPE", "invalid_parameter"),
        "-1154": ("INVALID_POSITION_SIDE", "invalid_parameter"),
        "-1155": ("TRADING_PAIR_NOT_AVAILABLE_FOR_API", "order_rejected"),
        "-1156": ("LIMIT_MAKER_REJECTED_GLOBAL", "order_rejected"),
        "-1160": ("ACCOUNT_NOT_FOUND", "not_found"),
        "-1161": ("BALANCE_TRANSFER_FAILED", "other"),
        "-1162": ("UNSUPPORTED_CONTRACT_ADDRESS", "invalid_parameter"),
        "-1163": ("ILLEGAL_WITHDRAWAL_ADDRESS", "invalid_parameter"),
        "-1164": ("WITHDRAW_FAILED", "other"),
        "-1165": ("WITHDRAWAL_AMOUNT_NULL", "invalid_parameter"),
        "-1166": ("WITHDRAWAL_DAILY_LIMIT_EXCEEDED", "other"),
        "-1167": ("WITHDRAWAL_AMOUNT_BELOW_MINIMUM", "invalid_parameter"),
        "-1168": ("ILLEGAL_WITHDRAWAL_AMOUNT", "invalid_parameter"),
        "-1169": ("WITHDRAW_NOT_ALLOWED", "maintenance"),
        "-1170": ("DEPOSIT_NOT_ALLOWED", "maintenance"),
        "-1171": ("WITHDRAWAL_ADDRESS_NOT_WHITELISTED", "permission"),
        "-1172": ("INVALID_FROM_ACCOUNT_ID", "invalid_parameter"),
        "-1173": ("INVALID_TO_ACCOUNT_ID", "invalid_parameter"),
        "-1174": ("TRANSFER_TO_SAME_ACCOUNT", "invalid_parameter"),
        "-1175": ("INVALID_FIAT_DEPOSIT_STATUS", "invalid_parameter"),
        "-1176": ("INVALID_FIAT_WITHDRAWAL_STATUS", "invalid_parameter"),
        "-1177": ("INVALID_FIAT_ORDER_TYPE", "invalid_parameter"),
        "-1182": ("WHITELISTED_ADDRESS_NOT_YET_EFFECTIVE", "other"),
        "-1186": ("API_ORDER_PLACEMENT_NOT_ALLOWED", "permission"),
        "-1193": ("ORDER_CREATION_COUNT_EXCEEDED", "rate_limit"),
        "-1194": ("MARKET_ORDER_FORBIDDEN", "order_rejected"),
        "-1200": ("ORDER_BUY_QUANTITY_TOO_SMALL", "order_rejected"),
        "-1201": ("ORDER_BUY_QUANTITY_TOO_LARGE", "order_rejected"),
        "-1202": ("ORDER_SELL_QUANTITY_TOO_SMALL", "order_rejected"),
        "-1203": ("ORDER_SELL_QUANTITY_TOO_LARGE", "order_rejected"),
        "-1204": ("FROM_ACCOUNT_NOT_MAIN_ACCOUNT", "invalid_parameter"),
        "-1205": ("ACCOUNT_NOT_AUTHORIZED", "permission"),
        "-1206": ("ORDER_AMOUNT_ABOVE_MAXIMUM", "order_rejected"),
        "-1207": ("INVALID_DEPOSIT_STATUS", "invalid_parameter"),
        "-1208": ("INVALID_FIAT_ORDER_TYPE_VALUE", "invalid_parameter"),
        "-1209": ("INVALID_WITHDRAW_STATUS", "invalid_parameter"),
        "-1210": ("DEPOSIT_AMOUNT_BELOW_MINIMUM", "invalid_parameter"),
        "-1211": ("WITHDRAWAL_IN_PROGRESS", "other"),
        "-1212": ("DEPOSIT_ORDER_NOT_FOUND", "not_found"),
        "-1213": ("DEPOSIT_REFUND_NOT_APPLICABLE", "other"),
        "-1214": ("DEPOSIT_ACCOUNT_NOT_FOUND", "not_found"),
        "-1215": ("USER_ACCOUNT_STATUS_ABNORMAL", "permission"),
        "-1300": ("DEPOSIT_ORDER_ID_NOT_FOUND", "not_found"),
        "-1301": ("HISTORICAL_ORDER_CONTACT_SUPPORT", "other"),
        "-1302": ("REFUND_BLOCKED_BY_ORDER_STATUS", "other"),
        "-1303": ("REFUND_BLOCKED_BY_FAILURE_REASON", "other"),
        "-1304": ("SUPPORTING_DOCS_REQUIRED", "invalid_parameter"),
        "-1305": ("IMAGE_TOO_LARGE", "invalid_parameter"),
        "-2010": ("LIMIT_MAKER_REJECTED", "order_rejected"),
        "-2011": ("ORDER_CANCELLATION_REJECTED", "order_rejected"),
        "-2016": ("API_KEY_CREATION_LIMIT_EXCEEDED", "other"),
        "-2017": ("OPEN_ORDERS_LIMIT_EXCEEDED", "order_rejected"),
        "-2018": ("TRADE_USER_CREATION_LIMIT_EXCEEDED", "other"),
        "-2019": ("TRADER_OMNIBUS_APP_LOGIN_NOT_ALLOWED", "permission"),
        "-2020": ("TRADING_PAIR_NOT_ALLOWED", "permission"),
        "-2021": ("TRADING_PAIR_NOT_ALLOWED_2", "permission"),
        "-2022": ("ORDER_BATCH_SIZE_EXCEEDED", "invalid_parameter"),
        "-2023": ("KYC_VERIFICATION_REQUIRED", "permission"),
        "-2024": ("FIAT_ACCOUNT_NOT_FOUND", "not_found"),
        "-2025": ("CUSTODY_ACCOUNT_NOT_FOUND", "not_found"),
        "-2026": ("INVALID_TYPE", "invalid_parameter"),
        "-2027": ("TIME_RANGE_EXCEEDS_30_DAYS", "invalid_parameter"),
        "-2028": ("SEARCH_LIMITED_TO_LAST_MONTH", "invalid_parameter"),
        "-2029": ("SEARCH_LIMITED_TO_LAST_THREE_MONTHS", "invalid_parameter"),
        "-2030": ("ORDER_BATCH_SIZE_EXCEEDED_2", "invalid_parameter"),
        "-3117": ("INVALID_PERMISSION", "permission"),
        "-3143": ("TRADING_SUSPENDED_ACCOUNT_LIMIT", "permission"),
        "-3144": ("TRANSFER_SUSPENDED_ACCOUNT_LIMIT", "permission"),
        "-3145": ("REQUESTS_TOO_FREQUENT", "rate_limit"),
        "-4000": ("INVALID_BANK_ACCOUNT_NUMBER", "invalid_parameter"),
        "-4001": ("INVALID_ASSET", "invalid_parameter"),
        "-4002": ("WITHDRAWAL_BELOW_MINIMUM_AMOUNT", "invalid_parameter"),
        "-4003": ("INSUFFICIENT_BALANCE", "insufficient_funds"),
        "-4004": ("BANK_ACCOUNT_NOT_WHITELISTED", "permission"),
        "-4005": ("ASSET_NOT_LISTED", "invalid_parameter"),
        "-4006": ("KYC_NOT_CERTIFIED", "permission"),
        "-4007": ("WITHDRAWAL_CHANNEL_NOT_SUPPORTED", "other"),
        "-4008": ("CURRENCY_NOT_SUPPORTED_FOR_CUSTOMER_TYPE", "permission"),
        "-4009": ("NO_WITHDRAWAL_PERMISSION", "permission"),
        "-4010": ("DAILY_WITHDRAWAL_LIMIT_EXCEEDED", "other"),
        "-4011": ("SYSTEM_ERROR", "server"),
        "-4012": ("PARAMETER_ERROR", "invalid_parameter"),
        "-4013": ("DUPLICATE_WITHDRAWAL", "other"),
        "-4014": ("INVALID_WHITELIST_TYPE", "invalid_parameter"),
        "-4016": ("TWO_FA_TOKEN_MISSING", "authentication"),
        "-4017": ("TWO_FA_TOKEN_WRONG", "authentication"),
        "-4018": ("TWO_FA_TOKEN_ALREADY_USED", "authentication"),
        "-4019": ("WITHDRAWAL_ABOVE_PREDEFINED_LIMIT", "other"),
        "-4020": ("WITHDRAWAL_OUTSIDE_OPERATION_HOURS", "other"),
        "-5000": ("DUPLICATE_IN_KIND_SUBSCRIPTION", "other"),
        "-5001": ("INVALID_FUND_CODE", "invalid_parameter"),
        "-5002": ("DEPOSIT_ADDRESS_NOT_FOUND", "not_found"),
        "-5003": ("INVALID_ADDRESS", "invalid_parameter"),
        "-5004": ("ADDRESS_WHITELISTED_BY_ANOTHER_ACCOUNT", "other"),
        "-5005": ("ADDRESS_SIGNATURE_INCORRECT", "other"),
        "-5006": ("ADDRESS_ALREADY_WHITELISTED", "other"),
        "-5011": ("SUBSCRIPTION_NOT_FOUND", "not_found"),
        "-5012": ("UNKNOWN_SUBSCRIPTION_ID", "not_found"),
        "-5013": ("SUBSCRIPTION_FAILED", "other"),
        "-5021": ("BUY_OR_SELL_AMOUNT_REQUIRED", "invalid_parameter"),
        "-5022": ("QUOTE_ID_EXPIRED", "other"),
        "-5023": ("INSUFFICIENT_FUND_POSITION", "insufficient_funds"),
        "-5024": ("AMOUNT_BELOW_100_USD_MINIMUM", "invalid_parameter"),
        "-5025": ("MAXIMUM_BUY_AMOUNT_EXCEEDED", "order_rejected"),
        "-5026": ("UNSUPPORTED_QUOTE_PAIR", "invalid_parameter"),
        "-5027": ("INVALID_ORDER_ID", "invalid_parameter"),
        "-5030": ("PARAMETER_TOO_LONG", "invalid_parameter"),
        "-5031": ("UNSUPPORTED_QUOTE_PAIR_2", "invalid_parameter"),
        "-5032": ("PRECISION_ILLEGAL", "invalid_parameter"),
        "-5033": ("PRECISION_ILLEGAL_2", "invalid_parameter"),
        "-5034": ("CLIENT_ORDER_ID_GENERATION_FAILED", "server"),
        "-5035": ("GENERIC_ERROR", "other"),
        "-5036": ("GENERIC_ERROR_2", "other"),
    },
)
