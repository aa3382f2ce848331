from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from venuekit import codec

T = TypeVar("T", bound="CoinNetwork")


@_attrs_define
class CoinNetwork:
    """One network a token can move on."""

    contract_precision: int | str
    """ Token decimals on this network. """
    contract_address: str
    """ Token contract address. """
    require_memo: int | str
    """ Memo: 0 = not needed, 1 = optional, 2 = required. """
    chain: str
    """ Chain, e.g. `TRON`. """
    deposit_confirm: int | str
    """ Block confirmations needed for a deposit. """
    address_regular: str
    """ Regular expression a valid address matches. """
    network: str
    """ Network name used by withdraw / deposit address, e.g. `Tron (TRC-20)`. """
    is_open: int | str
    """ 1 = network open, 0 = closed. """
    deposit_open: int | str
    """ 1 = deposits open, 0 = closed. """
    is_show: int | str
    """ 1 = shown. """
    withdraw_open: int | str
    """ 1 = withdrawals open, 0 = closed. """
    withdraw_min: Decimal | None
    """ Minimum withdrawal amount. """
    withdraw_max: Decimal | None
    """ Maximum withdrawal amount. """
    deposit_min: Decimal | None
    """ Minimum deposit amount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract_precision: int | str
        contract_precision = self.contract_precision

        contract_address = self.contract_address

        require_memo: int | str
        require_memo = self.require_memo

        chain = self.chain

        deposit_confirm: int | str
        deposit_confirm = self.deposit_confirm

        address_regular = self.address_regular

        network = self.network

        is_open: int | str
        is_open = self.is_open

        deposit_open: int | str
        deposit_open = self.deposit_open

        is_show: int | str
        is_show = self.is_show

        withdraw_open: int | str
        withdraw_open = self.withdraw_open

        withdraw_min = None if self.withdraw_min is None else codec.format_decimal(self.withdraw_min)

        withdraw_max = None if self.withdraw_max is None else codec.format_decimal(self.withdraw_max)

        deposit_min = None if self.deposit_min is None else codec.format_decimal(self.deposit_min)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contractPrecision": contract_precision,
                "contractAddress": contract_address,
                "requireMemo": require_memo,
                "chain": chain,
                "depositConfirm": deposit_confirm,
                "addressRegular": address_regular,
                "network": network,
                "isOpen": is_open,
                "depositOpen": deposit_open,
                "isShow": is_show,
                "withdrawOpen": withdraw_open,
                "withdrawMin": withdraw_min,
                "withdrawMax": withdraw_max,
                "depositMin": deposit_min,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        src_ = dict(src_dict)

        def _parse_contract_precision(data: object) -> int | str:
            return cast(int | str, data)

        contract_precision = _parse_contract_precision(src_.pop("contractPrecision"))

        contract_address = codec.expect(src_.pop("contractAddress"), str, "contractAddress")

        def _parse_require_memo(data: object) -> int | str:
            return cast(int | str, data)

        require_memo = _parse_require_memo(src_.pop("requireMemo"))

        chain = codec.expect(src_.pop("chain"), str, "chain")

        def _parse_deposit_confirm(data: object) -> int | str:
            return cast(int | str, data)

        deposit_confirm = _parse_deposit_confirm(src_.pop("depositConfirm"))

        address_regular = codec.expect(src_.pop("addressRegular"), str, "addressRegular")

        network = codec.expect(src_.pop("network"), str, "network")

        def _parse_is_open(data: object) -> int | str:
            return cast(int | str, data)

        is_open = _parse_is_open(src_.pop("isOpen"))

        def _parse_deposit_open(data: object) -> int | str:
            return cast(int | str, data)

        deposit_open = _parse_deposit_open(src_.pop("depositOpen"))

        def _parse_is_show(data: object) -> int | str:
            return cast(int | str, data)

        is_show = _parse_is_show(src_.pop("isShow"))

        def _parse_withdraw_open(data: object) -> int | str:
            return cast(int | str, data)

        withdraw_open = _parse_withdraw_open(src_.pop("withdrawOpen"))

        withdraw_min = codec.parse_decimal_or_none(src_.pop("withdrawMin"), "withdrawMin", null=True)

        withdraw_max = codec.parse_decimal_or_none(src_.pop("withdrawMax"), "withdrawMax", null=True)

        deposit_min = codec.parse_decimal_or_none(src_.pop("depositMin"), "depositMin", null=True)

        result_ = cls(
            contract_precision=contract_precision,
            contract_address=contract_address,
            require_memo=require_memo,
            chain=chain,
            deposit_confirm=deposit_confirm,
            address_regular=address_regular,
            network=network,
            is_open=is_open,
            deposit_open=deposit_open,
            is_show=is_show,
            withdraw_open=withdraw_open,
            withdraw_min=withdraw_min,
            withdraw_max=withdraw_max,
            deposit_min=deposit_min,
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
