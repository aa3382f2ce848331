from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.coin_type import CoinType

T = TypeVar("T", bound="GetDepositAddressResponse")


@_attrs_define
class GetDepositAddressResponse:
    """Deposit address."""

    can_deposit: bool
    """ Whether deposits are possible. """
    address: str
    """ Deposit address. """
    address_ext: str
    """ Address tag (not in use). """
    min_quantity: Decimal
    """ Minimum deposit amount. """
    need_address_tag: bool
    """ Whether a tag is required (not in use). """
    required_confirm_times: int
    """ Block confirmations before crediting (reference only). """
    can_withdraw_confirm_times: int | str
    """ Block confirmations before withdrawal (reference only). """
    coin_type: CoinType
    """ Token type of a coin or deposit address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_deposit = self.can_deposit

        address = self.address

        address_ext = self.address_ext

        min_quantity = codec.format_decimal(self.min_quantity)

        need_address_tag = self.need_address_tag

        required_confirm_times = self.required_confirm_times

        can_withdraw_confirm_times: int | str
        can_withdraw_confirm_times = self.can_withdraw_confirm_times

        coin_type = self.coin_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "canDeposit": can_deposit,
                "address": address,
                "addressExt": address_ext,
                "minQuantity": min_quantity,
                "needAddressTag": need_address_tag,
                "requiredConfirmTimes": required_confirm_times,
                "canWithdrawConfirmTimes": can_withdraw_confirm_times,
                "coinType": coin_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        can_deposit = codec.expect(src_.pop("canDeposit"), bool, "canDeposit")

        address = codec.expect(src_.pop("address"), str, "address")

        address_ext = codec.expect(src_.pop("addressExt"), str, "addressExt")

        min_quantity = codec.parse_decimal_field(src_.pop("minQuantity"), "minQuantity")

        need_address_tag = codec.expect(src_.pop("needAddressTag"), bool, "needAddressTag")

        required_confirm_times = codec.parse_int(src_.pop("requiredConfirmTimes"), "requiredConfirmTimes")

        def _parse_can_withdraw_confirm_times(data: object) -> int | str:
            return cast(int | str, data)

        can_withdraw_confirm_times = _parse_can_withdraw_confirm_times(src_.pop("canWithdrawConfirmTimes"))

        coin_type = CoinType(src_.pop("coinType"))

        result_ = cls(
            can_deposit=can_deposit,
            address=address,
            address_ext=address_ext,
            min_quantity=min_quantity,
            need_address_tag=need_address_tag,
            required_confirm_times=required_confirm_times,
            can_withdraw_confirm_times=can_withdraw_confirm_times,
            coin_type=coin_type,
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
