"""No import circles in `venuekit` (runtime, signers, generated packages, sandbox) or in `generator`.

The graph is read from the source (ast), so a new circle fails here before it fails at import time:
- every `import` counts, at module level or inside a function (a lazy import that only dodges a circle is
  still a circle), except those under `if TYPE_CHECKING:`, which never run;
- generated modules count at module level only: their models import each other inside functions by design
  (openapi-python-client's lazy imports for schemas that refer to each other);
- `from package import name` is an edge to `package.name` when that is a module, else to `package`;
  importing a module also imports its parent packages, which is not counted (every package would be a
  circle with its own `__init__`).
"""

from __future__ import annotations

import ast
import os
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATED = (ROOT / "generated").resolve()


def modules(root: Path, package: str) -> dict[str, Path]:
    """Module name -> file, for every .py under `root` (following the runtime's links into generated/)."""
    found: dict[str, Path] = {}
    for folder, dirs, files in os.walk(root, followlinks=True):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and (Path(folder) / d / "__init__.py").exists())
        parts = [package, *Path(folder).relative_to(root).parts]
        for name in sorted(files):
            if name.endswith(".py"):
                stem = name[:-3]
                found[".".join(parts if stem == "__init__" else [*parts, stem])] = Path(folder) / name
    return found


def _type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(body: list[ast.stmt], nested: bool) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If):
            if not _type_checking(node.test):
                yield from _imports(node.body, nested)
            yield from _imports(node.orelse, nested)
        elif isinstance(node, ast.Try):
            for block in (node.body, *(h.body for h in node.handlers), node.orelse, node.finalbody):
                yield from _imports(block, nested)
        elif (
            isinstance(node, ast.With)
            or (nested and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef))
            or (nested and isinstance(node, ast.For | ast.While))
        ):
            yield from _imports(node.body, nested)


def graph(found: dict[str, Path]) -> dict[str, set[str]]:
    """Module -> the modules of `found` it imports."""
    edges: dict[str, set[str]] = {}
    for name, path in found.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        generated = path.resolve().is_relative_to(GENERATED)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in _imports(tree.body, nested=not generated):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
                continue
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            source = ".".join(part for part in (base if node.level else "", node.module or "") if part)
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                targets.add(submodule if submodule in found else source)
        edges[name] = {t for t in targets if t in found and t != name}
    return edges


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """One circle (as a path that returns to its start) per strongly connected group of modules."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return [_path(sorted(group)[0], set(group), edges) for group in groups]


def _path(start: str, members: set[str], edges: dict[str, set[str]]) -> list[str]:
    """A shortest way from `start` back to itself inside its group (breadth first)."""
    previous: dict[str, str] = {}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for target in sorted(edges[node] & members):
            if target == start:
                path = [node]
                while path[-1] != start:
                    path.append(previous[path[-1]])
                return [start, *reversed(path[:-1]), start] if node != start else [start, start]
            if target not in previous:
                previous[target] = node
                queue.append(target)
    raise AssertionError(f"{start} is in a group but has no way back")


def test_venuekit_and_generator_have_no_import_circle() -> None:
    found = {**modules(ROOT / "venuekit", "venuekit"), **modules(ROOT / "generator", "generator")}
    assert "venuekit.gopax.client" in found and "venuekit.auth.gopax" in found  # the links are followed
    assert "venuekit.sandbox.base" in found and "generator.rest" in found
    circles = cycles(graph(found))
    assert not circles, "import circles:\n" + "\n".join(" -> ".join(circle) for circle in circles)


def _write(root: Path, files: dict[str, str]) -> None:
    for name, source in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")


def test_a_circle_is_found_even_through_a_lazy_import_but_not_through_type_checking(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "__init__.py": "",
            "server.py": "from .base import App\n\ndef make():\n    from .streams import Server\n",
            "streams.py": "from .server import make\n",
            "base.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .server import make\n",
            "sub/__init__.py": "from .. import base\n",
        },
    )
    edges = graph(modules(tmp_path, "pkg"))
    assert edges["pkg.server"] == {"pkg.base", "pkg.streams"}
    assert edges["pkg.base"] == set()  # TYPE_CHECKING only
    assert edges["pkg.sub"] == {"pkg.base"}  # `from .. import base` is the module, not the package
    assert cycles(edges) == [["pkg.server", "pkg.streams", "pkg.server"]]
