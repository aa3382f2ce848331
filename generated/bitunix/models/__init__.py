"""Contains all the data models used in inputs/outputs"""

from .account_balance import AccountBalance
from .cancel_internal_transfer_request import CancelInternalTransferRequest
from .cancel_internal_transfer_response import CancelInternalTransferResponse
from .cancel_orders_request import CancelOrdersRequest
from .cancel_orders_response import CancelOrdersResponse
from .cancel_orders_result import CancelOrdersResult
from .cancel_withdrawal_request import CancelWithdrawalRequest
from .cancel_withdrawal_response import CancelWithdrawalResponse
from .coin import Coin
from .coin_network import CoinNetwork
from .coin_pair import CoinPair
from .create_batch_orders_request import CreateBatchOrdersRequest
from .create_batch_orders_response import CreateBatchOrdersResponse
from .create_funds_transfer_request import CreateFundsTransferRequest
from .create_funds_transfer_response import CreateFundsTransferResponse
from .create_internal_transfer_request import CreateInternalTransferRequest
from .create_internal_transfer_response import CreateInternalTransferResponse
from .create_order_request import CreateOrderRequest
from .create_order_response import CreateOrderResponse
from .create_withdrawal_request import CreateWithdrawalRequest
from .create_withdrawal_response import CreateWithdrawalResponse
from .deposit_address import DepositAddress
from .deposit_record import DepositRecord
from .deposit_status import DepositStatus
from .deposit_type import DepositType
from .depth import Depth
from .depth_level import DepthLevel
from .error_response import ErrorResponse
from .fiat_rate import FiatRate
from .fill import Fill
from .funds_transfer_type import FundsTransferType
from .get_balances_response import GetBalancesResponse
from .get_coin_pairs_response import GetCoinPairsResponse
from .get_coins_response import GetCoinsResponse
from .get_deposit_address_request import GetDepositAddressRequest
from .get_deposit_address_response import GetDepositAddressResponse
from .get_deposit_history_request import GetDepositHistoryRequest
from .get_deposit_history_response import GetDepositHistoryResponse
from .get_depth_response import GetDepthResponse
from .get_kline_history_response import GetKlineHistoryResponse
from .get_kline_response import GetKlineResponse
from .get_last_price_response import GetLastPriceResponse
from .get_open_orders_request import GetOpenOrdersRequest
from .get_open_orders_response import GetOpenOrdersResponse
from .get_order_fills_request import GetOrderFillsRequest
from .get_order_fills_response import GetOrderFillsResponse
from .get_order_history_request import GetOrderHistoryRequest
from .get_order_history_response import GetOrderHistoryResponse
from .get_order_response import GetOrderResponse
from .get_rates_response import GetRatesResponse
from .get_user_info_response import GetUserInfoResponse
from .get_withdrawal_history_request import GetWithdrawalHistoryRequest
from .get_withdrawal_history_response import GetWithdrawalHistoryResponse
from .kline import Kline
from .kline_interval import KlineInterval
from .order import Order
from .order_page import OrderPage
from .order_ref import OrderRef
from .order_status import OrderStatus
from .order_type import OrderType
from .order_type_string import OrderTypeString
from .placed_order import PlacedOrder
from .side import Side
from .side_string import SideString
from .trade_role import TradeRole
from .transfer_target import TransferTarget
from .user_info import UserInfo
from .withdrawal_record import WithdrawalRecord
from .withdrawal_status import WithdrawalStatus
from .withdrawal_type import WithdrawalType

__all__ = (
    "AccountBalance",
    "CancelInternalTransferRequest",
    "CancelInternalTransferResponse",
    "CancelOrdersRequest",
    "CancelOrdersResponse",
    "CancelOrdersResult",
    "CancelWithdrawalRequest",
    "CancelWithdrawalResponse",
    "Coin",
    "CoinNetwork",
    "CoinPair",
    "CreateBatchOrdersRequest",
    "CreateBatchOrdersResponse",
    "CreateFundsTransferRequest",
    "CreateFundsTransferResponse",
    "CreateInternalTransferRequest",
    "CreateInternalTransferResponse",
    "CreateOrderRequest",
    "CreateOrderResponse",
    "CreateWithdrawalRequest",
    "CreateWithdrawalResponse",
    "DepositAddress",
    "DepositRecord",
    "DepositStatus",
    "DepositType",
    "Depth",
    "DepthLevel",
    "ErrorResponse",
    "FiatRate",
    "Fill",
    "FundsTransferType",
    "GetBalancesResponse",
    "GetCoinPairsResponse",
    "GetCoinsResponse",
    "GetDepositAddressRequest",
    "GetDepositAddressResponse",
    "GetDepositHistoryRequest",
    "GetDepositHistoryResponse",
    "GetDepthResponse",
    "GetKlineHistoryResponse",
    "GetKlineResponse",
    "GetLastPriceResponse",
    "GetOpenOrdersRequest",
    "GetOpenOrdersResponse",
    "GetOrderFillsRequest",
    "GetOrderFillsResponse",
    "GetOrderHistoryRequest",
    "GetOrderHistoryResponse",
    "GetOrderResponse",
    "GetRatesResponse",
    "GetUserInfoResponse",
    "GetWithdrawalHistoryRequest",
    "GetWithdrawalHistoryResponse",
    "Kline",
    "KlineInterval",
    "Order",
    "OrderPage",
    "OrderRef",
    "OrderStatus",
    "OrderType",
    "OrderTypeString",
    "PlacedOrder",
    "Side",
    "SideString",
    "TradeRole",
    "TransferTarget",
    "UserInfo",
    "WithdrawalRecord",
    "WithdrawalStatus",
    "WithdrawalType",
)
