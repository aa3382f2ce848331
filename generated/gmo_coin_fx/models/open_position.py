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
    """One open position."""

    position_id: int
    """ Position ID (建玉ID). """
    symbol: str
    """ Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
    CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
     """
    side: Side
    """ Side (売買区分). `BUY` buy, `SELL` sell. """
    size: Decimal
    """ Position size (建玉数量). """
    ordered_size: Decimal
    """ Size under a pending close order (注文中数量). """
    price: Decimal
    """ Position rate (建玉レート). """
    loss_gain: Decimal
    """ Unrealized profit/loss (評価損益). """
    total_swap: Decimal
    """ Cumulative swap (累計スワップ). """
    timestamp: datetime.datetime
    """ Execution time of the position (約定日時). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position_id = self.position_id

        symbol = self.symbol

        side = self.side.value

        size = codec.format_decimal(self.size)

        ordered_size = codec.format_decimal(self.ordered_size)

        price = codec.format_decimal(self.price)

        loss_gain = codec.format_decimal(self.loss_gain)

        total_swap = codec.format_decimal(self.total_swap)

        timestamp = codec.format_datetime(self.timestamp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "positionId": position_id,
                "symbol": symbol,
                "side": side,
                "size": size,
                "orderedSize": ordered_size,
                "price": price,
                "lossGain": loss_gain,
                "totalSwap": total_swap,
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
                _f4 = src_dict["orderedSize"]
                _f5 = src_dict["price"]
                _f6 = src_dict["lossGain"]
                _f7 = src_dict["totalSwap"]
                _f8 = src_dict["timestamp"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 9
                    and type(_f0) is int
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                    and type(_f5) is str
                    and type(_f6) is str
                    and type(_f7) is str
                    and type(_f8) is str
                ):
                    try:
                        side = Side(_f2)
                        size = Decimal(_f3)
                        ordered_size = Decimal(_f4)
                        price = Decimal(_f5)
                        loss_gain = Decimal(_f6)
                        total_swap = Decimal(_f7)
                        timestamp = datetime.datetime.fromisoformat(_f8)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            size.is_finite()
                            and ordered_size.is_finite()
                            and price.is_finite()
                            and loss_gain.is_finite()
                            and total_swap.is_finite()
                            and timestamp.tzinfo is not None
                        ):
                            return cls(
                                _f0,  # position_id
                                _f1,  # symbol
                                side,
                                size,
                                ordered_size,
                                price,
                                loss_gain,
                                total_swap,
                                timestamp,
                            )

        src_ = dict(src_dict)
        position_id = codec.expect(src_.pop("positionId"), int, "positionId")

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        side = Side(src_.pop("side"))

        size = codec.parse_decimal_field(src_.pop("size"), "size")

        ordered_size = codec.parse_decimal_field(src_.pop("orderedSize"), "orderedSize")

        price = codec.parse_decimal_field(src_.pop("price"), "price")

        loss_gain = codec.parse_decimal_field(src_.pop("lossGain"), "lossGain")

        total_swap = codec.parse_decimal_field(src_.pop("totalSwap"), "totalSwap")

        timestamp = codec.parse_datetime(src_.pop("timestamp"))

        result_ = cls(
            position_id=position_id,
            symbol=symbol,
            side=side,
            size=size,
            ordered_size=ordered_size,
            price=price,
            loss_gain=loss_gain,
            total_swap=total_swap,
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
