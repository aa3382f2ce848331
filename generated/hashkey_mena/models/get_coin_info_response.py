from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

if TYPE_CHECKING:
    from ..models.chain_type_detail import ChainTypeDetail
    from ..models.coin import Coin


T = TypeVar("T", bound="GetCoinInfoResponse")


@_attrs_define
class GetCoinInfoResponse:
    """Coin information."""

    timezone: str
    """ Time zone, e.g. UTC. """
    server_time: datetime.datetime
    """ Server time, epoch milliseconds. """
    coins: list[Coin]
    """ Coins. """
    chain_types: list[ChainTypeDetail]
    """ Chains of the coin. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timezone = self.timezone

        server_time = codec.format_unix(self.server_time, scale=1000)

        coins = []
        for coins_item_data in self.coins:
            coins_item = coins_item_data.to_dict()
            coins.append(coins_item)

        chain_types = []
        for chain_types_item_data in self.chain_types:
            chain_types_item = chain_types_item_data.to_dict()
            chain_types.append(chain_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timezone": timezone,
                "serverTime": server_time,
                "coins": coins,
                "chainTypes": chain_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chain_type_detail import ChainTypeDetail  # noqa: PLC0415
        from ..models.coin import Coin  # noqa: PLC0415

        src_ = dict(src_dict)
        timezone = codec.expect(src_.pop("timezone"), str, "timezone")

        server_time = codec.parse_unix(src_.pop("serverTime"), scale=1000)

        coins = []
        _coins = src_.pop("coins")
        for coins_item_data in codec.expect_list(_coins, "coins"):
            coins_item = Coin.from_dict(coins_item_data)

            coins.append(coins_item)

        chain_types = []
        _chain_types = src_.pop("chainTypes")
        for chain_types_item_data in codec.expect_list(_chain_types, "chainTypes"):
            chain_types_item = ChainTypeDetail.from_dict(chain_types_item_data)

            chain_types.append(chain_types_item)

        result_ = cls(
            timezone=timezone,
            server_time=server_time,
            coins=coins,
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
