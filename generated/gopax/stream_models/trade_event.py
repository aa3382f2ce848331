from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

if TYPE_CHECKING:
    from .trade import Trade


T = TypeVar("T", bound="TradeEvent")


@_attrs_define
class TradeEvent:
    i: int
    n: str
    """ Always `TradeEvent`. """
    o: Trade
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        i = self.i

        n = self.n

        o = self.o.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "i": i,
                "n": n,
                "o": o,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from .trade import Trade  # noqa: PLC0415

        src_ = dict(src_dict)
        i = codec.expect(src_.pop("i"), int, "i")

        n = codec.expect(src_.pop("n"), str, "n")

        o = Trade.from_dict(src_.pop("o"))

        result_ = cls(
            i=i,
            n=n,
            o=o,
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
