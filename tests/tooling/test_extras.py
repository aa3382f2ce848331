"""A feature used without its extra fails with one line naming the extra, from the command line and from code.

Each case runs in a fresh interpreter whose `yaml` or `aiohttp` cannot be imported (a package of that name
that raises ImportError shadows the installed one, as if it were not installed).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SANDBOX = "venuekit.sandbox needs PyYAML: pip install 'venuekit[sandbox]'"
AIOHTTP = "venuekit.transports.aiohttp needs aiohttp: pip install 'venuekit[aiohttp]'"


def _without(tmp_path: Path, *modules: str) -> dict[str, str]:
    for name in modules:
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text(f"raise ImportError('{name} is not installed (test)')\n")
    return {"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"}


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, timeout=60, check=False)


def test_sandbox_command_without_pyyaml_prints_one_line_and_exits_2(tmp_path: Path) -> None:
    result = _run(["-m", "venuekit.sandbox", "gopax", "--exit-after", "0"], _without(tmp_path, "yaml"))
    assert (result.returncode, result.stderr, result.stdout) == (2, SANDBOX + "\n", "")


@pytest.mark.parametrize(
    ("code", "blocked", "message"),
    [
        ("from venuekit.sandbox import Sandbox", "yaml", SANDBOX),
        ("import venuekit.sandbox.server", "yaml", SANDBOX),
        ("import venuekit.sandbox.streams", "yaml", SANDBOX),
        ("from venuekit.transports.aiohttp import AiohttpTransport", "aiohttp", AIOHTTP),
    ],
)
def test_importing_without_the_extra_raises_one_line(tmp_path: Path, code: str, blocked: str, message: str) -> None:
    probe = (
        "import venuekit\n"
        f"try:\n    {code}\n"
        "except ImportError as exc:\n"
        "    assert isinstance(exc, venuekit.MissingExtraError) and exc.__cause__ is None, repr(exc)\n"
        "    print(exc)\n"
        "else:\n    raise SystemExit('imported')\n"
    )
    result = _run(["-c", probe], _without(tmp_path, blocked))
    assert (result.returncode, result.stdout, result.stderr) == (0, message + "\n", "")


def test_the_clients_need_no_extra(tmp_path: Path) -> None:
    """The venue clients and streams import with neither PyYAML nor aiohttp."""
    code = "from venuekit import gopax; import venuekit.gopax.streams; print(gopax.Client.venue.name)"
    result = _run(["-c", code], _without(tmp_path, "yaml", "aiohttp"))
    assert (result.returncode, result.stdout, result.stderr) == (0, "gopax\n", "")
