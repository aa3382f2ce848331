from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.leg_execution_type import LegExecutionType
from ..models.side import Side
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateIfdOrderRequest")


@_attrs_define
class CreateIfdOrderRequest:
    symbol: str
    """ Symbol. Open set; known values: USD_JPY, EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY,
    CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY, EUR_USD, GBP_USD, AUD_USD, NZD_USD.
     """
    first_side: Side
    """ Side (売買区分). `BUY` buy, `SELL` sell. """
    first_execution_type: LegExecutionType
    """ Order type of an IFD/IFDOCO leg, `LIMIT` or `STOP` (values from [T1]; lost in the seed). """
    first_size: Decimal
    """ First-leg (opening) order size (1次注文数量). """
    first_price: Decimal
    """ First-leg order price (1次注文レート). """
    second_execution_type: LegExecutionType
    """ Order type of an IFD/IFDOCO leg, `LIMIT` or `STOP` (values from [T1]; lost in the seed). """
    second_size: Decimal
    """ Second-leg (closing) order size (2次注文数量); must not exceed `firstSize` (ERR-148). """
    second_price: Decimal
    """ Second-leg order price (2次注文レート). """
    client_order_id: str | Unset = UNSET
    """ Client order ID (顧客注文ID); at most 36 half-width alphanumeric characters ([T1]). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        first_side = self.first_side.value

        first_execution_type = self.first_execution_type.value

        first_size = codec.format_decimal(self.first_size)

        first_price = codec.format_decimal(self.first_price)

        second_execution_type = self.second_execution_type.value

        second_size = codec.format_decimal(self.second_size)

        second_price = codec.format_decimal(self.second_price)

        client_order_id = self.client_order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "firstSide": first_side,
                "firstExecutionType": first_execution_type,
                "firstSize": first_size,
                "firstPrice": first_price,
                "secondExecutionType": second_execution_type,
                "secondSize": second_size,
                "secondPrice": second_price,
            }
        )
        if client_order_id is not UNSET:
            field_dict["clientOrderId"] = client_order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["symbol"]
                _f1 = src_dict["firstSide"]
                _f2 = src_dict["firstExecutionType"]
                _f3 = src_dict["firstSize"]
                _f4 = src_dict["firstPrice"]
                _f5 = src_dict["secondExecutionType"]
                _f6 = src_dict["secondSize"]
                _f7 = src_dict["secondPrice"]
                _f8 = src_dict.get("clientOrderId", UNSET)
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 8 + (_f8 is not UNSET)
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                    and type(_f4) is str
                    and type(_f5) is str
                    and type(_f6) is str
                    and type(_f7) is str
                    and (_f8 is UNSET or type(_f8) is str)
                ):
                    try:
                        first_side = Side(_f1)
                        first_execution_type = LegExecutionType(_f2)
                        first_size = Decimal(_f3)
                        first_price = Decimal(_f4)
                        second_execution_type = LegExecutionType(_f5)
                        second_size = Decimal(_f6)
                        second_price = Decimal(_f7)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        if (
                            first_size.is_finite()
                            and first_price.is_finite()
                            and second_size.is_finite()
                            and second_price.is_finite()
                        ):
                            return cls(
                                _f0,  # symbol
                                first_side,
                                first_execution_type,
                                first_size,
                                first_price,
                                second_execution_type,
                                second_size,
                                second_price,
                                _f8,  # client_order_id
                            )

        src_ = dict(src_dict)
        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        first_side = Side(src_.pop("firstSide"))

        first_execution_type = LegExecutionType(src_.pop("firstExecutionType"))

        first_size = codec.parse_decimal_field(src_.pop("firstSize"), "firstSize")

        first_price = codec.parse_decimal_field(src_.pop("firstPrice"), "firstPrice")

        second_execution_type = LegExecutionType(src_.pop("secondExecutionType"))

        second_size = codec.parse_decimal_field(src_.pop("secondSize"), "secondSize")

        second_price = codec.parse_decimal_field(src_.pop("secondPrice"), "secondPrice")

        client_order_id = codec.expect_optional(src_.pop("clientOrderId", UNSET), str, "clientOrderId")

        result_ = cls(
            symbol=symbol,
            first_side=first_side,
            first_execution_type=first_execution_type,
            first_size=first_size,
            first_price=first_price,
            second_execution_type=second_execution_type,
            second_size=second_size,
            second_price=second_price,
            client_order_id=client_order_id,
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
