from __future__ import annotations

from enum import Enum


class CancelType(str, Enum):
    EXPIRATION = "EXPIRATION"
    INSUFFICIENT_COLLATERAL = "INSUFFICIENT_COLLATERAL"
    INSUFFICIENT_MARGIN = "INSUFFICIENT_MARGIN"
    OCO = "OCO"
    OUT_OF_SLIPPAGE_RANGE = "OUT_OF_SLIPPAGE_RANGE"
    PRICE_BOUND = "PRICE_BOUND"
    SPEED = "SPEED"
    USER = "USER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> CancelType | None:
        # Venues add values without notice; a reply must still parse. Requests are checked
        # against the documented members only (venuekit.check.enum_of).
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
