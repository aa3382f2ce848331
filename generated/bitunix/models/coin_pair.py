from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="CoinPair")


@_attrs_define
class CoinPair:
    """A trading pair and its trading rules."""

    id: int | str
    """ Pair id. """
    base: str
    """ Base token, e.g. `BTC`. """
    quote: str
    """ Quote token, e.g. `USDT`. """
    base_precision: int | str
    """ Base token decimals. """
    quote_precision: int | str
    """ Quote token decimals. """
    min_price: Decimal
    """ Minimum trading amount (minimum notional, quote token). """
    min_volume: Decimal
    """ Minimum trading volume (base token). """
    is_open: int | str
    """ 1 = open for trading, 0 = closed. """
    is_hot: int | str
    """ 1 = trending. """
    is_recommend: int | str
    """ 1 = recommended. """
    is_show: int | str
    """ 1 = shown. """
    trade_area: str
    """ Trading zone, e.g. `USDT`. """
    sort: int | str
    """ Sort order. """
    open_time: None | str
    """ Pair open time as text (the WS example shows `2020-01-01 00:00:00`, no zone). """
    precisions: list[Decimal]
    """ Price steps usable as the depth `precision`, finest first. """
    symbol: str | Unset = UNSET
    """ Pair symbol in lower case, e.g. `btcusdt` (undocumented). """
    base_icon: str | Unset = UNSET
    """ Base token icon URL (undocumented). """
    quote_icon: str | Unset = UNSET
    """ Quote token icon URL (undocumented). """
    max_amount: Decimal | Unset = UNSET
    """ Undocumented. """
    min_amount: Decimal | Unset = UNSET
    """ Undocumented. """
    max_limit_order_amount: Decimal | Unset = UNSET
    """ Maximum limit-order notional (undocumented). """
    max_market_order_amount: Decimal | Unset = UNSET
    """ Maximum market-order notional (undocumented). """
    max_slippage: Decimal | Unset = UNSET
    """ Undocumented. """
    premium_factor: Decimal | Unset = UNSET
    """ Undocumented. """
    min_buy_price_offset: Decimal | Unset = UNSET
    """ Undocumented price band for buys. """
    max_sell_price_offset: Decimal | Unset = UNSET
    """ Undocumented price band for sells. """
    ctime: datetime.datetime | Unset = UNSET
    """ Creation time (undocumented). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        base = self.base

        quote = self.quote

        base_precision: int | str
        base_precision = self.base_precision

        quote_precision: int | str
        quote_precision = self.quote_precision

        min_price = codec.format_decimal(self.min_price)

        min_volume = codec.format_decimal(self.min_volume)

        is_open: int | str
        is_open = self.is_open

        is_hot: int | str
        is_hot = self.is_hot

        is_recommend: int | str
        is_recommend = self.is_recommend

        is_show: int | str
        is_show = self.is_show

        trade_area = self.trade_area

        sort: int | str
        sort = self.sort

        open_time: None | str
        open_time = self.open_time

        precisions = []
        for precisions_item_data in self.precisions:
            precisions_item = codec.format_decimal(precisions_item_data)
            precisions.append(precisions_item)

        symbol = self.symbol

        base_icon = self.base_icon

        quote_icon = self.quote_icon

        max_amount: str | Unset = UNSET
        if not isinstance(self.max_amount, Unset):
            max_amount = codec.format_decimal(self.max_amount)

        min_amount: str | Unset = UNSET
        if not isinstance(self.min_amount, Unset):
            min_amount = codec.format_decimal(self.min_amount)

        max_limit_order_amount: str | Unset = UNSET
        if not isinstance(self.max_limit_order_amount, Unset):
            max_limit_order_amount = codec.format_decimal(self.max_limit_order_amount)

        max_market_order_amount: str | Unset = UNSET
        if not isinstance(self.max_market_order_amount, Unset):
            max_market_order_amount = codec.format_decimal(self.max_market_order_amount)

        max_slippage: str | Unset = UNSET
        if not isinstance(self.max_slippage, Unset):
            max_slippage = codec.format_decimal(self.max_slippage)

        premium_factor: str | Unset = UNSET
        if not isinstance(self.premium_factor, Unset):
            premium_factor = codec.format_decimal(self.premium_factor)

        min_buy_price_offset: str | Unset = UNSET
        if not isinstance(self.min_buy_price_offset, Unset):
            min_buy_price_offset = codec.format_decimal(self.min_buy_price_offset)

        max_sell_price_offset: str | Unset = UNSET
        if not isinstance(self.max_sell_price_offset, Unset):
            max_sell_price_offset = codec.format_decimal(self.max_sell_price_offset)

        ctime: str | Unset = UNSET
        if not isinstance(self.ctime, Unset):
            ctime = codec.format_datetime(self.ctime)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "base": base,
                "quote": quote,
                "basePrecision": base_precision,
                "quotePrecision": quote_precision,
                "minPrice": min_price,
                "minVolume": min_volume,
                "isOpen": is_open,
                "isHot": is_hot,
                "isRecommend": is_recommend,
                "isShow": is_show,
                "tradeArea": trade_area,
                "sort": sort,
                "openTime": open_time,
                "precisions": precisions,
            }
        )
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if base_icon is not UNSET:
            field_dict["baseIcon"] = base_icon
        if quote_icon is not UNSET:
            field_dict["quoteIcon"] = quote_icon
        if max_amount is not UNSET:
            field_dict["maxAmount"] = max_amount
        if min_amount is not UNSET:
            field_dict["minAmount"] = min_amount
        if max_limit_order_amount is not UNSET:
            field_dict["maxLimitOrderAmount"] = max_limit_order_amount
        if max_market_order_amount is not UNSET:
            field_dict["maxMarketOrderAmount"] = max_market_order_amount
        if max_slippage is not UNSET:
            field_dict["maxSlippage"] = max_slippage
        if premium_factor is not UNSET:
            field_dict["premiumFactor"] = premium_factor
        if min_buy_price_offset is not UNSET:
            field_dict["minBuyPriceOffset"] = min_buy_price_offset
        if max_sell_price_offset is not UNSET:
            field_dict["maxSellPriceOffset"] = max_sell_price_offset
        if ctime is not UNSET:
            field_dict["ctime"] = ctime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(src_.pop("id"))

        base = codec.expect(src_.pop("base"), str, "base")

        quote = codec.expect(src_.pop("quote"), str, "quote")

        def _parse_base_precision(data: object) -> int | str:
            return cast(int | str, data)

        base_precision = _parse_base_precision(src_.pop("basePrecision"))

        def _parse_quote_precision(data: object) -> int | str:
            return cast(int | str, data)

        quote_precision = _parse_quote_precision(src_.pop("quotePrecision"))

        min_price = codec.parse_decimal_field(src_.pop("minPrice"), "minPrice")

        min_volume = codec.parse_decimal_field(src_.pop("minVolume"), "minVolume")

        def _parse_is_open(data: object) -> int | str:
            return cast(int | str, data)

        is_open = _parse_is_open(src_.pop("isOpen"))

        def _parse_is_hot(data: object) -> int | str:
            return cast(int | str, data)

        is_hot = _parse_is_hot(src_.pop("isHot"))

        def _parse_is_recommend(data: object) -> int | str:
            return cast(int | str, data)

        is_recommend = _parse_is_recommend(src_.pop("isRecommend"))

        def _parse_is_show(data: object) -> int | str:
            return cast(int | str, data)

        is_show = _parse_is_show(src_.pop("isShow"))

        trade_area = codec.expect(src_.pop("tradeArea"), str, "tradeArea")

        def _parse_sort(data: object) -> int | str:
            return cast(int | str, data)

        sort = _parse_sort(src_.pop("sort"))

        def _parse_open_time(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        open_time = _parse_open_time(src_.pop("openTime"))

        precisions = []
        _precisions = src_.pop("precisions")
        for precisions_item_data in codec.expect_list(_precisions, "precisions"):
            precisions_item = codec.parse_decimal_field(precisions_item_data, "precisions_item")

            precisions.append(precisions_item)

        symbol = codec.expect_optional(src_.pop("symbol", UNSET), str, "symbol")

        base_icon = codec.expect_optional(src_.pop("baseIcon", UNSET), str, "baseIcon")

        quote_icon = codec.expect_optional(src_.pop("quoteIcon", UNSET), str, "quoteIcon")

        _max_amount = src_.pop("maxAmount", UNSET)
        max_amount: Decimal | Unset
        if isinstance(_max_amount, Unset):
            max_amount = UNSET
        else:
            max_amount = codec.parse_decimal_field(_max_amount, "maxAmount")

        _min_amount = src_.pop("minAmount", UNSET)
        min_amount: Decimal | Unset
        if isinstance(_min_amount, Unset):
            min_amount = UNSET
        else:
            min_amount = codec.parse_decimal_field(_min_amount, "minAmount")

        _max_limit_order_amount = src_.pop("maxLimitOrderAmount", UNSET)
        max_limit_order_amount: Decimal | Unset
        if isinstance(_max_limit_order_amount, Unset):
            max_limit_order_amount = UNSET
        else:
            max_limit_order_amount = codec.parse_decimal_field(_max_limit_order_amount, "maxLimitOrderAmount")

        _max_market_order_amount = src_.pop("maxMarketOrderAmount", UNSET)
        max_market_order_amount: Decimal | Unset
        if isinstance(_max_market_order_amount, Unset):
            max_market_order_amount = UNSET
        else:
            max_market_order_amount = codec.parse_decimal_field(_max_market_order_amount, "maxMarketOrderAmount")

        _max_slippage = src_.pop("maxSlippage", UNSET)
        max_slippage: Decimal | Unset
        if isinstance(_max_slippage, Unset):
            max_slippage = UNSET
        else:
            max_slippage = codec.parse_decimal_field(_max_slippage, "maxSlippage")

        _premium_factor = src_.pop("premiumFactor", UNSET)
        premium_factor: Decimal | Unset
        if isinstance(_premium_factor, Unset):
            premium_factor = UNSET
        else:
            premium_factor = codec.parse_decimal_field(_premium_factor, "premiumFactor")

        _min_buy_price_offset = src_.pop("minBuyPriceOffset", UNSET)
        min_buy_price_offset: Decimal | Unset
        if isinstance(_min_buy_price_offset, Unset):
            min_buy_price_offset = UNSET
        else:
            min_buy_price_offset = codec.parse_decimal_field(_min_buy_price_offset, "minBuyPriceOffset")

        _max_sell_price_offset = src_.pop("maxSellPriceOffset", UNSET)
        max_sell_price_offset: Decimal | Unset
        if isinstance(_max_sell_price_offset, Unset):
            max_sell_price_offset = UNSET
        else:
            max_sell_price_offset = codec.parse_decimal_field(_max_sell_price_offset, "maxSellPriceOffset")

        _ctime = src_.pop("ctime", UNSET)
        ctime: datetime.datetime | Unset
        if isinstance(_ctime, Unset):
            ctime = UNSET
        else:
            ctime = codec.parse_datetime(_ctime)

        result_ = cls(
            id=id,
            base=base,
            quote=quote,
            base_precision=base_precision,
            quote_precision=quote_precision,
            min_price=min_price,
            min_volume=min_volume,
            is_open=is_open,
            is_hot=is_hot,
            is_recommend=is_recommend,
            is_show=is_show,
            trade_area=trade_area,
            sort=sort,
            open_time=open_time,
            precisions=precisions,
            symbol=symbol,
            base_icon=base_icon,
            quote_icon=quote_icon,
            max_amount=max_amount,
            min_amount=min_amount,
            max_limit_order_amount=max_limit_order_amount,
            max_market_order_amount=max_market_order_amount,
            max_slippage=max_slippage,
            premium_factor=premium_factor,
            min_buy_price_offset=min_buy_price_offset,
            max_sell_price_offset=max_sell_price_offset,
            ctime=ctime,
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
