"""Private-stream credentials: session tokens that must be kept alive, and per-request signatures.

`TokenLifecycle` runs a venue's token (GMO Coin's ws-auth access token, HashKey's listen key) by
itself: created before the first connect, extended before it expires, replaced when it cannot be
extended in time, deleted when the stream closes. It takes the three REST calls as small async callables,
so it neither knows nor imports a venue's REST client, and its clock and sleep can be replaced in tests.

`ParamSigner` adds the key, time, nonce and signature to the params of a WebSocket API request (Bitunix);
`QuerySigner` makes the signed query string a private stream connects with (GOPAX).
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable, Collection, Iterator, Mapping
from typing import Any, Protocol

from .. import codec
from ..redact import MASK, watch

log = logging.getLogger("venuekit.streams")

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class TokenLifecycle:
    """Keeps one session token valid while a private stream runs.

    - `acquire()` (called before every connect) returns the current token, creating one when there is none
      or it has expired.
    - `keep_alive(rotate)` (run by the stream) extends the token every `refresh_every` seconds. A failed
      extension is retried every `retry_every` seconds while the token is still valid; when it would expire
      before the next try, the token is dropped and `rotate()` is called so the stream reconnects with a
      new one.
    - `invalidate()` forgets the token (e.g. the venue refused it at connect); the next `acquire()` makes a
      new one and the old one is deleted on a best-effort basis.
    - `close()` deletes the token.
    - Errors whose code is in `reissue_codes` (the venue's maintenance codes: after a maintenance window the
      old token cannot be trusted) make it drop the token at once and reconnect with a new one, instead of
      retrying the extension; so does a handshake refused with one of `reissue_statuses`.

    Times are seconds on `clock` (monotonic by default).
    """

    def __init__(
        self,
        *,
        create: Callable[[], Awaitable[str]],
        extend: Callable[[str], Awaitable[object]],
        delete: Callable[[str], Awaitable[object]],
        ttl: float,
        refresh_every: float,
        retry_every: float = 30.0,
        reissue_codes: Collection[str] = (),
        reissue_statuses: Collection[int] = (401, 403, 404),
        clock: Clock | None = None,
        sleep: Sleep | None = None,
    ) -> None:
        if not 0 < refresh_every < ttl:
            raise ValueError("refresh_every must be positive and shorter than ttl")
        self._create = create
        self._extend = extend
        self._delete = delete
        self.ttl = ttl
        self.refresh_every = refresh_every
        self.retry_every = retry_every
        self.reissue_codes = frozenset(reissue_codes)
        self.reissue_statuses = frozenset(reissue_statuses)
        self._clock = clock or time.monotonic
        self._sleep = sleep or asyncio.sleep
        self._token: str | None = None
        self._expires = 0.0
        self._due = 0.0
        self._issued = asyncio.Event()
        self._stale: list[str] = []
        self.created = 0
        self.extended = 0
        self.reissued = 0
        self._recent: deque[str] = deque(maxlen=8)
        watch(self)

    def sensitive_values(self) -> Iterator[tuple[str, str]]:
        """For `venuekit.redact`: session tokens are bearer credentials, never shown (recent ones too, for
        log lines about a token that was just replaced)."""
        for token in (*self._recent, *self._stale):
            yield token, MASK

    @property
    def token(self) -> str | None:
        return self._token

    async def acquire(self) -> str:
        if self._token is not None and self._clock() >= self._expires:
            self.invalidate()
        if self._token is None:
            await self._delete_stale()
            token = await self._create()  # a failure (maintenance, network) fails this connection attempt
            self._recent.append(token)
            now = self._clock()
            self._token, self._expires, self._due = token, now + self.ttl, now + self.refresh_every
            self.created += 1
            self._issued.set()
        return self._token

    def invalidate(self) -> None:
        if self._token is not None:
            self._stale.append(self._token)
        self._token = None
        self._issued.clear()

    async def keep_alive(self, rotate: Callable[[], None]) -> None:
        while True:
            if self._token is None:
                await self._issued.wait()
                continue
            token = self._token
            await self._sleep(max(0.0, self._due - self._clock()))
            if token != self._token:
                continue  # replaced while we slept
            try:
                await self._extend(token)
            except Exception as exc:  # any failure (network, venue) is handled the same way: retry or replace
                now = self._clock()
                if getattr(exc, "code", None) in self.reissue_codes:
                    log.warning("the stream token cannot be extended (%s); issuing a new one", exc)
                    self.reissued += 1
                    self.invalidate()
                    rotate()
                    continue
                if now + self.retry_every < self._expires:
                    log.warning("could not extend the stream token (%s); retrying in %.0fs", exc, self.retry_every)
                    self._due = now + self.retry_every
                    continue
                log.warning("could not extend the stream token before it expires (%s); replacing it", exc)
                self.invalidate()
                rotate()
                continue
            if token == self._token:
                now = self._clock()
                self._expires, self._due = now + self.ttl, now + self.refresh_every
                self.extended += 1

    async def close(self) -> None:
        self.invalidate()
        await self._delete_stale()

    async def _delete_stale(self) -> None:
        while self._stale:
            token = self._stale.pop()
            try:
                await self._delete(token)
            except Exception as exc:  # best effort: an undeleted token expires by itself
                log.warning("could not delete a stream token: %s", exc)


class KeyedSigner(Protocol):
    """The part of a `venuekit.auth` signer a WebSocket request needs (Bitunix's `BitunixAuth` has it)."""

    api_key: str

    def timestamp_ms(self) -> int: ...

    def signature(self, nonce: str, timestamp: str, query: str, body: bytes) -> str: ...


class ParamSigner:
    """Adds the key, timestamp, nonce and signature to a request's params, under the names the spec gives.

    The signed text is the business params sorted by name, each written name + value with no separators
    (strings as they are, other values as compact JSON), handed to the signer as its query part with an
    empty body: the REST rule of the same venue, applied to the params.
    """

    def __init__(
        self,
        auth: KeyedSigner,
        *,
        api_key: str,
        timestamp: str,
        nonce: str,
        sign: str,
        make_nonce: Callable[[], str] | None = None,
    ) -> None:
        self.auth = auth
        self.fields = (api_key, timestamp, nonce, sign)
        self._make_nonce = make_nonce or (lambda: uuid.uuid4().hex)

    def __call__(self, params: Mapping[str, Any]) -> dict[str, Any]:
        api_key, timestamp, nonce, sign = self.fields
        business = {k: v for k, v in params.items() if k not in self.fields and v is not None}
        canonical = "".join(name + _text(business[name]) for name in sorted(business))
        when, once = str(self.auth.timestamp_ms()), self._make_nonce()
        signature = self.auth.signature(once, when, canonical, b"")
        return {**business, api_key: self.auth.api_key, timestamp: when, nonce: once, sign: signature}

    def __repr__(self) -> str:
        return f"ParamSigner(auth={self.auth!r})"


def _text(value: Any) -> str:
    return value if isinstance(value, str) else codec.dumps(value).decode()


class MessageSigner(Protocol):
    """The part of a `venuekit.auth` signer a signed connection URL needs (GOPAX's `GopaxAuth` has it)."""

    api_key: str

    def timestamp_ms(self) -> int: ...

    def sign_message(self, message: bytes) -> str: ...


class QuerySigner:
    """The query parameters a private stream connects with: key, time and the signature of `message`
    (``"{timestamp}"`` in it is replaced by the time), under the names the spec gives. Called before every
    connection, so each handshake carries a fresh timestamp."""

    def __init__(self, auth: MessageSigner, *, api_key: str, timestamp: str, signature: str, message: str) -> None:
        self.auth = auth
        self.fields = (api_key, timestamp, signature)
        self.message = message

    def __call__(self) -> dict[str, str]:
        api_key, timestamp, signature = self.fields
        when = str(self.auth.timestamp_ms())
        signed = self.auth.sign_message(self.message.replace("{timestamp}", when).encode())
        return {api_key: self.auth.api_key, timestamp: when, signature: signed}

    def __repr__(self) -> str:
        return f"QuerySigner(auth={self.auth!r})"
