"""The `venuekit` command in process: its whole command line (every option, default and help text), the exit
status and the one stderr line of every failure kind, and the full text `venues`, `ops` and `call` print."""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, ClassVar

import pytest

import venuekit
from venuekit import cli
from venuekit.cli.catalog import UsageError, operations
from venuekit.errors import (
    ConfigurationError,
    OrderStatusUnknownError,
    TransportError,
    ValidationError,
    VenueError,
)
from venuekit.extras import MissingExtraError
from venuekit.sandbox import Sandbox


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


# --- the command line ----------------------------------------------------------------------------------------
def _describe(parser: argparse.ArgumentParser) -> dict[str, Any]:
    described: dict[str, Any] = {
        "prog": parser.prog,
        "description": parser.description,
        "epilog": parser.epilog,
        "actions": [],
    }
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            described["commands"] = [(choice.dest, choice.help) for choice in action._choices_actions]
            described["actions"].append(("COMMANDS", action.dest, action.metavar, action.required))
            continue
        described["actions"].append(
            (
                type(action).__name__,
                tuple(action.option_strings),
                action.dest,
                action.nargs,
                action.default,
                action.type,
                action.metavar,
                action.required,
                action.help,
            )
        )
    return described


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (commands,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(commands.choices)


HELP = (
    "_HelpAction",
    ("-h", "--help"),
    "help",
    0,
    "==SUPPRESS==",
    None,
    None,
    False,
    "show this help message and exit",
)
CONNECTION = [
    (
        "_StoreAction",
        ("--base-url",),
        "base_url",
        None,
        None,
        None,
        None,
        False,
        "send to this origin instead of the venue's (e.g. a sandbox)",
    ),
    (
        "_StoreAction",
        ("--environment",),
        "environment",
        None,
        None,
        None,
        None,
        False,
        "one of the venue's named environments (e.g. sandbox)",
    ),
    ("_StoreAction", ("--timeout",), "timeout", None, 10.0, float, "SECONDS", False, "per network operation"),
]
VENUE = ("_StoreAction", (), "venue", None, None, None, None, True, None)
OPERATION_HELP = "GROUP.OPERATION, e.g. public.get_ticker"


def test_the_top_level_command_line() -> None:
    parser = cli._parser()
    assert _describe(parser) == {
        "prog": "venuekit",
        "description": "Typed clients for trading venues: list venues and operations, call one, run the offline "
        "sandboxes and the demo, record streams, check a live venue against its spec.",
        "epilog": "exit status: 0 ok; 1 drift (check-live) or a failed demo step; 2 usage, a refused value, missing "
        "keys or extra; 3 the call failed; 4 an order's outcome is unknown; 130 interrupted",
        "actions": [
            HELP,
            (
                "_VersionAction",
                ("--version",),
                "version",
                0,
                "==SUPPRESS==",
                None,
                None,
                False,
                "show program's version number and exit",
            ),
            ("COMMANDS", "command", "COMMAND", True),
        ],
        "commands": [
            ("venues", "the venues and what they offer"),
            ("ops", "a venue's operations, or one operation's parameters"),
            ("call", "call one operation"),
            ("check-live", "call every public read-only operation and compare the replies with the spec"),
            ("sandbox", "serve a venue's offline sandbox on 127.0.0.1"),
            ("demo", "the SDK against every venue's sandbox: a scripted tour"),
            ("record", "record a venue stream to a file (replay it later)"),
        ],
    }


def test_the_venues_ops_call_and_check_live_command_lines() -> None:
    commands = _subparsers(cli._parser())
    json_flag = ("_StoreTrueAction", ("--json",), "json", 0, False, None, None, False)
    assert _describe(commands["venues"]) == {
        "prog": "venuekit venues",
        "description": None,
        "epilog": None,
        "actions": [HELP, (*json_flag, "print JSON")],
    }
    assert _describe(commands["ops"]) == {
        "prog": "venuekit ops",
        "description": None,
        "epilog": None,
        "actions": [
            HELP,
            VENUE,
            ("_StoreAction", (), "operation", "?", None, None, None, False, OPERATION_HELP),
            (*json_flag, "print JSON"),
        ],
    }
    assert _describe(commands["call"]) == {
        "prog": "venuekit call",
        "description": "Call one operation with --PARAMETER VALUE options (`venuekit ops VENUE OPERATION` lists "
        "them; snake_case, kebab-case or the venue's wire name). Keys come from the venue's environment variables "
        "(e.g. GMO_COIN_API_KEY / GMO_COIN_API_SECRET). Money is passed and printed with its exact digits.",
        "epilog": None,
        "actions": [
            HELP,
            VENUE,
            ("_StoreAction", (), "operation", None, None, None, None, True, OPERATION_HELP),
            *CONNECTION,
            (*json_flag, "print the result as JSON (wire names, exact numbers)"),
        ],
    }
    assert _describe(commands["check-live"]) == {
        "prog": "venuekit check-live",
        "description": "Call every public read-only operation of VENUE with its documented example parameters and "
        "compare each reply with the spec: new fields, missing fields, changed types, new enum values, replies the "
        "typed client cannot decode. Exit 1 on drift, 3 when a call failed.",
        "epilog": None,
        "actions": [
            HELP,
            VENUE,
            *CONNECTION,
            (
                "_AppendAction",
                ("--only",),
                "only",
                None,
                [],
                None,
                "GROUP.OPERATION",
                False,
                "only these (repeatable)",
            ),
            (*json_flag, "print the report as JSON (progress goes to stderr)"),
        ],
    }


def test_parsed_defaults_of_each_command() -> None:
    parser = cli._parser()
    assert vars(parser.parse_args(["call", "gmo_coin", "public.get_ticker"])) == {
        "command": "call",
        "venue": "gmo_coin",
        "operation": "public.get_ticker",
        "base_url": None,
        "environment": None,
        "timeout": 10.0,
        "json": False,
    }
    assert vars(parser.parse_args(["check-live", "gopax", "--only", "a.b", "--only", "c.d", "--timeout", "2.5"])) == {
        "command": "check-live",
        "venue": "gopax",
        "base_url": None,
        "environment": None,
        "timeout": 2.5,
        "only": ["a.b", "c.d"],
        "json": False,
    }
    sandbox = parser.parse_args(["sandbox", "gmo_coin"])
    assert sandbox.sandbox_parser is _subparsers(parser)["sandbox"]  # what `venuekit.sandbox.__main__.run` reports on


def test_version_and_a_missing_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["--version"])
    assert (exited.value.code, capsys.readouterr().out) == (0, f"venuekit {venuekit.__version__}\n")
    with pytest.raises(SystemExit) as exited:
        cli.main([])
    assert exited.value.code == 2
    assert capsys.readouterr().err.endswith("venuekit: error: the following arguments are required: COMMAND\n")


