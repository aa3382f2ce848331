"""The one generic, spec-driven sandbox server.

A request goes: route (from the spec) -> signature check (venue adapter) -> validation (spec schemas;
problems become the venue's error envelope) -> the adapter's order handler, or else the docs' 200
example. Everything venue-specific is in an `Adapter`.
"""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .base import App, Executed, Reply, Request, dumps, find_adapter
from .orders import OrderBook
from .spec import load_spec

if TYPE_CHECKING:
    from .paper import PaperMarket
    from .streams import StreamServer


class _HTTPHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive
    disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls on keep-alive connections
    timeout = 30  # idle keep-alive connections end by themselves
    server: _Server

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        request = Request(
            method=self.command,
            raw_path=parts.path,
            raw_query=parts.query,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            now_ms=time.time_ns() // 1_000_000,
        )
        reply = self.server.app.handle(request)
        payload = dumps(reply.body)
        self.send_response(reply.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            super().log_message(format, *args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    # The listen backlog: connections the kernel holds until the serving thread accepts them. The default (5)
    # refuses or stalls a burst of new clients (200 at once lost 51 to timeouts); the kernel caps it at somaxconn.
    request_queue_size = 1024

    def __init__(self, address: tuple[str, int], app: App, verbose: bool) -> None:
        super().__init__(address, _HTTPHandler)
        self.app = app
        self.verbose = verbose


def make_app(venue: str, secret: str | None = None, spec_dir: Path | None = None) -> App:
    """The app of `venue`: its spec and AsyncAPI spec from `spec_dir` (default `venuekit.sandbox.spec_dir()`),
    and the adapter the spec names."""
    from .markets import OrderRules, load_unified
    from .streams import load_streams

    adapter_class = find_adapter(venue, spec_dir)
    adapter = adapter_class(load_spec(venue, spec_dir), secret if secret is not None else adapter_class.default_secret)
    streams = load_streams(venue, spec_dir)
    if streams is not None:
        adapter.stream_examples = {channel.name: list(channel.pushes) for channel in streams.channels}
    return App(adapter, streams, OrderRules.of(load_unified(venue, spec_dir)))


class Sandbox:
    """A venue sandbox on 127.0.0.1: REST from one background thread, WebSocket streams (for venues with
    an AsyncAPI spec) from another.

        with Sandbox("gmo_coin") as sandbox:          # ephemeral ports
            client = gmo_coin.Client("key", sandbox.secret, base_url=sandbox.url)
            public = gmo_coin.PublicStream(url=sandbox.stream_url("PublicStream"))

    `port=0` / `ws_port=0` pick free ports. Everything stops when the block ends (or on `stop()`).
    """

    def __init__(
        self,
        venue: str,
        *,
        port: int = 0,
        ws_port: int = 0,
        secret: str | None = None,
        verbose: bool = False,
        paper: PaperMarket | None = None,
        spec_dir: Path | None = None,
        seed: int | None = None,
        tick: float | None = None,
    ) -> None:
        self.app = make_app(venue, secret, spec_dir)
        self.venue = venue
        self.secret = self.app.adapter.secret
        self.seed = seed
        """Seeds every choice the sandbox makes up (session tokens, the moving market data): same seed, same data."""
        if seed is not None:
            self.app.adapter.random.seed(seed)
        self.tick = tick
        """Seconds between the moving market-data pushes of public channels (None: the docs' examples, once)."""
        self.paper = paper
        """Paper trading: orders are filled against the books of this market data (`venuekit.sandbox.paper`)."""
        if paper is not None:
            from .paper import attach

            attach(paper, venue, self.app)
        self._server = _Server(("127.0.0.1", port), self.app, verbose)
        self.port: int = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._ws_port = ws_port
        self.streams: StreamServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def book(self) -> OrderBook:
        return self.app.adapter.book

    @property
    def executed(self) -> list[Executed]:
        """Placements and money movements carried out so far (requests to `x-sdk-placement` operations)."""
        return self.app.adapter.executed

    @property
    def ws_url(self) -> str | None:
        """`ws://127.0.0.1:<port>` once started, for venues with streams."""
        return f"ws://127.0.0.1:{self.streams.port}" if self.streams is not None else None

    def stream_url(self, stream: str) -> str:
        """The URL to give a generated stream class (`url=`), e.g. `stream_url("PrivateStream")`."""
        if self.streams is None:
            raise KeyError(f"{self.venue} has no streams (or the sandbox is not started)")
        return self.streams.url(stream)

    def environ(self, api_key: str = "sandbox-key") -> dict[str, str]:
        """The environment variables that point the venue's clients and streams here, with keys it accepts:
        `<PREFIX>_BASE_URL`, `<PREFIX>_WS_BASE_URL` (when it has streams), `<PREFIX>_API_KEY`, `<PREFIX>_API_SECRET`."""
        prefix = str(self.app.spec.sdk.get("env-prefix") or self.venue.upper())
        found = {f"{prefix}_BASE_URL": self.url, f"{prefix}_API_KEY": api_key, f"{prefix}_API_SECRET": self.secret}
        if self.ws_url is not None:
            found[f"{prefix}_WS_BASE_URL"] = self.ws_url
        return found

    def answer(self, operation_id: str, body: Any, *, status: int = 200) -> None:
        """Serve `body` (JSON) to every request of `operation_id` from now on, after its signature and parameter
        checks: e.g. a reply the spec does not describe, to see what a client or `venuekit check-live` makes of it."""
        if operation_id not in self.app.spec.by_id:
            raise KeyError(f"{self.venue} has no operation {operation_id!r}")
        with self.app.lock:
            self.app.answers[operation_id] = Reply(status, body)

    def start_streams(self) -> None:
        from .streams import StreamServer

        if self.app.streams is not None and self.streams is None:
            self.streams = StreamServer(self.app, self.app.streams, tick=self.tick, seed=self.seed)
            self.streams.start(self._ws_port)

    def start(self) -> Sandbox:
        self.start_streams()
        if self.paper is not None:
            self.paper.start()
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, name=f"sandbox-{self.venue}"
        )
        self._thread.daemon = True
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve REST in this thread (streams in theirs) until `shutdown()` is called from another one."""
        self.start_streams()
        if self.paper is not None:
            self.paper.start()
        self._server.serve_forever(poll_interval=0.2)

    def shutdown(self) -> None:
        self._server.shutdown()

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join()
            self._thread = None
        self._server.server_close()
        if self.streams is not None:
            self.streams.stop()
        if self.paper is not None:
            self.paper.stop()

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
