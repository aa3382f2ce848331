from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.site import Site
from ..models.symbol_status import SymbolStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.symbol_filter import SymbolFilter


T = TypeVar("T", bound="ExchangeSymbol")


@_attrs_define
class ExchangeSymbol:
    """Trading rules of one symbol."""

    symbol: str
    """ Trading pair, e.g. BTCUSDT. """
    symbol_name: str
    """ Trading pair name. """
    status: SymbolStatus
    """ Trading pair status: IN_PREVIEW (under preview), TRADING (continuous trading), HALT (trading suspended),
    RESUMING (resuming from halt). """
    base_asset: str
    """ Base asset. """
    base_asset_name: str
    """ Base asset name. """
    base_asset_precision: Decimal
    """ Precision (increment) of the base asset, e.g. 0.01. """
    quote_asset: str
    """ Quote asset. """
    quote_asset_name: str
    """ Quote asset name. """
    quote_precision: Decimal
    """ Precision (increment) of the quote asset. """
    retail_allowed: bool
    """ Whether retail clients may trade. """
    pi_allowed: bool
    """ Whether professional investors may trade. """
    corporate_allowed: bool
    """ Whether corporate clients may trade. """
    omnibus_allowed: bool
    """ Whether omnibus clients may trade. """
    iceberg_allowed: bool
    """ Not in use. """
    is_aggregate: bool
    """ Not in use. """
    allow_margin: bool
    """ Not in use. """
    filters: list[SymbolFilter]
    """ Trading restrictions. """
    base_ucid: str | Unset = UNSET
    """ Undocumented id of the base asset (example only). """
    quote_ucid: str | Unset = UNSET
    """ Undocumented id of the quote asset, may be empty (example only). """
    site: Site | Unset = UNSET
    """ Exchange site: BMU (Bermuda Exchange, the server default) or UAE (HashKey MENA pairs such as USDTAED). """
    trade_status: str | Unset = UNSET
    """ Trade status, e.g. TRADABLE (table only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        symbol_name = self.symbol_name

        status = self.status.value

        base_asset = self.base_asset

        base_asset_name = self.base_asset_name

        base_asset_precision = codec.format_decimal(self.base_asset_precision)

        quote_asset = self.quote_asset

        quote_asset_name = self.quote_asset_name

        quote_precision = codec.format_decimal(self.quote_precision)

        retail_allowed = self.retail_allowed

        pi_allowed = self.pi_allowed

        corporate_allowed = self.corporate_allowed

        omnibus_allowed = self.omnibus_allowed

        iceberg_allowed = self.iceberg_allowed

        is_aggregate = self.is_aggregate

        allow_margin = self.allow_margin

        filters = []
        for filters_item_data in self.filters:
            filters_item = filters_item_data.to_dict()
            filters.append(filters_item)

        base_ucid = self.base_ucid

        quote_ucid = self.quote_ucid

        site: str | Unset = UNSET
        if not isinstance(self.site, Unset):
            site = self.site.value

        trade_status = self.trade_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
                "symbolName": symbol_name,
                "status": status,
                "baseAsset": base_asset,
                "baseAssetName": base_asset_name,
                "baseAssetPrecision": base_asset_precision,
                "quoteAsset": quote_asset,
                "quoteAssetName": quote_asset_name,
                "quotePrecision": quote_precision,
                "retailAllowed": retail_allowed,
                "piAllowed": pi_allowed,
                "corporateAllowed": corporate_allowed,
                "omnibusAllowed": omnibus_allowed,
                "icebergAllowed": iceberg_allowed,
                "isAggregate": is_aggregate,
                "allowMargin": allow_margin,
                "filters": filters,
            }
        )
        if base_ucid is not UNSET:
            field_dict["baseUcid"] = base_ucid
        if quote_ucid is not UNSET:
            field_dict["quoteUcid"] = quote_ucid
        if site is not UNSET:
            field_dict["site"] = site
        if trade_status is not UNSET:
            field_dict["tradeStatus"] = trade_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.symbol_filter import SymbolFilter  # noqa: PLC0415

        src_ = dict(src_dict)
        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        symbol_name = codec.expect(src_.pop("symbolName"), str, "symbolName")

        status = SymbolStatus(src_.pop("status"))

        base_asset = codec.expect(src_.pop("baseAsset"), str, "baseAsset")

        base_asset_name = codec.expect(src_.pop("baseAssetName"), str, "baseAssetName")

        base_asset_precision = codec.parse_decimal_field(src_.pop("baseAssetPrecision"), "baseAssetPrecision")

        quote_asset = codec.expect(src_.pop("quoteAsset"), str, "quoteAsset")

        quote_asset_name = codec.expect(src_.pop("quoteAssetName"), str, "quoteAssetName")

        quote_precision = codec.parse_decimal_field(src_.pop("quotePrecision"), "quotePrecision")

        retail_allowed = codec.expect(src_.pop("retailAllowed"), bool, "retailAllowed")

        pi_allowed = codec.expect(src_.pop("piAllowed"), bool, "piAllowed")

        corporate_allowed = codec.expect(src_.pop("corporateAllowed"), bool, "corporateAllowed")

        omnibus_allowed = codec.expect(src_.pop("omnibusAllowed"), bool, "omnibusAllowed")

        iceberg_allowed = codec.expect(src_.pop("icebergAllowed"), bool, "icebergAllowed")

        is_aggregate = codec.expect(src_.pop("isAggregate"), bool, "isAggregate")

        allow_margin = codec.expect(src_.pop("allowMargin"), bool, "allowMargin")

        filters = []
        _filters = src_.pop("filters")
        for filters_item_data in codec.expect_list(_filters, "filters"):
            filters_item = SymbolFilter.from_dict(filters_item_data)

            filters.append(filters_item)

        base_ucid = codec.expect_optional(src_.pop("baseUcid", UNSET), str, "baseUcid")

        quote_ucid = codec.expect_optional(src_.pop("quoteUcid", UNSET), str, "quoteUcid")

        _site = src_.pop("site", UNSET)
        site: Site | Unset
        if isinstance(_site, Unset):
            site = UNSET
        else:
            site = Site(_site)

        trade_status = codec.expect_optional(src_.pop("tradeStatus", UNSET), str, "tradeStatus")

        result_ = cls(
            symbol=symbol,
            symbol_name=symbol_name,
            status=status,
            base_asset=base_asset,
            base_asset_name=base_asset_name,
            base_asset_precision=base_asset_precision,
            quote_asset=quote_asset,
            quote_asset_name=quote_asset_name,
            quote_precision=quote_precision,
            retail_allowed=retail_allowed,
            pi_allowed=pi_allowed,
            corporate_allowed=corporate_allowed,
            omnibus_allowed=omnibus_allowed,
            iceberg_allowed=iceberg_allowed,
            is_aggregate=is_aggregate,
            allow_margin=allow_margin,
            filters=filters,
            base_ucid=base_ucid,
            quote_ucid=quote_ucid,
            site=site,
            trade_status=trade_status,
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
