"""The `venuekit` command: every subcommand against the offline sandboxes, one-line errors and documented exit
statuses, exact money in tables and JSON."""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from venuekit import cli
from venuekit.cli.catalog import operations, venues
from venuekit.sandbox import Sandbox, known_venues

COMMANDS = ("venues", "ops", "call", "check-live", "sandbox", "record", "demo")


@pytest.fixture
def gmo(monkeypatch: pytest.MonkeyPatch) -> Iterator[Sandbox]:
    with Sandbox("gmo_coin") as sandbox:
        for name, value in sandbox.environ().items():
            monkeypatch.setenv(name, value)
        yield sandbox


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_help_of_the_console_script_and_of_python_m() -> None:
    script = Path(sys.executable).parent / "venuekit"
    assert script.exists(), "the console script is installed with the package ([project.scripts])"
    for command in ([str(script), "--help"], [sys.executable, "-m", "venuekit", "--help"]):
        result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=True)
        for name in COMMANDS:
            assert name in result.stdout
        assert "exit status:" in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_each_subcommand_has_help(capsys: pytest.CaptureFixture[str], command: str) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main([command, "--help"])
    assert exited.value.code == 0
    assert f"usage: venuekit {command}" in capsys.readouterr().out


def test_venues_lists_every_spec_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert venues() == known_venues()
    status, out, _ = run(capsys, "venues", "--json")
    rows = json.loads(out)
    assert status == 0
    assert [r["venue"] for r in rows] == known_venues()
    gmo = next(r for r in rows if r["venue"] == "gmo_coin")
    assert (gmo["operations"], gmo["public"], gmo["signed"]) == (31, 6, 25)
    assert gmo["streams"] == ["PrivateStream", "PublicStream"]
    status, out, _ = run(capsys, "venues")
    assert status == 0 and out.splitlines()[0].split()[:2] == ["venue", "operations"]


def test_ops_lists_every_generated_operation(capsys: pytest.CaptureFixture[str]) -> None:
    generated = sorted(Path("generated/hashkey_mena/api").glob("*/*.py"))
    modules = [p for p in generated if p.name != "__init__.py"]
    status, out, _ = run(capsys, "ops", "hashkey_mena", "--json")
    listed = json.loads(out)
    assert status == 0
    assert sorted(f"{p.parent.name}.{p.stem}" for p in modules) == sorted(item["operation"] for item in listed)
    order = next(item for item in listed if item["operation"] == "orders.create_order")
    assert (order["method"], order["signed"], order["kind"]) == ("POST", True, "places/moves money")


def test_ops_of_one_operation_shows_its_options(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "ops", "gmo_coin", "orders.create_order")
    assert status == 0
    assert out.startswith("orders.create_order: Create an order\nPOST /private/v1/order (signed, places/moves money)")
    rows = [re.split(r"\s{2,}", line) for line in out.splitlines()[3:]]
    assert ["--execution-type", "ExecutionType | Literal['MARKET', 'LIMIT', 'STOP']", "yes"] in rows
    assert ["--price", "Decimal | int | str | None"] in rows
    assert len(rows) == 2 + 8  # header, rule, one row per parameter


def test_call_prints_a_table_with_exact_money(capsys: pytest.CaptureFixture[str], gmo: Sandbox) -> None:
    status, out, err = run(capsys, "call", "gmo_coin", "public.get_ticker", "--symbol", "BTC")
    assert (status, err) == (0, "")
    header, _rule, row = out.splitlines()
    assert header.split() == ["ask", "bid", "high", "last", "low", "symbol", "timestamp", "volume"]
    assert row.split() == [
        "750760",
        "750600",
        "762302",
        "756662",
        "704874",
        "BTC",
        "2018-03-30T12:34:56.789Z",
        "194785.8484",
    ]


def test_call_json_keeps_json_numbers_exact() -> None:
    """GOPAX sends prices as JSON numbers; they come out with their digits, never through float."""
    with Sandbox("gopax") as sandbox:
        body = {"price": 123456789.123456789, "ask": 1, "bid": 1, "volume": 0.1, "quoteVolume": 1, "time": "x"}
        raw = Decimal("123456789.123456789")
        sandbox.answer(
            "getTicker", {**body, "price": raw, "volume": Decimal("0.00000001"), "time": "2020-01-01T00:00:00.000Z"}
        )
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "venuekit",
                "call",
                "gopax",
                "market.get_ticker",
                "--trading-pair",
                "BTC-KRW",
                "--json",
                "--base-url",
                sandbox.url,
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 0, result.stderr
    assert '"price": 123456789.123456789' in result.stdout
    assert '"volume": 0.00000001' in result.stdout
    assert json.loads(result.stdout, parse_float=Decimal)["price"] == raw


