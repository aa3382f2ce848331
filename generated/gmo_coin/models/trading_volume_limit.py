from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="TradingVolumeLimit")


@_attrs_define
class TradingVolumeLimit:
    """Daily remaining order sizes and fees of one symbol."""

    symbol: str
    """ Trading symbol. The documentation's example writes the margin symbol as "BTC/JPY" (slash) where other
    operations use BTC_JPY. """
    taker_fee: Decimal
    """ Taker fee rate. """
    maker_fee: Decimal
    """ Maker fee rate; negative values are rebates. """
    today_limit_open_size: Decimal | Unset = UNSET
    """ Remaining daily maximum size for opening orders. Margin symbols only. """
    today_limit_buy_size: Decimal | Unset = UNSET
    """ Remaining daily maximum size for buy orders. Spot symbols only. """
    today_limit_sell_size: Decimal | Unset = UNSET
    """ Remaining daily maximum size for sell orders. Spot symbols only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        taker_fee = codec.format_decimal(self.taker_fee)

        maker_fee = codec.format_decimal(self.maker_fee)

        today_limit_open_size: str | Unset = UNSET
        if not isinstance(self.today_limit_open_size, Unset):
            today_limit_open_size = codec.format_decimal(self.today_limit_open_size)

        today_limit_buy_size: str | Unset = UNSET
        if not isinstance(self.today_limit_buy_size, Unset):
            today_limit_buy_size = codec.format_decimal(self.today_limit_buy_size)

        today_limit_sell_size: str | Unset = UNSET
        if not isinstance(self.today_limit_sell_size, Unset):
            today_limit_sell_size = codec.format_decimal(self.today_limit_sell_size)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "takerFee": taker_fee,
                "makerFee": maker_fee,
            }
        )
        if today_limit_open_size is not UNSET:
            field_dict["todayLimitOpenSize"] = today_limit_open_size
        if today_limit_buy_size is not UNSET:
            field_dict["todayLimitBuySize"] = today_limit_buy_size
        if today_limit_sell_size is not UNSET:
            field_dict["todayLimitSellSize"] = today_limit_sell_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        taker_fee = codec.parse_decimal_field(src_.pop("takerFee"), "takerFee")

        maker_fee = codec.parse_decimal_field(src_.pop("makerFee"), "makerFee")

        _today_limit_open_size = src_.pop("todayLimitOpenSize", UNSET)
        today_limit_open_size: Decimal | Unset
        if isinstance(_today_limit_open_size, Unset):
            today_limit_open_size = UNSET
        else:
            today_limit_open_size = codec.parse_decimal_field(_today_limit_open_size, "todayLimitOpenSize")

        _today_limit_buy_size = src_.pop("todayLimitBuySize", UNSET)
        today_limit_buy_size: Decimal | Unset
        if isinstance(_today_limit_buy_size, Unset):
            today_limit_buy_size = UNSET
        else:
            today_limit_buy_size = codec.parse_decimal_field(_today_limit_buy_size, "todayLimitBuySize")

        _today_limit_sell_size = src_.pop("todayLimitSellSize", UNSET)
        today_limit_sell_size: Decimal | Unset
        if isinstance(_today_limit_sell_size, Unset):
            today_limit_sell_size = UNSET
        else:
            today_limit_sell_size = codec.parse_decimal_field(_today_limit_sell_size, "todayLimitSellSize")

        result_ = cls(
            symbol=symbol,
            taker_fee=taker_fee,
            maker_fee=maker_fee,
            today_limit_open_size=today_limit_open_size,
            today_limit_buy_size=today_limit_buy_size,
            today_limit_sell_size=today_limit_sell_size,
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
