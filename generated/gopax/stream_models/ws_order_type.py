from __future__ import annotations

from enum import IntEnum


class WsOrderType(IntEnum):
    LIMIT = 1
    MARKET = 2

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> WsOrderType | None:
        # Venues add values without notice; a reply must still parse. Requests are checked
        # against the documented members only (venuekit.check.enum_of).
        if isinstance(value, bool) or not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member