def test_call_accepts_wire_and_kebab_names_and_places_an_order(
    capsys: pytest.CaptureFixture[str], gmo: Sandbox
) -> None:
    argv = ["call", "gmo_coin", "orders.create_order", "--symbol", "BTC", "--side", "BUY", "--executionType", "LIMIT"]
    status, out, _ = run(capsys, *argv, "--size=0.01", "--price", "1001")
    assert status == 0 and out.strip() == "1000001"
    assert gmo.book.orders[1000001].price == "1001"  # as sent on the wire
    status, out, _ = run(capsys, "call", "gmo_coin", "orders.get_orders", "--order-id", "1000001", "--json")
    assert status == 0 and json.loads(out)["list"][0]["price"] == "1001"


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (
            ["call", "gmo_coin", "public.get_ticker", "--nope", "1"],
            2,
            "venuekit: gmo_coin public.get_ticker has no parameter 'nope'; parameters: --symbol\n",
        ),
        (["call", "gmo_coin", "public.get_orderbooks"], 2, "venuekit: public.get_orderbooks needs --symbol\n"),
        (
            ["call", "gmo_coin", "public.nope"],
            2,
            "venuekit: gmo_coin has no operation 'public.nope'; `venuekit ops gmo_coin` lists them\n",
        ),
        (
            ["call", "nowhere", "public.get_ticker"],
            2,
            "venuekit: unknown venue 'nowhere'; venues: bitunix, gmo_coin, gmo_coin_fx, gopax, hashkey_mena\n",
        ),
        (
            [
                "call",
                "gmo_coin",
                "orders.create_order",
                "--symbol",
                "BTC",
                "--side",
                "BUY",
                "--execution-type",
                "LIMIT",
                "--size",
                "1e3",
                "--price",
                "1",
            ],
            2,
            "venuekit: ValidationError: size: not a plain decimal number (digits, an optional '.' and '-'): '1e3'\n",
        ),
        (
            ["call", "gmo_coin", "orders.get_active_orders", "--symbol", "BTC", "--page", "one"],
            2,
            "venuekit: --page: expected an integer, got 'one'\n",
        ),
    ],
)
def test_call_refusals_are_one_line_with_exit_2(
    capsys: pytest.CaptureFixture[str], gmo: Sandbox, argv: list[str], status: int, message: str
) -> None:
    assert run(capsys, *argv) == (status, "", message)
    assert gmo.executed == []


