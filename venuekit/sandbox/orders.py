"""The sandbox's order state: orders placed over REST, open until cancelled.

Venue adapters keep the wire values (prices and sizes exactly as sent) and map them to their own
response shapes. `listeners` is the seam for push streams: every change is reported as
`(event, order)` with event `"placed"` or `"cancelled"`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["open", "filled", "cancelled"]
Listener = Callable[[str, "Order"], None]


@dataclass
class Order:
    id: int
    symbol: str
    side: Any
    type: Any
    price: Any
    size: Any
    created_ms: int
    client_id: str | None = None
    status: Status = "open"
    updated_ms: int = 0
    extra: dict[str, Any] = field(default_factory=dict)
    """Venue-specific wire fields (time in force, settle type, ...)."""


class OrderBook:
    """Orders of the sandbox's one account, newest last."""

    def __init__(self, first_id: int = 1_000_001) -> None:
        self._ids = itertools.count(first_id)
        self.orders: dict[int, Order] = {}
        self.listeners: list[Listener] = []

    def place(
        self,
        *,
        symbol: str,
        side: Any,
        type: Any,
        price: Any,
        size: Any,
        now_ms: int,
        client_id: str | None = None,
        status: Status = "open",
        **extra: Any,
    ) -> Order:
        order = Order(next(self._ids), symbol, side, type, price, size, now_ms, client_id, status, now_ms, extra)
        self.orders[order.id] = order
        self._emit("placed", order)
        return order

    def find(self, order_id: object = None, client_id: object = None) -> Order | None:
        if order_id is not None:
            try:
                return self.orders.get(int(str(order_id)))
            except ValueError:
                return None
        if client_id is not None:
            return next((o for o in self.orders.values() if o.client_id == str(client_id)), None)
        return None

    def open(self, symbol: str | None = None) -> list[Order]:
        """Open orders, newest first."""
        found = [o for o in self.orders.values() if o.status == "open" and symbol in (None, o.symbol)]
        return sorted(found, key=lambda o: o.id, reverse=True)

    def cancel(self, order: Order, now_ms: int) -> bool:
        """Cancel an open order; False when it is no longer open."""
        if order.status != "open":
            return False
        order.status = "cancelled"
        order.updated_ms = now_ms
        self._emit("cancelled", order)
        return True

    def _emit(self, event: str, order: Order) -> None:
        for listener in list(self.listeners):
            listener(event, order)
