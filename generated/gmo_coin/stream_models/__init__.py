"""Message models of the WebSocket streams.

Generated from specs/gmo_coin/asyncapi.yaml by `python -m generator.asyncapi`; do not edit.
"""

from .cancel_type import CancelType
from .execution_event import ExecutionEvent
from .execution_msg_type import ExecutionMsgType
from .execution_type import ExecutionType
from .order_event import OrderEvent
from .order_msg_type import OrderMsgType
from .order_status import OrderStatus
from .orderbook import Orderbook
from .orderbook_level import OrderbookLevel
from .position_event import PositionEvent
from .position_msg_type import PositionMsgType
from .position_summary_event import PositionSummaryEvent
from .position_summary_msg_type import PositionSummaryMsgType
from .position_summary_option import PositionSummaryOption
from .settle_type import SettleType
from .side import Side
from .ticker import Ticker
from .time_in_force import TimeInForce
from .trade import Trade
from .trades_option import TradesOption

__all__ = (
    "CancelType",
    "ExecutionEvent",
    "ExecutionMsgType",
    "ExecutionType",
    "Orderbook",
    "OrderbookLevel",
    "OrderEvent",
    "OrderMsgType",
    "OrderStatus",
    "PositionEvent",
    "PositionMsgType",
    "PositionSummaryEvent",
    "PositionSummaryMsgType",
    "PositionSummaryOption",
    "SettleType",
    "Side",
    "Ticker",
    "TimeInForce",
    "Trade",
    "TradesOption",
)
