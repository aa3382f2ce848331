from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_amount_minimums import OrderAmountMinimums


T = TypeVar("T", bound="TradingPair")


@_attrs_define
class TradingPair:
    """A trading pair."""

    name: str
    """ Pair name `BASE-QUOTE`, e.g. `ETH-KRW`. """
    base_asset: str
    """ Base asset, e.g. `ETH`. """
    quote_asset: str
    """ Quote asset, e.g. `KRW`. """
    id: int | Unset = UNSET
    """ Current edition. Numeric pair id. """
    base_asset_scale: int | Unset = UNSET
    """ Current edition. Decimal places of the base amount. """
    quote_asset_scale: int | Unset = UNSET
    """ Current edition. Decimal places of the quote amount. """
    price_min: Decimal | Unset = UNSET
    """ Current edition. Minimum price. """
    rest_api_order_amount_min: OrderAmountMinimums | Unset = UNSET
    """ Current edition. Minimum REST order size per order kind. """
    maker_fee_percent: Decimal | Unset = UNSET
    """ Current edition. Maker fee in percent. """
    taker_fee_percent: Decimal | Unset = UNSET
    """ Current edition. Taker fee in percent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        base_asset = self.base_asset

        quote_asset = self.quote_asset

        id = self.id

        base_asset_scale = self.base_asset_scale

        quote_asset_scale = self.quote_asset_scale

        price_min: Decimal | Unset = UNSET
        if not isinstance(self.price_min, Unset):
            price_min = self.price_min

        rest_api_order_amount_min: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rest_api_order_amount_min, Unset):
            rest_api_order_amount_min = self.rest_api_order_amount_min.to_dict()

        maker_fee_percent: Decimal | Unset = UNSET
        if not isinstance(self.maker_fee_percent, Unset):
            maker_fee_percent = self.maker_fee_percent

        taker_fee_percent: Decimal | Unset = UNSET
        if not isinstance(self.taker_fee_percent, Unset):
            taker_fee_percent = self.taker_fee_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "baseAsset": base_asset,
                "quoteAsset": quote_asset,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if base_asset_scale is not UNSET:
            field_dict["baseAssetScale"] = base_asset_scale
        if quote_asset_scale is not UNSET:
            field_dict["quoteAssetScale"] = quote_asset_scale
        if price_min is not UNSET:
            field_dict["priceMin"] = price_min
        if rest_api_order_amount_min is not UNSET:
            field_dict["restApiOrderAmountMin"] = rest_api_order_amount_min
        if maker_fee_percent is not UNSET:
            field_dict["makerFeePercent"] = maker_fee_percent
        if taker_fee_percent is not UNSET:
            field_dict["takerFeePercent"] = taker_fee_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_amount_minimums import OrderAmountMinimums  # noqa: PLC0415

        src_ = dict(src_dict)
        name = codec.expect(src_.pop("name"), str, "name")

        base_asset = codec.expect(src_.pop("baseAsset"), str, "baseAsset")

        quote_asset = codec.expect(src_.pop("quoteAsset"), str, "quoteAsset")

        id = codec.expect_optional(src_.pop("id", UNSET), int, "id")

        base_asset_scale = codec.expect_optional(src_.pop("baseAssetScale", UNSET), int, "baseAssetScale")

        quote_asset_scale = codec.expect_optional(src_.pop("quoteAssetScale", UNSET), int, "quoteAssetScale")

        _price_min = src_.pop("priceMin", UNSET)
        price_min: Decimal | Unset
        if isinstance(_price_min, Unset):
            price_min = UNSET
        else:
            price_min = codec.parse_decimal_field(_price_min, "priceMin")

        _rest_api_order_amount_min = src_.pop("restApiOrderAmountMin", UNSET)
        rest_api_order_amount_min: OrderAmountMinimums | Unset
        if isinstance(_rest_api_order_amount_min, Unset):
            rest_api_order_amount_min = UNSET
        else:
            rest_api_order_amount_min = OrderAmountMinimums.from_dict(_rest_api_order_amount_min)

        _maker_fee_percent = src_.pop("makerFeePercent", UNSET)
        maker_fee_percent: Decimal | Unset
        if isinstance(_maker_fee_percent, Unset):
            maker_fee_percent = UNSET
        else:
            maker_fee_percent = codec.parse_decimal_field(_maker_fee_percent, "makerFeePercent")

        _taker_fee_percent = src_.pop("takerFeePercent", UNSET)
        taker_fee_percent: Decimal | Unset
        if isinstance(_taker_fee_percent, Unset):
            taker_fee_percent = UNSET
        else:
            taker_fee_percent = codec.parse_decimal_field(_taker_fee_percent, "takerFeePercent")

        result_ = cls(
            name=name,
            base_asset=base_asset,
            quote_asset=quote_asset,
            id=id,
            base_asset_scale=base_asset_scale,
            quote_asset_scale=quote_asset_scale,
            price_min=price_min,
            rest_api_order_amount_min=rest_api_order_amount_min,
            maker_fee_percent=maker_fee_percent,
            taker_fee_percent=taker_fee_percent,
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
