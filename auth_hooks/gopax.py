"""GOPAX: private REST signing (legacy NONCE edition and current timestamp edition), and the error envelope."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import threading
from collections import deque
from collections.abc import AsyncGenerator, Callable, Generator
from typing import TYPE_CHECKING, Any, Literal

import httpx

from venuekit import deadline
from venuekit.envelopes import http_status
from venuekit.errors import ConfigurationError, ErrorTable

from ._base import Clock, SigningAuth

if TYPE_CHECKING:
    import asyncio

Edition = Literal["nonce", "timestamp"]

# GET requests to these paths are public market data and go out unsigned. Everything else
# (balances, orders, trades, and whatever the venue adds) is signed. `/time`, `/tickers` and
# `/notices` are current-edition public endpoints, listed so that raw calls to them stay unsigned.
_PUBLIC_PATHS = frozenset({"/assets", "/trading-pairs", "/time", "/tickers", "/notices"})
_PUBLIC_PREFIX = "/trading-pairs/"

_RECEIVE_WINDOW_MIN = 200
_RECEIVE_WINDOW_MAX = 60_000


class _NonceSequence:
    """Strictly increasing millisecond nonces for one API key.

    The venue rejects a NONCE it has already seen, so two requests of the same key must never
    carry the same value, even when they are signed by different threads in the same millisecond
    or after the system clock has been stepped back.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last = 0
        self.turns = _Turns()

    def next(self, now_ms: int) -> int:
        with self._lock:
            # max(last + 1, now): follow the clock while it moves forward, and step by one when it
            # stalls or goes backwards. The lead this builds up is bounded by the request rate
            # (20/s per key), so the nonce stays within milliseconds of real time.
            value = max(self._last + 1, now_ms)
            self._last = value
            return value


