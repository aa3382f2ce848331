"""The extractor, run on each saved seed doc, reproduces the committed inventory byte for byte."""

from __future__ import annotations

import pytest
import yaml

from generator import inventory
from tests.tooling.support import SEEDS

VENUES = sorted(inventory.PARSERS)


def test_every_seed_is_in_the_repository() -> None:
    assert sorted(inventory.seed_name(venue) for venue in VENUES) == sorted(
        p.name for p in SEEDS.iterdir() if p.name != "README.md"
    )


@pytest.mark.parametrize("venue", VENUES)
def test_extractor_reproduces_committed_inventory(venue: str) -> None:
    seed = SEEDS / inventory.seed_name(venue)
    committed = inventory.inventory_path(venue).read_text(encoding="utf-8")
    assert inventory.build(venue, seed, committed) == committed


# Counts the venue notes (shared/venues/*.md) give for each seed; the extractor must find them all.
EXPECTED = {
    "gmo_coin": {"operations": 31, "error-codes": 43},
    "gmo_coin_fx": {"operations": 15, "error-codes": 0},  # 14 with tables + ifoOrder from its samples
    "hashkey_mena": {"operations": 41, "error-codes": 168},
    "gopax": {"operations": 15, "error-codes": 13},
    "bitunix": {"operations": 0, "error-codes": 0},
}


@pytest.mark.parametrize("venue", VENUES)
def test_committed_inventory_counts(venue: str) -> None:
    data = yaml.safe_load(inventory.inventory_path(venue).read_text(encoding="utf-8"))
    assert data["venue"] == venue
    assert len(data["operations"]) == EXPECTED[venue]["operations"]
    assert len({str(e["code"]) for e in data["error-codes"]}) == EXPECTED[venue]["error-codes"]
    for key, value in data["counts"].items():
        assert isinstance(value, int), key


def test_accepted_differences_survive_a_rebuild() -> None:
    seed = SEEDS / inventory.seed_name("gopax")
    existing = "venue: gopax\n# why\naccepted-differences:\n  - {kind: missing-field, name: x, reason: typo}\n"
    text = inventory.build("gopax", seed, existing)
    assert text.endswith("\n# why\naccepted-differences:\n  - {kind: missing-field, name: x, reason: typo}\n")
    assert yaml.safe_load(text)["accepted-differences"][0]["reason"] == "typo"


def test_gmo_parser_reads_rows_and_required_cells() -> None:
    doc = "\n".join(
        [
            "GET /public/v1/klines",
            "",
            "Parameters",
            "Parameter Type Required Available Values",
            "symbol string",
            "Required",
            "interval string",
            "Required",
            "1min 5min",
            "page number Optional Target page: If a page is not specified, 1.",
            "Response",
            "Property Name Value Description",
            "side string Side: BUY SELL",
            "list.open string Open price",
            "",
            "Error Codes",
            "",
            "Error Code Description",
            "ERR-1 One.",
            "ERR-2 Two",
            "continued.",
        ]
    )
    parsed = inventory.parse_gmo(doc, fx=False)
    (op,) = parsed.operations
    assert [(p.name, p.required, p.enum) for p in op.params] == [
        ("symbol", True, []),
        ("interval", True, ["1min", "5min"]),
        ("page", False, []),
    ]
    assert [(f.name, f.enum) for f in op.fields] == [("side", ["BUY", "SELL"]), ("list.open", [])]
    assert [(c.code, c.message) for c in parsed.error_codes] == [("ERR-1", "One."), ("ERR-2", "Two continued.")]
