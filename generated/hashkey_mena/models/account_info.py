from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountInfo")


@_attrs_define
class AccountInfo:
    """One of the user's accounts."""

    account_id: str
    """ Account ID. """
    account_label: str
    """ Account label, e.g. Main Trading Account. """
    account_type: int
    """ Account type: 1 Main Trading Account (also Sub Main Trading Account), 5 Custody Account, 6 Fiat Account (3 =
    future account seen on HashKey Global). """
    account_index: int
    """ Ignore. """
    user_id: str | Unset = UNSET
    """ User ID of the account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        account_label = self.account_label

        account_type = self.account_type

        account_index = self.account_index

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "accountLabel": account_label,
                "accountType": account_type,
                "accountIndex": account_index,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["accountId"]
                _f1 = src_dict["accountLabel"]
                _f2 = src_dict["accountType"]
                _f3 = src_dict["accountIndex"]
                _f4 = src_dict.get("userId", UNSET)
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 4 + (_f4 is not UNSET)
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is int
                    and type(_f3) is int
                    and (_f4 is UNSET or type(_f4) is str)
                ):
                    return cls(
                        _f0,  # account_id
                        _f1,  # account_label
                        _f2,  # account_type
                        _f3,  # account_index
                        _f4,  # user_id
                    )

        src_ = dict(src_dict)
        account_id = codec.expect(src_.pop("accountId"), str, "accountId")

        account_label = codec.expect(src_.pop("accountLabel"), str, "accountLabel")

        account_type = codec.parse_int(src_.pop("accountType"), "accountType")

        account_index = codec.parse_int(src_.pop("accountIndex"), "accountIndex")

        user_id = codec.expect_optional(src_.pop("userId", UNSET), str, "userId")

        result_ = cls(
            account_id=account_id,
            account_label=account_label,
            account_type=account_type,
            account_index=account_index,
            user_id=user_id,
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
