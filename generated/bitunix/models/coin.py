from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.coin_network import CoinNetwork


T = TypeVar("T", bound="Coin")


@_attrs_define
class Coin:
    """A token with its deposit / withdrawal settings per network."""

    name: str
    """ Token, e.g. `USDT`. """
    full_name: str
    """ Token full name. """
    logo: str
    """ Token icon URL. """
    track: str
    """ Category. """
    is_open: int | str
    """ 1 = available for trading. """
    is_hot: int | str
    """ 1 = trending. """
    deposit_open: int | str
    """ 1 = deposits open, 0 = closed. """
    is_show: int | str
    """ 1 = shown. """
    withdraw_open: int | str
    """ 1 = withdrawals open, 0 = closed. """
    withdraw_min: Decimal | None
    """ Minimum withdrawal amount. """
    withdraw_max: Decimal | None
    """ Maximum withdrawal amount. """
    networks: list[CoinNetwork]
    """ Networks of the token. """
    quote_precision: int | str | Unset = UNSET
    """ Precision (documented; absent from the REST example). """
    min_price: Decimal | Unset = UNSET
    """ Minimum order price (documented; absent from the REST example). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        full_name = self.full_name

        logo = self.logo

        track = self.track

        is_open: int | str
        is_open = self.is_open

        is_hot: int | str
        is_hot = self.is_hot

        deposit_open: int | str
        deposit_open = self.deposit_open

        is_show: int | str
        is_show = self.is_show

        withdraw_open: int | str
        withdraw_open = self.withdraw_open

        withdraw_min = None if self.withdraw_min is None else codec.format_decimal(self.withdraw_min)

        withdraw_max = None if self.withdraw_max is None else codec.format_decimal(self.withdraw_max)

        networks = []
        for networks_item_data in self.networks:
            networks_item = networks_item_data.to_dict()
            networks.append(networks_item)

        quote_precision: int | str | Unset
        if isinstance(self.quote_precision, Unset):
            quote_precision = UNSET
        else:
            quote_precision = self.quote_precision

        min_price: str | Unset = UNSET
        if not isinstance(self.min_price, Unset):
            min_price = codec.format_decimal(self.min_price)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "fullName": full_name,
                "logo": logo,
                "track": track,
                "isOpen": is_open,
                "isHot": is_hot,
                "depositOpen": deposit_open,
                "isShow": is_show,
                "withdrawOpen": withdraw_open,
                "withdrawMin": withdraw_min,
                "withdrawMax": withdraw_max,
                "networks": networks,
            }
        )
        if quote_precision is not UNSET:
            field_dict["quotePrecision"] = quote_precision
        if min_price is not UNSET:
            field_dict["minPrice"] = min_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coin_network import CoinNetwork  # noqa: PLC0415

        src_ = dict(src_dict)
        name = codec.expect(src_.pop("name"), str, "name")

        full_name = codec.expect(src_.pop("fullName"), str, "fullName")

        logo = codec.expect(src_.pop("logo"), str, "logo")

        track = codec.expect(src_.pop("track"), str, "track")

        def _parse_is_open(data: object) -> int | str:
            return cast(int | str, data)

        is_open = _parse_is_open(src_.pop("isOpen"))

        def _parse_is_hot(data: object) -> int | str:
            return cast(int | str, data)

        is_hot = _parse_is_hot(src_.pop("isHot"))

        def _parse_deposit_open(data: object) -> int | str:
            return cast(int | str, data)

        deposit_open = _parse_deposit_open(src_.pop("depositOpen"))

        def _parse_is_show(data: object) -> int | str:
            return cast(int | str, data)

        is_show = _parse_is_show(src_.pop("isShow"))

        def _parse_withdraw_open(data: object) -> int | str:
            return cast(int | str, data)

        withdraw_open = _parse_withdraw_open(src_.pop("withdrawOpen"))

        withdraw_min = codec.parse_decimal_or_none(src_.pop("withdrawMin"), "withdrawMin", null=True)

        withdraw_max = codec.parse_decimal_or_none(src_.pop("withdrawMax"), "withdrawMax", null=True)

        networks = []
        _networks = src_.pop("networks")
        for networks_item_data in codec.expect_list(_networks, "networks"):
            networks_item = CoinNetwork.from_dict(networks_item_data)

            networks.append(networks_item)

        def _parse_quote_precision(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        quote_precision = _parse_quote_precision(src_.pop("quotePrecision", UNSET))

        _min_price = src_.pop("minPrice", UNSET)
        min_price: Decimal | Unset
        if isinstance(_min_price, Unset):
            min_price = UNSET
        else:
            min_price = codec.parse_decimal_field(_min_price, "minPrice")

        result_ = cls(
            name=name,
            full_name=full_name,
            logo=logo,
            track=track,
            is_open=is_open,
            is_hot=is_hot,
            deposit_open=deposit_open,
            is_show=is_show,
            withdraw_open=withdraw_open,
            withdraw_min=withdraw_min,
            withdraw_max=withdraw_max,
            networks=networks,
            quote_precision=quote_precision,
            min_price=min_price,
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
