from __future__ import annotations

from enum import Enum


class KlineInterval(str, Enum):
    DAY = "D"
    MIN_1 = "1"
    MIN_120 = "120"
    MIN_15 = "15"
    MIN_240 = "240"
    MIN_3 = "3"
    MIN_30 = "30"
    MIN_360 = "360"
    MIN_5 = "5"
    MIN_60 = "60"
    MIN_720 = "720"
    MONTH = "M"
    WEEK = "W"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> KlineInterval | None:
        # Venues add values without notice; a reply must still parse. Requests are checked
        # against the documented members only (venuekit.check.enum_of).
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
