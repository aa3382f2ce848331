from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.orderbook_entry import OrderbookEntry


T = TypeVar("T", bound="Orderbook")


@_attrs_define
class Orderbook:
    """Order book. The keys are singular (`bid`, `ask`)."""

    bid: list[OrderbookEntry]
    """ Bids, best first. """
    ask: list[OrderbookEntry]
    """ Asks, best first. """
    sequence: int | Unset = UNSET
    """ Current edition. Sequence number of the book snapshot. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bid = []
        for bid_item_data in self.bid:
            bid_item = bid_item_data.to_dict()
            bid.append(bid_item)

        ask = []
        for ask_item_data in self.ask:
            ask_item = ask_item_data.to_dict()
            ask.append(ask_item)

        sequence = self.sequence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bid": bid,
                "ask": ask,
            }
        )
        if sequence is not UNSET:
            field_dict["sequence"] = sequence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.orderbook_entry import OrderbookEntry  # noqa: PLC0415

        src_ = dict(src_dict)
        bid = []
        _bid = src_.pop("bid")
        for bid_item_data in codec.expect_list(_bid, "bid"):
            bid_item = OrderbookEntry.from_dict(bid_item_data)

            bid.append(bid_item)

        ask = []
        _ask = src_.pop("ask")
        for ask_item_data in codec.expect_list(_ask, "ask"):
            ask_item = OrderbookEntry.from_dict(ask_item_data)

            ask.append(ask_item)

        sequence = codec.expect_optional(src_.pop("sequence", UNSET), int, "sequence")

        result_ = cls(
            bid=bid,
            ask=ask,
            sequence=sequence,
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
