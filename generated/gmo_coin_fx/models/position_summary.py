from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.side import Side

T = TypeVar("T", bound="PositionSummary")


@_attrs_define
class PositionSummary:
    """Position summary of one symbol and side."""

    average_position_rate: Decimal
    """ Average position rate (平均建玉レート). """
    position_loss_gain: Decimal
    """ Unrealized profit/loss (評価損益). """
    side: Side
    """ Side (売買区分). `BUY` buy, `SELL` sell. """
    sum_ordered_size: Decimal
    """ Total size under pending close orders (合計注文中数量). """
    sum_position_size: Decimal
    """ Total position size (合計建玉数量). """
    sum_total_swap: Decimal
    """ Cumulative swap (累計スワップ). """
    symbol: str
    """ Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
    CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_position_rate = codec.format_decimal(self.average_position_rate)

        position_loss_gain = codec.format_decimal(self.position_loss_gain)

        side = self.side.value

        sum_ordered_size = codec.format_decimal(self.sum_ordered_size)

        sum_position_size = codec.format_decimal(self.sum_position_size)

        sum_total_swap = codec.format_decimal(self.sum_total_swap)

        symbol = self.symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "averagePositionRate": average_position_rate,
                "positionLossGain": position_loss_gain,
                "side": side,
                "sumOrderedSize": sum_ordered_size,
                "sumPositionSize": sum_position_size,
                "sumTotalSwap": sum_total_swap,
                "symbol": symbol,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["averagePositionRate"]
                _f1 = src_dict["positionLossGain"]
                _f2 = src_dict["side"]
                _f3 = src_dict["sumOrderedSize"]
                _f4 = src_dict["sumPositionSize"]
                _f5 = src_dict["sumTotalSwap"]
                _f6 = src_dict["symbol"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 7
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                    and type(_f5) is str
                    and type(_f6) is str
                ):
                    try:
                        average_position_rate = Decimal(_f0)
                        position_loss_gain = Decimal(_f1)
                        side = Side(_f2)
                        sum_ordered_size = Decimal(_f3)
                        sum_position_size = Decimal(_f4)
                        sum_total_swap = Decimal(_f5)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            average_position_rate.is_finite()
                            and position_loss_gain.is_finite()
                            and sum_ordered_size.is_finite()
                            and sum_position_size.is_finite()
                            and sum_total_swap.is_finite()
                        ):
                            return cls(
                                average_position_rate,
                                position_loss_gain,
                                side,
                                sum_ordered_size,
                                sum_position_size,
                                sum_total_swap,
                                _f6,  # symbol
                            )

        src_ = dict(src_dict)
        average_position_rate = codec.parse_decimal_field(src_.pop("averagePositionRate"), "averagePositionRate")

        position_loss_gain = codec.parse_decimal_field(src_.pop("positionLossGain"), "positionLossGain")

        side = Side(src_.pop("side"))

        sum_ordered_size = codec.parse_decimal_field(src_.pop("sumOrderedSize"), "sumOrderedSize")

        sum_position_size = codec.parse_decimal_field(src_.pop("sumPositionSize"), "sumPositionSize")

        sum_total_swap = codec.parse_decimal_field(src_.pop("sumTotalSwap"), "sumTotalSwap")

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        result_ = cls(
            average_position_rate=average_position_rate,
            position_loss_gain=position_loss_gain,
            side=side,
            sum_ordered_size=sum_ordered_size,
            sum_position_size=sum_position_size,
            sum_total_swap=sum_total_swap,
            symbol=symbol,
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
