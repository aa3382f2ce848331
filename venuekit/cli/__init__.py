"""The `venuekit` command (also `python -m venuekit`): the venues, their operations, calls, sandboxes, the demo,
stream recording and a live drift check, all read from the generated packages and the specs.

    venuekit venues                                   the venues and what they offer
    venuekit ops gmo_coin [public.get_ticker]         a venue's operations (or one, with its parameters)
    venuekit call gmo_coin public.get_ticker --symbol BTC [--json]
    venuekit sandbox gmo_coin [--port 8080] [--seed 7]
    venuekit record gmo_coin PublicStream ticker:symbol=BTC --out btc.jsonl.gz --duration 60
    venuekit demo
    venuekit check-live gmo_coin [--base-url URL]

Exit status: 0 done; 1 `check-live` found drift or a `demo` step failed; 2 the command line, a value the SDK
refuses before sending (`ValidationError`), missing keys or settings (`ConfigurationError`), a missing extra, a
taken port or a file that cannot be written; 3 the call failed (the venue's error, the network, a timeout, a
reply that does not decode; `check-live`: an operation could not be checked); 4 an order or transfer whose
outcome is unknown (`OrderStatusUnknownError`: look it up before sending it again); 130 interrupted. Errors are
one line on stderr.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from venuekit.errors import ConfigurationError, OrderStatusUnknownError, ValidationError, VenueError
from venuekit.extras import MissingExtraError

from .catalog import UsageError

PROG = "venuekit"

OK, DRIFT, USAGE, FAILED, UNKNOWN_OUTCOME, INTERRUPTED = 0, 1, 2, 3, 4, 130
"""Exit statuses (see the module docstring)."""


def _parser() -> argparse.ArgumentParser:
    from venuekit import __version__

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Typed clients for trading venues: list venues and operations, call one, run the offline "
        "sandboxes and the demo, record streams, check a live venue against its spec.",
        epilog="exit status: 0 ok; 1 drift (check-live) or a failed demo step; 2 usage, a refused value, missing "
        "keys or extra; 3 the call failed; 4 an order's outcome is unknown; 130 interrupted",
    )
    parser.add_argument("--version", action="version", version=f"venuekit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    venues = commands.add_parser("venues", help="the venues and what they offer")
    venues.add_argument("--json", action="store_true", help="print JSON")

    ops = commands.add_parser("ops", help="a venue's operations, or one operation's parameters")
    ops.add_argument("venue")
    ops.add_argument("operation", nargs="?", help="GROUP.OPERATION, e.g. public.get_ticker")
    ops.add_argument("--json", action="store_true", help="print JSON")

    call = commands.add_parser(
        "call",
        help="call one operation",
        description="Call one operation with --PARAMETER VALUE options (`venuekit ops VENUE OPERATION` lists them; "
        "snake_case, kebab-case or the venue's wire name). Keys come from the venue's environment variables "
        "(e.g. GMO_COIN_API_KEY / GMO_COIN_API_SECRET). Money is passed and printed with its exact digits.",
    )
    call.add_argument("venue")
    call.add_argument("operation", help="GROUP.OPERATION, e.g. public.get_ticker")
    _connection_options(call)
    call.add_argument("--json", action="store_true", help="print the result as JSON (wire names, exact numbers)")

    check = commands.add_parser(
        "check-live",
        help="call every public read-only operation and compare the replies with the spec",
        description="Call every public read-only operation of VENUE with its documented example parameters and "
        "compare each reply with the spec: new fields, missing fields, changed types, new enum values, replies "
        "the typed client cannot decode. Exit 1 on drift, 3 when a call failed.",
    )
    check.add_argument("venue")
    _connection_options(check)
    check.add_argument("--only", action="append", default=[], metavar="GROUP.OPERATION", help="only these (repeatable)")
    check.add_argument("--json", action="store_true", help="print the report as JSON (progress goes to stderr)")

    sandbox = commands.add_parser("sandbox", help="serve a venue's offline sandbox on 127.0.0.1")
    sandbox.set_defaults(sandbox_parser=sandbox)
    demo = commands.add_parser("demo", help="the SDK against every venue's sandbox: a scripted tour")
    try:  # the sandbox extra (PyYAML); without it both commands say so when run
        import venuekit.sandbox.spec  # noqa: F401  # raises MissingExtraError (quietly) before __main__ would print
        from venuekit.sandbox.__main__ import add_arguments as sandbox_arguments
        from venuekit.sandbox.demo import add_arguments as demo_arguments

        sandbox_arguments(sandbox)
        demo_arguments(demo)
    except ImportError:  # any arguments (`demo --venue gopax` too): the command names the missing extra
        sandbox.set_defaults(any_arguments=True)
        demo.set_defaults(any_arguments=True)

    record = commands.add_parser("record", help="record a venue stream to a file (replay it later)")
    from venuekit.streams.record import DESCRIPTION
    from venuekit.streams.record import add_arguments as record_arguments

    record.description = DESCRIPTION
    record_arguments(record)
    return parser


def _connection_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--base-url", help="send to this origin instead of the venue's (e.g. a sandbox)")
    parser.add_argument("--environment", help="one of the venue's named environments (e.g. sandbox)")
    parser.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS", help="per network operation")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit status (errors are one line on stderr, never a traceback)."""
    args, rest = _parser().parse_known_args(argv)
    if rest and args.command != "call" and not getattr(args, "any_arguments", False):
        _parser().parse_args(argv)  # argparse's own one-line error for unknown options (exit 2)
    # The SDK's warnings (a retry, an order not resent) would reach stderr through logging's last resort when
    # nothing is configured; the command reports the outcome itself, in one line. A program that configured
    # logging (and calls main()) still gets every record.
    quiet = logging.NullHandler()
    sdk_log = logging.getLogger("venuekit")
    sdk_log.addHandler(quiet)
    try:
        return _run(args, rest)
    finally:
        sdk_log.removeHandler(quiet)


