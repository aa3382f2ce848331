from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChainTypeList")


@_attrs_define
class ChainTypeList:
    """Chain types of one coin."""

    coin_id: str
    """ Coin ID. """
    coin_name: str
    """ Coin name. """
    chain_type_list: list[str]
    """ Supported chain types, e.g. ["ETH", "Tron"]. """
    error_code: str | Unset = UNSET
    """ Error code, returned only on error, e.g. 0001. """
    error_msg: str | Unset = UNSET
    """ Error message, returned only on error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coin_id = self.coin_id

        coin_name = self.coin_name

        chain_type_list = self.chain_type_list

        error_code = self.error_code

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coinId": coin_id,
                "coinName": coin_name,
                "chainTypeList": chain_type_list,
            }
        )
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_msg is not UNSET:
            field_dict["errorMsg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)
        coin_id = codec.expect(src_.pop("coinId"), str, "coinId")

        coin_name = codec.expect(src_.pop("coinName"), str, "coinName")

        chain_type_list = cast(list[str], codec.expect_list(src_.pop("chainTypeList"), "chainTypeList", optional=False))

        error_code = codec.expect_optional(src_.pop("errorCode", UNSET), str, "errorCode")

        error_msg = codec.expect_optional(src_.pop("errorMsg", UNSET), str, "errorMsg")

        result_ = cls(
            coin_id=coin_id,
            coin_name=coin_name,
            chain_type_list=chain_type_list,
            error_code=error_code,
            error_msg=error_msg,
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
