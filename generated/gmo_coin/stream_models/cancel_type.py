from __future__ import annotations

from enum import Enum


class CancelType(str, Enum):
    ACCOUNT_LOSSCUT = "ACCOUNT_LOSSCUT"
    CLOSED_ORDER = "CLOSED_ORDER"
    EXPIRED_FAK = "EXPIRED_FAK"
    EXPIRED_FOK = "EXPIRED_FOK"
    EXPIRED_SELFTRADE = "EXPIRED_SELFTRADE"
    EXPIRED_SOK = "EXPIRED_SOK"
    INSUFFICIENT_BALANCE = "INSUFFICIENT_BALANCE"
    INSUFFICIENT_MARGIN = "INSUFFICIENT_MARGIN"
    MARGIN_CALL = "MARGIN_CALL"
    MARGIN_CALL_LOSSCUT = "MARGIN_CALL_LOSSCUT"
    POSITION_LOSSCUT = "POSITION_LOSSCUT"
    PRICE_LIMIT = "PRICE_LIMIT"
    SOK_TAKER = "SOK_TAKER"
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
