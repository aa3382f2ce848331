from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.settle_type import SettleType
from ..models.side import Side
from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelBulkOrderRequest")


@_attrs_define
class CancelBulkOrderRequest:
    symbols: list[str]
    """ Symbols whose orders are cancelled (a JSON array). Open set; known values: USD_JPY,
    EUR_JPY, GBP_JPY, AUD_JPY, NZD_JPY, CAD_JPY, CHF_JPY, TRY_JPY, ZAR_JPY, MXN_JPY,
    EUR_USD, GBP_USD, AUD_USD, NZD_USD.
     """
    side: Side | Unset = UNSET
    """ Side (売買区分). `BUY` buy, `SELL` sell. """
    settle_type: SettleType | Unset = UNSET
    """ Settlement type (決済区分). `OPEN` opens a position, `CLOSE` settles one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbols = self.symbols

        side: str | Unset = UNSET
        if not isinstance(self.side, Unset):
            side = self.side.value

        settle_type: str | Unset = UNSET
        if not isinstance(self.settle_type, Unset):
            settle_type = self.settle_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbols": symbols,
            }
        )
        if side is not UNSET:
            field_dict["side"] = side
        if settle_type is not UNSET:
            field_dict["settleType"] = settle_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        symbols = cast(list[str], codec.expect_list(src_.pop("symbols"), "symbols", optional=False))

        _side = src_.pop("side", UNSET)
        side: Side | Unset
        if isinstance(_side, Unset):
            side = UNSET
        else:
            side = Side(_side)

        _settle_type = src_.pop("settleType", UNSET)
        settle_type: SettleType | Unset
        if isinstance(_settle_type, Unset):
            settle_type = UNSET
        else:
            settle_type = SettleType(_settle_type)

        result_ = cls(
            symbols=symbols,
            side=side,
            settle_type=settle_type,
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
