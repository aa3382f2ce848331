from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.side import Side
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSpeedOrderRequest")


@_attrs_define
class CreateSpeedOrderRequest:
    symbol: str
    """ Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
    CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
     """
    side: Side
    """ Side (売買区分). `BUY` buy, `SELL` sell. """
    size: Decimal
    """ Order size (注文数量). """
    client_order_id: str | Unset = UNSET
    """ Client order ID (顧客注文ID); at most 36 half-width alphanumeric characters ([T1]). """
    lower_bound: Decimal | Unset = UNSET
    """ Lower bound of the fill price (成立下限価格); only for `side` SELL ([T1]). """
    upper_bound: Decimal | Unset = UNSET
    """ Upper bound of the fill price (成立上限価格); only for `side` BUY ([T1]). """
    is_hedgeable: bool | Unset = UNSET
    """ Whether hedged (two-way) positions are allowed. `false` (default): no hedging, so the
    order may settle opposite positions; `true`: always opens a position ([T1] 両建てあり).
    A JSON boolean under this key; several doc samples misspell it `isHedgeableze` and send
    the string `"false"`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        side = self.side.value

        size = codec.format_decimal(self.size)

        client_order_id = self.client_order_id

        lower_bound: str | Unset = UNSET
        if not isinstance(self.lower_bound, Unset):
            lower_bound = codec.format_decimal(self.lower_bound)

        upper_bound: str | Unset = UNSET
        if not isinstance(self.upper_bound, Unset):
            upper_bound = codec.format_decimal(self.upper_bound)

        is_hedgeable = self.is_hedgeable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "side": side,
                "size": size,
            }
        )
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if lower_bound is not UNSET:
            field_dict["lowerBound"] = lower_bound
        if upper_bound is not UNSET:
            field_dict["upperBound"] = upper_bound
        if is_hedgeable is not UNSET:
            field_dict["isHedgeable"] = is_hedgeable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        side = Side(src_.pop("side"))

        size = codec.parse_decimal_field(src_.pop("size"), "size")

        client_order_id = codec.expect_optional(src_.pop("clientOrderId", UNSET), str, "clientOrderId")

        _lower_bound = src_.pop("lowerBound", UNSET)
        lower_bound: Decimal | Unset
        if isinstance(_lower_bound, Unset):
            lower_bound = UNSET
        else:
            lower_bound = codec.parse_decimal_field(_lower_bound, "lowerBound")

        _upper_bound = src_.pop("upperBound", UNSET)
        upper_bound: Decimal | Unset
        if isinstance(_upper_bound, Unset):
            upper_bound = UNSET
        else:
            upper_bound = codec.parse_decimal_field(_upper_bound, "upperBound")

        is_hedgeable = codec.expect_optional(src_.pop("isHedgeable", UNSET), bool, "isHedgeable")

        result_ = cls(
            symbol=symbol,
            side=side,
            size=size,
            client_order_id=client_order_id,
            lower_bound=lower_bound,
            upper_bound=upper_bound,
            is_hedgeable=is_hedgeable,
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
