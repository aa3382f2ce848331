from __future__ import annotations

from enum import IntEnum


class BalanceFlowType(IntEnum):
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_32 = 32
    VALUE_51 = 51
    VALUE_900 = 900
    VALUE_904 = 904
    VALUE_906 = 906
    VALUE_910 = 910

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> BalanceFlowType | None:
        # Venues add values without notice; a reply must still parse. Requests are checked
        # against the documented members only (venuekit.check.enum_of).
        if isinstance(value, bool) or not isinstance(value, int):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member
