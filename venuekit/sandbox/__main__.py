"""`python -m venuekit.sandbox <venue> [--port N] [--secret S] [--seed N] [--paper RECORDING|live --symbols ...]`:
serve one venue's sandbox on 127.0.0.1 (with --paper, a paper venue that fills orders against real books).
`venuekit sandbox <venue> ...` is the same command.

The first line printed is `<venue> sandbox listening on http://127.0.0.1:<port> (secret '<secret>')[, streams on
ws://127.0.0.1:<port>]`; scripts read the ports from it when they ask for `--port 0` (a free port). A port that
is taken is one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import errno
import random
import shlex
import signal
import sys
import threading

from ..extras import MissingExtraError

try:
    from .paper import PaperMarket
    from .server import Sandbox
    from .spec import known_venues
except MissingExtraError as missing:  # one line, no traceback
    print(missing, file=sys.stderr)
    raise SystemExit(2) from None


def parser(prog: str = "python -m venuekit.sandbox") -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Serve one venue's offline sandbox (REST, and WebSocket streams where the venue has an "
        "AsyncAPI spec) on 127.0.0.1.",
    )
    add_arguments(parser)
    return parser


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("venue", choices=known_venues(), help="a venue: a folder of the spec directory")
    parser.add_argument("--port", type=int, default=0, help="TCP port on 127.0.0.1 (default 0: any free port)")
    parser.add_argument("--ws-port", type=int, default=0, help="WebSocket port (default 0: any free port)")
    parser.add_argument(
        "--secret",
        help="API secret signatures are checked with (any API key is accepted); default: the venue adapter's "
        "test secret, printed at start-up",
    )
    parser.add_argument(
        "--seed",
        type=int,
        help="seed for everything the sandbox makes up (session tokens, moving market data): the same seed gives "
        "the same data (default: a random one, printed at start-up)",
    )
    parser.add_argument(
        "--tick",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="public channels keep moving after the docs' examples, one push per channel every SECONDS "
        "(default 1; 0: only the examples)",
    )
    parser.add_argument("--exit-after", type=float, metavar="SECONDS", help="stop by itself after this long")
    paper = parser.add_argument_group(
        "paper trading", "fill the orders it accepts against real books (GMO Coin, HashKey MENA, GOPAX, Bitunix)"
    )
    paper.add_argument(
        "--paper",
        metavar="RECORDING|live",
        help="market data: a recording (python -m venuekit.streams.record, with --poll for Bitunix) or 'live' (the "
        "venue's public stream; Bitunix: its order-book operation, polled)",
    )
    paper.add_argument("--symbols", help="comma-separated symbols to keep books for, e.g. BTC or BTC-KRW")
    paper.add_argument("--speed", type=float, help="replay speed (1: real time; default: as fast as possible)")
    paper.add_argument(
        "--paper-url",
        help="with --paper live: the public stream's URL (Bitunix: the REST origin) instead of the venue's",
    )
    paper.add_argument(
        "--paper-interval",
        type=float,
        metavar="SECONDS",
        help="with --paper live, venues whose books are polled: seconds between polls (default: the spec's)",
    )
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")


def main(argv: list[str] | None = None, prog: str = "python -m venuekit.sandbox") -> int:
    arguments = parser(prog)
    return run(arguments.parse_args(argv), arguments)


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Serve until interrupted, `--exit-after` or SIGTERM; 2 when the sandbox cannot start."""
    market = None
    if args.paper is not None:
        if not args.symbols:
            parser.error("--paper needs --symbols")
        symbols = [s.strip() for s in args.symbols.split(",") if s.strip()]
        if args.paper == "live":
            market = PaperMarket.live(symbols, url=args.paper_url, interval=args.paper_interval)
        else:
            market = PaperMarket.replay(args.paper, symbols, speed=args.speed)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1_000_000)
    try:
        sandbox = Sandbox(
            args.venue,
            port=args.port,
            ws_port=args.ws_port,
            secret=args.secret,
            verbose=args.verbose,
            paper=market,
            seed=seed,
            tick=args.tick if args.tick > 0 else None,
        )
    except ValueError as exc:
        parser.error(str(exc))
    except OSError as exc:
        return _cannot_listen(parser.prog, args.port, exc)
    try:
        sandbox.start_streams()
    except OSError as exc:
        sandbox.stop()
        return _cannot_listen(parser.prog, args.ws_port, exc, "--ws-port")
    streams = f", streams on {sandbox.ws_url}" if sandbox.ws_url else ""
    print(f"{args.venue} sandbox listening on {sandbox.url} (secret {sandbox.secret!r}){streams}")
    if market is not None:
        print(f"  paper trading on {', '.join(market.symbols)} from {args.paper}")
    if sandbox.streams is not None:
        for stream in sorted({server.stream for server in sandbox.streams.spec.servers}):
            print(f"  {stream}: {sandbox.stream_url(stream)}")
        moving = f"moves every {args.tick:g} s" if args.tick > 0 else "is the docs' examples, once"
        print(f"  market data {moving} (seed {seed}: --seed {seed} repeats it)")
    exports = " ".join(f"{name}={shlex.quote(value)}" for name, value in sandbox.environ().items())
    print(f"  point the SDK here: export {exports}")
    sys.stdout.flush()
    signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops it as cleanly as Ctrl-C
    if args.exit_after is not None:
        timer = threading.Timer(args.exit_after, sandbox.shutdown)
        timer.daemon = True
        timer.start()
    try:
        sandbox.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()
    return 0


def _cannot_listen(prog: str, port: int, exc: OSError, option: str = "--port") -> int:
    if exc.errno == errno.EADDRINUSE:
        why = f"port {port} is in use (choose another {option}, or {option} 0 for a free one)"
    else:
        why = exc.strerror or str(exc)
    print(f"{prog}: cannot listen on 127.0.0.1:{port}: {why}", file=sys.stderr)
    return 2


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


if __name__ == "__main__":
    sys.exit(main())
