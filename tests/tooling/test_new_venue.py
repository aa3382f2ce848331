"""A new venue is its spec folder, its hook module and its sandbox adapter, and nothing in shared code.

The toy venue of tests/data/toy-venue/ (an openapi.yaml with one public and one signed operation and an
error-code table; toy_hooks.py with a signer, an envelope and a sandbox adapter) is laid out as a spec folder
in a temporary directory, generated from there, imported, served by the sandbox from the same folder and
called: no list, registry or shared module names it.
"""

from __future__ import annotations

import importlib
import shutil
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import venuekit
from generator.generate import generate
from venuekit.sandbox import Sandbox, known_venues
from venuekit.unified import Exchange

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "toy-venue"


@pytest.fixture(scope="module")
def toy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ModuleType, Path]]:
    """(the generated `toy_venue` package, the spec directory that holds `toy_venue/openapi.yaml`)."""
    root = tmp_path_factory.mktemp("toy")
    specs = root / "specs"
    (specs / "toy_venue").mkdir(parents=True)
    shutil.copy(FIXTURE / "openapi.yaml", specs / "toy_venue" / "openapi.yaml")
    shutil.copy(FIXTURE / "unified.yaml", specs / "toy_venue" / "unified.yaml")
    added = [str(FIXTURE), str(root / "generated")]  # the hook module, then the generated package
    sys.path[:0] = added
    try:
        generate("toy_venue", root / "generated", specs / "toy_venue" / "openapi.yaml")
        yield importlib.import_module("toy_venue"), specs
    finally:
        for path in added:
            sys.path.remove(path)
        for name in [n for n in sys.modules if n.split(".")[0] in ("toy_venue", "toy_hooks")]:
            del sys.modules[name]


def test_the_venue_is_found_from_its_spec_folder(toy: tuple[ModuleType, Path]) -> None:
    package, specs = toy
    hooks: Any = importlib.import_module("toy_hooks")
    assert known_venues(specs) == ["toy_venue"]
    assert package.Client.venue.auth is hooks.ToyAuth  # info.x-sdk.hooks + auth
    assert package.Client.venue.envelope is hooks.envelope  # info.x-sdk.envelope
    assert venuekit.sandbox.find_adapter("toy_venue", specs) is hooks.ToyAdapter  # info.x-sdk.sandbox


def test_both_operations_against_its_sandbox(toy: tuple[ModuleType, Path]) -> None:
    package, specs = toy
    with Sandbox("toy_venue", spec_dir=specs) as sandbox:
        assert sandbox.secret == "toy-secret"  # the adapter's default
        with package.Client("toy-key", sandbox.secret, base_url=sandbox.url) as client:
            ticker = client.market.get_ticker(symbol="BTC")  # public
            assert type(ticker).__name__ == "Ticker" and ticker.last == Decimal("30000.50")
            balance = client.account.get_balance(asset="BTC")  # signed; the adapter checked the signature
            assert type(balance).__name__ == "Balance" and balance.available == Decimal("1.25000000")
            with pytest.raises(package.errors.ToyNotFoundError) as unknown:
                client.account.get_balance(asset="XYZ")
        assert unknown.value.code == "T404" and unknown.value.message == "No such asset."
        assert isinstance(unknown.value, venuekit.NotFoundError)
        with (
            package.Client("toy-key", "not-the-secret", base_url=sandbox.url) as wrong,
            pytest.raises(venuekit.AuthenticationError) as refused,
        ):
            wrong.account.get_balance(asset="BTC")
        assert refused.value.code == "T401" and type(refused.value).__name__ == "ToyAuthenticationError"
        with package.Client(base_url=sandbox.url) as public, pytest.raises(venuekit.ValidationError):
            public.market.get_ticker(symbol="btc")  # the spec's pattern, checked before sending


def test_it_joins_the_unified_interface(toy: tuple[ModuleType, Path]) -> None:
    """Its unified.yaml, beside its spec, is all it takes: the mapping is generated into its package."""
    package, specs = toy
    mapping = importlib.import_module("toy_venue.unified").MAPPING
    with (
        Sandbox("toy_venue", spec_dir=specs) as sandbox,
        Exchange(mapping, package.Client(base_url=sandbox.url)) as ex,
    ):
        assert list(ex.load_markets()) == ["BTC/USD"] and ex.market("BTC/USD").id == "BTC"
        ticker = ex.fetch_ticker("BTC/USD")
        assert ticker.last == Decimal("30000.50") and type(ticker.raw).__name__ == "Ticker"
        assert ex.has["fetch_ticker"] and not ex.has["create_order"]
        with pytest.raises(venuekit.NotSupportedError, match="toy_venue does not support create_order: The toy"):
            ex.create_order("BTC/USD", "limit", "buy", "1", "1")


def test_no_shared_file_names_it() -> None:
    root = FIXTURE.parents[2]
    shared = [*root.glob("venuekit/**/*.py"), *root.glob("generator/**/*.py"), *root.glob("generator/**/*.jinja")]
    assert shared
    assert not [p for p in shared if "toy_venue" in p.read_text(encoding="utf-8") or "toy_hooks" in p.read_text()]
