from __future__ import annotations

from enum import Enum


class KlineInterval(str, Enum):
    DAY_1 = "1d"
    HOUR_1 = "1h"
    HOUR_12 = "12h"
    HOUR_2 = "2h"
    HOUR_4 = "4h"
    HOUR_6 = "6h"
    HOUR_8 = "8h"
    MIN_1 = "1m"
    MIN_15 = "15m"
    MIN_3 = "3m"
    MIN_30 = "30m"
    MIN_5 = "5m"
    MONTH_1 = "1M"
    WEEK_1 = "1w"

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
