"""Rounding to each venue's documented increments: exact in Decimal, the mode stated, hostile input refused.

The markets come from each venue's own metadata example (the spec's `doc` example of the operation its
unified.yaml names, read through the generated mapping: no network), or, for GOPAX, whose seed lists no
increments, from the recorded current-edition reply in tests/data/real-world.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import venuekit
from venuekit import codec
from venuekit.sandbox.spec import load_spec
from venuekit.unified import Market, mapping_of
from venuekit.unified.mapping import Args, Context
from venuekit.unified.precision import round_to_step

REAL_WORLD = Path(__file__).resolve().parents[1] / "data" / "real-world"


def markets_from(venue: str, body: Any) -> dict[str, Market]:
    """The venue's markets out of a metadata reply body, through its generated unified mapping."""
    _, mapping = mapping_of(venue)
    bound = mapping.markets(Args(venue, "load_markets"))
    infos = bound.parse(bound.call.parse(body), Context(Args(venue, "load_markets"), {}))
    return {m.symbol: m for m in (info.market(venue) for info in infos)}


def documented(venue: str) -> dict[str, Market]:
    _, mapping = mapping_of(venue)
    operation = mapping.markets(Args(venue, "load_markets")).call.operation.operation_id
    return markets_from(venue, load_spec(venue).by_id[operation].response())


def gopax_current_edition() -> dict[str, Market]:
    recorded = codec.loads((REAL_WORLD / "gopax" / "GET__trading_pairs__1.json").read_bytes())
    return markets_from("gopax", recorded["response"])


# venue, symbol -> (tick, step, min amount) as the venue's metadata states them.
DOCUMENTED = {
    ("gmo_coin", "BTC/JPY"): ("1", "0.0001", "0.0001"),
    ("gmo_coin", "BTC/JPY:JPY"): ("1", "0.01", "0.01"),
    ("gmo_coin_fx", "USD/JPY:JPY"): ("0.001", "1", "10000"),
    ("hashkey_mena", "USDT/AED"): ("0.001", "0.01", "0.3"),
    ("bitunix", "BTC/USDT"): ("0.01", "1E-8", "0.001"),
}


@pytest.mark.parametrize(("venue", "symbol"), sorted(DOCUMENTED))
def test_the_documented_increments_are_read(venue: str, symbol: str) -> None:
    market = documented(venue)[symbol]
    tick, step, minimum = (Decimal(v) for v in DOCUMENTED[(venue, symbol)])
    assert (market.tick, market.step, market.min_amount) == (tick, step, minimum)


def test_gopax_current_edition_states_its_size_step_in_decimal_places() -> None:
    market = gopax_current_edition()["ETH/KRW"]
    assert market.step == Decimal("0.00000001") and market.min_price == Decimal(1) and market.tick is None
    assert str(market.amount_to_precision("1.123456789")) == "1.12345678"


# (venue, symbol, value, rounding, expected text): amounts. Exact multiples stay, less than one step goes to
# zero downwards and to one step upwards, ties follow the mode, very small and very large values are exact.
AMOUNTS = [
    ("gmo_coin", "BTC/JPY", "0.0002", "ROUND_DOWN", "0.0002"),
    ("gmo_coin", "BTC/JPY", "0.00015", "ROUND_DOWN", "0.0001"),
    ("gmo_coin", "BTC/JPY", "0.00015", "ROUND_UP", "0.0002"),
    ("gmo_coin", "BTC/JPY", "0.00015", "ROUND_HALF_EVEN", "0.0002"),
    ("gmo_coin", "BTC/JPY", "0.00025", "ROUND_HALF_EVEN", "0.0002"),
    ("gmo_coin", "BTC/JPY", "0.00025", "ROUND_HALF_UP", "0.0003"),
    ("gmo_coin", "BTC/JPY", "0.00025", "ROUND_HALF_DOWN", "0.0002"),
    ("gmo_coin", "BTC/JPY", "0.00009", "ROUND_DOWN", "0.0000"),
    ("gmo_coin", "BTC/JPY", "0.00009", "ROUND_CEILING", "0.0001"),
    ("gmo_coin", "BTC/JPY", "5", "ROUND_DOWN", "5.0000"),
    ("gmo_coin", "BTC/JPY", "0.000000000000000000000000001", "ROUND_UP", "0.0001"),
    ("gmo_coin", "BTC/JPY", "123456789012345678.99999", "ROUND_DOWN", "123456789012345678.9999"),
    ("gmo_coin", "BTC/JPY:JPY", "0.019", "ROUND_DOWN", "0.01"),
    ("gmo_coin", "BTC/JPY:JPY", "1.005", "ROUND_HALF_EVEN", "1.00"),
    ("gmo_coin_fx", "USD/JPY:JPY", "10000.9", "ROUND_DOWN", "10000"),
    ("gmo_coin_fx", "USD/JPY:JPY", "10000.5", "ROUND_HALF_EVEN", "10000"),
    ("gmo_coin_fx", "USD/JPY:JPY", "10001.5", "ROUND_HALF_EVEN", "10002"),
    ("gmo_coin_fx", "USD/JPY:JPY", "0.4", "ROUND_DOWN", "0"),
    ("hashkey_mena", "USDT/AED", "0.305", "ROUND_DOWN", "0.30"),
    ("hashkey_mena", "USDT/AED", "0.305", "ROUND_UP", "0.31"),
    ("hashkey_mena", "USDT/AED", "99999999999999999999.999", "ROUND_FLOOR", "99999999999999999999.99"),
    ("bitunix", "BTC/USDT", "0.123456789", "ROUND_DOWN", "0.12345678"),
    ("bitunix", "BTC/USDT", "0.000000005", "ROUND_HALF_UP", "1E-8"),
    ("bitunix", "BTC/USDT", "0.000000004", "ROUND_HALF_UP", "0E-8"),
]


