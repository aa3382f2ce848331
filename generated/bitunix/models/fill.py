from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.trade_role import TradeRole

T = TypeVar("T", bound="Fill")


@_attrs_define
class Fill:
    """One fill of an order."""

    volume: Decimal
    """ Filled quantity. """
    price: Decimal
    """ Fill price. """
    fee: Decimal
    """ Fee. """
    fee_coin: str
    """ Fee token. """
    role: TradeRole
    """ Liquidity role of a fill: "1" = maker, "2" = taker. """
    ctime: datetime.datetime
    """ Fill time, ISO-8601. """
    id: str
    """ Fill (trade) id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        volume = codec.format_decimal(self.volume)

        price = codec.format_decimal(self.price)

        fee = codec.format_decimal(self.fee)

        fee_coin = self.fee_coin

        role = self.role.value

        ctime = codec.format_datetime(self.ctime)

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "volume": volume,
                "price": price,
                "fee": fee,
                "feeCoin": fee_coin,
                "role": role,
                "ctime": ctime,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["volume"]
                _f1 = src_dict["price"]
                _f2 = src_dict["fee"]
                _f3 = src_dict["feeCoin"]
                _f4 = src_dict["role"]
                _f5 = src_dict["ctime"]
                _f6 = src_dict["id"]
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
                        volume = Decimal(_f0)
                        price = Decimal(_f1)
                        fee = Decimal(_f2)
                        role = TradeRole(_f4)
                        ctime = datetime.datetime.fromisoformat(_f5)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if volume.is_finite() and price.is_finite() and fee.is_finite() and ctime.tzinfo is not None:
                            return cls(
                                volume,
                                price,
                                fee,
                                _f3,  # fee_coin
                                role,
                                ctime,
                                _f6,  # id
                            )

        src_ = dict(src_dict)
        volume = codec.parse_decimal_field(src_.pop("volume"), "volume")

        price = codec.parse_decimal_field(src_.pop("price"), "price")

        fee = codec.parse_decimal_field(src_.pop("fee"), "fee")

        fee_coin = codec.expect(src_.pop("feeCoin"), str, "feeCoin")

        role = TradeRole(src_.pop("role"))

        ctime = codec.parse_datetime(src_.pop("ctime"))

        id = codec.expect(src_.pop("id"), str, "id")

        result_ = cls(
            volume=volume,
            price=price,
            fee=fee,
            fee_coin=fee_coin,
            role=role,
            ctime=ctime,
            id=id,
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
