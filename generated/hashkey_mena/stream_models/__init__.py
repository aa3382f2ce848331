"""Message models of the WebSocket streams.

Generated from specs/hashkey_mena/asyncapi.yaml by `python -m generator.asyncapi`; do not edit.
"""

from .account_update import AccountUpdate
from .balance import Balance
from .bbo_v2 import BboV2
from .bbo_v2_push import BboV2Push
from .depth_v1 import DepthV1
from .depth_v1_push import DepthV1Push
from .depth_v2 import DepthV2
from .depth_v2_push import DepthV2Push
from .execution_report import ExecutionReport
from .kline_interval import KlineInterval
from .kline_v1 import KlineV1
from .kline_v1_push import KlineV1Push
from .kline_v2 import KlineV2
from .kline_v2_push import KlineV2Push
from .order_status import OrderStatus
from .order_type import OrderType
from .push_params_v1 import PushParamsV1
from .push_params_v2 import PushParamsV2
from .push_v1 import PushV1
from .realtimes_v1 import RealtimesV1
from .realtimes_v1_push import RealtimesV1Push
from .realtimes_v2 import RealtimesV2
from .realtimes_v2_push import RealtimesV2Push
from .side import Side
from .ticket_info import TicketInfo
from .time_in_force import TimeInForce
from .trade_v1 import TradeV1
from .trade_v1_push import TradeV1Push
from .trade_v2 import TradeV2
from .trade_v2_push import TradeV2Push

__all__ = (
    "AccountUpdate",
    "Balance",
    "BboV2",
    "BboV2Push",
    "DepthV1",
    "DepthV1Push",
    "DepthV2",
    "DepthV2Push",
    "ExecutionReport",
    "KlineInterval",
    "KlineV1",
    "KlineV1Push",
    "KlineV2",
    "KlineV2Push",
    "OrderStatus",
    "OrderType",
    "PushParamsV1",
    "PushParamsV2",
    "PushV1",
    "RealtimesV1",
    "RealtimesV1Push",
    "RealtimesV2",
    "RealtimesV2Push",
    "Side",
    "TicketInfo",
    "TimeInForce",
    "TradeV1",
    "TradeV1Push",
    "TradeV2",
    "TradeV2Push",
)
