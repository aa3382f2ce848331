"""`python -m venuekit.sandbox <venue> [--port N] [--secret S]`: serve one venue's sandbox on 127.0.0.1.

The first line printed is `<venue> sandbox listening on http://127.0.0.1:<port>`; scripts read the port
from it when they ask for `--port 0` (a free port).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from . import VENUES
from .server import Sandbox


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m venuekit.sandbox",
        description="Serve one venue's offline sandbox (REST, and WebSocket streams where the venue has an "
        "AsyncAPI spec) on 127.0.0.1.",
    )
    parser.add_argument("venue", choices=VENUES)
    parser.add_argument("--port", type=int, default=0, help="TCP port on 127.0.0.1 (default 0: any free port)")
    parser.add_argument("--ws-port", type=int, default=0, help="WebSocket port (default 0: any free port)")
    parser.add_argument(
        "--secret",
        help="API secret signatures are checked with (any API key is accepted). Defaults: "
        "'testsecret' (GMO Coin, GMO Coin FX, HashKey), 'dGVzdHNlY3JldA==' (GOPAX, base64), "
        "'testSecretKey' (Bitunix)",
    )
    parser.add_argument("--exit-after", type=float, metavar="SECONDS", help="stop by itself after this long")
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    args = parser.parse_args(argv)

    sandbox = Sandbox(args.venue, port=args.port, ws_port=args.ws_port, secret=args.secret, verbose=args.verbose)
    sandbox.start_streams()
    streams = f", streams on {sandbox.ws_url}" if sandbox.ws_url else ""
    print(f"{args.venue} sandbox listening on {sandbox.url} (secret {sandbox.secret!r}){streams}")
    if sandbox.streams is not None:
        for stream in sorted({server.stream for server in sandbox.streams.spec.servers}):
            print(f"  {stream}: {sandbox.stream_url(stream)}")
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


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


if __name__ == "__main__":
    sys.exit(main())