def test_unknown_options_outside_call_are_argparse_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main(["venues", "--nope"])
    assert exited.value.code == 2
    assert capsys.readouterr().err.endswith("venuekit: error: unrecognized arguments: --nope\n")


@pytest.fixture
def without_pyyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    """As installed without the sandbox extra: `import yaml` fails, so the sandbox modules cannot load."""
    monkeypatch.setitem(sys.modules, "yaml", None)
    for name in ("venuekit.sandbox.spec", "venuekit.sandbox.__main__", "venuekit.sandbox.demo"):
        monkeypatch.delitem(sys.modules, name, raising=False)


@pytest.mark.usefixtures("without_pyyaml")
def test_without_the_sandbox_extra_sandbox_and_demo_take_any_arguments_and_name_the_extra(
    capsys: pytest.CaptureFixture[str],
) -> None:
    message = "venuekit: venuekit.sandbox needs PyYAML: pip install 'venuekit[sandbox]'\n"
    assert run(capsys, "sandbox", "gmo_coin", "--port", "0", "--seed", "7") == (2, "", message)
    assert run(capsys, "demo", "--venue", "gopax") == (2, "", message)
    assert run(capsys, "demo") == (2, "", message)
    with pytest.raises(SystemExit) as exited:  # the other commands still refuse unknown options
        cli.main(["venues", "--port", "0"])
    assert exited.value.code == 2
    assert capsys.readouterr().err.endswith("venuekit: error: unrecognized arguments: --port 0\n")


