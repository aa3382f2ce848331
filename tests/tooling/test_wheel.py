"""The wheel built from the working tree installs one top-level name, typed, with no links, specs inside, and
the README's imports work from it alone (not from the repository)."""

from __future__ import annotations

import os
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


def test_a_clean_virtualenv_gets_the_command_the_demo_and_the_examples(wheel: Path, tmp_path: Path) -> None:
    """pip installs the wheel into a new virtualenv: the `venuekit` console script works (help, venues, a sandbox,
    a call and the live check against it, the demo), and an example runs from it. The dependencies (httpx, PyYAML,
    ...) come from this environment's site-packages through a plain path entry, which reads no `.pth` of its own,
    so the repository stays invisible."""
    env_dir = tmp_path / "clean"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], check=True, timeout=60)
    python = env_dir / "bin" / "python"
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "-q"]
    subprocess.run([*install, str(wheel)], check=True, capture_output=True, timeout=120)
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True, timeout=30,
    ).stdout.strip()  # fmt: skip
    Path(site, "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    script = env_dir / "bin" / "venuekit"
    assert script.exists()

    def run(*argv: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
        environment = {**os.environ, **env}
        return subprocess.run(
            list(argv), capture_output=True, text=True, cwd=tmp_path, timeout=timeout, check=False, env=environment
        )

    where = run(str(python), "-c", "import venuekit, venuekit.sandbox.demo; print(venuekit.__file__)")
    assert where.stdout.startswith(site), where.stdout + where.stderr
    assert "exit status:" in run(str(script), "--help").stdout
    assert run(str(script), "venues").stdout.count("_API_KEY") == len(known_venues())
    command = [str(script), "sandbox", "gmo_coin", "--port", "0", "--exit-after", "60"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=tmp_path) as server:
        try:
            assert server.stdout is not None
            url = server.stdout.readline().split()[4]
            call = run(str(script), "call", "gmo_coin", "public.get_ticker", "--symbol", "BTC", "--base-url", url)
            assert call.returncode == 0 and "194785.8484" in call.stdout, call.stderr
            check = run(str(script), "check-live", "gmo_coin", "--base-url", url)
            assert check.returncode == 0 and "6 as documented" in check.stdout, check.stdout + check.stderr
            example = run(str(python), str(ROOT / "examples" / "market_data.py"), GMO_COIN_BASE_URL=url)
            assert example.returncode == 0 and f"GMO Coin at {url}: OPEN" in example.stdout, example.stderr
        finally:
            server.terminate()
            server.wait(timeout=10)
    demo = run(str(script), "demo", "--venue", "gopax", timeout=120)
    assert demo.returncode == 0, demo.stdout + demo.stderr
    assert "steps ok" in demo.stdout
