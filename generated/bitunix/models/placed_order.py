from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.order_type import OrderType
from ..models.side import Side
from ..types import UNSET, Unset

T = TypeVar("T", bound="PlacedOrder")


@_attrs_define
class PlacedOrder:
    """Result of one order placement. Check `placeStatus`: envelope success does not mean the order was placed. Only
    `orderId` and `placeStatus` are required: the doc example has every field, but a refused placement (seen live,
    payload not published) is only known to carry orderId null, placeStatus 0, placeCode and placeMsg.

    """

    order_id: None | str
    """ Order id; null when the placement was refused. """
    place_status: int | str
    """ Placement result: 1 = placed, **0 = rejected** (see `placeCode` / `placeMsg`). A string in the docs. """
    side: Side | Unset = UNSET
    """ Order side as a JSON number: 1 = sell, 2 = buy (note the order). """
    type_: OrderType | Unset = UNSET
    """ Order type as a JSON number: 1 = limit, 2 = market. """
    volume: Decimal | Unset = UNSET
    """ Quantity as placed. """
    price: Decimal | Unset = UNSET
    """ Price as placed. """
    symbol: str | Unset = UNSET
    """ Trading pair. """
    place_code: int | None | str | Unset = UNSET
    """ Reason code of a refused placement, e.g. 10034 = insufficient balance (undocumented). """
    place_msg: None | str | Unset = UNSET
    """ Reason text of a refused placement, often Chinese (e.g. 余额不足, insufficient balance; undocumented). """
    client_id: None | str | Unset = UNSET
    """ Caller's order id, echoed (undocumented). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id: None | str
        order_id = self.order_id

        place_status: int | str
        place_status = self.place_status

        side: int | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        volume: str | Unset = UNSET
        if not isinstance(self.volume, Unset):
            volume = codec.format_decimal(self.volume)

        price: str | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = codec.format_decimal(self.price)

        symbol = self.symbol

        place_code: int | None | str | Unset
        if isinstance(self.place_code, Unset):
            place_code = UNSET
        else:
            place_code = self.place_code

        place_msg: None | str | Unset
        if isinstance(self.place_msg, Unset):
            place_msg = UNSET
        else:
            place_msg = self.place_msg

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderId": order_id,
                "placeStatus": place_status,
            }
        )
        if side is not UNSET:
            field_dict["side"] = side
        if type_ is not UNSET:
            field_dict["type"] = type_
        if volume is not UNSET:
            field_dict["volume"] = volume
        if price is not UNSET:
            field_dict["price"] = price
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if place_code is not UNSET:
            field_dict["placeCode"] = place_code
        if place_msg is not UNSET:
            field_dict["placeMsg"] = place_msg
        if client_id is not UNSET:
            field_dict["clientId"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)

        def _parse_order_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        order_id = _parse_order_id(src_.pop("orderId"))

        def _parse_place_status(data: object) -> int | str:
            return cast(int | str, data)

        place_status = _parse_place_status(src_.pop("placeStatus"))

        _side = src_.pop("side", UNSET)
        side: Side | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = Side(_side)

        _type_ = src_.pop("type", UNSET)
        type_: OrderType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OrderType(_type_)

        _volume = src_.pop("volume", UNSET)
        volume: Decimal | Unset
        if isinstance(_volume, Unset):
            volume = UNSET
        else:
            volume = codec.parse_decimal_field(_volume, "volume")

        _price = src_.pop("price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = codec.parse_decimal_field(_price, "price")

        symbol = codec.expect_optional(src_.pop("symbol", UNSET), str, "symbol")

        def _parse_place_code(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        place_code = _parse_place_code(src_.pop("placeCode", UNSET))

        def _parse_place_msg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        place_msg = _parse_place_msg(src_.pop("placeMsg", UNSET))

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(src_.pop("clientId", UNSET))

        result_ = cls(
            order_id=order_id,
            place_status=place_status,
            side=side,
            type_=type_,
            volume=volume,
            price=price,
            symbol=symbol,
            place_code=place_code,
            place_msg=place_msg,
            client_id=client_id,
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
