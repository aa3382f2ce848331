from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

if TYPE_CHECKING:
    from ..models.orderbook_level import OrderbookLevel


T = TypeVar("T", bound="Orderbook")


@_attrs_define
class Orderbook:
    """Order book snapshot of one symbol."""

    asks: list[OrderbookLevel]
    """ Sell orders in ascending order of price. """
    bids: list[OrderbookLevel]
    """ Buy orders in descending order of price. """
    symbol: str
    """ Trading symbol, e.g. BTC or BTC_JPY. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asks = []
        for asks_item_data in self.asks:
            asks_item = asks_item_data.to_dict()
            asks.append(asks_item)

        bids = []
        for bids_item_data in self.bids:
            bids_item = bids_item_data.to_dict()
            bids.append(bids_item)

        symbol = self.symbol

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asks": asks,
                "bids": bids,
                "symbol": symbol,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.orderbook_level import OrderbookLevel  # noqa: PLC0415

        src_ = dict(src_dict)
        asks = []
        _asks = src_.pop("asks")
        for asks_item_data in codec.expect_list(_asks, "asks"):
            asks_item = OrderbookLevel.from_dict(asks_item_data)

            asks.append(asks_item)

        bids = []
        _bids = src_.pop("bids")
        for bids_item_data in codec.expect_list(_bids, "bids"):
            bids_item = OrderbookLevel.from_dict(bids_item_data)

            bids.append(bids_item)

        symbol = codec.expect(src_.pop("symbol"), str, "symbol")

        result_ = cls(
            asks=asks,
            bids=bids,
            symbol=symbol,
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
