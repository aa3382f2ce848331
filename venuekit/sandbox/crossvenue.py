"""`make demo`'s cross-venue step: one piece of code, the unified interface (`venuekit.connect`), run unchanged
on every venue's sandbox, and the results printed side by side.

    results = run({"gmo_coin": (url, secret), ...})
    print(table(results))

The script (`script`) loads the markets, reads the ticker and the top of the book of the first BTC market,
the balance, places a passive limit buy at the market's minimum size (rounded with the market's own
increments), finds it among the open orders and cancels it. A method the venue lacks is shown as such
(`ex.has`), not as a failure.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

STEPS = ("markets", "ticker", "book top", "balance", "place", "open orders", "cancel")


@dataclass
class Cell:
    ok: bool
    detail: str
    ms: float = 0.0
    applicable: bool = True


def script(ex: Any) -> Iterator[tuple[str, Callable[[], str]]]:
    """The same steps for every venue; each yields (step, call returning what to show)."""
    state: dict[str, Any] = {}

    def markets() -> str:
        loaded = ex.load_markets()
        symbols = sorted(loaded)
        state["symbol"] = next((s for s in symbols if s.startswith("BTC/")), symbols[0])
        return f"{len(loaded)}, {state['symbol']}"

    def ticker() -> str:
        t = ex.fetch_ticker(state["symbol"])
        state["reference"] = t.bid or t.last
        return f"bid {t.bid} ask {t.ask}" if t.bid is not None else f"last {t.last}"

    def book() -> str:
        b = ex.fetch_order_book(state["symbol"], limit=5)
        top = b.best_bid or b.best_ask
        state["reference"] = top.price if top is not None else state.get("reference")
        return f"{b.best_bid.price if b.best_bid else '-'} / {b.best_ask.price if b.best_ask else '-'}"

    def balance() -> str:
        balances = ex.fetch_balance()
        currency, first = next(iter(balances.items()))
        return f"{len(balances)}: {currency} {first.free}"

    def place() -> str:
        market = ex.market(state["symbol"])
        price = market.price_to_precision(Decimal(state["reference"]) * Decimal("0.9"), side="buy")
        amount = market.amount_to_precision(market.min_amount or Decimal(1), rounding="ROUND_UP")
        if market.min_notional is not None and price * amount < market.min_notional:
            amount = market.amount_to_precision(market.min_notional / price, rounding="ROUND_UP")
        order = ex.create_order(state["symbol"], "limit", "buy", amount, price)
        state["order"] = order
        return f"{order.status} {amount} @ {price}"

    def open_orders() -> str:
        listed = ex.fetch_open_orders(state["symbol"])
        mine = [o for o in listed if o.id == state["order"].id]
        if not mine:
            raise RuntimeError(f"order {state['order'].id} is not among the open orders")
        return f"{len(listed)} open, id {mine[0].id}"

    def cancel() -> str:
        ex.cancel_order(state["order"].id, state["symbol"])
        still = [o.id for o in ex.fetch_open_orders(state["symbol"])]
        if state["order"].id in still:
            raise RuntimeError("still open after cancel")
        return "cancelled"

    yield "markets", markets
    yield "ticker", ticker
    yield "book top", book
    yield "balance", balance
    yield "place", place
    yield "open orders", open_orders
    yield "cancel", cancel


_NEEDS = {"ticker": "fetch_ticker", "book top": "fetch_order_book"}


def run_one(venue: str, base_url: str, secret: str, api_key: str = "sandbox-demo-key") -> list[Cell]:
    import venuekit

    cells: list[Cell] = []
    with venuekit.connect(venue, api_key, secret, base_url=base_url) as ex:
        failed = False
        for step, call in script(ex):
            needs = _NEEDS.get(step)
            if needs is not None and not ex.has[needs]:
                cells.append(Cell(True, f"n/a (no {needs})", applicable=False))
                continue
            if failed and step in ("open orders", "cancel"):
                cells.append(Cell(False, "skipped"))
                continue
            start = time.perf_counter()
            try:
                detail = call()
                cells.append(Cell(True, detail, (time.perf_counter() - start) * 1000))
            except Exception as exc:  # a failed step is shown, and the demo exits non-zero
                failed = failed or step == "place"
                cells.append(Cell(False, f"{type(exc).__name__}: {exc}", (time.perf_counter() - start) * 1000))
    return cells


def run(sandboxes: Mapping[str, tuple[str, str]]) -> dict[str, list[Cell]]:
    """venue -> (base URL, secret) of its sandbox; returns venue -> one cell per step of `STEPS`."""
    return {venue: run_one(venue, url, secret) for venue, (url, secret) in sandboxes.items()}


def table(results: Mapping[str, list[Cell]]) -> str:
    """Steps down, venues across. Columns are as wide as their widest cell: a cut price would read as another."""
    texts = {
        venue: [cell.detail if cell.ok else f"FAIL {cell.detail}" for cell in cells] for venue, cells in results.items()
    }
    widths = {venue: max(len(venue), *(len(text) for text in column)) for venue, column in texts.items()}
    lines = [f"{'step':<12} " + "  ".join(f"{venue:<{widths[venue]}}" for venue in texts).rstrip()]
    for index, step in enumerate(STEPS):
        row = "  ".join(f"{texts[venue][index]:<{widths[venue]}}" for venue in texts)
        lines.append(f"{step:<12} {row}".rstrip())
    return "\n".join(lines)


def failures(results: Mapping[str, list[Cell]]) -> int:
    return sum(not cell.ok for cells in results.values() for cell in cells)
