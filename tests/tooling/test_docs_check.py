"""docs-check fails, naming the item, when a spec loses something the docs document; passes on the real specs."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from generator import docs_check
from tests.tooling.support import SPECS, dump_yaml, load_yaml


def _copy(tmp_path: Path, venue: str) -> tuple[Path, Path, dict[str, Any]]:
    """A copy of the venue's spec and inventory in tmp_path (the real files are never touched)."""
    spec = tmp_path / venue / "openapi.yaml"
    inventory = tmp_path / venue / "doc-inventory.yaml"
    spec.parent.mkdir(parents=True)
    shutil.copy(SPECS / venue / "openapi.yaml", spec)
    shutil.copy(SPECS / venue / "doc-inventory.yaml", inventory)
    data: dict[str, Any] = load_yaml(spec.read_text(encoding="utf-8"))
    return spec, inventory, data


def _run(venue: str, spec: Path, inventory: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = docs_check.main([venue, "--spec", str(spec), "--inventory", str(inventory)])
    return code, capsys.readouterr().out


def _save(path: Path, data: dict[str, Any]) -> None:
    path.write_text(dump_yaml(data), encoding="utf-8")


def test_real_specs_pass(capsys: pytest.CaptureFixture[str]) -> None:
    assert docs_check.main([]) == 0, capsys.readouterr().out
    out = capsys.readouterr().out
    for venue in ("gmo_coin", "gmo_coin_fx", "hashkey_mena", "gopax", "bitunix"):
        assert f"docs-check {venue}: OK" in out


def test_removed_operation_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec, inventory, data = _copy(tmp_path, "gmo_coin")
    del data["paths"]["/v1/klines"]
    _save(spec, data)
    code, out = _run("gmo_coin", spec, inventory, capsys)
    assert code == 1
    assert "missing-operation: GET /public/v1/klines" in out


def test_removed_parameter_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec, inventory, data = _copy(tmp_path, "hashkey_mena")
    operation = data["paths"]["/api/v1/account/trades"]["get"]
    operation["parameters"] = [p for p in operation["parameters"] if p.get("name") != "fromId"]
    _save(spec, data)
    code, out = _run("hashkey_mena", spec, inventory, capsys)
    assert code == 1
    assert "GET /api/v1/account/trades: documented parameter fromId is not in the spec" in out


def test_removed_body_parameter_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec, inventory, data = _copy(tmp_path, "gmo_coin")
    request = data["components"]["schemas"]["ChangeLosscutPriceRequest"]
    del request["properties"]["losscutPrice"]
    request["required"] = [n for n in request.get("required", []) if n != "losscutPrice"]
    _save(spec, data)
    code, out = _run("gmo_coin", spec, inventory, capsys)
    assert code == 1
    assert "POST /private/v1/changeLosscutPrice: documented parameter losscutPrice is not in the spec" in out


def test_removed_response_field_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec, inventory, data = _copy(tmp_path, "gopax")
    schemas = data["components"]["schemas"]
    owners = [name for name, schema in schemas.items() if "pendingWithdrawal" in (schema.get("properties") or {})]
    assert owners
    for name in owners:
        del schemas[name]["properties"]["pendingWithdrawal"]
        schemas[name]["required"] = [n for n in schemas[name].get("required", []) if n != "pendingWithdrawal"]
    _save(spec, data)
    code, out = _run("gopax", spec, inventory, capsys)
    assert code == 1
    assert "GET /balances: documented response field pendingWithdrawal is not in the 200 response schema" in out


def test_required_flag_and_error_code_are_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec, inventory, data = _copy(tmp_path, "gmo_coin")
    data["paths"]["/v1/orderbooks"]["get"]["parameters"][0]["required"] = False
    data["info"]["x-error-codes"] = [e for e in data["info"]["x-error-codes"] if e["code"] != "ERR-5003"]
    _save(spec, data)
    code, out = _run("gmo_coin", spec, inventory, capsys)
    assert code == 1
    assert "required-mismatch: GET /public/v1/orderbooks: parameter symbol is documented as required" in out
    assert "missing-error-code: documented error code ERR-5003" in out


def test_unmarked_spec_operation_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec, inventory, data = _copy(tmp_path, "gmo_coin_fx")
    del data["paths"]["/v1/changeOrder"]["post"]["x-source"]
    _save(spec, data)
    code, out = _run("gmo_coin_fx", spec, inventory, capsys)
    assert code == 1
    assert "spec operation changeOrder (POST /private/v1/changeOrder) is not in the doc inventory" in out


def test_accepted_difference_needs_a_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec, inventory, _ = _copy(tmp_path, "gmo_coin")
    text = inventory.read_text(encoding="utf-8")
    inventory.write_text(text.replace("    reason: >-\n", "    note: >-\n", 1), encoding="utf-8")
    code, out = _run("gmo_coin", spec, inventory, capsys)
    assert code == 1
    assert "list.volume" in out
