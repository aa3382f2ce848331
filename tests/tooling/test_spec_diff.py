"""spec-diff reports what changed between two spec versions and flags what breaks the generated clients."""

from __future__ import annotations

import copy
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator import spec_diff
from tests.tooling.support import SPECS, dump_yaml, load_yaml


def _load(venue: str) -> dict[str, Any]:
    data: dict[str, Any] = load_yaml((SPECS / venue / "openapi.yaml").read_text(encoding="utf-8"))
    return data


def _break_gmo_coin(data: dict[str, Any]) -> None:
    """Remove a response field and add a required parameter."""
    schemas = data["components"]["schemas"]
    owner = next(n for n, s in schemas.items() if "jpyVolume" in (s.get("properties") or {}))
    del schemas[owner]["properties"]["jpyVolume"]
    schemas[owner]["required"] = [n for n in schemas[owner].get("required", []) if n != "jpyVolume"]
    data["paths"]["/v1/trades"]["get"]["parameters"].append(
        {"name": "since", "in": "query", "required": True, "schema": {"type": "string"}}
    )


def _write(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(dump_yaml(data), encoding="utf-8")


def test_files_flag_removed_field_and_new_required_parameter(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old" / "gmo_coin" / "openapi.yaml"
    new = tmp_path / "new" / "gmo_coin" / "openapi.yaml"
    old.parent.mkdir(parents=True)
    shutil.copy(SPECS / "gmo_coin" / "openapi.yaml", old)
    data = _load("gmo_coin")
    _break_gmo_coin(data)
    _write(new, data)

    assert spec_diff.main(["--files", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "BREAKING  GET /v1/account/tradingVolume (getTradingVolume): response field data.jpyVolume removed" in out
    assert "model attribute TradingVolume.jpy_volume removed" in out
    assert "BREAKING  GET /v1/trades (getTrades): required parameter since (query) added" in out
    assert "client.public.get_trades(): keyword argument since added (required)" in out
    assert "2 change(s), 2 breaking" in out

    assert spec_diff.main(["--files", str(old), str(new), "--fail-on-breaking"]) == 1
    assert spec_diff.main(["--files", str(old), str(old), "--fail-on-breaking"]) == 0
    assert "no changes" in capsys.readouterr().out


def test_git_refs_and_working_tree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = tmp_path / "repo"
    spec = repo / "specs" / "gopax" / "openapi.yaml"
    data = _load("gopax")
    _write(spec, data)

    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
            check=True,
            capture_output=True,
        )

    git("init", "-q")
    git("add", ".")
    git("commit", "-q", "-m", "one")
    schemas = data["components"]["schemas"]
    owner = next(n for n, s in schemas.items() if "pendingWithdrawal" in (s.get("properties") or {}))
    del schemas[owner]["properties"]["pendingWithdrawal"]
    schemas[owner]["required"] = [n for n in schemas[owner].get("required", []) if n != "pendingWithdrawal"]
    book = data["paths"]["/trading-pairs/{trading_pair}/book"]["get"]
    level = next(p for p in book["parameters"] if p.get("name") == "level")
    level["required"] = True
    del data["paths"]["/assets"]
    _write(spec, data)
    git("commit", "-q", "-am", "two")

    assert spec_diff.main(["HEAD~1", "HEAD", "--repo", str(repo), "--fail-on-breaking"]) == 1
    out = capsys.readouterr().out
    assert "response field [].pendingWithdrawal removed" in out
    assert "parameter level made required" in out
    assert "BREAKING  removed operation GET /assets (getAssets)" in out
    assert "client.market.get_assets() removed" in out
    assert all(line.startswith("  BREAKING") for line in out.splitlines() if "removed" in line and "->" not in line)

    # The working tree is the default new side.
    assert spec_diff.main(["HEAD", "--repo", str(repo)]) == 0
    assert "no changes" in capsys.readouterr().out


def test_enum_narrowed_and_type_changed_are_breaking() -> None:
    old: dict[str, Any] = {
        "paths": {
            "/x": {
                "get": {
                    "operationId": "getX",
                    "tags": ["public"],
                    "parameters": [{"name": "side", "in": "query", "schema": {"type": "string", "enum": ["A", "B"]}}],
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {"type": "object", "properties": {"n": {"type": "integer"}}}
                                }
                            }
                        }
                    },
                }
            }
        }
    }
    new = copy.deepcopy(old)
    new["paths"]["/x"]["get"]["parameters"][0]["schema"]["enum"] = ["A"]
    new["paths"]["/x"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["n"] = {
        "type": "string"
    }
    changes = spec_diff.diff_models("v", spec_diff.SpecModel(old), spec_diff.SpecModel(new))
    texts = {c.text: c.breaking for c in changes}
    assert texts == {
        "GET /x (getX): parameter side: enum narrowed, removed B": True,
        "GET /x (getX): response field n: type integer -> string": True,
    }
