from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """Position of a page in a paged list."""

    current_page: int
    """ Number of the current page, starting at 1. """
    count: int
    """ Item count of the page as reported by the venue (the documentation does not say whether this is the
    requested page size or the number of items returned). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentPage": current_page,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["currentPage"]
                _f1 = src_dict["count"]
            except KeyError:
                pass
            else:
                if len(src_dict) == 2 and type(_f0) is int and type(_f1) is int:
                    return cls(
                        _f0,  # current_page
                        _f1,  # count
                    )

        src_ = dict(src_dict)
        current_page = codec.expect(src_.pop("currentPage"), int, "currentPage")

        count = codec.expect(src_.pop("count"), int, "count")

        result_ = cls(
            current_page=current_page,
            count=count,
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
