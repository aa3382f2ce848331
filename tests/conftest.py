"""Shared fixtures: a transport that records requests and answers from a script."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from typing import Any

import httpx
import pytest

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """An httpx transport double: answers with `handler` and keeps every request it saw."""

    def __init__(self, handler: Handler | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.handler = handler or (lambda request: httpx.Response(500))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.handler(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    yield Recorder()


# --- no silent skips --------------------------------------------------------------------------------------------
SKIPS_ALLOWED: dict[str, str] = {}
"""Test id (or id prefix) -> why it may skip. Empty: every test runs in every clone, and a skip (a missing file, a
missing optional dependency, a `pytest.skip` left in a helper) fails the run instead of hiding what it skipped.
A known gap is a strict `xfail(reason=...)` (pyproject sets xfail_strict), which fails once the gap closes."""


def _allowed(nodeid: str) -> bool:
    return any(nodeid == key or nodeid.startswith(key + "[") for key in SKIPS_ALLOWED)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    report: pytest.TestReport = yield
    if report.skipped and not hasattr(report, "wasxfail") and not _allowed(report.nodeid):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped, and not in SKIPS_ALLOWED (tests/conftest.py): {reason}"
    return report


@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Generator[None, Any, Any]:
    report: pytest.CollectReport = yield
    if report.skipped and not _allowed(report.nodeid):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"module skipped, and not in SKIPS_ALLOWED (tests/conftest.py): {reason}"
    return report
