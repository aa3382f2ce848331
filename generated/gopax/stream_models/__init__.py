"""Message models of the WebSocket streams.

Generated from specs/gopax/asyncapi.yaml by `python -m generator.asyncapi`; do not edit.
"""

from .balance import Balance
from .balance_event import BalanceEvent
from .balance_list import BalanceList
from .balances_snapshot import BalancesSnapshot
from .order import Order
from .order_book import OrderBook
from .order_book_changes import OrderBookChanges
from .order_book_entry import OrderBookEntry
from .order_book_event import OrderBookEvent
from .order_book_snapshot import OrderBookSnapshot
from .order_event import OrderEvent
from .order_list import OrderList
from .orders_snapshot import OrdersSnapshot
from .public_trade import PublicTrade
from .public_trade_event import PublicTradeEvent
from .ticker import Ticker
from .ticker_event import TickerEvent
from .ticker_list import TickerList
from .tickers_by_pair import TickersByPair
from .tickers_snapshot import TickersSnapshot
from .trade import Trade
from .trade_event import TradeEvent
from .trades_subscribed import TradesSubscribed
from .trades_subscribed_o import TradesSubscribedO
from .ws_forced_completion_reason import WsForcedCompletionReason
from .ws_order_status import WsOrderStatus
from .ws_order_type import WsOrderType
from .ws_protection import WsProtection
from .ws_side import WsSide
from .ws_time_in_force import WsTimeInForce

__all__ = (
    "Balance",
    "BalanceEvent",
    "BalanceList",
    "BalancesSnapshot",
    "Order",
    "OrderBook",
    "OrderBookChanges",
    "OrderBookEntry",
    "OrderBookEvent",
    "OrderBookSnapshot",
    "OrderEvent",
    "OrderList",
    "OrdersSnapshot",
    "PublicTrade",
    "PublicTradeEvent",
    "Ticker",
    "TickerEvent",
    "TickerList",
    "TickersByPair",
    "TickersSnapshot",
    "Trade",
    "TradeEvent",
    "TradesSubscribed",
    "TradesSubscribedO",
    "WsForcedCompletionReason",
    "WsOrderStatus",
    "WsOrderType",
    "WsProtection",
    "WsSide",
    "WsTimeInForce",
)
