from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.order_execution_type import OrderExecutionType
from ..models.side import Side
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settle_position import SettlePosition


T = TypeVar("T", bound="CloseOrderRequest")


@_attrs_define
class CloseOrderRequest:
    """Exactly one of `size` and `settlePosition` is required."""

    symbol: str
    """ Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
    CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
     """
    side: Side
    """ Side (売買区分). `BUY` buy, `SELL` sell. """
    execution_type: OrderExecutionType
    """ Order type accepted by `createOrder` and `closeOrder`: `MARKET`, `LIMIT`, `STOP` or `OCO`
    (an OCO order is placed as two orders, a LIMIT and a STOP). (The seed lost the value list;
    `OCO` is implied by "LIMIT OCO の場合は必須", and [T1]/[T2] list all four.)
     """
    client_order_id: str | Unset = UNSET
    """ Client order ID (顧客注文ID); at most 36 half-width alphanumeric characters. """
    size: Decimal | Unset = UNSET
    """ Order size without specifying positions (建玉指定なし). """
    limit_price: Decimal | Unset = UNSET
    """ Limit price; required for `LIMIT` and `OCO`. """
    stop_price: Decimal | Unset = UNSET
    """ Stop price; required for `STOP` and `OCO`. """
    lower_bound: Decimal | Unset = UNSET
    """ Lower bound of the fill price (成立下限価格); MARKET SELL. """
    upper_bound: Decimal | Unset = UNSET
    """ Upper bound of the fill price (成立上限価格); MARKET BUY. """
    settle_position: list[SettlePosition] | Unset = UNSET
    """ Positions to settle, at most 10 (複数建玉). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        side = self.side.value

        execution_type = self.execution_type.value

        client_order_id = self.client_order_id

        size: str | Unset = UNSET
        if not isinstance(self.size, Unset):
            size = codec.format_decimal(self.size)

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

        settle_position: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.settle_position, Unset):
            settle_position = []
            for settle_position_item_data in self.settle_position:
                settle_position_item = settle_position_item_data.to_dict()
                settle_position.append(settle_position_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "side": side,
                "executionType": execution_type,
            }
        )
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id
        if size is not UNSET:
            field_dict["size"] = size
        if limit_price is not UNSET:
            field_dict["limitPrice"] = limit_price
        if stop_price is not UNSET:
            field_dict["stopPrice"] = stop_price
        if lower_bound is not UNSET:
            field_dict["lowerBound"] = lower_bound
        if upper_bound is not UNSET:
            field_dict["upperBound"] = upper_bound
        if settle_position is not UNSET:
            field_dict["settlePosition"] = settle_position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.settle_position import SettlePosition  # noqa: PLC0415

        src_ = dict(src_dict)
        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        side = Side(src_.pop("side"))

        execution_type = OrderExecutionType(src_.pop("executionType"))

        client_order_id = codec.expect_optional(src_.pop("clientOrderId", UNSET), str, "clientOrderId")

        _size = src_.pop("size", UNSET)
        size: Decimal | Unset
        if isinstance(_size, Unset):
            size = UNSET
        else:
            size = codec.parse_decimal_field(_size, "size")

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

        _settle_position = src_.pop("settlePosition", UNSET)
        settle_position: list[SettlePosition] | Unset = UNSET
        if _settle_position is not UNSET:
            settle_position = []
            for settle_position_item_data in codec.expect_list(_settle_position, "settlePosition"):
                settle_position_item = SettlePosition.from_dict(settle_position_item_data)

                settle_position.append(settle_position_item)

        result_ = cls(
            symbol=symbol,
            side=side,
            execution_type=execution_type,
            client_order_id=client_order_id,
            size=size,
            limit_price=limit_price,
            stop_price=stop_price,
            lower_bound=lower_bound,
            upper_bound=upper_bound,
            settle_position=settle_position,
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
