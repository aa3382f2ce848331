"""Paths and YAML helpers shared by the tooling tests (docs inventory, docs-check, spec validation, spec diff)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
SPECS = REPO / "specs"
# CI clones the repository with shared/ beside it; the seed docs live in shared/seeds.
SEEDS = REPO.parent / "shared" / "seeds"

# libyaml when available: the specs are large and the pure-Python YAML loader is slow.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_LOADER)


def dump_yaml(data: Any) -> str:
    return str(yaml.dump(data, Dumper=_DUMPER, sort_keys=False, allow_unicode=True))