@pytest.mark.parametrize(("venue", "symbol", "value", "rounding", "expected"), AMOUNTS)
def test_amounts(venue: str, symbol: str, value: str, rounding: Any, expected: str) -> None:
    market = documented(venue)[symbol]
    result = market.amount_to_precision(value, rounding=rounding)
    assert type(result) is Decimal and str(result) == expected
    assert result % market.step == 0  # type: ignore[operator]


def test_amounts_round_down_by_default() -> None:
    market = documented("gmo_coin")["BTC/JPY"]
    assert market.amount_to_precision(Decimal("0.00019999")) == Decimal("0.0001")


# (venue, symbol, value, side, rounding, expected text): prices. Without a mode: toward the passive side for
# a side (a buy never pays more, a sell never asks less), the nearest tick (ties to even) without one.
PRICES = [
    ("gmo_coin", "BTC/JPY", "4300001.7", None, None, "4300002"),
    ("gmo_coin", "BTC/JPY", "4300001.7", "buy", None, "4300001"),
    ("gmo_coin", "BTC/JPY", "4300001.2", "sell", None, "4300002"),
    ("gmo_coin", "BTC/JPY", "4300000.5", None, None, "4300000"),
    ("gmo_coin", "BTC/JPY", "4300001.5", None, None, "4300002"),
    ("gmo_coin", "BTC/JPY", "4300001.5", None, "ROUND_HALF_DOWN", "4300001"),
    ("gmo_coin", "BTC/JPY", "4300001.5", "buy", "ROUND_UP", "4300002"),  # an explicit mode wins
    ("gmo_coin_fx", "USD/JPY:JPY", "137.6325", None, None, "137.632"),
    ("gmo_coin_fx", "USD/JPY:JPY", "137.6325", "sell", None, "137.633"),
    ("gmo_coin_fx", "USD/JPY:JPY", "137.6329", "buy", None, "137.632"),
    ("hashkey_mena", "USDT/AED", "3.6725", None, None, "3.672"),
    ("hashkey_mena", "USDT/AED", "3.6735", None, None, "3.674"),
    ("hashkey_mena", "USDT/AED", "0.0001", "sell", None, "0.001"),
    ("bitunix", "BTC/USDT", "65000.555", "buy", None, "65000.55"),
    ("bitunix", "BTC/USDT", "65000.551", "sell", None, "65000.56"),
    ("bitunix", "BTC/USDT", "65000", None, None, "65000.00"),
]


@pytest.mark.parametrize(("venue", "symbol", "value", "side", "rounding", "expected"), PRICES)
def test_prices(venue: str, symbol: str, value: str, side: Any, rounding: Any, expected: str) -> None:
    market = documented(venue)[symbol]
    result = market.price_to_precision(value, side=side, rounding=rounding)
    assert type(result) is Decimal and str(result) == expected
    assert result % market.tick == 0  # type: ignore[operator]


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("-0.0001", "is negative"),
        (Decimal("-5"), "is negative"),
        (-1, "is negative"),
        (0.1, "float is not accepted"),
        ("1e-3", "not a plain decimal number"),
        ("NaN", "not a plain decimal number"),
        (Decimal("NaN"), "must be finite"),
        (Decimal("Infinity"), "must be finite"),
        (" 1", "not a plain decimal number"),
        (True, "expected Decimal, int or str"),
    ],
)
def test_hostile_input_is_refused(value: Any, problem: str) -> None:
    market = documented("gmo_coin")["BTC/JPY"]
    for call, parameter in ((market.amount_to_precision, "amount"), (market.price_to_precision, "price")):
        with pytest.raises(venuekit.ValidationError) as refused:
            call(value)
        assert refused.value.parameter == parameter and problem in refused.value.problem


def test_absurd_sizes_and_modes_are_refused() -> None:
    market = documented("gmo_coin")["BTC/JPY"]
    with pytest.raises(venuekit.ValidationError, match="more than 10\\*\\*60 increments"):
        market.amount_to_precision(Decimal("1E+70"))
    with pytest.raises(venuekit.ValidationError, match="is not one of ROUND_DOWN"):
        market.amount_to_precision("1", rounding="ROUND_05UP")  # type: ignore[arg-type]
    with pytest.raises(venuekit.ValidationError, match="is not a positive increment"):
        round_to_step(Decimal(1), Decimal(0), "ROUND_DOWN")


def test_zero_rounds_to_zero_and_no_stated_increment_leaves_the_value() -> None:
    assert documented("gmo_coin")["BTC/JPY"].amount_to_precision(0) == 0
    unruled = Market(symbol="X/Y", id="XY", base="X", quote="Y", type="spot")
    assert unruled.price_to_precision("1.23456") == Decimal("1.23456")
    assert unruled.amount_to_precision("0.000001") == Decimal("0.000001")
