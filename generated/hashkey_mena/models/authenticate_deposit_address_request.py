from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthenticateDepositAddressRequest")


@_attrs_define
class AuthenticateDepositAddressRequest:
    """Deposit address declaration."""

    txid: str
    """ On-chain transaction ID of the deposit. """
    exchange_name: str
    """ Whitelisted exchange the deposit comes from, e.g. Binance, OKX, Coinbase, Bybit, Kraken. """
    is_address_owner: bool
    """ Self-declaration that you own the address; send true (serialized as the lowercase string "true" on the
    wire). """
    sender_last_name: str | Unset = UNSET
    """ Sender last name (with senderFirstName, unless institutionalName is sent). """
    sender_first_name: str | Unset = UNSET
    """ Sender first name (with senderLastName, unless institutionalName is sent). """
    institutional_name: str | Unset = UNSET
    """ Sending institution (instead of the sender's names). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        txid = self.txid

        exchange_name = self.exchange_name

        is_address_owner = self.is_address_owner

        sender_last_name = self.sender_last_name

        sender_first_name = self.sender_first_name

        institutional_name = self.institutional_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "txid": txid,
                "exchangeName": exchange_name,
                "isAddressOwner": is_address_owner,
            }
        )
        if sender_last_name is not UNSET:
            field_dict["senderLastName"] = sender_last_name
        if sender_first_name is not UNSET:
            field_dict["senderFirstName"] = sender_first_name
        if institutional_name is not UNSET:
            field_dict["institutionalName"] = institutional_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["txid"]
                _f1 = src_dict["exchangeName"]
                _f2 = src_dict["isAddressOwner"]
                _f3 = src_dict.get("senderLastName", UNSET)
                _f4 = src_dict.get("senderFirstName", UNSET)
                _f5 = src_dict.get("institutionalName", UNSET)
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 3 + (_f3 is not UNSET) + (_f4 is not UNSET) + (_f5 is not UNSET)
                    and type(_f0) is str
                    and type(_f1) is str
                    and type(_f2) is bool
                    and (_f3 is UNSET or type(_f3) is str)
                    and (_f4 is UNSET or type(_f4) is str)
                    and (_f5 is UNSET or type(_f5) is str)
                ):
                    return cls(
                        _f0,  # txid
                        _f1,  # exchange_name
                        _f2,  # is_address_owner
                        _f3,  # sender_last_name
                        _f4,  # sender_first_name
                        _f5,  # institutional_name
                    )

        src_ = dict(src_dict)
        txid = codec.expect(src_.pop("txid"), str, "txid")

        exchange_name = codec.expect(src_.pop("exchangeName"), str, "exchangeName")

        is_address_owner = codec.expect(src_.pop("isAddressOwner"), bool, "isAddressOwner")

        sender_last_name = codec.expect_optional(src_.pop("senderLastName", UNSET), str, "senderLastName")

        sender_first_name = codec.expect_optional(src_.pop("senderFirstName", UNSET), str, "senderFirstName")

        institutional_name = codec.expect_optional(src_.pop("institutionalName", UNSET), str, "institutionalName")

        result_ = cls(
            txid=txid,
            exchange_name=exchange_name,
            is_address_owner=is_address_owner,
            sender_last_name=sender_last_name,
            sender_first_name=sender_first_name,
            institutional_name=institutional_name,
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
