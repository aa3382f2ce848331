"""`make demo`'s cross-venue step and `examples/spread_monitor.py`, against the sandboxes."""

from __future__ import annotations

import importlib.util
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from venuekit.sandbox import Sandbox, crossvenue

from .conftest import VENUES

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "spread_monitor.py"


def test_one_script_runs_on_every_sandbox_side_by_side() -> None:
    with ExitStack() as stack:
        started = {venue: stack.enter_context(Sandbox(venue)) for venue in VENUES}
        results = crossvenue.run({venue: (sb.url, sb.secret) for venue, sb in started.items()})
    assert crossvenue.failures(results) == 0, crossvenue.table(results)
    assert list(results) == VENUES and all(len(cells) == len(crossvenue.STEPS) for cells in results.values())
    lines = crossvenue.table(results).splitlines()
    assert lines[0].split() == ["step", *VENUES]
    assert [line.split()[0] for line in lines[1:]] == [
        "markets",
        "ticker",
        "book",
        "balance",
        "place",
        "open",
        "cancel",
    ]
    text = crossvenue.table(results)
    assert all(cell.detail in text for cells in results.values() for cell in cells)  # no cell cut short
    book_top = results["gmo_coin_fx"][crossvenue.STEPS.index("book top")]
    assert not book_top.applicable and "n/a" in book_top.detail  # a venue without a book says so


def test_a_wrong_secret_shows_in_the_table() -> None:
    with Sandbox("gopax") as sandbox:
        results = crossvenue.run({"gopax": (sandbox.url, "d3Jvbmc=")})
    cells = dict(zip(crossvenue.STEPS, results["gopax"], strict=True))
    assert cells["markets"].ok and not cells["balance"].ok and "AuthenticationError" in cells["balance"].detail
    assert crossvenue.failures(results) >= 1


def _example() -> Any:
    spec = importlib.util.spec_from_file_location("spread_monitor", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def test_the_spread_monitor_runs_against_the_sandboxes(capsys: pytest.CaptureFixture[str]) -> None:
    example = _example()
    code = example.main(["--sandbox", "--iterations", "2", "--interval", "0"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.count("--- ") == 2 and "BTC/USDT" in out  # HashKey and Bitunix both list it
    assert "best bid" in out and "bps" in out


def test_the_spread_monitor_says_when_nothing_is_shared(capsys: pytest.CaptureFixture[str]) -> None:
    example = _example()
    assert example.main(["--sandbox", "--venue", "gmo_coin_fx", "--venue", "gopax", "--iterations", "1"]) == 1
    assert "no market trades on two of these venues" in capsys.readouterr().err
