from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.order_execution_type import OrderExecutionType
from ..models.side import Side
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define
class CreateOrderRequest:
    symbol: str
    """ Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
    CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
     """
    side: Side
    """ Side (売買区分). `BUY` buy, `SELL` sell. """
    size: Decimal
    """ Order size (注文数量). """
    execution_type: OrderExecutionType
    """ Order type accepted by `createOrder` and `closeOrder`: `MARKET`, `LIMIT`, `STOP` or `OCO`
    (an OCO order is placed as two orders, a LIMIT and a STOP). (The seed lost the value list;
    `OCO` is implied by "LIMIT OCO の場合は必須", and [T1]/[T2] list all four.)
     """
    client_order_id: str | Unset = UNSET
    """ Client order ID (顧客注文ID); at most 36 half-width alphanumeric characters ([T1]). """
    limit_price: Decimal | Unset = UNSET
    """ Limit price (指値注文レート); required for `LIMIT` and `OCO`. """
    stop_price: Decimal | Unset = UNSET
    """ Stop price (逆指値注文レート); required for `STOP` and `OCO`. """
    lower_bound: Decimal | Unset = UNSET
    """ Lower bound of the fill price (成立下限価格); only for executionType `MARKET` with side `SELL`. """
    upper_bound: Decimal | Unset = UNSET
    """ Upper bound of the fill price (成立上限価格); only for executionType `MARKET` with side `BUY`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        side = self.side.value

        size = codec.format_decimal(self.size)

        execution_type = self.execution_type.value

        client_order_id = self.client_order_id

        limit_price: str | Unset = UNSET
        if not isinstance(self.limit_price, Unset):
            limit_price = codec.format_decimal(self.limit_price)

        stop_price: str | Unset = UNSET
        if not isinstance(self.stop_price, Unset):
            stop_price = codec.format_decimal(self.stop_price)

        lower_bound: str | Unset = UNSET
        if not isinstance(self.lower_bound, Unset):
            lower_bound = codec.format_decimal(self.lower_bound)

        upper_bound: str | Unset = UNSET
        if not isinstance(self.upper_bound, Unset):
            upper_bound = codec.format_decimal(self.upper_bound)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "side": side,
                "size": size,
                "executionType": execution_type,
            }
        )
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if limit_price is not UNSET:
            field_dict["limitPrice"] = limit_price
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price
        if lower_bound is not UNSET:
            field_dict["lowerBound"] = lower_bound
        if upper_bound is not UNSET:
            field_dict["upperBound"] = upper_bound

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        side = Side(src_.pop("side"))

        size = codec.parse_decimal_field(src_.pop("size"), "size")

        execution_type = OrderExecutionType(src_.pop("executionType"))

        client_order_id = codec.expect_optional(src_.pop("clientOrderId", UNSET), str, "clientOrderId")

        _limit_price = src_.pop("limitPrice", UNSET)
        limit_price: Decimal | Unset
        if isinstance(_limit_price, Unset):
            limit_price = UNSET
        else:
            limit_price = codec.parse_decimal_field(_limit_price, "limitPrice")

        _stop_price = src_.pop("stopPrice", UNSET)
        stop_price: Decimal | Unset
        if isinstance(_stop_price, Unset):
            stop_price = UNSET
        else:
            stop_price = codec.parse_decimal_field(_stop_price, "stopPrice")

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

        result_ = cls(
            symbol=symbol,
            side=side,
            size=size,
            execution_type=execution_type,
            client_order_id=client_order_id,
            limit_price=limit_price,
            stop_price=stop_price,
            lower_bound=lower_bound,
            upper_bound=upper_bound,
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
