from __future__ import annotations

from enum import Enum


class KlineInterval(str, Enum):
    VALUE_0 = "1m"
    VALUE_1 = "3m"
    VALUE_10 = "12h"
    VALUE_11 = "1d"
    VALUE_12 = "1w"
    VALUE_13 = "1M"
    VALUE_2 = "5m"
    VALUE_3 = "15m"
    VALUE_4 = "30m"
    VALUE_5 = "1h"
    VALUE_6 = "2h"
    VALUE_7 = "4h"
    VALUE_8 = "6h"
    VALUE_9 = "8h"

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