def test_call_venue_error_is_one_line_with_exit_3(
    capsys: pytest.CaptureFixture[str], gmo: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GMO_COIN_API_SECRET", "wrong")
    status, out, err = run(capsys, "call", "gmo_coin", "account.get_assets")
    assert (status, out) == (3, "")
    assert err.startswith("venuekit: GmoCoinAuthenticationError: [gmo_coin ERR-5010 INVALID_API_SIGN] ")
    assert err.count("\n") == 1 and "wrong" not in err


def test_call_without_keys_is_a_configuration_error(
    capsys: pytest.CaptureFixture[str], gmo: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GMO_COIN_API_KEY")
    status, _, err = run(capsys, "call", "gmo_coin", "account.get_assets")
    assert status == 2 and err.startswith("venuekit: ConfigurationError: ") and "GMO_COIN_API_KEY" in err


def test_an_order_with_an_unknown_outcome_exits_4(capsys: pytest.CaptureFixture[str], gmo: Sandbox) -> None:
    gmo.answer("createOrder", {"error": "upstream"}, status=502)
    argv = ["call", "gmo_coin", "orders.create_order", "--symbol", "BTC", "--side", "BUY", "--execution-type", "MARKET"]
    status, out, err = run(capsys, *argv, "--size", "0.01")
    assert (status, out) == (4, "")
    assert err.startswith("venuekit: OrderStatusUnknownError: ") and err.count("\n") == 1


def test_check_live_against_a_sandbox_that_answers_as_documented(
    capsys: pytest.CaptureFixture[str], gmo: Sandbox
) -> None:
    status, out, err = run(capsys, "check-live", "gmo_coin", "--base-url", gmo.url)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"checking gmo_coin at {gmo.url}: 6 public read-only operations"
    progress = [line for line in lines if line.startswith("  [")]
    assert [line.split()[1] for line in progress] == [i.name for i in operations("gmo_coin") if i.public_read]
    assert "  [2/6] public.get_orderbooks symbol=BTC ... ok" in out
    assert lines[-1] == "6 operations: 6 as documented, 0 drifted, 0 failed, 0 skipped"


DRIFTED_TICKER = {
    "status": 0,
    "data": [
        {
            "ask": 750760,  # a number where the spec says a decimal string
            "bid": "750600",
            "high": "762302",
            "last": "756662",
            "low": "704874",
            "symbol": "BTC",
            "timestamp": "2018-03-30T12:34:56.789Z",
            # volume is gone
            "fundingRate": "0.0001",  # a field the spec does not know
        }
    ],
    "responsetime": "2019-03-19T02:15:06.001Z",
}


def test_check_live_catches_a_drifted_reply(capsys: pytest.CaptureFixture[str], gmo: Sandbox) -> None:
    gmo.answer("getTicker", DRIFTED_TICKER)
    status, out, err = run(capsys, "check-live", "gmo_coin", "--base-url", gmo.url)
    assert (status, err) == (1, "")
    assert "  [5/6] public.get_ticker symbol=BTC ... DRIFT (4 findings)" in out
    rows = {tuple(line.split(None, 3)) for line in out.splitlines() if line.startswith("public.get_ticker")}
    assert rows == {
        ("public.get_ticker", "DRIFT", "data[].volume", "missing field: documented as always sent"),
        ("public.get_ticker", "DRIFT", "data[].ask", "type changed: documented string (decimal), got integer 750760"),
        ("public.get_ticker", "DRIFT", "data[].fundingRate", "new field: string 0.0001"),
        ("public.get_ticker", "DRIFT", "(body)", "not decodable: the typed client refuses it: missing field 'volume'"),
    }
    assert out.splitlines()[-1] == "6 operations: 5 as documented, 1 drifted, 0 failed, 0 skipped"


def test_check_live_json_report_and_new_enum_value(capsys: pytest.CaptureFixture[str], gmo: Sandbox) -> None:
    gmo.answer("getStatus", {"status": 0, "data": {"status": "HALTED"}, "responsetime": "2019-03-19T02:15:06.001Z"})
    status, out, err = run(capsys, "check-live", "gmo_coin", "--only", "public.get_status", "--json")
    report = json.loads(out)
    assert status == 1 and err.startswith("checking gmo_coin at ")
    (checked,) = report["operations"]
    assert checked["result"] == "drift"
    assert checked["findings"] == [
        {"path": "data.status", "kind": "new value", "detail": "documented MAINTENANCE, PREOPEN, OPEN; got HALTED"}
    ]


def test_check_live_reports_calls_that_fail_with_exit_3(capsys: pytest.CaptureFixture[str]) -> None:
    gone = Sandbox("gmo_coin")
    url = gone.url
    gone.stop()  # nothing listens there any more
    status, out, _ = run(
        capsys, "check-live", "gmo_coin", "--base-url", url, "--only", "public.get_status", "--timeout", "2"
    )
    assert status == 3
    assert "public.get_status  FAILED" in out and "TransportError" in out


def test_check_live_on_every_venue_sandbox(capsys: pytest.CaptureFixture[str]) -> None:
    for venue in known_venues():
        with Sandbox(venue) as sandbox:
            status, out, _ = run(capsys, "check-live", venue, "--base-url", sandbox.url)
        assert status == 0, out
        count = sum(i.public_read for i in operations(venue))
        assert out.splitlines()[-1] == f"{count} operations: {count} as documented, 0 drifted, 0 failed, 0 skipped"


def test_sandbox_and_record_subcommands(tmp_path: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "venuekit",
        "sandbox",
        "gmo_coin",
        "--port",
        "0",
        "--tick",
        "0.05",
        "--exit-after",
        "30",
    ]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as server:
        try:
            assert server.stdout is not None
            first = server.stdout.readline()
            assert first.startswith("gmo_coin sandbox listening on http://127.0.0.1:")
            ws = first.rsplit("streams on ", 1)[1].strip()
            out = tmp_path / "btc.jsonl"
            record = [
                sys.executable,
                "-m",
                "venuekit",
                "record",
                "gmo_coin",
                "PublicStream",
                "ticker:symbol=BTC",
                "--out",
                str(out),
                "--frames",
                "3",
                "--url",
                ws + "/ws/public/v1",
            ]
            result = subprocess.run(record, capture_output=True, text=True, timeout=60)
            assert result.returncode == 0, result.stderr
            assert "3 frames recorded to" in result.stderr
            frames = [json.loads(line) for line in out.read_text().splitlines()]
            tickers = [json.loads(line["frame"]) for line in frames if line.get("channel") == "ticker"]
            assert len(tickers) >= 3 and {t["symbol"] for t in tickers} == {"BTC"}
            assert len({t["ask"] for t in tickers}) > 1  # the docs' example, then the moving market (--tick)
        finally:
            server.terminate()
            server.wait(timeout=10)


def test_record_refusal_is_one_line_with_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, _, err = run(capsys, "record", "gmo_coin", "NoStream", "ticker", "--out", str(tmp_path / "x"))
    assert status == 2
    assert err == "venuekit: gmo_coin has no stream 'NoStream'; streams: PrivateStream, PublicStream\n"


def test_demo_subcommand_runs_the_tour(capsys: pytest.CaptureFixture[str]) -> None:
    sdk_log = logging.getLogger("venuekit")
    before = (sdk_log.propagate, list(sdk_log.handlers))
    status, out, _ = run(capsys, "demo", "--venue", "gopax")
    assert (sdk_log.propagate, sdk_log.handlers) == before  # quiet for the tour only: nothing leaks to the process
    assert status == 0, out
    assert "venuekit demo: 1 offline sandboxes on 127.0.0.1" in out
    assert "steps ok" in out and "FAIL" not in out


def test_a_file_that_cannot_be_written_is_one_line(
    capsys: pytest.CaptureFixture[str], gmo: Sandbox, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "dir" / "x.jsonl"
    argv = ["record", "gmo_coin", "PublicStream", "ticker:symbol=BTC", "--out", str(target), "--frames", "1"]
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert err.startswith("venuekit: [Errno 2] No such file or directory: ") and err.count("\n") == 1
