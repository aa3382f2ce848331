"""Every Python block of README.md and docs/, and every program in examples/, runs against the local sandboxes.

The blocks and examples run unchanged, each in its own interpreter, pointed at in-process sandboxes of every venue
by the variables a user would set (`<PREFIX>_BASE_URL`, `<PREFIX>_WS_BASE_URL`, `<PREFIX>_API_KEY`,
`<PREFIX>_API_SECRET`: `Sandbox.environ()`). The blocks of one page share a working directory and run in page
order, as a reader would run them (the paper-trading block replays the file the recording block wrote): a block
whose test runs in a process that has not run the page's earlier blocks (`pytest -k`, or another xdist worker
than theirs) runs them first, so no block depends on which tests ran before it in the same process.

A block that only shows a fragment is preceded by `<!-- fragment: NAME: why -->`; those are not run, and the
list of their names is asserted here, so a new fragment is a visible change to this file, never a silent skip.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from venuekit.sandbox import Sandbox, known_venues

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
MARKER = re.compile(r"^<!--\s*fragment:\s*(?P<name>[\w.-]+)\s*:\s*(?P<reason>\S.*?)\s*-->$")
TIMEOUT = 60

FRAGMENTS: dict[str, set[str]] = {
    "README.md": set(),
}
"""Page -> the names of its fragment blocks (the only Python blocks not run)."""


@dataclass(frozen=True)
class Block:
    page: str
    line: int
    code: str
    fragment: str | None = None
    reason: str | None = None

    @property
    def id(self) -> str:
        return f"{self.page}:{self.line}"


def blocks(page: Path) -> list[Block]:
    """The ```python blocks of a Markdown page, each with the fragment marker just before it (if any)."""
    found = []
    lines = page.read_text(encoding="utf-8").splitlines()
    name = page.relative_to(ROOT).as_posix()
    index = 0
    while index < len(lines):
        if lines[index].startswith("```"):
            language = lines[index][3:].strip()
            end = index + 1
            while end < len(lines) and not lines[end].startswith("```"):
                end += 1
            if language == "python":
                before = next((text.strip() for text in reversed(lines[:index]) if text.strip()), "")
                marker = MARKER.match(before)
                code = "\n".join(lines[index + 1 : end]) + "\n"
                fragment, reason = (marker["name"], marker["reason"]) if marker else (None, None)
                found.append(Block(name, index + 1, code, fragment, reason))
            index = end
        index += 1
    return found


ALL_BLOCKS = [block for page in PAGES for block in blocks(page)]
RUNNABLE = [block for block in ALL_BLOCKS if block.fragment is None]


@pytest.fixture(scope="module")
def sandboxes() -> Iterator[dict[str, str]]:
    """Every venue's sandbox, with moving market data (so that streams have more than the docs' examples), and
    the environment that points the SDK at them, without any of the caller's own venue variables."""
    started = [Sandbox(venue, seed=7, tick=0.05).start() for venue in known_venues()]
    try:
        env = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_API_SECRET", "_BASE_URL"))}
        for sandbox in started:
            env.update(sandbox.environ())
        # A block that reached past the sandboxes would go through a proxy that is not there, and fail.
        nowhere = "http://127.0.0.1:9"
        env.update(HTTP_PROXY=nowhere, HTTPS_PROXY=nowhere, ALL_PROXY=nowhere, NO_PROXY="127.0.0.1,localhost")
        yield env
    finally:
        for sandbox in started:
            sandbox.stop()


def _run(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, check=False)


class Pages:
    """Runs each page's blocks in page order in the page's working directory, each block at most once."""

    def __init__(self, env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> None:
        self.env = env
        self.workdirs = {page.relative_to(ROOT).as_posix(): tmp_path_factory.mktemp("page") for page in PAGES}
        self.results: dict[Block, subprocess.CompletedProcess[str]] = {}

    def run(self, block: Block) -> tuple[subprocess.CompletedProcess[str], list[str]]:
        """The block's run, after the page's earlier blocks (run first if this process has not run them); with the
        ids of the earlier blocks that failed (their own tests report them)."""
        page = [b for b in RUNNABLE if b.page == block.page]
        for earlier in page[: page.index(block) + 1]:
            if earlier not in self.results:
                command = [sys.executable, "-c", earlier.code]
                self.results[earlier] = _run(command, self.env, self.workdirs[earlier.page])
        failed = [b.id for b in page[: page.index(block)] if self.results[b].returncode != 0]
        return self.results[block], failed


@pytest.fixture(scope="module")
def pages(sandboxes: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Pages:
    return Pages(sandboxes, tmp_path_factory)


@pytest.mark.parametrize("block", RUNNABLE, ids=[block.id for block in RUNNABLE])
def test_block_runs(block: Block, pages: Pages) -> None:
    result, failed_before = pages.run(block)
    assert result.returncode == 0, (
        f"{block.id} failed (earlier blocks of the page that failed: {failed_before or 'none'}):\n{block.code}\n"
        f"--- stderr ---\n{result.stderr[-3000:]}"
    )


@pytest.mark.parametrize("example", EXAMPLES, ids=[path.name for path in EXAMPLES])
def test_example_runs(example: Path, sandboxes: dict[str, str], tmp_path: Path) -> None:
    """Each example, with no arguments, finishes by itself against the sandboxes."""
    result = _run([sys.executable, str(example)], sandboxes, tmp_path)
    assert result.returncode == 0, f"{example.name} failed:\n{result.stdout}\n--- stderr ---\n{result.stderr[-3000:]}"
    assert result.stdout.strip(), f"{example.name} printed nothing"


def test_fragments_are_named_and_counted() -> None:
    found: dict[str, set[str]] = {}
    for block in ALL_BLOCKS:
        if block.fragment is not None:
            assert block.reason, f"{block.id}: a fragment says why it is not run"
            found.setdefault(block.page, set()).add(block.fragment)
    assert {page: names for page, names in found.items() if names} == {p: n for p, n in FRAGMENTS.items() if n}
    assert sum(block.fragment is not None for block in ALL_BLOCKS) == sum(len(n) for n in FRAGMENTS.values())


def test_the_runner_sees_the_pages_and_examples() -> None:
    """Nothing is run by accident of the parser: README's blocks, the guides' blocks and the examples are there."""
    pages = {block.page for block in RUNNABLE}
    assert "README.md" in pages
    assert any(page.startswith("docs/") for page in pages)
    expected = {"market_data.py", "place_and_cancel.py", "orderbook_watcher.py", "spread_monitor.py"}
    assert {path.name for path in EXAMPLES} >= expected


def test_a_block_that_leaves_the_sandboxes_fails(sandboxes: dict[str, str], tmp_path: Path) -> None:
    """The guard above works: the same client without the sandbox's variable would reach the venue."""
    code = "from venuekit import gmo_coin\nwith gmo_coin.Client(max_retries=0) as gmo:\n    gmo.public.get_status()\n"
    env = {k: v for k, v in sandboxes.items() if k != "GMO_COIN_BASE_URL"}
    result = _run([sys.executable, "-c", code], env, tmp_path)
    assert result.returncode == 1 and "TransportError" in result.stderr
