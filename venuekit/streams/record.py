"""``python -m venuekit.streams.record <venue> <Stream> <channel>[:name=value,...] ...``: record a venue's public
stream to a file from the command line (the format: `venuekit.streams.recording`).

``... record <venue> --poll --symbols BTCUSDT`` records the replies of the order-book operation a venue without a
book stream declares for paper trading (`info.x-sdk.paper.book.operation`), polled over REST.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import importlib
import inspect
import sys
from pathlib import Path
from typing import Any

from .connection import Stream
from .errors import StreamClosedError, StreamConnectError


def _channel_arguments(spec: str, method: Any) -> dict[str, Any]:
    """`ticker:symbol=BTC,option=TAKER_ONLY` -> keyword arguments for the channel method; a value whose
    parameter is an integer is converted."""
    _, _, rest = spec.partition(":")
    parameters = inspect.signature(method).parameters
    kwargs: dict[str, Any] = {}
    for item in filter(None, rest.split(",")):
        name, sep, value = item.partition("=")
        if not sep or name not in parameters:
            known = ", ".join(p for p in parameters if p != "max_queue")
            raise SystemExit(f"{spec}: expected NAME=VALUE with NAME one of: {known or '(no parameters)'}")
        annotation = str(parameters[name].annotation)
        kwargs[name] = int(value) if annotation.startswith("int") and value.lstrip("-").isdigit() else value
    return kwargs


async def _record(args: argparse.Namespace) -> int:
    module = importlib.import_module(f"venuekit.{args.venue}.streams")
    cls = getattr(module, args.stream, None)
    if not (isinstance(cls, type) and issubclass(cls, Stream)):
        names = sorted(n for n, v in vars(module).items() if isinstance(v, type) and issubclass(v, Stream))
        raise SystemExit(f"{args.venue} has no stream {args.stream!r}; streams: {', '.join(names)}")
    if cls.PROTOCOL.rpc is not None:
        raise SystemExit(f"{args.stream} takes requests, not subscriptions: record it from code (stream.record(path))")
    factory: Any = cls  # each generated class has its own constructor
    stream = factory(url=args.url, environment=args.environment)
    counts: dict[str, int] = {}
    subscriptions = []
    for spec in args.channels:
        name = spec.partition(":")[0]
        method = getattr(stream, name, None)
        if name.startswith("_") or not callable(method):
            raise SystemExit(f"{args.stream} has no channel method {name!r}")
        subscriptions.append((spec, method(**_channel_arguments(spec, method))))
    # The limit is the recorder's: frames that arrive while the command stops are not written (exactly N).
    recorder = stream.record(args.out, compress=True if args.gzip else None, max_frames=args.frames)
    print(f"recording {args.venue} {args.stream} to {args.out}", file=sys.stderr)

    async def drain(label: str, subscription: Any) -> None:
        with contextlib.suppress(StreamClosedError):
            async for _ in subscription:
                counts[label] = counts.get(label, 0) + 1

    async def enough() -> None:
        loop = asyncio.get_running_loop()
        deadline = None if args.duration is None else loop.time() + args.duration
        while (deadline is None or loop.time() < deadline) and (args.frames is None or recorder.frames < args.frames):
            if stream.state == "failed":
                return
            await asyncio.sleep(0.05)

    status = 0
    async with stream:
        drains = [asyncio.create_task(drain(label, sub)) for label, sub in subscriptions]
        try:
            await enough()
        finally:
            for task in drains:
                task.cancel()
            await asyncio.gather(*drains, return_exceptions=True)
        if isinstance(stream.last_error, StreamConnectError):
            print(f"error: {stream.last_error}", file=sys.stderr)
            status = 1
    summary = ", ".join(f"{label}: {n}" for label, n in counts.items()) or "no messages"
    print(f"{recorder.frames} frames recorded to {args.out} ({summary})", file=sys.stderr)
    return status


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("venue", help="venue package, e.g. gmo_coin")
    parser.add_argument("stream", nargs="?", help="stream class, e.g. PublicStream (not with --poll)")
    parser.add_argument(
        "channels", nargs="*", metavar="METHOD[:NAME=VALUE,...]", help="channel methods to subscribe (not with --poll)"
    )
    parser.add_argument("--out", required=True, type=Path, help="file to write (.gz: gzip)")
    parser.add_argument("--gzip", action="store_true", help="compress even if the name does not end in .gz")
    parser.add_argument("--duration", type=float, metavar="SECONDS", help="stop after this long")
    parser.add_argument("--frames", type=int, metavar="N", help="stop after N frames (--poll: N polls)")
    parser.add_argument("--url", help="connect here instead of the venue (e.g. a sandbox; --poll: its REST origin)")
    parser.add_argument("--environment", help="one of the stream's (--poll: the client's) environments")
    poll = parser.add_argument_group(
        "polled books", "venues whose stream pushes no order book (Bitunix): record the order-book operation their "
        "spec declares for paper trading, polled over REST",
    )  # fmt: skip
    poll.add_argument("--poll", action="store_true", help="poll the venue's order-book operation instead")
    poll.add_argument("--symbols", help="comma-separated symbols to poll, e.g. BTCUSDT")
    poll.add_argument("--interval", type=float, metavar="SECONDS", help="seconds between polls (default: the spec's)")


async def _record_polls(args: argparse.Namespace) -> int:
    from venuekit.sandbox.polling import record_polls

    symbols = [s.strip() for s in (args.symbols or "").split(",") if s.strip()]
    if args.stream is not None or args.channels:
        raise SystemExit("--poll records the venue's declared order-book operation: give no stream or channels")
    if not symbols:
        raise SystemExit("--poll needs --symbols")
    if args.duration is None and args.frames is None:
        raise SystemExit("--poll needs --duration or --frames (it would poll forever)")
    try:
        recorder = await record_polls(
            args.venue, symbols, args.out, url=args.url, environment=args.environment, interval=args.interval,
            replies=args.frames, duration=args.duration, compress=True if args.gzip else None,
        )  # fmt: skip
    except ValueError as exc:  # the venue declares no polled book, or a symbol is not one of its markets
        raise SystemExit(str(exc)) from None
    print(f"{recorder.frames} replies recorded to {args.out}", file=sys.stderr)
    return 0 if recorder.frames else 1


DESCRIPTION = "Record a venue stream to a JSON Lines file (replay it with <venue>.streams.replay(path))."


def run(args: argparse.Namespace) -> int:
    """Record until `--duration` / `--frames` (or Ctrl-C: 130); 1 when the stream could not connect."""
    try:
        if getattr(args, "poll", False):
            return asyncio.run(_record_polls(args))
        if args.stream is None or not args.channels:
            raise SystemExit("give a stream class and at least one channel method (or --poll)")
        return asyncio.run(_record(args))
    except KeyboardInterrupt:
        return 130


def main(argv: list[str] | None = None, prog: str = "python -m venuekit.streams.record") -> int:
    parser = argparse.ArgumentParser(
        prog=prog,
        description=DESCRIPTION,
        epilog=f"example: {prog} gmo_coin PublicStream ticker:symbol=BTC "
        "order_book:symbol=BTC --out btc.jsonl.gz --duration 60",
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