# --- exit statuses and the one stderr line --------------------------------------------------------------------
UNKNOWN = OrderStatusUnknownError(operation="create_order", cause=TransportError("reset", operation="create_order"))


@pytest.mark.parametrize(
    ("error", "status", "line"),
    [
        (UsageError("bad usage"), 2, "venuekit: bad usage\n"),
        (
            MissingExtraError("x needs y: pip install 'venuekit[z]'"),
            2,
            "venuekit: x needs y: pip install 'venuekit[z]'\n",
        ),
        (
            UNKNOWN,
            4,
            "venuekit: OrderStatusUnknownError: create_order: order status unknown after TransportError: "
            "create_order: reset; no client order id was sent: check the open orders and recent executions\n",
        ),
        (
            ValidationError("size", "too small"),
            2,
            f"venuekit: ValidationError: {ValidationError('size', 'too small')}\n",
        ),
        (ConfigurationError("no keys"), 2, "venuekit: ConfigurationError: no keys\n"),
        (TransportError("refused", operation="get_ticker"), 3, "venuekit: TransportError: get_ticker: refused\n"),
        (VenueError("odd"), 3, "venuekit: VenueError: odd\n"),
        (KeyboardInterrupt(), 130, "venuekit: interrupted\n"),
        (PermissionError(13, "Permission denied", "/x"), 2, "venuekit: [Errno 13] Permission denied: '/x'\n"),
    ],
)
def test_each_failure_kind_has_its_exit_status_and_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, error: BaseException, status: int, line: str
) -> None:
    def command(args: argparse.Namespace, rest: list[str]) -> int:
        raise error

    monkeypatch.setitem(cli._COMMANDS, "venues", command)
    assert run(capsys, "venues") == (status, "", line)


def test_other_exceptions_are_not_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    def command(args: argparse.Namespace, rest: list[str]) -> int:
        raise RuntimeError("a bug")

    monkeypatch.setitem(cli._COMMANDS, "venues", command)
    with pytest.raises(RuntimeError, match="a bug"):
        cli.main(["venues"])


def test_the_sdk_log_is_quiet_during_a_command_only(monkeypatch: pytest.MonkeyPatch) -> None:
    sdk_log = logging.getLogger("venuekit")
    before = list(sdk_log.handlers)
    seen: list[list[logging.Handler]] = []

    def command(args: argparse.Namespace, rest: list[str]) -> int:
        seen.append(list(sdk_log.handlers))
        return 7

    monkeypatch.setitem(cli._COMMANDS, "venues", command)
    assert cli.main(["venues"]) == 7
    ((*kept, added),) = seen
    assert kept == before and type(added) is logging.NullHandler
    assert sdk_log.handlers == before


# --- the console script -----------------------------------------------------------------------------------------
def test_entry_exits_with_the_status_of_main(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "main", lambda: 3)
    with pytest.raises(SystemExit) as exited:
        cli.entry()
    assert exited.value.code == 3


def test_a_reader_that_left_ends_the_command_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """`venuekit ops gmo_coin | head`: no traceback, no error line; stdout goes to /dev/null so that the exit's
    own flush cannot fail again."""

    def command(args: argparse.Namespace, rest: list[str]) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setitem(cli._COMMANDS, "venues", command)
    monkeypatch.setattr(sys, "argv", ["venuekit", "venues"])
    with open(tmp_path / "stdout", "w") as stdout:
        monkeypatch.setattr(sys, "stdout", stdout)
        with pytest.raises(SystemExit) as exited:
            cli.entry()
        assert os.path.samestat(os.fstat(stdout.fileno()), os.stat(os.devnull))
    assert exited.value.code == 1
    assert capsys.readouterr().err == ""


