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
