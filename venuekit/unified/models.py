"""The unified models: one shape for every venue, `Decimal` money, aware `datetime`s, and the venue's own
typed model as `.raw` so that nothing the venue sent is lost.

Symbols follow one convention (README, "One interface for all venues"): `BASE/QUOTE` for spot markets and
`BASE/QUOTE:SETTLE` for leveraged contracts settled in SETTLE (GMO Coin `BTC_JPY` is `BTC/JPY:JPY`, its spot
`BTC` is `BTC/JPY`; GMO Coin FX `USD_JPY` is `USD/JPY:JPY`). `Market.id` is the venue's own id.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal, get_args

import attrs

from ..errors import ValidationError
from .precision import Rounding, amount, is_multiple, round_to_step

Side = Literal["buy", "sell"]
OrderType = Literal["limit", "market"]
OrderStatus = Literal["accepted", "open", "filled", "canceled", "expired", "rejected", "unknown"]
"""One closed set for every venue:

- ``accepted``: the venue took the order and said nothing about its state (GMO Coin's placement returns an id);
- ``open``: live (resting, partially filled, waiting for a trigger, being changed or cancelled);
- ``filled``: completely executed; ``canceled``: cancelled, possibly after partial fills (see `filled`);
- ``expired``: ended by its time in force or the venue; ``rejected``: refused after acceptance;
- ``unknown``: a venue status the mapping does not know; the venue's value is in `Order.venue_status`.
"""
MarketType = Literal["spot", "leverage"]
"""``leverage``: a margin/CFD contract held as a position and settled in the quote currency (GMO Coin
`BTC_JPY`, every GMO Coin FX pair)."""
TakerOrMaker = Literal["taker", "maker"]

SIDES: tuple[str, ...] = get_args(Side)
ORDER_TYPES: tuple[str, ...] = get_args(OrderType)
ORDER_STATUSES: tuple[str, ...] = get_args(OrderStatus)


def make_symbol(base: str, quote: str, market_type: MarketType, settle: str | None = None) -> str:
    """The unified symbol: ``BASE/QUOTE`` (spot) or ``BASE/QUOTE:SETTLE`` (leverage)."""
    symbol = f"{base}/{quote}"
    return symbol if market_type == "spot" else f"{symbol}:{settle or quote}"


@attrs.frozen(kw_only=True)
class Market:
    """One tradable market and its rules, from the venue's own metadata endpoint.

    `tick` is the price increment, `step` the amount increment, `min_amount` / `max_amount` the order size
    bounds (in the base currency), `min_notional` the smallest price x amount, `min_price` / `max_price` the
    price bounds; None where the venue's metadata does not state the rule.
    """

    symbol: str
    id: str
    base: str
    quote: str
    type: MarketType
    settle: str | None = None
    active: bool | None = None
    tick: Decimal | None = None
    step: Decimal | None = None
    min_amount: Decimal | None = None
    max_amount: Decimal | None = None
    min_price: Decimal | None = None
    max_price: Decimal | None = None
    min_notional: Decimal | None = None
    venue: str = ""
    raw: Any = attrs.field(default=None, repr=False, eq=False)

    def price_to_precision(
        self, price: Decimal | int | str, *, side: Side | None = None, rounding: Rounding | None = None
    ) -> Decimal:
        """`price` rounded to the market's tick, exactly.

        The mode: `rounding` when given (any `decimal.ROUND_*` name); otherwise the passive side of the book
        for `side` ("buy" rounds down, never paying more than asked; "sell" rounds up, never selling for
        less), and the nearest tick (ties to even) without a side. Unchanged when the venue states no tick.
        """
        mode = rounding or {"buy": "ROUND_FLOOR", "sell": "ROUND_CEILING"}.get(side or "", "ROUND_HALF_EVEN")
        if self.tick is None:
            return amount("price", price)
        return round_to_step(price, self.tick, mode, parameter="price")

    def amount_to_precision(self, value: Decimal | int | str, *, rounding: Rounding = "ROUND_DOWN") -> Decimal:
        """`value` rounded to the market's size step, exactly; by default down (never more than asked for)."""
        if self.step is None:
            return amount("amount", value)
        return round_to_step(value, self.step, rounding, parameter="amount")

    def check_order(self, type: OrderType, amount: Decimal, price: Decimal | None) -> None:
        """Refuse, before anything is sent, an order this market's rules would refuse (`ValidationError`
        naming the parameter and the rule)."""
        where = f"{self.symbol} ({self.venue} {self.id})"
        if amount <= 0:
            raise ValidationError("amount", f"must be positive, got {amount}")
        if type == "limit":
            if price is None:
                raise ValidationError("price", "a limit order needs a price")
            if price <= 0:
                raise ValidationError("price", f"must be positive, got {price}")
        if self.min_amount is not None and amount < self.min_amount:
            raise ValidationError("amount", f"{amount} is below the minimum {self.min_amount} of {where}")
        if self.max_amount is not None and amount > self.max_amount:
            raise ValidationError("amount", f"{amount} is above the maximum {self.max_amount} of {where}")
        if self.step is not None and not is_multiple(amount, self.step):
            raise ValidationError(
                "amount", f"{amount} is not a multiple of the step {self.step} of {where}; see amount_to_precision()"
            )
        if price is None or type != "limit":
            return
        if self.tick is not None and not is_multiple(price, self.tick):
            raise ValidationError(
                "price", f"{price} is not a multiple of the tick {self.tick} of {where}; see price_to_precision()"
            )
        if self.min_price is not None and price < self.min_price:
            raise ValidationError("price", f"{price} is below the minimum price {self.min_price} of {where}")
        if self.max_price is not None and price > self.max_price:
            raise ValidationError("price", f"{price} is above the maximum price {self.max_price} of {where}")
        if self.min_notional is not None and price * amount < self.min_notional:
            raise ValidationError(
                "amount", f"{amount} x {price} is below the minimum order value {self.min_notional} of {where}"
            )


@attrs.frozen(kw_only=True)
class Ticker:
    symbol: str
    bid: Decimal | None = None
    ask: Decimal | None = None
    last: Decimal | None = None
    open: Decimal | None = None
    high: Decimal | None = None
    low: Decimal | None = None
    volume: Decimal | None = None
    """Traded base volume over the venue's window (24 hours or the day)."""
    timestamp: _dt.datetime | None = None
    raw: Any = attrs.field(default=None, repr=False, eq=False)


@attrs.frozen
class Level:
    """One price level of a book: ``price, amount = level``."""

    price: Decimal
    amount: Decimal

    def __iter__(self) -> Iterator[Decimal]:
        return iter((self.price, self.amount))


@attrs.frozen(kw_only=True)
class OrderBook:
    """Bids best (highest) first, asks best (lowest) first."""

    symbol: str
    bids: Sequence[Level]
    asks: Sequence[Level]
    timestamp: _dt.datetime | None = None
    raw: Any = attrs.field(default=None, repr=False, eq=False)

    @property
    def best_bid(self) -> Level | None:
        return self.bids[0] if self.bids else None

    @property
    def best_ask(self) -> Level | None:
        return self.asks[0] if self.asks else None

    @property
    def spread(self) -> Decimal | None:
        bid, ask = self.best_bid, self.best_ask
        return ask.price - bid.price if bid and ask else None

    @property
    def mid(self) -> Decimal | None:
        bid, ask = self.best_bid, self.best_ask
        return (bid.price + ask.price) / 2 if bid and ask else None


@attrs.frozen(kw_only=True)
class Trade:
    """A public trade (`fetch_trades`) or one of the account's fills (`fetch_my_trades`)."""

    symbol: str
    price: Decimal
    amount: Decimal
    side: Side | None = None
    """The taker's side for public trades; the account's side for its own fills."""
    id: str | None = None
    order_id: str | None = None
    fee: Decimal | None = None
    fee_currency: str | None = None
    taker_or_maker: TakerOrMaker | None = None
    timestamp: _dt.datetime | None = None
    raw: Any = attrs.field(default=None, repr=False, eq=False)

    @property
    def cost(self) -> Decimal:
        return self.price * self.amount


@attrs.frozen(kw_only=True)
class OHLCV:
    timestamp: _dt.datetime
    open: Decimal
    high: Decimal
    low: Decimal
    close: Decimal
    volume: Decimal | None = None
    raw: Any = attrs.field(default=None, repr=False, eq=False)


@attrs.frozen(kw_only=True)
class Balance:
    """`free` can be traded now, `used` is held by open orders (or margin), `total` is both."""

    currency: str
    free: Decimal | None = None
    used: Decimal | None = None
    total: Decimal | None = None
    raw: Any = attrs.field(default=None, repr=False, eq=False)


class Balances(Mapping[str, Balance]):
    """Currency -> `Balance`; `.raw` is the venue's reply."""

    def __init__(self, balances: Sequence[Balance], raw: Any = None) -> None:
        self._by_currency = {b.currency: b for b in balances}
        self.raw = raw

    def __getitem__(self, currency: str) -> Balance:
        return self._by_currency[currency]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_currency)

    def __len__(self) -> int:
        return len(self._by_currency)

    def __repr__(self) -> str:
        return f"Balances({list(self._by_currency.values())!r})"


@attrs.frozen(kw_only=True)
class Order:
    """An order as the venue reported it. Fields the venue's reply does not carry are None (never guessed),
    except the ones `create_order` knows because the caller just sent them."""

    id: str
    symbol: str
    status: OrderStatus
    venue_status: str | None = None
    """The venue's own status value (e.g. ``"ORDERED"``), also when `status` is ``"unknown"``."""
    client_order_id: str | None = None
    side: Side | None = None
    type: OrderType | None = None
    venue_type: str | None = None
    price: Decimal | None = None
    amount: Decimal | None = None
    filled: Decimal | None = None
    remaining: Decimal | None = None
    average: Decimal | None = None
    fee: Decimal | None = None
    fee_currency: str | None = None
    timestamp: _dt.datetime | None = None
    updated: _dt.datetime | None = None
    raw: Any = attrs.field(default=None, repr=False, eq=False)
