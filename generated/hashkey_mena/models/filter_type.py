from __future__ import annotations

from enum import Enum


class FilterType(str, Enum):
    LIMIT_TRADING = "LIMIT_TRADING"
    LOT_SIZE = "LOT_SIZE"
    MARKET_TRADING = "MARKET_TRADING"
    MIN_NOTIONAL = "MIN_NOTIONAL"
    OPEN_QUOTE = "OPEN_QUOTE"
    PRICE_FILTER = "PRICE_FILTER"
    TRADE_AMOUNT = "TRADE_AMOUNT"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> FilterType | None:
        # Venues add values without notice; a reply must still parse. Requests are checked
        # against the documented members only (venuekit.check.enum_of).
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
