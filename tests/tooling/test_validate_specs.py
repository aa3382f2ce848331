"""validate-specs passes on the real specs and names what is wrong in a broken one."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator import validate_specs


def test_real_specs_validate(capsys: pytest.CaptureFixture[str]) -> None:
    assert validate_specs.main([]) == 0, capsys.readouterr().out
    out = capsys.readouterr().out
    assert out.count(": OK") == len(validate_specs.spec_files())


MINIMAL = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/a": {
            "get": {
                "operationId": "getA",
                "tags": ["public", "extra"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Missing"}}},
                    }
                },
            }
        },
        "/b": {"get": {"tags": ["public"], "responses": {"200": {"description": "ok"}}}},
    },
}


def test_rules_are_enforced(tmp_path: Path) -> None:
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(MINIMAL), encoding="utf-8")
    problems = "\n".join(validate_specs.check_file(path))
    assert "$ref #/components/schemas/Missing does not resolve" in problems
    assert "GET /a: needs exactly one tag, has 2" in problems
    assert "GET /a: no response has an example" in problems
    assert "GET /b: no operationId" in problems


def test_asyncapi_is_validated_against_the_vendored_schema(tmp_path: Path) -> None:
    good = {
        "asyncapi": "3.0.0",
        "info": {"title": "t", "version": "1"},
        "channels": {"trades": {"address": "trades", "messages": {"trade": {"payload": {"type": "object"}}}}},
        "operations": {"onTrade": {"action": "receive", "channel": {"$ref": "#/channels/trades"}}},
    }
    path = tmp_path / "asyncapi.yaml"
    path.write_text(yaml.safe_dump(good), encoding="utf-8")
    assert validate_specs.check_file(path) == []

    good["operations"]["onTrade"]["action"] = "listen"  # type: ignore[index]
    good["operations"]["onTrade"]["channel"] = {"$ref": "#/channels/nope"}  # type: ignore[index]
    path.write_text(yaml.safe_dump(good), encoding="utf-8")
    problems = "\n".join(validate_specs.check_file(path))
    assert "operations/onTrade" in problems
    assert "$ref #/channels/nope does not resolve" in problems
