from __future__ import annotations

from enum import Enum


class OrderMsgType(str, Enum):
    COR = "COR"
    ER = "ER"
    NOR = "NOR"
    ROR = "ROR"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> OrderMsgType | None:
        # Venues add values without notice; a reply must still parse. Requests are checked
        # against the documented members only (venuekit.check.enum_of).
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
