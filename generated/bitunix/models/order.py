from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.order_status import OrderStatus
from ..models.order_type_string import OrderTypeString
from ..models.side_string import SideString
from ..types import UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define
class Order:
    """An order as read back (history, open orders, detail). All fields are strings."""

    order_id: str
    """ Order id. """
    user_id: str
    """ User id. """
    order_type: OrderTypeString
    """ Order type as a string holding the numeric code: "1" = limit, "2" = market. """
    type_: OrderTypeString
    """ Order type as a string holding the numeric code: "1" = limit, "2" = market. """
    side: SideString
    """ Order side as a string holding the numeric code (order reads, history filter): "1" = sell, "2" = buy. """
    status: OrderStatus
    """ Order status, a string holding the numeric code: 1 unfilled, 2 filled, 3 partially filled, 4 cancelled, 7
    partially filled then cancelled. """
    price: Decimal
    """ Order price. """
    avg_price: Decimal
    """ Average fill price. """
    volume: Decimal
    """ Order quantity (base token). The docs list `volume` twice, once as 'filled value (quote)'; this is the order
    quantity. """
    deal_volume: Decimal
    """ Filled quantity (base token). """
    left_volume: Decimal
    """ Remaining quantity (base token). """
    amount: Decimal
    """ Order value (quote token, the notional). """
    deal_amount: Decimal
    """ Filled value (quote token). """
    left_amount: Decimal
    """ Remaining value (quote token). """
    progress: Decimal
    """ Filled percentage: 15.8 means 15.8 %. """
    ctime: datetime.datetime
    """ Creation time, ISO-8601. """
    utime: datetime.datetime
    """ Last update time, ISO-8601. """
    base: str
    """ Base token. """
    quote: str
    """ Quote token. """
    symbol: str
    """ Trading pair. """
    fee: Decimal
    """ Fee. """
    fee_coin: str
    """ Fee token. """
    client_id: None | str | Unset = UNSET
    """ Caller's order id given at placement (undocumented). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        user_id = self.user_id

        order_type = self.order_type.value

        type_ = self.type_.value

        side = self.side.value

        status = self.status.value

        price = codec.format_decimal(self.price)

        avg_price = codec.format_decimal(self.avg_price)

        volume = codec.format_decimal(self.volume)

        deal_volume = codec.format_decimal(self.deal_volume)

        left_volume = codec.format_decimal(self.left_volume)

        amount = codec.format_decimal(self.amount)

        deal_amount = codec.format_decimal(self.deal_amount)

        left_amount = codec.format_decimal(self.left_amount)

        progress = codec.format_decimal(self.progress)

        ctime = codec.format_datetime(self.ctime)

        utime = codec.format_datetime(self.utime)

        base = self.base

        quote = self.quote

        symbol = self.symbol

        fee = codec.format_decimal(self.fee)

        fee_coin = self.fee_coin

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
                "userId": user_id,
                "orderType": order_type,
                "type": type_,
                "side": side,
                "status": status,
                "price": price,
                "avgPrice": avg_price,
                "volume": volume,
                "dealVolume": deal_volume,
                "leftVolume": left_volume,
                "amount": amount,
                "dealAmount": deal_amount,
                "leftAmount": left_amount,
                "progress": progress,
                "ctime": ctime,
                "utime": utime,
                "base": base,
                "quote": quote,
                "symbol": symbol,
                "fee": fee,
                "feeCoin": fee_coin,
            }
        )
        if client_id is not UNSET:
            field_dict["clientId"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        order_id = codec.expect(src_.pop("orderId"), str, "orderId")

        user_id = codec.expect(src_.pop("userId"), str, "userId")

        order_type = OrderTypeString(src_.pop("orderType"))

        type_ = OrderTypeString(src_.pop("type"))

        side = SideString(src_.pop("side"))

        status = OrderStatus(src_.pop("status"))

        price = codec.parse_decimal_field(src_.pop("price"), "price")

        avg_price = codec.parse_decimal_field(src_.pop("avgPrice"), "avgPrice")

        volume = codec.parse_decimal_field(src_.pop("volume"), "volume")

        deal_volume = codec.parse_decimal_field(src_.pop("dealVolume"), "dealVolume")

        left_volume = codec.parse_decimal_field(src_.pop("leftVolume"), "leftVolume")

        amount = codec.parse_decimal_field(src_.pop("amount"), "amount")

        deal_amount = codec.parse_decimal_field(src_.pop("dealAmount"), "dealAmount")

        left_amount = codec.parse_decimal_field(src_.pop("leftAmount"), "leftAmount")

        progress = codec.parse_decimal_field(src_.pop("progress"), "progress")

        ctime = codec.parse_datetime(src_.pop("ctime"))

        utime = codec.parse_datetime(src_.pop("utime"))

        base = codec.expect(src_.pop("base"), str, "base")

        quote = codec.expect(src_.pop("quote"), str, "quote")

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        fee = codec.parse_decimal_field(src_.pop("fee"), "fee")

        fee_coin = codec.expect(src_.pop("feeCoin"), str, "feeCoin")

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(src_.pop("clientId", UNSET))

        result_ = cls(
            order_id=order_id,
            user_id=user_id,
            order_type=order_type,
            type_=type_,
            side=side,
            status=status,
            price=price,
            avg_price=avg_price,
            volume=volume,
            deal_volume=deal_volume,
            left_volume=left_volume,
            amount=amount,
            deal_amount=deal_amount,
            left_amount=left_amount,
            progress=progress,
            ctime=ctime,
            utime=utime,
            base=base,
            quote=quote,
            symbol=symbol,
            fee=fee,
            fee_coin=fee_coin,
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
