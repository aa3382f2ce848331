"""Contains all the data models used in inputs/outputs"""

from .asset import Asset
from .cancel_bulk_order_request import CancelBulkOrderRequest
from .cancel_bulk_order_response import CancelBulkOrderResponse
from .cancel_orders_request import CancelOrdersRequest
from .cancel_orders_response import CancelOrdersResponse
from .cancel_orders_result import CancelOrdersResult
from .cancel_type import CancelType
from .canceled_order import CanceledOrder
from .change_ifd_order_request import ChangeIfdOrderRequest
from .change_ifd_order_response import ChangeIfdOrderResponse
from .change_ifo_order_request import ChangeIfoOrderRequest
from .change_ifo_order_response import ChangeIfoOrderResponse
from .change_oco_order_request import ChangeOcoOrderRequest
from .change_oco_order_response import ChangeOcoOrderResponse
from .change_order_request import ChangeOrderRequest
from .change_order_response import ChangeOrderResponse
from .close_order_request import CloseOrderRequest
from .close_order_response import CloseOrderResponse
from .create_ifd_order_request import CreateIfdOrderRequest
from .create_ifd_order_response import CreateIfdOrderResponse
from .create_ifo_order_request import CreateIfoOrderRequest
from .create_ifo_order_response import CreateIfoOrderResponse
from .create_order_request import CreateOrderRequest
from .create_order_response import CreateOrderResponse
from .create_speed_order_request import CreateSpeedOrderRequest
from .create_speed_order_response import CreateSpeedOrderResponse
from .create_ws_auth_token_request import CreateWsAuthTokenRequest
from .create_ws_auth_token_response import CreateWsAuthTokenResponse
from .delete_ws_auth_token_request import DeleteWsAuthTokenRequest
from .delete_ws_auth_token_response import DeleteWsAuthTokenResponse
from .error_message import ErrorMessage
from .error_response import ErrorResponse
from .exchange_status import ExchangeStatus
from .execution import Execution
from .execution_type import ExecutionType
from .executions_list import ExecutionsList
from .extend_ws_auth_token_request import ExtendWsAuthTokenRequest
from .extend_ws_auth_token_response import ExtendWsAuthTokenResponse
from .get_active_orders_response import GetActiveOrdersResponse
from .get_assets_response import GetAssetsResponse
from .get_executions_response import GetExecutionsResponse
from .get_klines_response import GetKlinesResponse
from .get_latest_executions_response import GetLatestExecutionsResponse
from .get_open_positions_response import GetOpenPositionsResponse
from .get_orders_response import GetOrdersResponse
from .get_position_summary_response import GetPositionSummaryResponse
from .get_status_response import GetStatusResponse
from .get_symbols_response import GetSymbolsResponse
from .get_ticker_response import GetTickerResponse
from .kline import Kline
from .kline_interval import KlineInterval
from .kline_price_type import KlinePriceType
from .leg_execution_type import LegExecutionType
from .open_position import OpenPosition
from .open_positions_list import OpenPositionsList
from .order import Order
from .order_execution_type import OrderExecutionType
from .order_status import OrderStatus
from .order_type import OrderType
from .orders_list import OrdersList
from .position_summary import PositionSummary
from .position_summary_list import PositionSummaryList
from .service_status import ServiceStatus
from .settle_position import SettlePosition
from .settle_type import SettleType
from .side import Side
from .symbol_rule import SymbolRule
from .ticker import Ticker

__all__ = (
    "Asset",
    "CancelBulkOrderRequest",
    "CancelBulkOrderResponse",
    "CanceledOrder",
    "CancelOrdersRequest",
    "CancelOrdersResponse",
    "CancelOrdersResult",
    "CancelType",
    "ChangeIfdOrderRequest",
    "ChangeIfdOrderResponse",
    "ChangeIfoOrderRequest",
    "ChangeIfoOrderResponse",
    "ChangeOcoOrderRequest",
    "ChangeOcoOrderResponse",
    "ChangeOrderRequest",
    "ChangeOrderResponse",
    "CloseOrderRequest",
    "CloseOrderResponse",
    "CreateIfdOrderRequest",
    "CreateIfdOrderResponse",
    "CreateIfoOrderRequest",
    "CreateIfoOrderResponse",
    "CreateOrderRequest",
    "CreateOrderResponse",
    "CreateSpeedOrderRequest",
    "CreateSpeedOrderResponse",
    "CreateWsAuthTokenRequest",
    "CreateWsAuthTokenResponse",
    "DeleteWsAuthTokenRequest",
    "DeleteWsAuthTokenResponse",
    "ErrorMessage",
    "ErrorResponse",
    "ExchangeStatus",
    "Execution",
    "ExecutionsList",
    "ExecutionType",
    "ExtendWsAuthTokenRequest",
    "ExtendWsAuthTokenResponse",
    "GetActiveOrdersResponse",
    "GetAssetsResponse",
    "GetExecutionsResponse",
    "GetKlinesResponse",
    "GetLatestExecutionsResponse",
    "GetOpenPositionsResponse",
    "GetOrdersResponse",
    "GetPositionSummaryResponse",
    "GetStatusResponse",
    "GetSymbolsResponse",
    "GetTickerResponse",
    "Kline",
    "KlineInterval",
    "KlinePriceType",
    "LegExecutionType",
    "OpenPosition",
    "OpenPositionsList",
    "Order",
    "OrderExecutionType",
    "OrdersList",
    "OrderStatus",
    "OrderType",
    "PositionSummary",
    "PositionSummaryList",
    "ServiceStatus",
    "SettlePosition",
    "SettleType",
    "Side",
    "SymbolRule",
    "Ticker",
)
