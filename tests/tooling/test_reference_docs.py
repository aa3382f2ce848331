"""The reference pages (docs/reference/) are generated from the specs and the generated packages: up to date,
complete (every operation, model, enum, error code and stream channel), deterministic, and readable as Markdown
(no table cell split by a `|` of a type)."""

from __future__ import annotations

import importlib
import re
from enum import Enum
from pathlib import Path

import attrs
import pytest

from generator import docs
from venuekit.cli.catalog import operations
from venuekit.sandbox import known_venues, load_spec

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return docs.pages(known_venues())


def test_committed_pages_are_up_to_date(pages: dict[str, str]) -> None:
    committed = {path.name: path.read_text(encoding="utf-8") for path in (ROOT / "docs" / "reference").glob("*.md")}
    stale = sorted(name for name in pages.keys() | committed.keys() if pages.get(name) != committed.get(name))
    assert stale == [], "run `make docs-generate` (or `make generate`) and commit docs/reference/"


def test_rendering_is_deterministic(pages: dict[str, str]) -> None:
    assert docs.render("gopax") == pages["gopax.md"]


@pytest.mark.parametrize("venue", known_venues())
def test_every_operation_model_enum_code_and_channel_is_documented(pages: dict[str, str], venue: str) -> None:
    page = pages[f"{venue}.md"]
    headings = set(re.findall(r"^### (.+)$", page, flags=re.MULTILINE))
    assert {info.name for info in operations(venue)} <= headings
    models = importlib.import_module(f"venuekit.{venue}.models")
    for name in models.__all__:
        cls = getattr(models, name)
        if attrs.has(cls) or (isinstance(cls, type) and issubclass(cls, Enum)):
            assert name in headings, name
    for entry in load_spec(venue).document["info"].get("x-error-codes", []):
        assert f"<code>{docs.code(entry['code'])[6:-7]}</code>" in page
    streams = ROOT / "specs" / venue / "asyncapi.yaml"
    channels = docs.load(streams).get("channels", {}) if streams.exists() else {}
    for name, channel in channels.items():
        method = (channel.get("x-sdk") or {}).get("method")
        assert method is None or docs.code(method)[:-7] + "(" in page, f"{venue} channel {name}: {method}"
    if venue == "bitunix":  # a WebSocket API: its requests instead of channels
        requests = page.split("Requests of `WebSocketApi`", 1)[1]
        assert "<code>create&#95;order(&#42;, side: Side" in requests and "<code>get&#95;last&#95;price(" in requests


def test_an_operation_section_has_signature_parameters_rules_returns_errors_and_examples(pages: dict[str, str]) -> None:
    page = pages["gmo_coin.md"]
    section = page.split("### orders.create_order\n", 1)[1].split("\n### ", 1)[0]
    assert "gmo_coin.Client().orders.create_order(*, symbol: str, side: Side | Literal['BUY', 'SELL']," in section
    assert "| <code>losscut&#95;price</code> | <code>losscutPrice</code> | body |" in section
    assert "- `losscut_price` is not allowed when `execution_type` is `MARKET` (ERR-5118)" in section
    assert "**Places an order or moves money** (`x-sdk-placement`)" in section
    assert "**Returns** <code>str</code>" in section
    assert "`venuekit.OrderStatusUnknownError`" in section and "`ERR-5111`, `ERR-5118`" in section
    assert "**Documented request**" in section and "**Documented response**" in section


def test_table_rows_have_as_many_cells_as_their_header(pages: dict[str, str]) -> None:
    for name, page in pages.items():
        columns = 0
        for line in page.splitlines():
            if not line.startswith("|"):
                columns = 0
                continue
            cells = line.count("|") - 1
            if columns == 0:
                columns = cells
            assert cells == columns, f"{name}: {line[:120]}"


def test_the_check_mode_reports_a_stale_page(tmp_path: Path, pages: dict[str, str]) -> None:
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert docs.main(["--out", str(tmp_path), "--check"]) == 0
    (tmp_path / "gopax.md").write_text("old\n", encoding="utf-8")
    assert docs.main(["--out", str(tmp_path), "--check"]) == 1
