from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vip_fee_rate import VipFeeRate


T = TypeVar("T", bound="GetVipInfoResponse")


@_attrs_define
class GetVipInfoResponse:
    """VIP information."""

    code: int
    """ Status code (0 = success). """
    vip_level: str
    """ VIP level. """
    trade_vol_30_day: Decimal
    """ Trading volume of the last 30 days in USD. """
    total_asset_bal: Decimal
    """ Total asset balance in USD. """
    data: list[VipFeeRate]
    """ Fee rates per trading pair. """
    update_timestamp: datetime.datetime
    """ Snapshot time, epoch milliseconds as a JSON string (the table spells it updateTimeStamp; the wire uses
    updateTimestamp). """
    msg: str | Unset = UNSET
    """ Error message, if any (table only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        vip_level = self.vip_level

        trade_vol_30_day = codec.format_decimal(self.trade_vol_30_day)

        total_asset_bal = codec.format_decimal(self.total_asset_bal)

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        update_timestamp = str(codec.format_unix(self.update_timestamp, scale=1000))

        msg = self.msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "vipLevel": vip_level,
                "tradeVol30Day": trade_vol_30_day,
                "totalAssetBal": total_asset_bal,
                "data": data,
                "updateTimestamp": update_timestamp,
            }
        )
        if msg is not UNSET:
            field_dict["msg"] = msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vip_fee_rate import VipFeeRate  # noqa: PLC0415

        src_ = dict(src_dict)
        code = codec.expect(src_.pop("code"), int, "code")

        vip_level = codec.expect(src_.pop("vipLevel"), str, "vipLevel")

        trade_vol_30_day = codec.parse_decimal_field(src_.pop("tradeVol30Day"), "tradeVol30Day")

        total_asset_bal = codec.parse_decimal_field(src_.pop("totalAssetBal"), "totalAssetBal")

        data = []
        _data = src_.pop("data")
        for data_item_data in codec.expect_list(_data, "data"):
            data_item = VipFeeRate.from_dict(data_item_data)

            data.append(data_item)

        update_timestamp = codec.parse_unix(src_.pop("updateTimestamp"), scale=1000)

        msg = codec.expect_optional(src_.pop("msg", UNSET), str, "msg")

        result_ = cls(
            code=code,
            vip_level=vip_level,
            trade_vol_30_day=trade_vol_30_day,
            total_asset_bal=total_asset_bal,
            data=data,
            update_timestamp=update_timestamp,
            msg=msg,
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
