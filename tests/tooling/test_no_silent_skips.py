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


def test_a_skip_fails_the_run_and_says_why(tmp_path: Path) -> None:
    shutil.copy(Path(__file__).parents[1] / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_cases.py").write_text(CASES, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "xfail_strict=true", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 1, result.stdout
    summary = result.stdout.strip().splitlines()[-1]
    assert "1 failed, 1 passed, 1 xfailed, 1 error" in summary, result.stdout
    assert "not in SKIPS_ALLOWED (tests/conftest.py): Skipped: a data file is absent" in result.stdout
    assert " skipped" not in summary


def test_the_allowlist_gives_a_reason_for_each_entry() -> None:
    assert all(isinstance(reason, str) and reason.strip() for reason in SKIPS_ALLOWED.values())
