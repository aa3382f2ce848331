"""The suite refuses skips: a test that skips without an entry in SKIPS_ALLOWED (tests/conftest.py) fails."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import SKIPS_ALLOWED

CASES = """
import pytest


def test_runs() -> None:
    assert True


def test_skips_at_run_time() -> None:
    pytest.skip("a data file is absent")


@pytest.mark.skip(reason="marked")
def test_skipped_by_a_marker() -> None:
    pass


@pytest.mark.xfail(reason="a known gap", strict=True)
def test_known_gap() -> None:
    raise AssertionError
"""


def _session(tmp_path: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """A pytest session over CASES (and whatever else is in `tmp_path`) with the suite's own conftest.py."""
    shutil.copy(Path(__file__).parents[1] / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_cases.py").write_text(CASES, encoding="utf-8")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "xfail_strict=true", *options]
    return subprocess.run([*command, str(tmp_path)], capture_output=True, text=True, cwd=tmp_path, timeout=60)


def test_a_skip_fails_the_run_and_says_why(tmp_path: Path) -> None:
    result = _session(tmp_path)
    assert result.returncode == 1, result.stdout
    summary = result.stdout.strip().splitlines()[-1]
    assert "1 failed, 1 passed, 1 xfailed, 1 error" in summary, result.stdout
    assert "not in SKIPS_ALLOWED (tests/conftest.py): Skipped: a data file is absent" in result.stdout
    assert " skipped" not in summary


def test_under_xdist_a_skip_on_a_worker_fails_the_run(tmp_path: Path) -> None:
    """`make test` runs on xdist workers: the hooks run where each report is made (a worker), and the controller,
    which decides the exit status, receives the report as a failure with the reason; a module that skips while a
    worker collects it fails the run too."""
    (tmp_path / "test_gone.py").write_text(
        'import pytest\n\npytest.skip("a module gone", allow_module_level=True)\n', encoding="utf-8"
    )
    result = _session(tmp_path, "-n", "2", "--dist", "worksteal")
    assert result.returncode == 1, result.stdout
    summary = result.stdout.strip().splitlines()[-1]
    assert "1 failed, 1 passed, 1 xfailed, 2 errors" in summary, result.stdout
    assert " skipped" not in summary
    assert "not in SKIPS_ALLOWED (tests/conftest.py): Skipped: a data file is absent" in result.stdout
    assert "module skipped, and not in SKIPS_ALLOWED (tests/conftest.py): Skipped: a module gone" in result.stdout
    assert "[gw" in result.stdout  # the failures were reported by workers


def test_the_allowlist_gives_a_reason_for_each_entry() -> None:
    assert all(isinstance(reason, str) and reason.strip() for reason in SKIPS_ALLOWED.values())
