from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

from ..models.stp_mode import StpMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_order_result import BatchOrderResult


T = TypeVar("T", bound="CreateBatchOrdersResponse")


@_attrs_define
class CreateBatchOrdersResponse:
    """Batch result."""

    code: int
    """ Batch status code (0 = processed). """
    result: list[BatchOrderResult]
    """ One result per submitted order, in order. """
    concentration: str
    """ Concentration reminder message (empty when none). """
    stp_mode: StpMode | Unset = UNSET
    """ Self-trade prevention mode. EXPIRE_TAKER is the default when not sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        concentration = self.concentration

        stp_mode: str | Unset = UNSET
        if not isinstance(self.stp_mode, Unset):
            stp_mode = self.stp_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "result": result,
                "concentration": concentration,
            }
        )
        if stp_mode is not UNSET:
            field_dict["stpMode"] = stp_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_order_result import BatchOrderResult  # noqa: PLC0415

        src_ = dict(src_dict)
        code = codec.expect(src_.pop("code"), int, "code")

        result = []
        _result = src_.pop("result")
        for result_item_data in codec.expect_list(_result, "result"):
            result_item = BatchOrderResult.from_dict(result_item_data)

            result.append(result_item)

        concentration = codec.expect(src_.pop("concentration"), str, "concentration")

        _stp_mode = src_.pop("stpMode", UNSET)
        stp_mode: StpMode | Unset
        if isinstance(_stp_mode, Unset):
            stp_mode = UNSET
        else:
            stp_mode = StpMode(_stp_mode)

        result_ = cls(
            code=code,
            result=result,
            concentration=concentration,
            stp_mode=stp_mode,
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
