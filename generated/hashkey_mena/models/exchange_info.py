from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.site import Site
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.broker_filter import BrokerFilter
    from ..models.coin import Coin
    from ..models.contract_info import ContractInfo
    from ..models.exchange_symbol import ExchangeSymbol
    from ..models.option_info import OptionInfo


T = TypeVar("T", bound="ExchangeInfo")


@_attrs_define
class ExchangeInfo:
    """Exchange trading rules, symbols and coins."""

    symbols: list[ExchangeSymbol]
    """ Symbols. """
    timezone: str | Unset = UNSET
    """ Time zone, e.g. UTC. """
    server_time: datetime.datetime | Unset = UNSET
    """ Server time, epoch milliseconds. """
    broker_filters: list[BrokerFilter] | Unset = UNSET
    """ Not currently in use. """
    options: list[OptionInfo] | Unset = UNSET
    """ Not currently in use. """
    contracts: list[ContractInfo] | Unset = UNSET
    """ Not currently in use. """
    coins: list[Coin] | Unset = UNSET
    """ Coins. """
    site: Site | Unset = UNSET
    """ Exchange site: BMU (Bermuda Exchange, the server default) or UAE (HashKey MENA pairs such as USDTAED). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbols = []
        for symbols_item_data in self.symbols:
            symbols_item = symbols_item_data.to_dict()
            symbols.append(symbols_item)

        timezone = self.timezone

        server_time: int | Unset = UNSET
        if not isinstance(self.server_time, Unset):
            server_time = codec.format_unix(self.server_time, scale=1000)

        broker_filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.broker_filters, Unset):
            broker_filters = []
            for broker_filters_item_data in self.broker_filters:
                broker_filters_item = broker_filters_item_data.to_dict()
                broker_filters.append(broker_filters_item)

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        contracts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contracts, Unset):
            contracts = []
            for contracts_item_data in self.contracts:
                contracts_item = contracts_item_data.to_dict()
                contracts.append(contracts_item)

        coins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coins, Unset):
            coins = []
            for coins_item_data in self.coins:
                coins_item = coins_item_data.to_dict()
                coins.append(coins_item)

        site: str | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbols": symbols,
            }
        )
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if server_time is not UNSET:
            field_dict["serverTime"] = server_time
        if broker_filters is not UNSET:
            field_dict["brokerFilters"] = broker_filters
        if options is not UNSET:
            field_dict["options"] = options
        if contracts is not UNSET:
            field_dict["contracts"] = contracts
        if coins is not UNSET:
            field_dict["coins"] = coins
        if site is not UNSET:
            field_dict["site"] = site

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.broker_filter import BrokerFilter  # noqa: PLC0415
        from ..models.coin import Coin  # noqa: PLC0415
        from ..models.contract_info import ContractInfo  # noqa: PLC0415
        from ..models.exchange_symbol import ExchangeSymbol  # noqa: PLC0415
        from ..models.option_info import OptionInfo  # noqa: PLC0415

        src_ = dict(src_dict)
        symbols = []
        _symbols = src_.pop("symbols")
        for symbols_item_data in codec.expect_list(_symbols, "symbols"):
            symbols_item = ExchangeSymbol.from_dict(symbols_item_data)

            symbols.append(symbols_item)

        timezone = codec.expect_optional(src_.pop("timezone", UNSET), str, "timezone")

        _server_time = src_.pop("serverTime", UNSET)
        server_time: datetime.datetime | Unset
        if isinstance(_server_time, Unset):
            server_time = UNSET
        else:
            server_time = codec.parse_unix(_server_time, scale=1000)

        _broker_filters = src_.pop("brokerFilters", UNSET)
        broker_filters: list[BrokerFilter] | Unset = UNSET
        if _broker_filters is not UNSET:
            broker_filters = []
            for broker_filters_item_data in codec.expect_list(_broker_filters, "brokerFilters"):
                broker_filters_item = BrokerFilter.from_dict(broker_filters_item_data)

                broker_filters.append(broker_filters_item)

        _options = src_.pop("options", UNSET)
        options: list[OptionInfo] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in codec.expect_list(_options, "options"):
                options_item = OptionInfo.from_dict(options_item_data)

                options.append(options_item)

        _contracts = src_.pop("contracts", UNSET)
        contracts: list[ContractInfo] | Unset = UNSET
        if _contracts is not UNSET:
            contracts = []
            for contracts_item_data in codec.expect_list(_contracts, "contracts"):
                contracts_item = ContractInfo.from_dict(contracts_item_data)

                contracts.append(contracts_item)

        _coins = src_.pop("coins", UNSET)
        coins: list[Coin] | Unset = UNSET
        if _coins is not UNSET:
            coins = []
            for coins_item_data in codec.expect_list(_coins, "coins"):
                coins_item = Coin.from_dict(coins_item_data)

                coins.append(coins_item)

        _site = src_.pop("site", UNSET)
        site: Site | Unset
        if isinstance(_site, Unset):
            site = UNSET
        else:
            site = Site(_site)

        result_ = cls(
            symbols=symbols,
            timezone=timezone,
            server_time=server_time,
            broker_filters=broker_filters,
            options=options,
            contracts=contracts,
            coins=coins,
            site=site,
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
