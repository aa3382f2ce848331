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
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["positionId"]
                _f1 = src_dict["symbol"]
                _f2 = src_dict["side"]
                _f3 = src_dict["size"]
                _f4 = src_dict["orderdSize"]
                _f5 = src_dict["price"]
                _f6 = src_dict["lossGain"]
                _f7 = src_dict["leverage"]
                _f8 = src_dict["losscutPrice"]
                _f9 = src_dict["timestamp"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 10
                    and type(_f0) is int
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                    and type(_f5) is str
                    and type(_f6) is str
                    and type(_f7) is str
                    and type(_f8) is str
                    and type(_f9) is str
                ):
                    try:
                        side = Side(_f2)
                        size = Decimal(_f3)
                        orderd_size = Decimal(_f4)
                        price = Decimal(_f5)
                        loss_gain = Decimal(_f6)
                        leverage = Decimal(_f7)
                        losscut_price = Decimal(_f8)
                        timestamp = datetime.datetime.fromisoformat(_f9)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            size.is_finite()
                            and orderd_size.is_finite()
                            and price.is_finite()
                            and loss_gain.is_finite()
                            and leverage.is_finite()
                            and losscut_price.is_finite()
                            and timestamp.tzinfo is not None
                        ):
                            return cls(
                                _f0,  # position_id
                                _f1,  # symbol
                                side,
                                size,
                                orderd_size,
                                price,
                                loss_gain,
                                leverage,
                                losscut_price,
                                timestamp,
                            )

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
