from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.filter_type import FilterType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SymbolFilter")


@_attrs_define
class SymbolFilter:
    """One trading restriction of a symbol. The fields present depend on filterType (each field's description names its
    filter type); all values are decimal strings except maxEntrustNum.

    """

    filter_type: FilterType
    """ Trading restriction type (the field table misspells TRADE_AMOUNT as TRAD_AMOUNT; the examples send
    TRADE_AMOUNT). """
    min_price: Decimal | Unset = UNSET
    """ PRICE_FILTER: deprecated, no longer in use. """
    max_price: Decimal | Unset = UNSET
    """ PRICE_FILTER: deprecated, no longer in use. """
    tick_size: Decimal | Unset = UNSET
    """ PRICE_FILTER: minimum price increment. """
    min_qty: Decimal | Unset = UNSET
    """ LOT_SIZE: minimum order quantity. """
    max_qty: Decimal | Unset = UNSET
    """ LOT_SIZE: maximum order quantity. """
    step_size: Decimal | Unset = UNSET
    """ LOT_SIZE: quantity increment. """
    market_order_min_qty: Decimal | Unset = UNSET
    """ LOT_SIZE: minimum base quantity of a market order. """
    market_order_max_qty: Decimal | Unset = UNSET
    """ LOT_SIZE: maximum base quantity of a market order. """
    min_notional: Decimal | Unset = UNSET
    """ MIN_NOTIONAL: minimum notional. """
    min_amount: Decimal | Unset = UNSET
    """ TRADE_AMOUNT: minimum turnover. """
    max_amount: Decimal | Unset = UNSET
    """ TRADE_AMOUNT: maximum turnover. """
    min_buy_price: Decimal | Unset = UNSET
    """ TRADE_AMOUNT: deprecated, no longer in use. """
    market_order_min_amount: Decimal | Unset = UNSET
    """ TRADE_AMOUNT: minimum cash notional of a market order. """
    market_order_max_amount: Decimal | Unset = UNSET
    """ TRADE_AMOUNT: maximum cash notional of a market order. """
    max_sell_price: Decimal | Unset = UNSET
    """ LIMIT_TRADING: deprecated, no longer in use. """
    buy_price_up_rate: Decimal | Unset = UNSET
    """ LIMIT_TRADING / MARKET_TRADING: a buy may not be priced above mark price by more than this rate. """
    sell_price_down_rate: Decimal | Unset = UNSET
    """ LIMIT_TRADING / MARKET_TRADING: a sell may not be priced below mark price by more than this rate. """
    max_entrust_num: int | Unset = UNSET
    """ LIMIT_TRADING: maximum number of open orders (JSON number; in the example, not in the field table). """
    max_condition_num: int | Unset = UNSET
    """ LIMIT_TRADING: maximum number of conditional orders. """
    no_allow_market_start_time: datetime.datetime | Unset = UNSET
    """ OPEN_QUOTE: start of the window in which market orders are not allowed (epoch ms as a string; 0 when unset).
    """
    no_allow_market_end_time: datetime.datetime | Unset = UNSET
    """ OPEN_QUOTE: end of that window. """
    limit_order_start_time: datetime.datetime | Unset = UNSET
    """ OPEN_QUOTE: start of the time-limited limit-order window. """
    limit_order_end_time: datetime.datetime | Unset = UNSET
    """ OPEN_QUOTE: end of the time-limited limit-order window. """
    limit_min_price: Decimal | Unset = UNSET
    """ OPEN_QUOTE: lowest price of a time-limited limit order. """
    limit_max_price: Decimal | Unset = UNSET
    """ OPEN_QUOTE: highest price of a time-limited limit order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_type = self.filter_type.value

        min_price: str | Unset = UNSET
        if not isinstance(self.min_price, Unset):
            min_price = codec.format_decimal(self.min_price)

        max_price: str | Unset = UNSET
        if not isinstance(self.max_price, Unset):
            max_price = codec.format_decimal(self.max_price)

        tick_size: str | Unset = UNSET
        if not isinstance(self.tick_size, Unset):
            tick_size = codec.format_decimal(self.tick_size)

        min_qty: str | Unset = UNSET
        if not isinstance(self.min_qty, Unset):
            min_qty = codec.format_decimal(self.min_qty)

        max_qty: str | Unset = UNSET
        if not isinstance(self.max_qty, Unset):
            max_qty = codec.format_decimal(self.max_qty)

        step_size: str | Unset = UNSET
        if not isinstance(self.step_size, Unset):
            step_size = codec.format_decimal(self.step_size)

        market_order_min_qty: str | Unset = UNSET
        if not isinstance(self.market_order_min_qty, Unset):
            market_order_min_qty = codec.format_decimal(self.market_order_min_qty)

        market_order_max_qty: str | Unset = UNSET
        if not isinstance(self.market_order_max_qty, Unset):
            market_order_max_qty = codec.format_decimal(self.market_order_max_qty)

        min_notional: str | Unset = UNSET
        if not isinstance(self.min_notional, Unset):
            min_notional = codec.format_decimal(self.min_notional)

        min_amount: str | Unset = UNSET
        if not isinstance(self.min_amount, Unset):
            min_amount = codec.format_decimal(self.min_amount)

        max_amount: str | Unset = UNSET
        if not isinstance(self.max_amount, Unset):
            max_amount = codec.format_decimal(self.max_amount)

        min_buy_price: str | Unset = UNSET
        if not isinstance(self.min_buy_price, Unset):
            min_buy_price = codec.format_decimal(self.min_buy_price)

        market_order_min_amount: str | Unset = UNSET
        if not isinstance(self.market_order_min_amount, Unset):
            market_order_min_amount = codec.format_decimal(self.market_order_min_amount)

        market_order_max_amount: str | Unset = UNSET
        if not isinstance(self.market_order_max_amount, Unset):
            market_order_max_amount = codec.format_decimal(self.market_order_max_amount)

        max_sell_price: str | Unset = UNSET
        if not isinstance(self.max_sell_price, Unset):
            max_sell_price = codec.format_decimal(self.max_sell_price)

        buy_price_up_rate: str | Unset = UNSET
        if not isinstance(self.buy_price_up_rate, Unset):
            buy_price_up_rate = codec.format_decimal(self.buy_price_up_rate)

        sell_price_down_rate: str | Unset = UNSET
        if not isinstance(self.sell_price_down_rate, Unset):
            sell_price_down_rate = codec.format_decimal(self.sell_price_down_rate)

        max_entrust_num = self.max_entrust_num

        max_condition_num = self.max_condition_num

        no_allow_market_start_time: str | Unset = UNSET
        if not isinstance(self.no_allow_market_start_time, Unset):
            no_allow_market_start_time = str(codec.format_unix(self.no_allow_market_start_time, scale=1000))

        no_allow_market_end_time: str | Unset = UNSET
        if not isinstance(self.no_allow_market_end_time, Unset):
            no_allow_market_end_time = str(codec.format_unix(self.no_allow_market_end_time, scale=1000))

        limit_order_start_time: str | Unset = UNSET
        if not isinstance(self.limit_order_start_time, Unset):
            limit_order_start_time = str(codec.format_unix(self.limit_order_start_time, scale=1000))

        limit_order_end_time: str | Unset = UNSET
        if not isinstance(self.limit_order_end_time, Unset):
            limit_order_end_time = str(codec.format_unix(self.limit_order_end_time, scale=1000))

        limit_min_price: str | Unset = UNSET
        if not isinstance(self.limit_min_price, Unset):
            limit_min_price = codec.format_decimal(self.limit_min_price)

        limit_max_price: str | Unset = UNSET
        if not isinstance(self.limit_max_price, Unset):
            limit_max_price = codec.format_decimal(self.limit_max_price)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filterType": filter_type,
            }
        )
        if min_price is not UNSET:
            field_dict["minPrice"] = min_price
        if max_price is not UNSET:
            field_dict["maxPrice"] = max_price
        if tick_size is not UNSET:
            field_dict["tickSize"] = tick_size
        if min_qty is not UNSET:
            field_dict["minQty"] = min_qty
        if max_qty is not UNSET:
            field_dict["maxQty"] = max_qty
        if step_size is not UNSET:
            field_dict["stepSize"] = step_size
        if market_order_min_qty is not UNSET:
            field_dict["marketOrderMinQty"] = market_order_min_qty
        if market_order_max_qty is not UNSET:
            field_dict["marketOrderMaxQty"] = market_order_max_qty
        if min_notional is not UNSET:
            field_dict["minNotional"] = min_notional
        if min_amount is not UNSET:
            field_dict["minAmount"] = min_amount
        if max_amount is not UNSET:
            field_dict["maxAmount"] = max_amount
        if min_buy_price is not UNSET:
            field_dict["minBuyPrice"] = min_buy_price
        if market_order_min_amount is not UNSET:
            field_dict["marketOrderMinAmount"] = market_order_min_amount
        if market_order_max_amount is not UNSET:
            field_dict["marketOrderMaxAmount"] = market_order_max_amount
        if max_sell_price is not UNSET:
            field_dict["maxSellPrice"] = max_sell_price
        if buy_price_up_rate is not UNSET:
            field_dict["buyPriceUpRate"] = buy_price_up_rate
        if sell_price_down_rate is not UNSET:
            field_dict["sellPriceDownRate"] = sell_price_down_rate
        if max_entrust_num is not UNSET:
            field_dict["maxEntrustNum"] = max_entrust_num
        if max_condition_num is not UNSET:
            field_dict["maxConditionNum"] = max_condition_num
        if no_allow_market_start_time is not UNSET:
            field_dict["noAllowMarketStartTime"] = no_allow_market_start_time
        if no_allow_market_end_time is not UNSET:
            field_dict["noAllowMarketEndTime"] = no_allow_market_end_time
        if limit_order_start_time is not UNSET:
            field_dict["limitOrderStartTime"] = limit_order_start_time
        if limit_order_end_time is not UNSET:
            field_dict["limitOrderEndTime"] = limit_order_end_time
        if limit_min_price is not UNSET:
            field_dict["limitMinPrice"] = limit_min_price
        if limit_max_price is not UNSET:
            field_dict["limitMaxPrice"] = limit_max_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        filter_type = FilterType(src_.pop("filterType"))

        _min_price = src_.pop("minPrice", UNSET)
        min_price: Decimal | Unset
        if isinstance(_min_price, Unset):
            min_price = UNSET
        else:
            min_price = codec.parse_decimal_field(_min_price, "minPrice")

        _max_price = src_.pop("maxPrice", UNSET)
        max_price: Decimal | Unset
        if isinstance(_max_price, Unset):
            max_price = UNSET
        else:
            max_price = codec.parse_decimal_field(_max_price, "maxPrice")

        _tick_size = src_.pop("tickSize", UNSET)
        tick_size: Decimal | Unset
        if isinstance(_tick_size, Unset):
            tick_size = UNSET
        else:
            tick_size = codec.parse_decimal_field(_tick_size, "tickSize")

        _min_qty = src_.pop("minQty", UNSET)
        min_qty: Decimal | Unset
        if isinstance(_min_qty, Unset):
            min_qty = UNSET
        else:
            min_qty = codec.parse_decimal_field(_min_qty, "minQty")

        _max_qty = src_.pop("maxQty", UNSET)
        max_qty: Decimal | Unset
        if isinstance(_max_qty, Unset):
            max_qty = UNSET
        else:
            max_qty = codec.parse_decimal_field(_max_qty, "maxQty")

        _step_size = src_.pop("stepSize", UNSET)
        step_size: Decimal | Unset
        if isinstance(_step_size, Unset):
            step_size = UNSET
        else:
            step_size = codec.parse_decimal_field(_step_size, "stepSize")

        _market_order_min_qty = src_.pop("marketOrderMinQty", UNSET)
        market_order_min_qty: Decimal | Unset
        if isinstance(_market_order_min_qty, Unset):
            market_order_min_qty = UNSET
        else:
            market_order_min_qty = codec.parse_decimal_field(_market_order_min_qty, "marketOrderMinQty")

        _market_order_max_qty = src_.pop("marketOrderMaxQty", UNSET)
        market_order_max_qty: Decimal | Unset
        if isinstance(_market_order_max_qty, Unset):
            market_order_max_qty = UNSET
        else:
            market_order_max_qty = codec.parse_decimal_field(_market_order_max_qty, "marketOrderMaxQty")

        _min_notional = src_.pop("minNotional", UNSET)
        min_notional: Decimal | Unset
        if isinstance(_min_notional, Unset):
            min_notional = UNSET
        else:
            min_notional = codec.parse_decimal_field(_min_notional, "minNotional")

        _min_amount = src_.pop("minAmount", UNSET)
        min_amount: Decimal | Unset
        if isinstance(_min_amount, Unset):
            min_amount = UNSET
        else:
            min_amount = codec.parse_decimal_field(_min_amount, "minAmount")

        _max_amount = src_.pop("maxAmount", UNSET)
        max_amount: Decimal | Unset
        if isinstance(_max_amount, Unset):
            max_amount = UNSET
        else:
            max_amount = codec.parse_decimal_field(_max_amount, "maxAmount")

        _min_buy_price = src_.pop("minBuyPrice", UNSET)
        min_buy_price: Decimal | Unset
        if isinstance(_min_buy_price, Unset):
            min_buy_price = UNSET
        else:
            min_buy_price = codec.parse_decimal_field(_min_buy_price, "minBuyPrice")

        _market_order_min_amount = src_.pop("marketOrderMinAmount", UNSET)
        market_order_min_amount: Decimal | Unset
        if isinstance(_market_order_min_amount, Unset):
            market_order_min_amount = UNSET
        else:
            market_order_min_amount = codec.parse_decimal_field(_market_order_min_amount, "marketOrderMinAmount")

        _market_order_max_amount = src_.pop("marketOrderMaxAmount", UNSET)
        market_order_max_amount: Decimal | Unset
        if isinstance(_market_order_max_amount, Unset):
            market_order_max_amount = UNSET
        else:
            market_order_max_amount = codec.parse_decimal_field(_market_order_max_amount, "marketOrderMaxAmount")

        _max_sell_price = src_.pop("maxSellPrice", UNSET)
        max_sell_price: Decimal | Unset
        if isinstance(_max_sell_price, Unset):
            max_sell_price = UNSET
        else:
            max_sell_price = codec.parse_decimal_field(_max_sell_price, "maxSellPrice")

        _buy_price_up_rate = src_.pop("buyPriceUpRate", UNSET)
        buy_price_up_rate: Decimal | Unset
        if isinstance(_buy_price_up_rate, Unset):
            buy_price_up_rate = UNSET
        else:
            buy_price_up_rate = codec.parse_decimal_field(_buy_price_up_rate, "buyPriceUpRate")

        _sell_price_down_rate = src_.pop("sellPriceDownRate", UNSET)
        sell_price_down_rate: Decimal | Unset
        if isinstance(_sell_price_down_rate, Unset):
            sell_price_down_rate = UNSET
        else:
            sell_price_down_rate = codec.parse_decimal_field(_sell_price_down_rate, "sellPriceDownRate")

        max_entrust_num = codec.expect_optional(src_.pop("maxEntrustNum", UNSET), int, "maxEntrustNum")

        max_condition_num = codec.expect_optional(src_.pop("maxConditionNum", UNSET), int, "maxConditionNum")

        _no_allow_market_start_time = src_.pop("noAllowMarketStartTime", UNSET)
        no_allow_market_start_time: datetime.datetime | Unset
        if isinstance(_no_allow_market_start_time, Unset):
            no_allow_market_start_time = UNSET
        else:
            no_allow_market_start_time = codec.parse_unix(_no_allow_market_start_time, scale=1000)

        _no_allow_market_end_time = src_.pop("noAllowMarketEndTime", UNSET)
        no_allow_market_end_time: datetime.datetime | Unset
        if isinstance(_no_allow_market_end_time, Unset):
            no_allow_market_end_time = UNSET
        else:
            no_allow_market_end_time = codec.parse_unix(_no_allow_market_end_time, scale=1000)

        _limit_order_start_time = src_.pop("limitOrderStartTime", UNSET)
        limit_order_start_time: datetime.datetime | Unset
        if isinstance(_limit_order_start_time, Unset):
            limit_order_start_time = UNSET
        else:
            limit_order_start_time = codec.parse_unix(_limit_order_start_time, scale=1000)

        _limit_order_end_time = src_.pop("limitOrderEndTime", UNSET)
        limit_order_end_time: datetime.datetime | Unset
        if isinstance(_limit_order_end_time, Unset):
            limit_order_end_time = UNSET
        else:
            limit_order_end_time = codec.parse_unix(_limit_order_end_time, scale=1000)

        _limit_min_price = src_.pop("limitMinPrice", UNSET)
        limit_min_price: Decimal | Unset
        if isinstance(_limit_min_price, Unset):
            limit_min_price = UNSET
        else:
            limit_min_price = codec.parse_decimal_field(_limit_min_price, "limitMinPrice")

        _limit_max_price = src_.pop("limitMaxPrice", UNSET)
        limit_max_price: Decimal | Unset
        if isinstance(_limit_max_price, Unset):
            limit_max_price = UNSET
        else:
            limit_max_price = codec.parse_decimal_field(_limit_max_price, "limitMaxPrice")

        result_ = cls(
            filter_type=filter_type,
            min_price=min_price,
            max_price=max_price,
            tick_size=tick_size,
            min_qty=min_qty,
            max_qty=max_qty,
            step_size=step_size,
            market_order_min_qty=market_order_min_qty,
            market_order_max_qty=market_order_max_qty,
            min_notional=min_notional,
            min_amount=min_amount,
            max_amount=max_amount,
            min_buy_price=min_buy_price,
            market_order_min_amount=market_order_min_amount,
            market_order_max_amount=market_order_max_amount,
            max_sell_price=max_sell_price,
            buy_price_up_rate=buy_price_up_rate,
            sell_price_down_rate=sell_price_down_rate,
            max_entrust_num=max_entrust_num,
            max_condition_num=max_condition_num,
            no_allow_market_start_time=no_allow_market_start_time,
            no_allow_market_end_time=no_allow_market_end_time,
            limit_order_start_time=limit_order_start_time,
            limit_order_end_time=limit_order_end_time,
            limit_min_price=limit_min_price,
            limit_max_price=limit_max_price,
        )

        result_.additional_properties = src_
        return result_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
