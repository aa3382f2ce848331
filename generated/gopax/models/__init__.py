"""Contains all the data models used in inputs/outputs"""

from .asset import Asset
from .balance import Balance
from .balance_change import BalanceChange
from .cancel_order_response import CancelOrderResponse
from .candle import Candle
from .candle_interval import CandleInterval
from .create_order_request import CreateOrderRequest
from .error_response import ErrorResponse
from .fee_breakdown import FeeBreakdown
from .order import Order
from .order_amount_minimum import OrderAmountMinimum
from .order_amount_minimums import OrderAmountMinimums
from .order_status import OrderStatus
from .order_type import OrderType
from .orderbook import Orderbook
from .orderbook_entry import OrderbookEntry
from .protection import Protection
from .public_trade import PublicTrade
from .side import Side
from .stats import Stats
from .ticker import Ticker
from .time_in_force import TimeInForce
from .trade_position import TradePosition
from .trading_pair import TradingPair
from .trading_pair_stats import TradingPairStats
from .user_trade import UserTrade

__all__ = (
    "Asset",
    "Balance",
    "BalanceChange",
    "CancelOrderResponse",
    "Candle",
    "CandleInterval",
    "CreateOrderRequest",
    "ErrorResponse",
    "FeeBreakdown",
    "Order",
    "OrderAmountMinimum",
    "OrderAmountMinimums",
    "Orderbook",
    "OrderbookEntry",
    "OrderStatus",
    "OrderType",
    "Protection",
    "PublicTrade",
    "Side",
    "Stats",
    "Ticker",
    "TimeInForce",
    "TradePosition",
    "TradingPair",
    "TradingPairStats",
    "UserTrade",
)
