"""How `venuekit check-live` hands its options on: to `check_live` (the command) and to the venue's Client (the
check), and what it reports for a reply the typed client cannot decode."""

from __future__ import annotations

import sys
from typing import Any

import pytest

import venuekit.gmo_coin
from venuekit import cli
from venuekit.cli import drift
from venuekit.cli.drift import Checked, check_live
from venuekit.sandbox import Sandbox


@pytest.fixture(autouse=True)
def _no_gmo_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for suffix in ("API_KEY", "API_SECRET", "BASE_URL", "WS_BASE_URL"):
        monkeypatch.delenv(f"GMO_COIN_{suffix}", raising=False)


@pytest.mark.parametrize(("flag", "stream"), [((), "stdout"), (("--json",), "stderr")])
def test_the_command_passes_every_option_on(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, flag: tuple[str, ...], stream: str
) -> None:
    seen: list[tuple[str, dict[str, Any]]] = []

    def checker(venue: str, **options: Any) -> list[Checked]:
        seen.append((venue, options))
        return [Checked("public.get_status", {})]

    monkeypatch.setattr(drift, "check_live", checker)
    argv = ["check-live", "gmo_coin", "--base-url", "http://127.0.0.1:9", "--environment", "production"]
    status = cli.main([*argv, "--only", "public.get_status", "--timeout", "2.5", *flag])
    out, _ = capsys.readouterr()
    assert status == 0
    assert seen == [
        (
            "gmo_coin",
            {
                "base_url": "http://127.0.0.1:9",
                "environment": "production",
                "only": ["public.get_status"],
                "progress": getattr(sys, stream),
                "client_options": {"timeout": 2.5},
            },
        )
    ]
    if flag:
        assert out == (
            '{\n  "venue": "gmo_coin",\n  "operations": [\n    {\n      "operation": "public.get_status",\n'
            '      "arguments": {},\n      "result": "ok",\n      "error": null,\n      "findings": []\n    }\n  ]\n}\n'
        )
    else:
        assert out == (
            "\noperation          result  where  finding\n-----------------  ------  -----  -------\n"
            "public.get_status  ok\n\n1 operations: 1 as documented, 0 drifted, 0 failed, 0 skipped\n"
        )


def test_the_check_builds_the_client_with_the_options(monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[dict[str, Any]] = []
    real = venuekit.gmo_coin.Client

    class Spy(real):  # type: ignore[misc,valid-type]
        def __init__(self, **options: Any) -> None:
            built.append(options)
            super().__init__(**options)

    monkeypatch.setattr(venuekit.gmo_coin, "Client", Spy)
    with Sandbox("gmo_coin") as sandbox:
        options = {"base_url": sandbox.url, "environment": None, "only": ["public.get_status"]}
        (plain,) = check_live("gmo_coin", progress=sys.stderr, **options)  # type: ignore[arg-type]
        (timed,) = check_live("gmo_coin", progress=sys.stderr, client_options={"timeout": 3.0}, **options)  # type: ignore[arg-type]
    assert (plain.result, timed.result) == ("ok", "ok")
    assert built == [
        {"base_url": sandbox.url, "environment": None},
        {"base_url": sandbox.url, "environment": None, "timeout": 3.0},
    ]


def test_a_reply_the_typed_client_refuses(capsys: pytest.CaptureFixture[str]) -> None:
    with Sandbox("gmo_coin") as sandbox:
        sandbox.answer("getStatus", {"status": 0, "data": {"status": 5}, "responsetime": "2019-03-19T02:15:06.001Z"})
        (checked,) = check_live(
            "gmo_coin", base_url=sandbox.url, environment=None, only=["public.get_status"], progress=sys.stderr
        )
    assert (checked.operation, checked.arguments, checked.result, checked.error) == (
        "public.get_status",
        {},
        "DRIFT",
        "",
    )
    assert [(f.path, f.kind, f.detail) for f in checked.findings] == [
        ("data.status", "new value", "documented MAINTENANCE, PREOPEN, OPEN; got 5"),
        ("(body)", "not decodable", "the typed client refuses it: 5 is not a valid ServiceStatus"),
    ]
