"""The stream generator is deterministic: regenerating a venue reproduces generated/<venue>/streams.py and
stream_models/ byte for byte (the same check CI makes after `make generate`, here per venue)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.asyncapi import enabled_venues, generate, stream_exports

from .conftest import ROOT


def _files(package_dir: Path) -> dict[str, bytes]:
    found = {"streams.py": (package_dir / "streams.py").read_bytes()}
    for path in sorted((package_dir / "stream_models").glob("*.py")):
        found[f"stream_models/{path.name}"] = path.read_bytes()
    return found


@pytest.mark.parametrize("package", [v for v in enabled_venues() if (ROOT / "generated" / v / "streams.py").exists()])
def test_regeneration_is_byte_identical(package: str, tmp_path: Path) -> None:
    written = generate(package, tmp_path)
    assert {p.relative_to(tmp_path / package).as_posix() for p in written} == set(_files(tmp_path / package))
    assert _files(tmp_path / package) == _files(ROOT / "generated" / package)


def test_stream_exports_name_the_classes_of_each_spec() -> None:
    assert stream_exports("gmo_coin") == ["PrivateStream", "PublicStream"]
    assert stream_exports("hashkey_mena") == ["PrivateStream", "PublicStream", "PublicStreamV2"]
    assert stream_exports("bitunix") == ["WebSocketApi"]
    assert stream_exports("gopax") == ["PrivateStream", "PublicStream"]
