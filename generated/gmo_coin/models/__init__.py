"""Contains all the data models used in inputs/outputs"""

from .active_orders_page import ActiveOrdersPage
from .asset import Asset
from .cancel_bulk_order_request import CancelBulkOrderRequest
from .cancel_bulk_order_response import CancelBulkOrderResponse
from .cancel_failure import CancelFailure
from .cancel_order_request import CancelOrderRequest
from .cancel_order_response import CancelOrderResponse
from .cancel_orders_request import CancelOrdersRequest
from .cancel_orders_response import CancelOrdersResponse
from .cancel_orders_result import CancelOrdersResult
from .cancel_type import CancelType
from .change_losscut_price_request import ChangeLosscutPriceRequest
from .change_losscut_price_response import ChangeLosscutPriceResponse
from .change_order_request import ChangeOrderRequest
from .change_order_response import ChangeOrderResponse
from .close_bulk_order_request import CloseBulkOrderRequest
from .close_bulk_order_response import CloseBulkOrderResponse
from .close_order_request import CloseOrderRequest
from .close_order_response import CloseOrderResponse
from .create_order_request import CreateOrderRequest
from .create_order_response import CreateOrderResponse
from .create_transfer_request import CreateTransferRequest
from .create_transfer_response import CreateTransferResponse
from .create_ws_auth_token_request import CreateWsAuthTokenRequest
from .create_ws_auth_token_response import CreateWsAuthTokenResponse
from .crypto_transfer import CryptoTransfer
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
from .fiat_transfer import FiatTransfer
from .get_active_orders_response import GetActiveOrdersResponse
from .get_assets_response import GetAssetsResponse
from .get_deposit_history_response import GetDepositHistoryResponse
from .get_executions_response import GetExecutionsResponse
from .get_fiat_deposit_history_response import GetFiatDepositHistoryResponse
from .get_fiat_withdrawal_history_response import GetFiatWithdrawalHistoryResponse
from .get_klines_response import GetKlinesResponse
from .get_latest_executions_response import GetLatestExecutionsResponse
from .get_margin_response import GetMarginResponse
from .get_open_positions_response import GetOpenPositionsResponse
from .get_orderbooks_response import GetOrderbooksResponse
from .get_orders_response import GetOrdersResponse
from .get_position_summary_response import GetPositionSummaryResponse
from .get_status_response import GetStatusResponse
from .get_symbols_response import GetSymbolsResponse
from .get_ticker_response import GetTickerResponse
from .get_trades_response import GetTradesResponse
from .get_trading_volume_response import GetTradingVolumeResponse
from .get_withdrawal_history_response import GetWithdrawalHistoryResponse
from .kline import Kline
from .kline_interval import KlineInterval
from .latest_executions_page import LatestExecutionsPage
from .margin import Margin
from .margin_call_status import MarginCallStatus
from .open_position import OpenPosition
from .open_positions_page import OpenPositionsPage
from .order import Order
from .order_status import OrderStatus
from .order_type import OrderType
from .orderbook import Orderbook
from .orderbook_level import OrderbookLevel
from .orders_list import OrdersList
from .pagination import Pagination
from .position_summary import PositionSummary
from .position_summary_list import PositionSummaryList
from .service_status import ServiceStatus
from .settle_position import SettlePosition
from .settle_type import SettleType
from .side import Side
from .symbol_rule import SymbolRule
from .ticker import Ticker
from .time_in_force import TimeInForce
from .trade import Trade
from .trades_page import TradesPage
from .trading_volume import TradingVolume
from .trading_volume_limit import TradingVolumeLimit
from .transfer import Transfer
from .transfer_status import TransferStatus
from .transfer_type import TransferType

__all__ = (
    "ActiveOrdersPage",
    "Asset",
    "CancelBulkOrderRequest",
    "CancelBulkOrderResponse",
    "CancelFailure",
    "CancelOrderRequest",
    "CancelOrderResponse",
    "CancelOrdersRequest",
    "CancelOrdersResponse",
    "CancelOrdersResult",
    "CancelType",
    "ChangeLosscutPriceRequest",
    "ChangeLosscutPriceResponse",
    "ChangeOrderRequest",
    "ChangeOrderResponse",
    "CloseBulkOrderRequest",
    "CloseBulkOrderResponse",
    "CloseOrderRequest",
    "CloseOrderResponse",
    "CreateOrderRequest",
    "CreateOrderResponse",
    "CreateTransferRequest",
    "CreateTransferResponse",
    "CreateWsAuthTokenRequest",
    "CreateWsAuthTokenResponse",
    "CryptoTransfer",
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
    "FiatTransfer",
    "GetActiveOrdersResponse",
    "GetAssetsResponse",
    "GetDepositHistoryResponse",
    "GetExecutionsResponse",
    "GetFiatDepositHistoryResponse",
    "GetFiatWithdrawalHistoryResponse",
    "GetKlinesResponse",
    "GetLatestExecutionsResponse",
    "GetMarginResponse",
    "GetOpenPositionsResponse",
    "GetOrderbooksResponse",
    "GetOrdersResponse",
    "GetPositionSummaryResponse",
    "GetStatusResponse",
    "GetSymbolsResponse",
    "GetTickerResponse",
    "GetTradesResponse",
    "GetTradingVolumeResponse",
    "GetWithdrawalHistoryResponse",
    "Kline",
    "KlineInterval",
    "LatestExecutionsPage",
    "Margin",
    "MarginCallStatus",
    "OpenPosition",
    "OpenPositionsPage",
    "Order",
    "Orderbook",
    "OrderbookLevel",
    "OrdersList",
    "OrderStatus",
    "OrderType",
    "Pagination",
    "PositionSummary",
    "PositionSummaryList",
    "ServiceStatus",
    "SettlePosition",
    "SettleType",
    "Side",
    "SymbolRule",
    "Ticker",
    "TimeInForce",
    "Trade",
    "TradesPage",
    "TradingVolume",
    "TradingVolumeLimit",
    "Transfer",
    "TransferStatus",
    "TransferType",
)
