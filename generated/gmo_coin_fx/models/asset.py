from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="Asset")


@_attrs_define
class Asset:
    """Account summary (資産残高) of the FX account."""

    equity: Decimal
    """ Total mark-to-market equity (時価評価総額), JPY. """
    available_amount: Decimal
    """ Available trading capacity (取引余力). """
    balance: Decimal
    """ Cash balance (現金残高). """
    estimated_trade_fee: Decimal
    """ Estimated trade fee (見込み手数料). """
    margin: Decimal
    """ Margin in use (拘束証拠金). """
    margin_ratio: Decimal
    """ Margin maintenance ratio in percent (証拠金維持率), e.g. `406.3`. """
    position_loss_gain: Decimal
    """ Unrealized profit/loss (評価損益). """
    total_swap: Decimal
    """ Unsettled (accrued) swap (未決済スワップ). """
    transferable_amount: Decimal
    """ Transferable amount (振替余力). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        equity = codec.format_decimal(self.equity)

        available_amount = codec.format_decimal(self.available_amount)

        balance = codec.format_decimal(self.balance)

        estimated_trade_fee = codec.format_decimal(self.estimated_trade_fee)

        margin = codec.format_decimal(self.margin)

        margin_ratio = codec.format_decimal(self.margin_ratio)

        position_loss_gain = codec.format_decimal(self.position_loss_gain)

        total_swap = codec.format_decimal(self.total_swap)

        transferable_amount = codec.format_decimal(self.transferable_amount)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "equity": equity,
                "availableAmount": available_amount,
                "balance": balance,
                "estimatedTradeFee": estimated_trade_fee,
                "margin": margin,
                "marginRatio": margin_ratio,
                "positionLossGain": position_loss_gain,
                "totalSwap": total_swap,
                "transferableAmount": transferable_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        equity = codec.parse_decimal_field(src_.pop("equity"), "equity")

        available_amount = codec.parse_decimal_field(src_.pop("availableAmount"), "availableAmount")

        balance = codec.parse_decimal_field(src_.pop("balance"), "balance")

        estimated_trade_fee = codec.parse_decimal_field(src_.pop("estimatedTradeFee"), "estimatedTradeFee")

        margin = codec.parse_decimal_field(src_.pop("margin"), "margin")

        margin_ratio = codec.parse_decimal_field(src_.pop("marginRatio"), "marginRatio")

        position_loss_gain = codec.parse_decimal_field(src_.pop("positionLossGain"), "positionLossGain")

        total_swap = codec.parse_decimal_field(src_.pop("totalSwap"), "totalSwap")

        transferable_amount = codec.parse_decimal_field(src_.pop("transferableAmount"), "transferableAmount")

        result_ = cls(
            equity=equity,
            available_amount=available_amount,
            balance=balance,
            estimated_trade_fee=estimated_trade_fee,
            margin=margin,
            margin_ratio=margin_ratio,
            position_loss_gain=position_loss_gain,
            total_swap=total_swap,
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
