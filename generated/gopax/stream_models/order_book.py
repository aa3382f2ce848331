from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

if TYPE_CHECKING:
    from .order_book_entry import OrderBookEntry


T = TypeVar("T", bound="OrderBook")


@_attrs_define
class OrderBook:
    """A whole order book."""

    ask: list[OrderBookEntry]
    """ Ask entries. """
    bid: list[OrderBookEntry]
    """ Bid entries. """
    trading_pair_name: str
    """ Trading pair. """
    max_entry_id: int
    """ The largest entry update sequence in the book. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ask = []
        for ask_item_data in self.ask:
            ask_item = ask_item_data.to_dict()
            ask.append(ask_item)

        bid = []
        for bid_item_data in self.bid:
            bid_item = bid_item_data.to_dict()
            bid.append(bid_item)

        trading_pair_name = self.trading_pair_name

        max_entry_id = self.max_entry_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ask": ask,
                "bid": bid,
                "tradingPairName": trading_pair_name,
                "maxEntryId": max_entry_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from .order_book_entry import OrderBookEntry  # noqa: PLC0415

        src_ = dict(src_dict)
        ask = []
        _ask = src_.pop("ask")
        for ask_item_data in codec.expect_list(_ask, "ask"):
            ask_item = OrderBookEntry.from_dict(ask_item_data)

            ask.append(ask_item)

        bid = []
        _bid = src_.pop("bid")
        for bid_item_data in codec.expect_list(_bid, "bid"):
            bid_item = OrderBookEntry.from_dict(bid_item_data)

            bid.append(bid_item)

        trading_pair_name = codec.expect(src_.pop("tradingPairName"), str, "tradingPairName")

        max_entry_id = codec.expect(src_.pop("maxEntryId"), int, "maxEntryId")

        result_ = cls(
            ask=ask,
            bid=bid,
            trading_pair_name=trading_pair_name,
            max_entry_id=max_entry_id,
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
