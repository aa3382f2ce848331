"""`specs/<venue>/unified.yaml`: the generator checks every name against the venue's specs, the generated
mapping says what the declaration says, and the README's matrix is the one the declarations make."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import ROOT
from generator.unified import (
    MATRIX_END,
    MATRIX_START,
    Renderer,
    RestView,
    SpecError,
    declaration,
    matrix,
    parse_path,
)
from venuekit.unified import METHODS, mapping_of

from .conftest import VENUES


def test_the_readme_matrix_is_up_to_date() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    between = readme.split(MATRIX_START, 1)[1].split(MATRIX_END, 1)[0]
    assert between == "\n" + matrix(), "run make generate (it rewrites the README's unified matrix)"


@pytest.mark.parametrize("venue", VENUES)
def test_the_generated_mapping_supports_what_is_declared(venue: str) -> None:
    declared = declaration(ROOT / "specs" / venue) or {}
    _, mapping = mapping_of(venue)
    assert mapping.venue == venue
    for method in METHODS:
        assert (getattr(mapping, method) is not None) == (method in declared), method
        assert (method in mapping.notes) == (method in (declared.get("not-supported") or {})), method
    assert dict(mapping.timeframes) == {str(k): v for k, v in (declared.get("timeframes") or {}).items()}


@pytest.fixture(scope="module")
def gmo() -> tuple[dict[str, Any], RestView]:
    base = declaration(ROOT / "specs" / "gmo_coin")
    assert base is not None
    return base, RestView("gmo_coin", ROOT / "specs" / "gmo_coin" / "openapi.yaml")


def _render(gmo: tuple[dict[str, Any], RestView], change: Callable[[dict[str, Any]], None]) -> str:
    base, view = gmo
    declared = copy.deepcopy(base)
    for method in ("watch_ticker", "watch_order_book", "watch_orders"):  # no AsyncAPI view here: REST only
        declared.pop(method)
        declared["not-supported"][method] = "not in this test"
    change(declared)
    return Renderer("gmo_coin", declared, view, None).render()


def test_the_declaration_as_written_renders(gmo: tuple[dict[str, Any], RestView]) -> None:
    source = _render(gmo, lambda d: None)
    assert "def fetch_ticker(a: u.Args) -> u.Bound[um.Ticker]:" in source
    assert "_get_ticker.request(symbol=" in source and "MAPPING = u.VenueMapping(" in source


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(declared: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        node = declared
        for key in parents:
            node = node[key]
        if value is _DELETE:
            del node[last]
        else:
            node[last] = value

    return change


_DELETE = object()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_set("fetch_ticker/operation", "getTickr"), "no operation 'getTickr' in openapi.yaml"),
        (_set("fetch_ticker/params", {"sym": "market.id"}), "getTicker has no parameter 'sym'"),
        (_set("fetch_trades/params", {}), "required parameters without a source: ['symbol']"),
        (_set("fetch_ticker/fields", {"bid": "bidd"}), "Ticker has no field 'bidd'"),
        (_set("fetch_ticker/fields", {"bidd": "bid"}), "unknown ticker fields ['bidd']"),
        (_set("fetch_ticker/params", {"symbol": "market.name"}), "unknown source 'market.name'"),
        (_set("fetch_trades/fields/side", {"path": "side", "map": {"BUY": "long"}}), "['long'] are not unified"),
        (_set("fetch_order/fields/status", "status"), "needs a `map`"),
        (_set("fetch_my_trades", _DELETE), "say why under not-supported: ['fetch_my_trades']"),
        (_set("fetch_tickers", {}), "unknown keys ['fetch_tickers']"),
        (_set("markets/fields/id", _DELETE), "fields.id: the field with the venue's id"),
        (_set("markets/symbols", [{"match": "(", "type": "spot"}]), "symbols: '('"),
        (_set("markets/symbols", [{"type": "future"}]), "type: spot|leverage"),
        (_set("fetch_ohlcv/params/date/utc-offset", "JST"), "utc-offset like +03:00"),
        (_set("fetch_trades/fields/price", "price[0]"), "needs a list, got DecimalProperty"),
        (_set("fetch_order/pick", {"symbol": "price"}), "pick compares with market.id, id or client_order_id"),
    ],
)
def test_mistakes_are_named(
    gmo: tuple[dict[str, Any], RestView], change: Callable[[dict[str, Any]], None], message: str
) -> None:
    with pytest.raises(SpecError) as refused:
        _render(gmo, change)
    assert message in str(refused.value), refused.value
    assert str(refused.value).startswith("gmo_coin: unified.yaml")


def test_paths() -> None:
    assert parse_path("filters[filterType=PRICE_FILTER].tickSize", "x") == [
        ("field", "filters"),
        ("select", "filterType", "PRICE_FILTER"),
        ("field", "tickSize"),
    ]
    assert parse_path("o.*", "x") == [("field", "o"), ("values",)]
    assert parse_path("b[0]", "x") == [("field", "b"), ("index", "0")]
    assert parse_path("", "x") == []
    with pytest.raises(SpecError, match="cannot read path"):
        parse_path("a[", "x")


def test_no_shared_file_names_a_venue() -> None:
    """The unified runtime and the generator know no venue: venues are their spec folders."""
    shared = [*(ROOT / "venuekit" / "unified").glob("*.py"), ROOT / "generator" / "unified.py"]
    shared.append(ROOT / "venuekit" / "sandbox" / "markets.py")
    for path in shared:
        text = Path(path).read_text(encoding="utf-8")
        for venue in VENUES:
            assert f'"{venue}"' not in text and f"'{venue}'" not in text, (path.name, venue)
