from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_account_type import ApiKeyAccountType

T = TypeVar("T", bound="CheckApiKeyResponse")


@_attrs_define
class CheckApiKeyResponse:
    """API key type."""

    account_type: ApiKeyAccountType
    """ Whether the API key belongs to the master account or a sub account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_type = self.account_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountType": account_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["accountType"]
            except KeyError:
                pass
            else:
                if len(src_dict) == 1 and type(_f0) is str:
                    try:
                        account_type = ApiKeyAccountType(_f0)
                    except (ArithmeticError, LookupError, TypeError, ValueError):
                        pass
                    else:
                        return cls(
                            account_type,
                        )

        src_ = dict(src_dict)
        account_type = ApiKeyAccountType(src_.pop("accountType"))

        result_ = cls(
            account_type=account_type,
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