def test_a_closed_pipe_in_a_real_process_is_quiet() -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will read: the first write fails with EPIPE
    try:
        result = subprocess.run(
            [sys.executable, "-m", "venuekit", "ops", "gmo_coin"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert (result.returncode, result.stderr) == (1, "")


# --- venues / ops / call: what they print ----------------------------------------------------------------------
def test_venues_table_shows_each_json_row(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "venues", "--json")
    rows = json.loads(out)
    assert status == 0
    assert next(r for r in rows if r["venue"] == "gmo_coin") == {
        "venue": "gmo_coin",
        "operations": 31,
        "public": 6,
        "signed": 25,
        "streams": ["PrivateStream", "PublicStream"],
        "keys": "GMO_COIN_API_KEY / _API_SECRET",
        "environments": {"production": "https://api.coin.z.com"},
    }
    status, out, _ = run(capsys, "venues")
    header, rule, *lines = out.splitlines()
    assert status == 0 and len(lines) == len(rows)
    assert re.split(r"\s{2,}", header) == [
        "venue",
        "operations",
        "public",
        "signed",
        "streams",
        "keys",
        "default origin",
    ]
    assert set(rule.replace(" ", "")) == {"-"}
    for line, row in zip(lines, rows, strict=True):
        assert re.split(r"\s{2,}", line) == [
            row["venue"],
            str(row["operations"]),
            str(row["public"]),
            str(row["signed"]),
            ", ".join(row["streams"]),
            row["keys"],
            next(iter(row["environments"].values())),
        ]
    assert "hashkey_mena  41          11      30      PrivateStream, PublicStream, PublicStreamV2  " in out


def test_ops_of_one_operation_in_full(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "ops", "gmo_coin", "public.get_ticker", "--json") == (
        0,
        json.dumps(
            {
                "operation": "public.get_ticker",
                "summary": "Get the latest rates",
                "http": "GET /public/v1/ticker",
                "signed": False,
                "kind": "read",
                "operation_id": "getTicker",
                "parameters": [{"name": "symbol", "type": "str | None", "required": False}],
            },
            indent=2,
        )
        + "\n",
        "",
    )
    assert run(capsys, "ops", "gopax", "orders.get_orders") == (
        0,
        "orders.get_orders: Get the open orders.\n"
        "GET /orders (signed, read)\n"
        "\n"
        "option          type         required\n"
        "--------------  -----------  --------\n"
        "--include-past  bool | None\n",
        "",
    )
    assert run(capsys, "ops", "gmo_coin", "public.get_status") == (
        0,
        "public.get_status: Get the service status\nGET /public/v1/status (public, read)\n\n(no parameters)\n",
        "",
    )


def test_ops_of_a_venue_in_full(capsys: pytest.CaptureFixture[str]) -> None:
    every = operations("gmo_coin")
    status, out, _ = run(capsys, "ops", "gmo_coin", "--json")
    listed = json.loads(out)
    assert status == 0 and len(listed) == len(every)
    assert listed[[i.name for i in every].index("public.get_ticker")] == {
        "operation": "public.get_ticker",
        "method": "GET",
        "path": "/public/v1/ticker",
        "signed": False,
        "kind": "read",
        "summary": "Get the latest rates",
    }
    status, out, _ = run(capsys, "ops", "gmo_coin")
    header, _rule, *lines = out.splitlines()
    assert re.split(r"\s{2,}", header) == ["operation", "request", "auth", "kind", "summary"]
    rows = [re.split(r"\s{2,}", line) for line in lines]
    assert ["public.get_ticker", "GET /public/v1/ticker", "public", "read", "Get the latest rates"] in rows
    assert ["orders.create_order", "POST /private/v1/order", "signed", "places/moves money", "Create an order"] in rows
    assert [row[2] for row in rows] == ["signed" if i.operation.signed else "public" for i in every]


class _Recorder:
    """Stands in for a venue's Client: records how the command builds it and what it calls."""

    built: ClassVar[dict[str, Any]] = {}
    calls: ClassVar[list[tuple[str, str, dict[str, Any]]]] = []

    def __init__(self, **options: Any) -> None:
        type(self).built = options

    def __enter__(self) -> _Recorder:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def __getattr__(self, group: str) -> Any:
        def method_of(name: str) -> Any:
            def method(**kwargs: Any) -> Any:
                type(self).calls.append((group, name, kwargs))
                return {"ok": True}

            return method

        return type("Group", (), {"__getattr__": lambda _, name: method_of(name)})()


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> type[_Recorder]:
    _Recorder.built, _Recorder.calls = {}, []
    for venue in ("gmo_coin", "gopax"):
        monkeypatch.setattr(f"venuekit.{venue}.Client", _Recorder)
    return _Recorder


def test_call_builds_the_client_from_the_connection_options(
    capsys: pytest.CaptureFixture[str], recorder: type[_Recorder]
) -> None:
    argv = ["call", "gmo_coin", "public.get_ticker", "--symbol", "BTC"]
    assert run(capsys, *argv) == (0, "field  value\n-----  -----\nok     true\n", "")
    assert recorder.built == {"base_url": None, "environment": None, "timeout": 10.0}
    more = ["--base-url", "http://127.0.0.1:9", "--environment", "production", "--timeout", "2.5", "--json"]
    assert run(capsys, *argv, *more) == (0, '{\n  "ok": true\n}\n', "")
    assert recorder.built == {"base_url": "http://127.0.0.1:9", "environment": "production", "timeout": 2.5}
    assert recorder.calls == [("public", "get_ticker", {"symbol": "BTC"})] * 2


def test_call_a_boolean_option_without_a_value_means_true(
    capsys: pytest.CaptureFixture[str], recorder: type[_Recorder]
) -> None:
    assert run(capsys, "call", "gopax", "orders.get_orders", "--include-past")[0] == 0
    assert run(capsys, "call", "gopax", "orders.get_orders", "--includePast", "--include-past=no")[0] == 2
    assert run(capsys, "call", "gopax", "orders.get_orders", "--include_past=off")[0] == 0
    assert recorder.calls == [
        ("orders", "get_orders", {"include_past": True}),
        ("orders", "get_orders", {"include_past": False}),
    ]


CREATE_LIMIT_ORDER = ["orders.create_order", "--symbol", "BTC", "--side", "BUY", "--execution-type", "LIMIT"]


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["public.get_ticker", "--symbol"], "--symbol needs a value"),
        (["public.get_ticker", "--symbol", "--symbol", "BTC"], "--symbol needs a value"),
        (["public.get_ticker", "BTC"], "expected --PARAMETER VALUE, got 'BTC'"),
        (["public.get_ticker", "-s", "BTC"], "expected --PARAMETER VALUE, got '-s'"),
        (["public.get_ticker", "--", "--"], "expected --PARAMETER VALUE, got '--'"),  # argparse takes the first
        (["public.get_ticker", "--symbol", "A", "--symbol", "B"], "--symbol was given 2 times; it takes one value"),
        (
            ["orders.create_order", "--symbol", "BTC", "--side", "BUY", "--size", "1"],
            "orders.create_order needs --execution-type",
        ),
        (["orders.create_order"], "orders.create_order needs --symbol, --side, --execution-type, --size"),
        (["public.get_status", "--x", "1"], "gmo_coin public.get_status has no parameter 'x'; parameters: (none)"),
        (
            [*CREATE_LIMIT_ORDER, "--size", "1", "--cancel-before", "maybe"],
            "--cancel-before: expected true or false, got 'maybe'",
        ),
    ],
)
def test_call_refusals_name_the_option(
    capsys: pytest.CaptureFixture[str], recorder: type[_Recorder], argv: list[str], line: str
) -> None:
    assert run(capsys, "call", "gmo_coin", *argv) == (2, "", f"venuekit: {line}\n")
    assert recorder.calls == []


