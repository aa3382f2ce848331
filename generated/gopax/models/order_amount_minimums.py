from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_amount_minimum import OrderAmountMinimum


T = TypeVar("T", bound="OrderAmountMinimums")


@_attrs_define
class OrderAmountMinimums:
    """Current edition. Minimum REST order size per order kind."""

    limit_ask: OrderAmountMinimum | Unset = UNSET
    """ Current edition. Minimum order size and the asset it is counted in. """
    limit_bid: OrderAmountMinimum | Unset = UNSET
    """ Current edition. Minimum order size and the asset it is counted in. """
    market_ask: OrderAmountMinimum | Unset = UNSET
    """ Current edition. Minimum order size and the asset it is counted in. """
    market_bid: OrderAmountMinimum | Unset = UNSET
    """ Current edition. Minimum order size and the asset it is counted in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit_ask: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limit_ask, Unset):
            limit_ask = self.limit_ask.to_dict()

        limit_bid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limit_bid, Unset):
            limit_bid = self.limit_bid.to_dict()

        market_ask: dict[str, Any] | Unset = UNSET
        if not isinstance(self.market_ask, Unset):
            market_ask = self.market_ask.to_dict()

        market_bid: dict[str, Any] | Unset = UNSET
        if not isinstance(self.market_bid, Unset):
            market_bid = self.market_bid.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit_ask is not UNSET:
            field_dict["limitAsk"] = limit_ask
        if limit_bid is not UNSET:
            field_dict["limitBid"] = limit_bid
        if market_ask is not UNSET:
            field_dict["marketAsk"] = market_ask
        if market_bid is not UNSET:
            field_dict["marketBid"] = market_bid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_amount_minimum import OrderAmountMinimum  # noqa: PLC0415

        src_ = dict(src_dict)
        _limit_ask = src_.pop("limitAsk", UNSET)
        limit_ask: OrderAmountMinimum | Unset
        if isinstance(_limit_ask, Unset):
            limit_ask = UNSET
        else:
            limit_ask = OrderAmountMinimum.from_dict(_limit_ask)

        _limit_bid = src_.pop("limitBid", UNSET)
        limit_bid: OrderAmountMinimum | Unset
        if isinstance(_limit_bid, Unset):
            limit_bid = UNSET
        else:
            limit_bid = OrderAmountMinimum.from_dict(_limit_bid)

        _market_ask = src_.pop("marketAsk", UNSET)
        market_ask: OrderAmountMinimum | Unset
        if isinstance(_market_ask, Unset):
            market_ask = UNSET
        else:
            market_ask = OrderAmountMinimum.from_dict(_market_ask)

        _market_bid = src_.pop("marketBid", UNSET)
        market_bid: OrderAmountMinimum | Unset
        if isinstance(_market_bid, Unset):
            market_bid = UNSET
        else:
            market_bid = OrderAmountMinimum.from_dict(_market_bid)

        result_ = cls(
            limit_ask=limit_ask,
            limit_bid=limit_bid,
            market_ask=market_ask,
            market_bid=market_bid,
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
