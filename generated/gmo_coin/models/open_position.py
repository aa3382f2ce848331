from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.side import Side

T = TypeVar("T", bound="OpenPosition")


@_attrs_define
class OpenPosition:
    """One open margin position."""

    position_id: int
    """ Position id. """
    symbol: str
    """ Margin symbol, e.g. BTC_JPY. """
    side: Side
    """ Order, execution or position side: BUY (buy) or SELL (sell). """
    size: Decimal
    """ Position quantity. """
    orderd_size: Decimal
    """ Quantity under active closing orders. The wire name is spelled `orderdSize` by the venue. """
    price: Decimal
    """ Position price. """
    loss_gain: Decimal
    """ Unrealized profit or loss of the position. """
    leverage: Decimal
    """ Leverage. """
    losscut_price: Decimal
    """ Liquidation price. """
    timestamp: datetime.datetime
    """ Execution time of the position (UTC). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position_id = self.position_id

        symbol = self.symbol

        side = self.side.value

        size = codec.format_decimal(self.size)

        orderd_size = codec.format_decimal(self.orderd_size)

        price = codec.format_decimal(self.price)

        loss_gain = codec.format_decimal(self.loss_gain)

        leverage = codec.format_decimal(self.leverage)

        losscut_price = codec.format_decimal(self.losscut_price)

        timestamp = codec.format_datetime(self.timestamp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "positionId": position_id,
                "symbol": symbol,
                "side": side,
                "size": size,
                "orderdSize": orderd_size,
                "price": price,
                "lossGain": loss_gain,
                "leverage": leverage,
                "losscutPrice": losscut_price,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        position_id = codec.expect(src_.pop("positionId"), int, "positionId")

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        side = Side(src_.pop("side"))

        size = codec.parse_decimal_field(src_.pop("size"), "size")

        orderd_size = codec.parse_decimal_field(src_.pop("orderdSize"), "orderdSize")

        price = codec.parse_decimal_field(src_.pop("price"), "price")

        loss_gain = codec.parse_decimal_field(src_.pop("lossGain"), "lossGain")

        leverage = codec.parse_decimal_field(src_.pop("leverage"), "leverage")

        losscut_price = codec.parse_decimal_field(src_.pop("losscutPrice"), "losscutPrice")

        timestamp = codec.parse_datetime(src_.pop("timestamp"))

        result_ = cls(
            position_id=position_id,
            symbol=symbol,
            side=side,
            size=size,
            orderd_size=orderd_size,
            price=price,
            loss_gain=loss_gain,
            leverage=leverage,
            losscut_price=losscut_price,
            timestamp=timestamp,
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
