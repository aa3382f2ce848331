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
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["equity"]
                _f1 = src_dict["availableAmount"]
                _f2 = src_dict["balance"]
                _f3 = src_dict["estimatedTradeFee"]
                _f4 = src_dict["margin"]
                _f5 = src_dict["marginRatio"]
                _f6 = src_dict["positionLossGain"]
                _f7 = src_dict["totalSwap"]
                _f8 = src_dict["transferableAmount"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 9
                    and type(_f0) is str
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
                        equity = Decimal(_f0)
                        available_amount = Decimal(_f1)
                        balance = Decimal(_f2)
                        estimated_trade_fee = Decimal(_f3)
                        margin = Decimal(_f4)
                        margin_ratio = Decimal(_f5)
                        position_loss_gain = Decimal(_f6)
                        total_swap = Decimal(_f7)
                        transferable_amount = Decimal(_f8)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            equity.is_finite()
                            and available_amount.is_finite()
                            and balance.is_finite()
                            and estimated_trade_fee.is_finite()
                            and margin.is_finite()
                            and margin_ratio.is_finite()
                            and position_loss_gain.is_finite()
                            and total_swap.is_finite()
                            and transferable_amount.is_finite()
                        ):
                            return cls(
                                equity,
                                available_amount,
                                balance,
                                estimated_trade_fee,
                                margin,
                                margin_ratio,
                                position_loss_gain,
                                total_swap,
                                transferable_amount,
                            )

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
