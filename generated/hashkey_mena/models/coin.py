from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.coin_type import CoinType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chain_type_detail import ChainTypeDetail


T = TypeVar("T", bound="Coin")


@_attrs_define
class Coin:
    """A coin (asset) and, in exchangeInfo, its chains."""

    org_id: str
    """ Institution ID (an integer sent as a JSON string), e.g. 9001. """
    coin_id: str
    """ Coin ID, e.g. BTC. """
    coin_name: str
    """ Coin name. """
    coin_full_name: str
    """ Coin full name, e.g. Bitcoin. """
    allow_withdraw: bool
    """ Whether withdrawals are allowed. """
    allow_deposit: bool
    """ Whether deposits are allowed. """
    token_type: CoinType | Unset = UNSET
    """ Token type of a coin or deposit address. """
    status: int | Unset = UNSET
    """ Coin status (table only; not seen in payloads). """
    chain_types: list[ChainTypeDetail] | Unset = UNSET
    """ Chains of the coin (exchangeInfo only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        org_id = self.org_id

        coin_id = self.coin_id

        coin_name = self.coin_name

        coin_full_name = self.coin_full_name

        allow_withdraw = self.allow_withdraw

        allow_deposit = self.allow_deposit

        token_type: str | Unset = UNSET
        if not isinstance(self.token_type, Unset):
            token_type = self.token_type.value

        status = self.status

        chain_types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.chain_types, Unset):
            chain_types = []
            for chain_types_item_data in self.chain_types:
                chain_types_item = chain_types_item_data.to_dict()
                chain_types.append(chain_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orgId": org_id,
                "coinId": coin_id,
                "coinName": coin_name,
                "coinFullName": coin_full_name,
                "allowWithdraw": allow_withdraw,
                "allowDeposit": allow_deposit,
            }
        )
        if token_type is not UNSET:
            field_dict["tokenType"] = token_type
        if status is not UNSET:
            field_dict["status"] = status
        if chain_types is not UNSET:
            field_dict["chainTypes"] = chain_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_type_detail import ChainTypeDetail  # noqa: PLC0415

        src_ = dict(src_dict)
        org_id = codec.expect(src_.pop("orgId"), str, "orgId")

        coin_id = codec.expect(src_.pop("coinId"), str, "coinId")

        coin_name = codec.expect(src_.pop("coinName"), str, "coinName")

        coin_full_name = codec.expect(src_.pop("coinFullName"), str, "coinFullName")

        allow_withdraw = codec.expect(src_.pop("allowWithdraw"), bool, "allowWithdraw")

        allow_deposit = codec.expect(src_.pop("allowDeposit"), bool, "allowDeposit")

        _token_type = src_.pop("tokenType", UNSET)
        token_type: CoinType | Unset
        if isinstance(_token_type, Unset):
            token_type = UNSET
        else:
            token_type = CoinType(_token_type)

        status = codec.expect_optional(src_.pop("status", UNSET), int, "status")

        _chain_types = src_.pop("chainTypes", UNSET)
        chain_types: list[ChainTypeDetail] | Unset = UNSET
        if _chain_types is not UNSET:
            chain_types = []
            for chain_types_item_data in codec.expect_list(_chain_types, "chainTypes"):
                chain_types_item = ChainTypeDetail.from_dict(chain_types_item_data)

                chain_types.append(chain_types_item)

        result_ = cls(
            org_id=org_id,
            coin_id=coin_id,
            coin_name=coin_name,
            coin_full_name=coin_full_name,
            allow_withdraw=allow_withdraw,
            allow_deposit=allow_deposit,
            token_type=token_type,
            status=status,
            chain_types=chain_types,
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
