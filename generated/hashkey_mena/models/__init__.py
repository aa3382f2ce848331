"""Contains all the data models used in inputs/outputs"""

from .account_info import AccountInfo
from .account_trade import AccountTrade
from .api_key_account_type import ApiKeyAccountType
from .authenticate_deposit_address_request import AuthenticateDepositAddressRequest
from .authenticate_deposit_address_response import AuthenticateDepositAddressResponse
from .balance import Balance
from .balance_flow_account_type import BalanceFlowAccountType
from .balance_flow_entry import BalanceFlowEntry
from .balance_flow_type import BalanceFlowType
from .batch_order_request_item import BatchOrderRequestItem
from .batch_order_result import BatchOrderResult
from .book_ticker import BookTicker
from .broker_filter import BrokerFilter
from .cancel_all_open_orders_response import CancelAllOpenOrdersResponse
from .cancel_open_orders_response import CancelOpenOrdersResponse
from .cancel_order_by_ids_failure import CancelOrderByIdsFailure
from .cancel_orders_by_ids_response import CancelOrdersByIdsResponse
from .canceled_order import CanceledOrder
from .chain_type_detail import ChainTypeDetail
from .chain_type_list import ChainTypeList
from .check_api_key_response import CheckApiKeyResponse
from .close_listen_key_response import CloseListenKeyResponse
from .coin import Coin
from .coin_type import CoinType
from .contract_info import ContractInfo
from .create_asset_transfer_response import CreateAssetTransferResponse
from .create_batch_orders_response import CreateBatchOrdersResponse
from .create_listen_key_response import CreateListenKeyResponse
from .create_order_request import CreateOrderRequest
from .create_order_test_request import CreateOrderTestRequest
from .create_order_test_response import CreateOrderTestResponse
from .deposit_order import DepositOrder
from .error_response import ErrorResponse
from .exchange_info import ExchangeInfo
from .exchange_symbol import ExchangeSymbol
from .fiat_channel import FiatChannel
from .fiat_order import FiatOrder
from .fiat_order_status import FiatOrderStatus
from .fiat_order_type import FiatOrderType
from .filter_type import FilterType
from .get_account_response import GetAccountResponse
from .get_coin_info_response import GetCoinInfoResponse
from .get_deposit_address_response import GetDepositAddressResponse
from .get_server_time_response import GetServerTimeResponse
from .get_vip_info_response import GetVipInfoResponse
from .inst_type import InstType
from .keep_alive_listen_key_request import KeepAliveListenKeyRequest
from .keep_alive_listen_key_response import KeepAliveListenKeyResponse
from .kline import Kline
from .kline_interval import KlineInterval
from .merged_depth_scale import MergedDepthScale
from .new_order import NewOrder
from .option_info import OptionInfo
from .order_book import OrderBook
from .order_detail import OrderDetail
from .order_status import OrderStatus
from .order_type import OrderType
from .ping_response import PingResponse
from .product_type import ProductType
from .public_trade import PublicTrade
from .side import Side
from .site import Site
from .stp_mode import StpMode
from .symbol_filter import SymbolFilter
from .symbol_status import SymbolStatus
from .ticker_24_hr import Ticker24Hr
from .ticker_price import TickerPrice
from .time_in_force import TimeInForce
from .trade_fee import TradeFee
from .vip_fee_rate import VipFeeRate
from .withdraw_order import WithdrawOrder
from .withdraw_platform import WithdrawPlatform
from .withdraw_request import WithdrawRequest
from .withdraw_response import WithdrawResponse
from .withdraw_status import WithdrawStatus

__all__ = (
    "AccountInfo",
    "AccountTrade",
    "ApiKeyAccountType",
    "AuthenticateDepositAddressRequest",
    "AuthenticateDepositAddressResponse",
    "Balance",
    "BalanceFlowAccountType",
    "BalanceFlowEntry",
    "BalanceFlowType",
    "BatchOrderRequestItem",
    "BatchOrderResult",
    "BookTicker",
    "BrokerFilter",
    "CancelAllOpenOrdersResponse",
    "CanceledOrder",
    "CancelOpenOrdersResponse",
    "CancelOrderByIdsFailure",
    "CancelOrdersByIdsResponse",
    "ChainTypeDetail",
    "ChainTypeList",
    "CheckApiKeyResponse",
    "CloseListenKeyResponse",
    "Coin",
    "CoinType",
    "ContractInfo",
    "CreateAssetTransferResponse",
    "CreateBatchOrdersResponse",
    "CreateListenKeyResponse",
    "CreateOrderRequest",
    "CreateOrderTestRequest",
    "CreateOrderTestResponse",
    "DepositOrder",
    "ErrorResponse",
    "ExchangeInfo",
    "ExchangeSymbol",
    "FiatChannel",
    "FiatOrder",
    "FiatOrderStatus",
    "FiatOrderType",
    "FilterType",
    "GetAccountResponse",
    "GetCoinInfoResponse",
    "GetDepositAddressResponse",
    "GetServerTimeResponse",
    "GetVipInfoResponse",
    "InstType",
    "KeepAliveListenKeyRequest",
    "KeepAliveListenKeyResponse",
    "Kline",
    "KlineInterval",
    "MergedDepthScale",
    "NewOrder",
    "OptionInfo",
    "OrderBook",
    "OrderDetail",
    "OrderStatus",
    "OrderType",
    "PingResponse",
    "ProductType",
    "PublicTrade",
    "Side",
    "Site",
    "StpMode",
    "SymbolFilter",
    "SymbolStatus",
    "Ticker24Hr",
    "TickerPrice",
    "TimeInForce",
    "TradeFee",
    "VipFeeRate",
    "WithdrawOrder",
    "WithdrawPlatform",
    "WithdrawRequest",
    "WithdrawResponse",
    "WithdrawStatus",
)
