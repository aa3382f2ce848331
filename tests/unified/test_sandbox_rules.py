"""The sandboxes hold orders to the market rules of the metadata they serve, with each venue's own error code.

The orders here are built by the venue's unified mapping but sent without the unified layer's checks, as a
client that forgot them would send them: the sandbox must refuse each one as the venue documents (unknown
symbol, size below the minimum or above the maximum, off the size step, price off the tick, order value
below the minimum), so that a rule missing on one side cannot be hidden by the other. A valid order of the
same market is accepted, and the unified layer refuses every one of these orders before sending.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import pytest

import venuekit
from venuekit.sandbox import Sandbox
from venuekit.sandbox.markets import OrderRules, load_unified, read, rules_from
from venuekit.unified import Exchange, Market
from venuekit.unified.mapping import Args

from .conftest import VENUES, trade_symbol


def placed_without_checks(ex: Exchange, market: Market, amount: Decimal, price: Decimal) -> Any:
    """A limit buy sent straight through the venue client: no unified market check."""
    assert ex.mapping.create_order is not None
    args = Args(ex.venue, "create_order", market=market, type="limit", side="buy", amount=amount, price=price)
    return ex.client.send(ex.mapping.create_order(args).call, max_retries=0).parsed


def violations(market: Market, amount: Decimal, price: Decimal) -> list[tuple[str, Market, Decimal, Decimal]]:
    """(rule, market, amount, price) for every rule the market states, each broken alone."""
    found = [("symbol", attrs.evolve(market, id="NOPE" + market.id), amount, price)]
    if market.min_amount is not None:
        found.append(("amount", market, market.min_amount / 2, price))
    if market.max_amount is not None:
        found.append(("amount-above", market, market.max_amount + (market.step or 1), price))
    if market.step is not None:
        found.append(("step", market, amount + market.step / 2, price))
    if market.tick is not None:
        found.append(("tick", market, amount, price + market.tick / 2))
    if market.min_notional is not None:
        small = market.min_amount or market.step or amount
        tiny_price = market.price_to_precision(market.min_notional / small / 2, side="buy")
        if tiny_price > 0:
            found.append(("notional", market, small, tiny_price))
    return found


@pytest.mark.parametrize("venue", VENUES)
def test_orders_breaking_the_served_rules_get_the_venues_code(venue: str) -> None:
    codes = (load_unified(venue) or {})["markets"]["codes"]
    with (
        Sandbox(venue) as sandbox,
        venuekit.connect(venue, "k", sandbox.secret, base_url=sandbox.url, rate_limit=False) as ex,
    ):
        market = ex.market(trade_symbol(ex.load_markets()))
        price = market.price_to_precision(Decimal(1000))
        amount = market.amount_to_precision(market.min_amount or Decimal(1), rounding="ROUND_UP")
        if market.min_notional is not None and amount * price < market.min_notional:
            amount = market.amount_to_precision(market.min_notional / price, rounding="ROUND_UP")
        broken = violations(market, amount, price)
        for rule, target, size, limit in broken:
            before = len(sandbox.book.orders)
            with pytest.raises(venuekit.ApiError) as refused:
                placed_without_checks(ex, target, size, limit)
            expected = codes.get(rule) or codes.get({"amount-above": "amount", "notional": "amount"}.get(rule, ""))
            assert str(refused.value.code) == str(expected), (rule, refused.value)
            assert len(sandbox.book.orders) == before, rule
            if rule != "symbol":  # the unified layer refuses the same order before sending
                with pytest.raises(venuekit.ValidationError):
                    ex.create_order(target.symbol, "limit", "buy", size, limit)
        assert placed_without_checks(ex, market, amount, price) is not None  # the rules are not a blanket "no"
        assert len(sandbox.book.open()) == 1
    assert {rule for rule, *_ in broken} >= {"symbol"}


def test_what_each_venue_sandbox_enforces() -> None:
    """The rules each sandbox's served metadata states for the traded market (GOPAX's seed states none)."""
    stated = {}
    for venue in VENUES:
        with (
            Sandbox(venue) as sandbox,
            venuekit.connect(venue, "k", sandbox.secret, base_url=sandbox.url, rate_limit=False) as ex,
        ):
            market = ex.market(trade_symbol(ex.load_markets()))
            rules = [r for r, *_ in violations(market, Decimal(1), Decimal(1000))]
            stated[venue] = rules
    assert stated == {
        "gmo_coin": ["symbol", "amount", "amount-above", "step", "tick"],
        "gmo_coin_fx": ["symbol", "amount", "amount-above", "step", "tick"],
        "hashkey_mena": ["symbol", "amount", "amount-above", "step", "tick", "notional"],
        "gopax": ["symbol"],
        "bitunix": ["symbol", "amount", "step", "tick", "notional"],
    }


def test_paths_are_read_by_wire_name() -> None:
    reply = {
        "filters": [{"filterType": "PRICE_FILTER", "tickSize": "0.01"}, {"filterType": "LOT_SIZE", "minQty": "1"}],
        "o": {"BTC-KRW": {"last": 1}, "ETH-KRW": {"last": 2}},
        "levels": [["1", "2"]],
    }
    assert read(reply, "filters[filterType=LOT_SIZE].minQty") == "1"
    assert read(reply, "filters[filterType=NOPE].minQty") is None
    assert read(reply, "o.*") == [{"last": 1}, {"last": 2}]
    assert read(reply, "levels[0][1]") == "2" and read(reply, "levels[5][1]") is None
    assert read(reply, "missing.deeper") is None


def test_rules_come_from_the_served_reply() -> None:
    declaration = (load_unified("hashkey_mena") or {})["markets"]
    bare = {"symbol": "AB", "filters": [{"filterType": "LOT_SIZE", "stepSize": "0.5", "minQty": "0"}]}
    assert rules_from(declaration, bare, None)["AB"].step == Decimal("0.5")  # the doc example's bare symbol
    assert rules_from(declaration, bare, None)["AB"].min_amount is None  # a bound of 0 is no bound
    assert rules_from(declaration, {"symbols": [bare, {"filters": []}]}, None).keys() == {"AB"}
    assert OrderRules.of({"markets": declaration}) is None  # no create_order mapping: nothing to hold orders to
