"""The wheel built from the working tree installs one top-level name, typed, with no links, specs inside, and
the README's imports work from it alone (not from the repository)."""

from __future__ import annotations

import stat
import subprocess
import sys
import sysconfig
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import venuekit
from venuekit.sandbox import known_venues

ROOT = Path(__file__).resolve().parents[2]
OLD_NAMES = ("auth_hooks", "gmo_coin", "gmo_coin_fx", "hashkey_mena", "gopax", "bitunix")
"""Top-level names the wheel installed before the namespace (issue 16); none may come back."""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    dist = tmp_path_factory.mktemp("dist")
    command = [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-build-isolation", "--no-deps", "-q", "-w"]
    subprocess.run([*command, str(dist)], check=True, capture_output=True, timeout=120)
    (built,) = dist.glob("venuekit-*.whl")
    yield built


@pytest.fixture(scope="module")
def archive(wheel: Path) -> Iterator[zipfile.ZipFile]:
    with zipfile.ZipFile(wheel) as opened:
        yield opened


def test_only_venuekit_at_top_level(wheel: Path, archive: zipfile.ZipFile) -> None:
    assert wheel.name == f"venuekit-{venuekit.__version__}-py3-none-any.whl"
    tops = {name.split("/")[0] for name in archive.namelist()}
    assert tops == {"venuekit", f"venuekit-{venuekit.__version__}.dist-info"}
    assert (
        f"Version: {venuekit.__version__}"
        in archive.read(f"venuekit-{venuekit.__version__}.dist-info/METADATA").decode()
    )


def test_every_package_that_was_its_own_is_typed(archive: zipfile.ZipFile) -> None:
    """`venuekit/py.typed` covers the whole tree (PEP 561); the signers and each venue package, which the
    repository keeps as folders of their own, carry theirs too."""
    names = set(archive.namelist())
    packages = {"venuekit", "venuekit/auth", *(f"venuekit/{venue}" for venue in known_venues())}
    assert {p for p in packages if f"{p}/__init__.py" in names} == packages
    assert not [p for p in packages if f"{p}/py.typed" not in names]


def test_no_links_no_bytecode_and_the_specs_inside(archive: zipfile.ZipFile) -> None:
    infos = archive.infolist()
    assert not [i.filename for i in infos if stat.S_ISLNK(i.external_attr >> 16)]
    assert not [i.filename for i in infos if "__pycache__" in i.filename or i.filename.endswith(".pyc")]
    names = set(archive.namelist())
    for venue in known_venues():
        assert f"venuekit/sandbox/specs/{venue}/openapi.yaml" in names
        assert f"venuekit/{venue}/client.py" in names
    assert "venuekit/auth/gopax.py" in names and "venuekit/sandbox/venues/gopax.py" in names


def test_installed_alone_the_readme_imports_and_the_sandbox_work(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    install = [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)]
    subprocess.run(install, check=True, capture_output=True, timeout=120)
    dependencies = sysconfig.get_paths()["purelib"]  # httpx, attrs, ...; its .pth (the repository) is not read
    probe = f"""
import importlib.util, sys
sys.path[:0] = [{str(target)!r}, {dependencies!r}]
from venuekit import gmo_coin, gmo_coin_fx, hashkey_mena, gopax, bitunix
from venuekit.auth import GopaxAuth
import venuekit
assert venuekit.__file__.startswith({str(target)!r}), venuekit.__file__
assert gopax.__file__.startswith({str(target)!r}) and GopaxAuth.__module__ == "venuekit.auth.gopax"
assert [name for name in {OLD_NAMES!r} if importlib.util.find_spec(name)] == []
from venuekit.sandbox import Sandbox, known_venues, spec_dir
assert str(spec_dir()).startswith({str(target)!r}), spec_dir()
with Sandbox("gopax") as sandbox, gopax.Client(base_url=sandbox.url) as client:
    ticker = client.market.get_ticker(trading_pair="BTC-KRW")
print(venuekit.__version__, ",".join(known_venues()), type(ticker.price).__name__)
"""
    result = subprocess.run(
        [sys.executable, "-I", "-S", "-c", probe], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{venuekit.__version__} {','.join(known_venues())} Decimal\n"
