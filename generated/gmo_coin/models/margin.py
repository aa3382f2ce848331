from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.margin_call_status import MarginCallStatus

T = TypeVar("T", bound="Margin")


@_attrs_define
class Margin:
    """Trading capacity of the account."""

    actual_profit_loss: Decimal
    """ Current total valuation of the account (JPY). """
    available_amount: Decimal
    """ Available amount (JPY). """
    margin: Decimal
    """ Margin in use (JPY). """
    margin_call_status: MarginCallStatus
    """ Margin call status: NORMAL, MARGIN_CALL or LOSSCUT. """
    margin_ratio: Decimal
    """ Maintenance margin ratio (percent). """
    profit_loss: Decimal
    """ Unrealized profit or loss (JPY). """
    transferable_amount: Decimal
    """ Amount that can be transferred out (JPY). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actual_profit_loss = codec.format_decimal(self.actual_profit_loss)

        available_amount = codec.format_decimal(self.available_amount)

        margin = codec.format_decimal(self.margin)

        margin_call_status = self.margin_call_status.value

        margin_ratio = codec.format_decimal(self.margin_ratio)

        profit_loss = codec.format_decimal(self.profit_loss)

        transferable_amount = codec.format_decimal(self.transferable_amount)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actualProfitLoss": actual_profit_loss,
                "availableAmount": available_amount,
                "margin": margin,
                "marginCallStatus": margin_call_status,
                "marginRatio": margin_ratio,
                "profitLoss": profit_loss,
                "transferableAmount": transferable_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["actualProfitLoss"]
                _f1 = src_dict["availableAmount"]
                _f2 = src_dict["margin"]
                _f3 = src_dict["marginCallStatus"]
                _f4 = src_dict["marginRatio"]
                _f5 = src_dict["profitLoss"]
                _f6 = src_dict["transferableAmount"]
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
                        actual_profit_loss = Decimal(_f0)
                        available_amount = Decimal(_f1)
                        margin = Decimal(_f2)
                        margin_call_status = MarginCallStatus(_f3)
                        margin_ratio = Decimal(_f4)
                        profit_loss = Decimal(_f5)
                        transferable_amount = Decimal(_f6)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            actual_profit_loss.is_finite()
                            and available_amount.is_finite()
                            and margin.is_finite()
                            and margin_ratio.is_finite()
                            and profit_loss.is_finite()
                            and transferable_amount.is_finite()
                        ):
                            return cls(
                                actual_profit_loss,
                                available_amount,
                                margin,
                                margin_call_status,
                                margin_ratio,
                                profit_loss,
                                transferable_amount,
                            )

        src_ = dict(src_dict)
        actual_profit_loss = codec.parse_decimal_field(src_.pop("actualProfitLoss"), "actualProfitLoss")

        available_amount = codec.parse_decimal_field(src_.pop("availableAmount"), "availableAmount")

        margin = codec.parse_decimal_field(src_.pop("margin"), "margin")

        margin_call_status = MarginCallStatus(src_.pop("marginCallStatus"))

        margin_ratio = codec.parse_decimal_field(src_.pop("marginRatio"), "marginRatio")

        profit_loss = codec.parse_decimal_field(src_.pop("profitLoss"), "profitLoss")

        transferable_amount = codec.parse_decimal_field(src_.pop("transferableAmount"), "transferableAmount")

        result_ = cls(
            actual_profit_loss=actual_profit_loss,
            available_amount=available_amount,
            margin=margin,
            margin_call_status=margin_call_status,
            margin_ratio=margin_ratio,
            profit_loss=profit_loss,
            transferable_amount=transferable_amount,
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
