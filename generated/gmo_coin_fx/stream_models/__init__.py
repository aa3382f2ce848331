"""Message models of the WebSocket streams.

Generated from specs/gmo_coin_fx/asyncapi.yaml by `python -m generator.asyncapi`; do not edit.
"""

from .cancel_type import CancelType
from .execution_event import ExecutionEvent
from .execution_type import ExecutionType
from .market_status import MarketStatus
from .order_event import OrderEvent
from .order_status import OrderStatus
from .order_type import OrderType
from .position_event import PositionEvent
from .position_summary_event import PositionSummaryEvent
from .position_summary_option import PositionSummaryOption
from .settle_type import SettleType
from .side import Side
from .ticker import Ticker

__all__ = (
    "CancelType",
    "ExecutionEvent",
    "ExecutionType",
    "MarketStatus",
    "OrderEvent",
    "OrderStatus",
    "OrderType",
    "PositionEvent",
    "PositionSummaryEvent",
    "PositionSummaryOption",
    "SettleType",
    "Side",
    "Ticker",
)