def _run(args: argparse.Namespace, rest: list[str]) -> int:
    try:
        return _COMMANDS[args.command](args, rest)
    except UsageError as exc:
        return _fail(USAGE, str(exc))
    except MissingExtraError as exc:
        return _fail(USAGE, str(exc))
    except OrderStatusUnknownError as exc:
        return _fail(UNKNOWN_OUTCOME, f"{type(exc).__name__}: {exc}")
    except (ValidationError, ConfigurationError) as exc:
        return _fail(USAGE, f"{type(exc).__name__}: {exc}")
    except VenueError as exc:
        return _fail(FAILED, f"{type(exc).__name__}: {exc}")
    except KeyboardInterrupt:
        return _fail(INTERRUPTED, "interrupted")
    except BrokenPipeError:  # the reader left (`venuekit ops gmo_coin | head`): entry() ends quietly
        raise
    except OSError as exc:  # a file that cannot be written (record --out), a socket that cannot be opened
        return _fail(USAGE, str(exc))


def _fail(status: int, message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return status


# --- the commands ----------------------------------------------------------------------------------------
def _venues(args: argparse.Namespace, rest: list[str]) -> int:
    import importlib

    from venuekit.streams import Stream

    from .catalog import operations, venues
    from .output import table, to_json

    rows: list[dict[str, Any]] = []
    for venue in venues():
        package: Any = importlib.import_module(f"venuekit.{venue}")
        every = operations(venue)
        exported = [getattr(package, name) for name in getattr(package, "__all__", ())]
        streams = [item.__name__ for item in exported if isinstance(item, type) and issubclass(item, Stream)]
        rows.append(
            {
                "venue": venue,
                "operations": len(every),
                "public": sum(not i.operation.signed for i in every),
                "signed": sum(i.operation.signed for i in every),
                "streams": streams,
                "keys": f"{package.client.VENUE.env_prefix}_API_KEY / _API_SECRET",
                "environments": dict(package.client.VENUE.environments),
            }
        )
    if args.json:
        print(to_json(rows))
        return OK
    headers = ["venue", "operations", "public", "signed", "streams", "keys", "default origin"]
    cells = [
        [
            r["venue"],
            str(r["operations"]),
            str(r["public"]),
            str(r["signed"]),
            ", ".join(r["streams"]) or "-",
            r["keys"],
            next(iter(r["environments"].values())),
        ]
        for r in rows
    ]
    print(table(headers, cells))
    return OK


def _ops(args: argparse.Namespace, rest: list[str]) -> int:
    from .catalog import find, operations
    from .output import table, to_json

    if args.operation:
        info = find(args.venue, args.operation)
        op = info.operation
        details = {
            "operation": info.name,
            "summary": info.summary,
            "http": f"{op.method} {op.prefix}{op.path}",
            "signed": op.signed,
            "kind": info.kind,
            "operation_id": op.operation_id,
            "parameters": [{"name": p.name, "type": p.annotation, "required": p.required} for p in info.params],
        }
        if args.json:
            print(to_json(details))
            return OK
        auth = "signed" if op.signed else "public"
        print(f"{info.name}: {info.summary}\n{op.method} {op.prefix}{op.path} ({auth}, {info.kind})\n")
        if info.params:
            rows = [["--" + p.name.replace("_", "-"), p.annotation, "yes" if p.required else ""] for p in info.params]
            print(table(["option", "type", "required"], rows))
        else:
            print("(no parameters)")
        return OK
    every = operations(args.venue)
    if args.json:
        print(
            to_json(
                [
                    {
                        "operation": i.name,
                        "method": i.operation.method,
                        "path": i.operation.prefix + i.operation.path,
                        "signed": i.operation.signed,
                        "kind": i.kind,
                        "summary": i.summary,
                    }
                    for i in every
                ]
            )
        )
        return OK
    rows = [
        [
            i.name,
            f"{i.operation.method} {i.operation.prefix}{i.operation.path}",
            "signed" if i.operation.signed else "public",
            i.kind,
            i.summary,
        ]
        for i in every
    ]
    print(table(["operation", "request", "auth", "kind", "summary"], rows))
    return OK


def _call(args: argparse.Namespace, rest: list[str]) -> int:
    import importlib

    from .catalog import convert, find
    from .output import render, to_json

    info = find(args.venue, args.operation)
    given: dict[str, list[str]] = {}
    names = {}
    index = 0
    while index < len(rest):
        token = rest[index]
        if not token.startswith("--") or token == "--":
            raise UsageError(f"expected --PARAMETER VALUE, got {token!r}")
        name, has_value, value = token[2:].partition("=")
        param = info.param(name)
        if not has_value:
            following = rest[index + 1] if index + 1 < len(rest) else None
            if following is None or following.startswith("--"):
                if "bool" not in param.annotation:
                    raise UsageError(f"--{name} needs a value")
                value = "true"
            else:
                value, index = following, index + 1
        given.setdefault(param.name, []).append(value)
        names[param.name] = param
        index += 1
    missing = [p.name.replace("_", "-") for p in info.params if p.required and p.name not in given]
    if missing:
        raise UsageError(f"{info.name} needs --{', --'.join(missing)}")
    hints = info.hints()
    kwargs = {name: convert(names[name], values, hints[name]) for name, values in given.items()}
    package: Any = importlib.import_module(f"venuekit.{args.venue}")
    with package.Client(base_url=args.base_url, environment=args.environment, timeout=args.timeout) as client:
        method: Callable[..., Any] = getattr(getattr(client, info.operation.tag), info.operation.name)
        result = method(**kwargs)
    print(to_json(result) if args.json else render(result))
    return OK


def _check_live(args: argparse.Namespace, rest: list[str]) -> int:
    from .catalog import check_venue
    from .drift import as_json, check_live, exit_status, report

    venue = check_venue(args.venue)
    progress = sys.stderr if args.json else sys.stdout
    results = check_live(
        venue,
        base_url=args.base_url,
        environment=args.environment,
        only=args.only,
        progress=progress,
        client_options={"timeout": args.timeout},
    )
    print(as_json(venue, results) if args.json else "\n" + report(results))
    return exit_status(results)


def _sandbox(args: argparse.Namespace, rest: list[str]) -> int:
    import venuekit.sandbox.spec  # noqa: F401  # first: without PyYAML, a MissingExtraError that names the extra
    from venuekit.sandbox.__main__ import run

    return run(args, args.sandbox_parser)


def _record(args: argparse.Namespace, rest: list[str]) -> int:
    from venuekit.streams.record import run

    try:
        status = run(args)
        return FAILED if status == 1 else status  # 1: the stream could not connect (its error was printed)
    except SystemExit as exc:  # the recorder's own one-line refusals (an unknown stream or channel)
        if isinstance(exc.code, str):
            return _fail(USAGE, exc.code)
        raise


def _demo(args: argparse.Namespace, rest: list[str]) -> int:
    import venuekit.sandbox.spec  # noqa: F401  # first: without PyYAML, a MissingExtraError that names the extra
    from venuekit.sandbox.demo import run

    return run(args)


_COMMANDS: dict[str, Callable[[argparse.Namespace, list[str]], int]] = {
    "venues": _venues,
    "ops": _ops,
    "call": _call,
    "check-live": _check_live,
    "sandbox": _sandbox,
    "record": _record,
    "demo": _demo,
}


def entry() -> None:
    """The console script."""
    try:
        status = main()
        sys.stdout.flush()
    except BrokenPipeError:  # `venuekit ops gmo_coin | head`: the reader left; no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = 1
    sys.exit(status)