def test_call_against_a_sandbox_by_base_url(capsys: pytest.CaptureFixture[str]) -> None:
    with Sandbox("gmo_coin") as sandbox:
        status, out, err = run(capsys, "call", "gmo_coin", "public.get_status", "--base-url", sandbox.url)
    assert (status, out, err) == (0, "field   value\n------  -----\nstatus  OPEN\n", "")


def test_a_venue_without_streams_shows_a_dash(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import venuekit.gopax

    monkeypatch.setattr("venuekit.cli.catalog.venues", lambda: ["gopax"])
    monkeypatch.setattr(venuekit.gopax, "__all__", ["Client"])
    status, out, _ = run(capsys, "venues")
    assert status == 0
    assert (
        out.splitlines()[2]
        == "gopax  16          8       8       -        GOPAX_API_KEY / _API_SECRET  https://api.gopax.co.kr"
    )
    assert json.loads(run(capsys, "venues", "--json")[1])[0]["streams"] == []


def test_find_by_group_and_name_by_name_or_by_operation_id(monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from venuekit.cli import catalog

    assert {catalog.find("gmo_coin", name).name for name in ("public.get_ticker", "get_ticker", "getTicker")} == {
        "public.get_ticker"
    }
    with pytest.raises(UsageError) as refused:
        catalog.find("gmo_coin", "ticker")
    assert str(refused.value) == "gmo_coin has no operation 'ticker'; `venuekit ops gmo_coin` lists them"
    twins = tuple(
        SimpleNamespace(
            name=f"{group}.get_list", operation=SimpleNamespace(name="get_list", operation_id=f"{group}List")
        )
        for group in ("spot", "margin")
    )
    monkeypatch.setattr(catalog, "operations", lambda venue: twins)
    with pytest.raises(UsageError) as refused:
        catalog.find("gmo_coin", "get_list")
    assert str(refused.value) == "'get_list' is ambiguous in gmo_coin: spot.get_list, margin.get_list"
    found: Any = catalog.find("gmo_coin", "marginList")
    assert found is twins[1]


def test_operation_kinds_and_what_check_live_may_call() -> None:
    kinds = {i.name: (i.group, i.kind, i.public_read) for i in operations("gmo_coin")}
    assert kinds["public.get_ticker"] == ("public", "read", True)
    assert kinds["orders.create_order"] == ("orders", "places/moves money", False)
    assert kinds["orders.cancel_order"] == ("orders", "write", False)
    assert kinds["account.get_assets"] == ("account", "read", False)  # signed


@pytest.mark.parametrize(
    ("outcome", "status", "err"),
    [
        (0, 0, ""),
        (1, 3, ""),  # the stream could not connect: the recorder printed why
        (2, 2, ""),
        (SystemExit("gmo_coin has no stream 'X'"), 2, "venuekit: gmo_coin has no stream 'X'\n"),
    ],
)
def test_record_statuses(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, outcome: Any, status: int, err: str
) -> None:
    def recorder(args: argparse.Namespace) -> int:
        assert (args.venue, args.stream) == ("gmo_coin", "PublicStream")
        if isinstance(outcome, BaseException):
            raise outcome
        return int(outcome)

    monkeypatch.setattr("venuekit.streams.record.run", recorder)
    argv = ["record", "gmo_coin", "PublicStream", "ticker:symbol=BTC", "--out", "x.jsonl"]
    assert run(capsys, *argv) == (status, "", err)


def test_record_passes_other_exits_on(monkeypatch: pytest.MonkeyPatch) -> None:
    def recorder(args: argparse.Namespace) -> int:
        raise SystemExit(5)

    monkeypatch.setattr("venuekit.streams.record.run", recorder)
    with pytest.raises(SystemExit) as exited:
        cli.main(["record", "gmo_coin", "PublicStream", "ticker", "--out", "x.jsonl"])
    assert exited.value.code == 5


def test_sandbox_command_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "sandbox", "gmo_coin", "--port", "0", "--exit-after", "0", "--seed", "7", "--tick", "0"
    )
    assert status == 0
    assert out.startswith("gmo_coin sandbox listening on http://127.0.0.1:")
    assert "market data is the docs' examples, once (seed 7: --seed 7 repeats it)" in out
