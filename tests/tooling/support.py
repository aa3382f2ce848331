"""Paths and YAML helpers shared by the tooling tests (docs inventory, docs-check, spec validation, spec diff)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
SPECS = REPO / "specs"
# The saved venue docs the inventories were extracted from (copies of shared/seeds, see its README).
SEEDS = REPO / "tests" / "data" / "seeds"

# libyaml when available: the specs are large and the pure-Python YAML loader is slow.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def load_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_LOADER)


def dump_yaml(data: Any) -> str:
    return str(yaml.dump(data, Dumper=_DUMPER, sort_keys=False, allow_unicode=True))
