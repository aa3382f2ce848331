"""The sandbox's order state: orders placed over REST, open until cancelled (or, on a paper venue, filled).

Venue adapters keep the wire values (prices and sizes exactly as sent) and map them to their own
response shapes. `listeners` is the seam for push streams: every change is reported as
`(event, order)` with event `"placed"`, `"cancelled"` or `"filled"` (a fill, partial or complete).
A paper venue sets `matcher`: every order placed is offered to it (`venuekit.sandbox.paper`), and market
orders are then filled against the book instead of counting as filled at once.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

Status = Literal["open", "filled", "cancelled"]
Listener = Callable[[str, "Order"], None]


@dataclass(frozen=True)
class Fill:
    """One execution of an order on a paper venue: money exact, fee in the quote asset (negative: a rebate)."""

    id: int
    order_id: int
    price: Decimal
    size: Decimal
    fee: Decimal
    liquidity: Literal["maker", "taker"]
    at_ms: int


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
    fills: list[Fill] = field(default_factory=list)

    @property
    def executed(self) -> Decimal:
        """Base quantity executed: the fills' on a paper venue; elsewhere all of it once filled."""
        if self.fills:
            return sum((f.size for f in self.fills), Decimal(0))
        return Decimal(str(self.size)) if self.status == "filled" else Decimal(0)

    @property
    def executed_quote(self) -> Decimal:
        return sum((f.price * f.size for f in self.fills), Decimal(0))

    @property
    def fee(self) -> Decimal:
        return sum((f.fee for f in self.fills), Decimal(0))

    @property
    def average_price(self) -> Decimal | None:
        executed = self.executed
        return self.executed_quote / executed if self.fills and executed else None


class OrderBook:
    """Orders of the sandbox's one account, newest last."""

    def __init__(self, first_id: int = 1_000_001) -> None:
        self._ids = itertools.count(first_id)
        self._fill_ids = itertools.count(first_id)
        self.orders: dict[int, Order] = {}
        self.listeners: list[Listener] = []
        self.matcher: Callable[[Order, int], None] | None = None
        """Set by a paper venue: offered every order just placed (it fills what the book allows)."""

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
        if self.matcher is not None and status == "filled":
            status = "open"  # a paper venue fills market orders against its book, not at once
        order = Order(next(self._ids), symbol, side, type, price, size, now_ms, client_id, status, now_ms, extra)
        self.orders[order.id] = order
        self._emit("placed", order)
        if self.matcher is not None:
            self.matcher(order, now_ms)
        return order

    def fill(
        self,
        order: Order,
        *,
        price: Decimal,
        size: Decimal,
        fee: Decimal,
        liquidity: Literal["maker", "taker"],
        now_ms: int,
    ) -> Fill:
        """Record an execution; the order is filled once its whole size (`complete`) has executed."""
        done = Fill(next(self._fill_ids), order.id, price, size, fee, liquidity, now_ms)
        order.fills.append(done)
        order.updated_ms = now_ms
        self._emit("filled", order)
        return done

    def complete(self, order: Order, now_ms: int) -> None:
        """Every unit of the order has executed."""
        order.status = "filled"
        order.updated_ms = now_ms

    def fills(self, symbol: str | None = None) -> list[Fill]:
        """Every fill, oldest first (of one symbol's orders when given)."""
        found = [f for o in self.orders.values() if symbol in (None, o.symbol) for f in o.fills]
        return sorted(found, key=lambda f: f.id)

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
