from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="WithdrawResponse")


@_attrs_define
class WithdrawResponse:
    """Withdrawal result."""

    success: bool
    """ Whether the request succeeded (the table's description wrongly says "Error code"). """
    id: str
    """ ID ("0" in the example). """
    order_id: str
    """ Withdrawal order ID, e.g. W792076358865207296. """
    account_id: str
    """ Account ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        id = self.id

        order_id = self.order_id

        account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "id": id,
                "orderId": order_id,
                "accountId": account_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # Fast path (generator/fastpath.py): a dict of exactly the declared fields, each of its usual JSON type.
        # Anything else, or a value that does not convert, takes the checked path below.
        if type(src_dict) is dict:
            try:
                _f0 = src_dict["success"]
                _f1 = src_dict["id"]
                _f2 = src_dict["orderId"]
                _f3 = src_dict["accountId"]
            except KeyError:
                pass
            else:
                if (
                    len(src_dict) == 4
                    and type(_f0) is bool
                    and type(_f1) is str
                    and type(_f2) is str
                    and type(_f3) is str
                ):
                    return cls(
                        _f0,  # success
                        _f1,  # id
                        _f2,  # order_id
                        _f3,  # account_id
                    )

        src_ = dict(src_dict)
        success = codec.expect(src_.pop("success"), bool, "success")

        id = codec.expect(src_.pop("id"), str, "id")

        order_id = codec.expect(src_.pop("orderId"), str, "orderId")

        account_id = codec.expect(src_.pop("accountId"), str, "accountId")

        result_ = cls(
            success=success,
            id=id,
            order_id=order_id,
            account_id=account_id,
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