class _Turns:
    """One signed request of an API key at a time, first come first served, across every thread and event
    loop of the process.

    The venue refuses a NONCE lower than one it has already *received* (10108 NONCE_TOO_LOW), while nonces
    are made when requests are *signed*: two requests signed in one order on two connections can reach it
    in the other. So a request takes the key's turn before it is signed and gives it back once its
    response has arrived, and requests arrive in nonce order. The price is one round trip per signed
    request of a key; edition="timestamp" has no such order and needs no turns.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._busy = False
        self._waiting: deque[Callable[[], bool]] = deque()
        """Wake-ups of the waiters, oldest first; each returns False if its waiter is gone."""

    def _enter_or_queue(self, wake: Callable[[], bool]) -> bool:
        with self._lock:
            if not self._busy:
                self._busy = True
                return True
            self._waiting.append(wake)
            return False

    def _give_up(self, wake: Callable[[], bool]) -> bool:
        """Leave the queue; True if the turn had already been handed over (the caller must release it)."""
        with self._lock:
            if wake in self._waiting:
                self._waiting.remove(wake)
                return False
            return True

    def acquire(self, timeout: float | None) -> bool:
        event = threading.Event()

        def wake() -> bool:
            event.set()
            return True

        if self._enter_or_queue(wake) or event.wait(None if timeout is None else max(timeout, 0.0)):
            return True
        if self._give_up(wake):
            self.release()
        return False

    async def acquire_async(self, timeout: float | None) -> bool:
        import asyncio  # only async callers pay for importing asyncio

        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()

        def wake() -> bool:
            try:
                loop.call_soon_threadsafe(_resolve, future)
            except RuntimeError:  # that event loop is closed: its waiter is gone
                return False
            return True

        if self._enter_or_queue(wake):
            return True
        try:
            await asyncio.wait_for(future, None if timeout is None else max(timeout, 0.0))
            return True
        except BaseException as exc:
            if self._give_up(wake):
                self.release()
            if isinstance(exc, asyncio.TimeoutError):
                return False
            raise

    def release(self) -> None:
        with self._lock:
            while self._waiting:
                if self._waiting.popleft()():
                    return  # handed over: the turn stays taken
            self._busy = False


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


# One sequence per API key for the whole process: a user may build several clients (sync and
# async, one per thread) with the same key, and the venue counts nonces per key, not per client.
_sequences: dict[str, _NonceSequence] = {}
_sequences_lock = threading.Lock()


def _sequence_for(api_key: str) -> _NonceSequence:
    # Keyed by a digest so the registry does not hold another copy of the key itself.
    digest = hashlib.sha256(api_key.encode()).hexdigest()
    with _sequences_lock:
        sequence = _sequences.get(digest)
        if sequence is None:
            sequence = _sequences[digest] = _NonceSequence()
        return sequence


def _is_public(request: httpx.Request) -> bool:
    path = request.url.path
    return request.method == "GET" and (path in _PUBLIC_PATHS or path.startswith(_PUBLIC_PREFIX))


class GopaxAuth(SigningAuth):
    """Signs GOPAX private requests; public market-data requests pass through untouched.

    The API secret is base64; the HMAC key is its decoded bytes (decoded once, here).

    ``edition="nonce"`` (default; the seed document's scheme, reference = its JavaScript and PHP
    samples)::

        message   = NONCE + METHOD + path + body
        SIGNATURE = base64(HMAC-SHA512(base64decode(secret), message))
        headers   : API-KEY, SIGNATURE, NONCE

    * ``NONCE`` is integer epoch milliseconds (from the clock, plus ``clock_offset_ms``), strictly
      increasing per API key across every ``GopaxAuth`` in the process:
      ``max(last + 1, now)`` under a lock.
    * The venue refuses a nonce lower than one it has received, so signed requests of one key are sent
      one at a time (in the process), each from its signing until its response: they arrive in nonce
      order however many threads or tasks share the key (see ``_Turns``). Waiting for the turn is
      bounded by the call's deadline (``httpx.PoolTimeout``: nothing was sent).
    * ``METHOD`` is upper case; ``path`` is the request path as sent, without host and without the
      query string (``GET /trades?limit=10`` signs ``/trades``).
    * ``body`` is the exact request body bytes, or nothing when no body is sent. The runtime
      serialises JSON once (compact, field order kept) and these same bytes are signed and sent.

    ``edition="timestamp"`` (the current edition, https://gopax.github.io/API/index.en.html)::

        message   = "t" + timestamp + METHOD + path_part + receive_window + body
        headers   : api-key, timestamp, signature, receive-window (only when set)

    * ``timestamp`` is epoch milliseconds, not bumped: the server checks it against its own clock
      (about one minute of tolerance) and does not require uniqueness.
    * ``path_part`` is the path without the query, except for ``GET /orders`` with a query
      string, where ``path?query`` is signed exactly as sent (``/orders?includePast=true``).
    * ``receive_window`` (200-60000 ms, optional) is signed as its decimal text when set.

    Both editions set ``Content-Type: application/json`` when the request has none, as the docs ask
    for every private call.
    """

    def __init__(
        self,
        api_key: str,
        api_secret: str,
        *,
        clock: Clock | None = None,
        edition: Edition = "nonce",
        receive_window: int | None = None,
    ) -> None:
        super().__init__(api_key, api_secret, clock=clock)
        if edition not in ("nonce", "timestamp"):
            raise ConfigurationError(f"edition must be 'nonce' or 'timestamp', not {edition!r}")
        if receive_window is not None:
            if edition != "timestamp":
                raise ConfigurationError("receive_window is only used by edition='timestamp'")
            # bool is an int subclass; True would otherwise pass as a 1 ms window.
            if isinstance(receive_window, bool) or not (_RECEIVE_WINDOW_MIN <= receive_window <= _RECEIVE_WINDOW_MAX):
                raise ConfigurationError(
                    f"receive_window must be {_RECEIVE_WINDOW_MIN}-{_RECEIVE_WINDOW_MAX} ms, not {receive_window!r}"
                )
        self.edition: Edition = edition
        self.receive_window = receive_window
        try:
            # validate=True: a secret pasted with stray characters fails here, not as an
            # "invalid signature" from the server. `from None` keeps the secret out of tracebacks.
            self.__key = base64.b64decode(api_secret.strip(), validate=True)
        except (binascii.Error, ValueError):
            raise ConfigurationError("api_secret is not valid base64") from None
        self._nonces = _sequence_for(api_key)

    def _ordered(self, request: httpx.Request) -> bool:
        return self.edition == "nonce" and not _is_public(request)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        if not self._ordered(request):
            self._sign_request(request)
            yield request
            return
        turns = self._nonces.turns
        if not turns.acquire(deadline.remaining()):
            raise httpx.PoolTimeout("the call's deadline passed while waiting for this API key's turn", request=request)
        try:
            self._sign_nonce(request)
            yield request
        finally:  # the response has arrived (or the request failed): the next request may be signed
            turns.release()

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        if not self._ordered(request):
            self._sign_request(request)
            yield request
            return
        turns = self._nonces.turns
        if not await turns.acquire_async(deadline.remaining()):
            raise httpx.PoolTimeout("the call's deadline passed while waiting for this API key's turn", request=request)
        try:
            self._sign_nonce(request)
            yield request
        finally:
            turns.release()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Signs without waiting for the key's turn; httpx clients use the two flows above."""
        self._sign_request(request)
        yield request

    def _sign_request(self, request: httpx.Request) -> None:
        if not _is_public(request):
            if self.edition == "nonce":
                self._sign_nonce(request)
            else:
                self._sign_timestamp(request)

    def _sign_nonce(self, request: httpx.Request) -> None:
        nonce = str(self._nonces.next(self.timestamp_ms()))
        path = request.url.raw_path.partition(b"?")[0]
        message = nonce.encode() + request.method.encode() + path + request.content
        request.headers["API-KEY"] = self.api_key
        request.headers["SIGNATURE"] = self._sign(message)
        request.headers["NONCE"] = nonce
        request.headers.setdefault("Content-Type", "application/json")

    def _sign_timestamp(self, request: httpx.Request) -> None:
        timestamp = str(self.timestamp_ms())
        raw_path = request.url.raw_path
        path, _, query = raw_path.partition(b"?")
        # The current edition's own example signs the query only for `GET /orders?...`
        # (`path.startswith('/orders?')`); every other request signs the bare path.
        if request.method == "GET" and path == b"/orders" and query:
            path = raw_path
        window = str(self.receive_window).encode() if self.receive_window is not None else b""
        message = b"t" + timestamp.encode() + request.method.encode() + path + window + request.content
        request.headers["api-key"] = self.api_key
        request.headers["timestamp"] = timestamp
        request.headers["signature"] = self._sign(message)
        if self.receive_window is not None:
            request.headers["receive-window"] = str(self.receive_window)
        request.headers.setdefault("Content-Type", "application/json")

    def _sign(self, message: bytes) -> str:
        digest = hmac.new(self.__key, message, hashlib.sha512).digest()
        return base64.b64encode(digest).decode()

    def sign_message(self, message: bytes) -> str:
        """base64 HMAC-SHA512 of `message` with the decoded secret: the WebSocket API signs ``"t" + timestamp``
        this way and sends it in the connection's query string (https://gopax.github.io/wsapi)."""
        return self._sign(message)


def envelope(body: Any, response: httpx.Response, errors: ErrorTable) -> None:
    """GOPAX: `{errorCode, errorMessage}` (or the 2018 `{errormsg}`) in any HTTP status; success
    bodies are plain objects or arrays."""
    if isinstance(body, dict) and ("errorCode" in body or "errormsg" in body):
        code = body.get("errorCode")
        message = body.get("errorMessage", body.get("errormsg", ""))
        raise errors.error(None if code is None else str(code), str(message), response=response, body=body)
    http_status(body, response, errors)
