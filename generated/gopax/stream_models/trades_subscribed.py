from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec
from venuekit.types import UNSET, Unset

if TYPE_CHECKING:
    from .trades_subscribed_o import TradesSubscribedO


T = TypeVar("T", bound="TradesSubscribed")


@_attrs_define
class TradesSubscribed:
    n: str
    """ Always `SubscribeToTrades`. """
    o: TradesSubscribedO
    """ Empty. """
    i: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        n = self.n

        o = self.o.to_dict()

        i = self.i

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "n": n,
                "o": o,
            }
        )
        if i is not UNSET:
            field_dict["i"] = i

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from .trades_subscribed_o import TradesSubscribedO  # noqa: PLC0415

        src_ = dict(src_dict)
        n = codec.expect(src_.pop("n"), str, "n")

        o = TradesSubscribedO.from_dict(src_.pop("o"))

        i = codec.expect_optional(src_.pop("i", UNSET), int, "i")

        result_ = cls(
            n=n,
            o=o,
            i=i,
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
