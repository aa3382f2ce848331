from __future__ import annotations

from enum import Enum


class KlineInterval(str, Enum):
    DAY_1 = "1day"
    HOUR_1 = "1hour"
    HOUR_12 = "12hour"
    HOUR_4 = "4hour"
    HOUR_8 = "8hour"
    MIN_1 = "1min"
    MIN_10 = "10min"
    MIN_15 = "15min"
    MIN_30 = "30min"
    MIN_5 = "5min"
    MONTH_1 = "1month"
    WEEK_1 = "1week"

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
