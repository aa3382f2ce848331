"""Message models of the WebSocket streams.

Generated from specs/bitunix/asyncapi.yaml by `python -m generator.asyncapi`; do not edit.
"""

from .balances_reply import BalancesReply
from .cancel_orders_reply import CancelOrdersReply
from .coin_pairs_reply import CoinPairsReply
from .coins_reply import CoinsReply
from .depth_reply import DepthReply
from .fills_reply import FillsReply
from .kline_reply import KlineReply
from .last_price_reply import LastPriceReply
from .open_orders_reply import OpenOrdersReply
from .order_history_reply import OrderHistoryReply
from .ping_reply import PingReply
from .place_order_reply import PlaceOrderReply
from .place_orders_reply import PlaceOrdersReply
from .rates_reply import RatesReply
from .reply import Reply
from .user_info_reply import UserInfoReply

__all__ = (
    "BalancesReply",
    "CancelOrdersReply",
    "CoinPairsReply",
    "CoinsReply",
    "DepthReply",
    "FillsReply",
    "KlineReply",
    "LastPriceReply",
    "OpenOrdersReply",
    "OrderHistoryReply",
    "PingReply",
    "PlaceOrderReply",
    "PlaceOrdersReply",
    "RatesReply",
    "Reply",
    "UserInfoReply",
)
