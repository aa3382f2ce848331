"""The one request path every generated client goes through.

A generated operation module turns keyword arguments into a `Call` (validated, serialized once);
`SyncClient` / `AsyncClient` send it, check the venue's error envelope and parse the typed result.
"""

from __future__ import annotations

import datetime
import email.utils
import hashlib
import logging
import os
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from types import TracebackType
from typing import TYPE_CHECKING, Any, NoReturn, ParamSpec, TypeVar
from urllib.parse import parse_qsl, quote, urlencode

import httpx

from . import codec
from . import deadline as deadlines
from .envelopes import Envelope, http_status
from .errors import (
    ApiError,
    ClockSkewError,
    ConfigurationError,
    DecodeError,
    ErrorTable,
    OrderStatusUnknownError,
    RateLimitError,
    ServerError,
    TimeoutError,
    TransportError,
    VenueError,
)
from .redact import MASK, install_log_filter, masked_headers, masked_text, masked_url, watch

if TYPE_CHECKING:
    from .calls import ApiResponse as ApiResponse
    from .calls import Call as Call
    from .calls import Operation as Operation
    from .calls import Rejection as Rejection

    # Loaded when a client is made (rate limits, retries) or an order operation is first used (placement), not
    # with the package: `import venuekit.<venue>` stays cheap.
    from .ratelimit import RateLimiter, Slot
    from .retry import RetryPolicy
    from .transports.aiohttp import AiohttpTransport

T = TypeVar("T")
P = ParamSpec("P")
Self = TypeVar("Self", bound="_ClientCore")

TimeoutTypes = float | httpx.Timeout | None
# Waiting for a free pooled connection is local congestion, not a slow venue: it gets a longer budget.
DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0, pool=60.0)
DEFAULT_DEADLINE = 60.0
"""Seconds a whole call may take (every attempt, backoff and rate-limit wait); see venuekit.deadline."""
AIOHTTP_CONNECTIONS = 100
"""Connections the aiohttp transport of `transport="aiohttp"` keeps open (all of them alive)."""
_PARSED_URLS = 256
"""URLs whose parsed form a client keeps (`_ClientCore._url`); all are dropped when the limit is reached."""


_CALLS = frozenset({"ApiResponse", "Call", "Operation", "Rejection"})


def __getattr__(name: str) -> Any:
    # The request records (dataclasses, venuekit.calls) load with the first operation used, not with the package.
    if name in _CALLS:
        from . import calls

        return getattr(calls, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Record:
    """An immutable record, as `@dataclass(frozen=True)` makes one: fields by position or keyword, `==`, `hash`,
    repr, no assignment. Written out for `Venue`, which every venue package builds when it is imported, because
    dataclasses generate and compile each method of each class at import (about 1 ms per class). The fields are
    the `__slots__`, in the order of the constructor's arguments (hence not sorted)."""

    __slots__: tuple[str, ...] = ()

    def _set(self, **fields: object) -> None:
        for name, value in fields.items():
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"cannot assign to field {name!r}: {type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"cannot delete field {name!r}: {type(self).__name__} is immutable")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, _Record)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__qualname__}({fields})"

    def __reduce__(self) -> tuple[Any, tuple[object, ...]]:
        return type(self), self._values()


class Venue(_Record):
    """Venue-wide facts from the spec's `x-sdk` block, filled in by the generated package.

    `envelope`: how the venue reports errors in its bodies: its hook module's envelope function
    (`info.x-sdk.envelope`).
    """

    __slots__ = ("name", "environments", "env_prefix", "auth", "errors", "envelope", "rate_limits")  # noqa: RUF023
    name: str
    environments: Mapping[str, str]
    env_prefix: str
    auth: Callable[[str, str], httpx.Auth]
    errors: ErrorTable
    envelope: Envelope
    rate_limits: Mapping[str, Any] | None

    def __init__(
        self,
        name: str,
        environments: Mapping[str, str],
        env_prefix: str,
        auth: Callable[[str, str], httpx.Auth],
        errors: ErrorTable,
        envelope: Envelope = http_status,
        rate_limits: Mapping[str, Any] | None = None,
    ) -> None:
        self._set(
            name=name,
            environments=environments,
            env_prefix=env_prefix,
            auth=auth,
            errors=errors,
            envelope=envelope,
            rate_limits=rate_limits,
        )


def json_body(value: Any) -> tuple[bytes, str]:
    return codec.dumps(value), "application/json"


def form_body(value: Mapping[str, Any]) -> tuple[bytes, str]:
    pairs = [(k, query_value(v)) for k, v in value.items()]
    return urlencode(pairs, quote_via=quote).encode(), "application/x-www-form-urlencoded"


def query_value(value: Any) -> str:
    """Wire form of a query/form value; lists go comma-separated (`style: form, explode: false`)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ",".join(query_value(v) for v in value)
    if hasattr(value, "value") and not isinstance(value, str | int):
        return query_value(value.value)
    if isinstance(value, str):
        return value
    return codec.format_decimal(value) if hasattr(value, "as_tuple") else str(value)


_raw_sink: ContextVar[list[httpx.Response] | None] = ContextVar("venuekit_raw_sink", default=None)


async def _async_sleep(seconds: float) -> None:
    import asyncio  # only async callers pay for importing asyncio

    await asyncio.sleep(seconds)


class _ClientCore:
    venue: Venue

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        base_url: str | None = None,
        environment: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        httpx_args: Mapping[str, Any] | None = None,
        auth: httpx.Auth | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        rate_limit: bool = True,
        rate_limit_tier: str | None = None,
        deadline: float | None = DEFAULT_DEADLINE,
    ) -> None:
        from dataclasses import replace  # loaded with RetryPolicy (a dataclass) in any case

        from .calls import ApiResponse
        from .ratelimit import RateLimiter, buckets_from_spec
        from .retry import RetryPolicy

        self._api_response = ApiResponse

        prefix = self.venue.env_prefix
        api_key = api_key if api_key is not None else os.environ.get(f"{prefix}_API_KEY")
        api_secret = api_secret if api_secret is not None else os.environ.get(f"{prefix}_API_SECRET")
        if auth is None and api_key and api_secret:
            auth = self.venue.auth(api_key, api_secret)
        self.auth = auth
        if base_url is None:
            environments = self.venue.environments
            name = environment or next(iter(environments))
            if name not in environments:
                raise ConfigurationError(f"unknown environment {name!r}; known: {', '.join(environments)}")
            # Like the keys, `<PREFIX>_BASE_URL` is the operator's say: it sends every client of the venue
            # elsewhere (a local sandbox, a proxy) whatever environment the code names; `base_url=` still wins.
            base_url = os.environ.get(f"{prefix}_BASE_URL") or environments[name]
        self.base_url = base_url.rstrip("/")
        self._host = httpx.URL(self.base_url).host
        self._parsed_urls: dict[tuple[object, ...], httpx.URL] = {}
        self._envelope = self.venue.envelope
        self.retry = retry or RetryPolicy()
        if max_retries is not None:
            self.retry = replace(self.retry, max_retries=max_retries)
        self.deadline = deadline
        """Default seconds a whole call may take (None: no limit); `deadline=` on a call overrides it."""
        buckets = buckets_from_spec(self.venue.rate_limits, rate_limit_tier) if rate_limit else []
        self.rate_limiter: RateLimiter | None = None
        if buckets:
            # Counted per venue origin and API key across the process (see venuekit.ratelimit).
            key = getattr(auth, "api_key", None) or api_key or ""
            digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest() if key else ""
            origin = httpx.URL(self.base_url)
            scope = (self.venue.name, f"{origin.scheme}://{origin.host}:{origin.port or ''}")
            self.rate_limiter = RateLimiter(buckets, scope=scope, key=digest)
        self.log = logging.getLogger(f"venuekit.{self.venue.name}")
        self._log_http = os.environ.get("VENUEKIT_LOG_HTTP", "") not in ("", "0")
        self._sleep: Callable[[float], None] = time.sleep
        self._async_sleep: Callable[[float], Awaitable[None]] = _async_sleep
        self._credentials: deque[str] = deque(maxlen=32)
        self._credentials_lock = threading.Lock()
        watch(self)
        install_log_filter()
        # Last, so that a bad argument above leaves no open connection pool behind.
        self._http = self._make_http(timeout, dict(httpx_args or {}))
        self._deadline_at_socket = deadlines.install(self._http)

    def _make_http(self, timeout: TimeoutTypes, args: dict[str, Any]) -> Any:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, auth={self.auth!r})"

    def sensitive_values(self) -> Iterator[tuple[str, str]]:
        """For `venuekit.redact`: the session credentials this client has sent or received."""
        with self._credentials_lock:
            values = list(self._credentials)
        for value in values:
            yield value, MASK

    def _remember_credentials(self, operation: Operation, params: Sequence[tuple[str, str]], body: Any) -> None:
        """Note the values of the operation's `x-sdk-credential` field, so no log or error shows them."""
        name = operation.credential
        values = [v for k, v in params if k == name]
        if isinstance(body, dict) and isinstance(body.get(name), str):
            values.append(body[name])
        with self._credentials_lock:
            self._credentials.extend(v for v in values if v not in self._credentials)

    def _before_send(self, call: Call[Any]) -> None:
        if call.operation.credential:
            params, body = list(call.query), None
            if call.content and call.content_type == "application/json":
                body = codec.loads(call.content)
            elif call.content:
                params += parse_qsl(call.content.decode("utf-8", "replace"))
            self._remember_credentials(call.operation, params, body)
        if self._http.is_closed:
            raise ConfigurationError(f"{call.operation.name}: the client is closed")

    def _after_receive(self, call: Call[Any], response: httpx.Response) -> None:
        if call.operation.credential:
            try:
                body = codec.loads(response.content)
            except (ValueError, RecursionError):
                return
            self._remember_credentials(call.operation, (), body)

    def _failed(self, call: Call[Any], attempts: _Attempts, exc: httpx.HTTPError) -> float:
        """What an httpx exception from sending means: a delay before trying again, or the SDK's error."""
        if isinstance(exc, httpx.TransportError):
            return attempts.after_transport_error(exc)
        if isinstance(exc, httpx.DecodingError):
            # The venue answered (it may have acted), but the body does not decode (Content-Encoding).
            error = DecodeError(
                f"the response body could not be decoded: {exc}", operation=call.operation.name, body=b"", status_code=0
            )
            attempts.after_decode_error(error, exc)
        raise TransportError(
            f"{attempts.where}: {str(exc) or type(exc).__name__}", operation=call.operation.name
        ) from exc

    def _slot(self, call: Call[Any], attempts: _Attempts) -> Slot | None:
        if self.rate_limiter is None:
            return None
        try:
            return self.rate_limiter.acquire(call.operation, max_wait=deadlines.remaining())
        except TimeoutError as exc:
            attempts.fail(exc, attempts.last_error)

    async def _slot_async(self, call: Call[Any], attempts: _Attempts, limiter: RateLimiter) -> Slot:
        # Only awaited with a limiter: `AsyncClient.send` spares a call without one the await.
        try:
            return await limiter.acquire_async(call.operation, max_wait=deadlines.remaining())
        except TimeoutError as exc:
            attempts.fail(exc, attempts.last_error)

    def sync_clock(self, source: httpx.Response | datetime.datetime, *, now_ms: int | None = None) -> int:
        """Align the signer's clock with the venue's; returns the offset in ms.

        `source` is the venue's time: a reply (its `Date` header, one-second resolution, enough for
        windows like Bitunix's 60 s) or a time from a server-time endpoint (HashKey
        `client.general.get_server_time().server_time`). Venues reject requests whose timestamp is
        outside their window; the offset is added to every timestamp the signer makes from now on.
        """
        if isinstance(source, httpx.Response):
            source = _date_header(source)
        server_ms = codec.format_unix(source, scale=1000)
        if now_ms is None:
            # Measured on the signer's own clock, since that is what the offset corrects.
            local = getattr(self.auth, "local_ms", None)
            now_ms = local() if callable(local) else time.time_ns() // 1_000_000
        offset = server_ms - now_ms
        if self.auth is not None and hasattr(self.auth, "clock_offset_ms"):
            self.auth.clock_offset_ms = offset
        return offset

    def _trace(self, response: httpx.Response) -> None:
        """Request/response logging, on when VENUEKIT_LOG_HTTP=1; keys masked, signatures hidden."""
        if not self._log_http or not self.log.isEnabledFor(logging.DEBUG):
            return
        request = response.request
        self.log.debug(
            "%s %s headers=%s body=%s -> %d body=%s",
            request.method,
            masked_url(request.url),
            masked_headers(request.headers),
            masked_text(request.content.decode("utf-8", "replace")),
            response.status_code,
            response.content[:2000].decode("utf-8", "replace"),
        )

    def _auth_for(self, call: Call[Any]) -> httpx.Auth | None:
        if not call.operation.signed:
            return None
        if self.auth is None:
            prefix = self.venue.env_prefix
            raise ConfigurationError(
                f"{call.operation.name} is a signed call: pass api_key and api_secret, "
                f"or set {prefix}_API_KEY and {prefix}_API_SECRET"
            )
        return self.auth

    def _url(self, call: Call[Any]) -> httpx.URL:
        op = call.operation
        # Parsing and checking a URL is most of what httpx spends building a request, and most calls repeat
        # theirs (same path and parameters): a parsed httpx.URL is immutable, so it is made once per client, and
        # found again by the parts it is made of (no encoding of the path and query either).
        key = (op.prefix, op.path, tuple(call.path_params.items()), tuple(call.query))
        parsed = self._parsed_urls.get(key)
        if parsed is None:
            path = op.path.format_map({k: quote(v, safe="") for k, v in call.path_params.items()})
            url = self.base_url + op.prefix + path
            if call.query:
                url += "?" + urlencode(call.query, quote_via=quote, safe=",")
            if len(self._parsed_urls) >= _PARSED_URLS:
                self._parsed_urls.clear()
            parsed = self._parsed_urls[key] = httpx.URL(url)
        return parsed

    def _lookup(self, error: OrderStatusUnknownError) -> Call[Any]:
        if error.lookup is None:
            raise ConfigurationError(
                f"{error.operation}: {self.venue.name} offers no lookup by client order id"
                + ("" if error.client_order_id is not None else " and none was sent")
                + ": check the open orders and recent executions"
            )
        lookup: Call[Any] = error.lookup
        return lookup

    def _resolved(self, error: OrderStatusUnknownError, response: ApiResponse[Any]) -> Any:
        if response.parsed is None:
            # A list lookup without the key: the venue has no such order (or transfer).
            raise self.venue.errors.error(
                None,
                f"no {error.key_parameter}={error.client_order_id!r} at the venue: not placed",
                response=response.http_response,
                body=None,
                category="not_found",
            )
        return response.parsed

    def _headers(self, call: Call[Any]) -> dict[str, str]:
        return {"Content-Type": call.content_type} if call.content_type else {}

    def _finish(self, call: Call[T], response: httpx.Response) -> ApiResponse[T]:
        op = call.operation.name
        try:
            content = response.content
        except httpx.DecodingError as exc:  # a body handed over unread (e.g. by a mock transport)
            message = f"the response body could not be decoded: {exc}"
            raise DecodeError(message, operation=op, body=b"", status_code=response.status_code) from exc
        try:
            # Not `content.strip()`: that copies the whole body first (the same ASCII whitespace either way).
            body = codec.loads(content) if content and not content.isspace() else None
        except (ValueError, RecursionError):
            body = content
        self._envelope(body, response, self.venue.errors)
        if call.operation.rejection is not None:
            call.operation.rejection.check(body, response, self.venue.errors)
        if isinstance(body, bytes):
            raise DecodeError("response is not JSON", operation=op, body=content, status_code=response.status_code)
        try:
            parsed = call.parse(body)
        except (LookupError, TypeError, ValueError, AttributeError, ArithmeticError, RecursionError) as exc:
            detail = f"missing field {exc.args[0]!r}" if isinstance(exc, KeyError) else str(exc)
            raise DecodeError(detail, operation=op, body=content, status_code=response.status_code) from exc
        sink = _raw_sink.get()
        if sink is not None:
            sink.append(response)
        return self._api_response(parsed, response)


def _date_header(response: httpx.Response) -> datetime.datetime:
    """The venue's time from a reply's `Date` header; a missing, malformed or zone-less one is refused."""
    date = response.headers.get("Date")
    if date is None:
        raise ConfigurationError("the response has no Date header")
    try:
        when = email.utils.parsedate_to_datetime(date)
    except (TypeError, ValueError, OverflowError, IndexError) as exc:
        raise DecodeError(
            f"the Date header is not an HTTP date: {date[:40]!r}", operation="sync_clock", body=b"", status_code=0
        ) from exc
    if when.tzinfo is None:
        raise DecodeError(
            f"the Date header has no time zone: {date[:40]!r}", operation="sync_clock", body=b"", status_code=0
        )
    return when


class _Attempts:
    """Decides, failure by failure, whether a call is tried again and after how long (venuekit.retry).

    Never past the call's deadline: a retry whose backoff would end after it is not made.
    """

    def __init__(self, core: _ClientCore, call: Call[Any], max_retries: int | None) -> None:
        self.core = core
        self.call = call
        self.policy = core.retry
        if max_retries is not None:
            from dataclasses import replace

            self.policy = replace(core.retry, max_retries=max_retries)
        self.attempt = 0
        self.resynced = False
        self.unknown: VenueError | None = None
        """The first failure after which a placement may have been executed (venuekit.placement)."""
        self.last_error: BaseException | None = None
        self.where = f"{call.operation.method} {core._host}"
        """Method and host, which transport errors name (never the path or query: they may carry credentials)."""

    def _fits(self, delay: float) -> bool:
        left = deadlines.remaining()
        return left is None or delay < left

    def _again(self, reason: str, delay: float) -> float:
        self.attempt += 1
        self.core.log.warning(
            "%s: retry %d/%d in %.3fs after %s",
            self.call.operation.name,
            self.attempt,
            self.policy.max_retries,
            delay,
            reason,
        )
        return delay

    def after_transport_error(self, exc: httpx.TransportError) -> float:
        op = self.call.operation.name
        detail = f"{self.where}: {str(exc) or type(exc).__name__}"
        error: TransportError = (
            TimeoutError(detail, operation=op)
            if isinstance(exc, httpx.TimeoutException)
            else TransportError(detail, operation=op)
        )
        self.last_error = error
        error.__cause__ = exc
        # A connection that was never made (or never taken from the pool) carried no request: safe to
        # retry whatever it was. Any later failure may have reached the venue.
        never_sent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
        if not never_sent and self.unknown is None and self.call.operation.placement is not None:
            self.unknown = error
        delay = self.policy.delay(self.attempt)
        if self.attempt < self.policy.max_retries and (never_sent or self.call.may_retry) and self._fits(delay):
            return self._again(type(exc).__name__, delay)
        self._fail(error, exc)

    def after_api_error(self, error: ApiError, response: httpx.Response) -> float:
        self.last_error = error
        if isinstance(error, ClockSkewError) and not self.resynced and "Date" in response.headers:
            # Rejected for its timestamp, so not executed: resync and try once more.
            self.resynced = True
            try:
                offset = self.core.sync_clock(response)
            except VenueError:
                raise error from None  # a Date header that cannot be trusted: report the venue's refusal
            self.core.log.warning("%s: clock off by %d ms; resynced", self.call.operation.name, offset)
            return 0.0
        from .retry import RETRY_STATUSES

        transient = isinstance(error, RateLimitError | ServerError) or error.status_code in RETRY_STATUSES
        placement = self.call.operation.placement
        if placement is not None:
            if self.unknown is not None and error.code in placement.duplicate_codes:
                # The key is taken by our own earlier attempt: that order is live, not rejected.
                self._fail(error, None)
            if placement.is_unknown(error):
                transient = True
                self.unknown = self.unknown or error
        if transient and self.call.may_retry and self.attempt < self.policy.max_retries:
            delay = self.policy.delay(self.attempt, response)
            if self._fits(delay):
                return self._again(f"{type(error).__name__} {error.code or error.status_code}", delay)
        self._fail(error, None)

    def after_decode_error(self, error: DecodeError, cause: BaseException | None) -> NoReturn:
        """A reply that cannot be read: for a placement the venue may have acted on it, so its outcome is open."""
        if self.call.operation.placement is not None and self.unknown is None:
            self.unknown = error
        self._fail(error, cause)

    def fail(self, error: VenueError, cause: BaseException | None) -> NoReturn:
        """Give up now (e.g. the deadline leaves no time for another attempt), telling the truth about placements."""
        self._fail(error, cause)

    def _fail(self, error: VenueError, cause: BaseException | None) -> NoReturn:
        """Raise the failure, or, once a placement may have been executed, `OrderStatusUnknownError`."""
        unknown = self.unknown
        placement = self.call.operation.placement
        if unknown is None or placement is None:
            if cause is None:
                raise error
            raise error from cause
        name, key = self.call.operation.name, self.call.key
        self.core.log.warning("%s: order status unknown after %s; not sent again", name, type(unknown).__name__)
        raise OrderStatusUnknownError(
            operation=name,
            cause=unknown,
            key_parameter=placement.key,
            client_order_id=key,
            lookup=placement.lookup_call(key),
        ) from unknown


def _build_request(
    http: httpx.Client | httpx.AsyncClient, core: _ClientCore, call: Call[Any], timeout: TimeoutTypes
) -> httpx.Request:
    phases = http.timeout if timeout is None else httpx.Timeout(timeout)
    return http.build_request(
        call.operation.method,
        core._url(call),
        content=call.content,
        headers=core._headers(call),
        # httpx's own form of the timeouts (what `timeout=` becomes), without building two more Timeouts.
        extensions={"timeout": deadlines.cut_timeouts(phases)},
    )


class SyncClient(_ClientCore):
    """Base of every generated `Client`."""

    _http: httpx.Client

    def _make_http(self, timeout: TimeoutTypes, args: dict[str, Any]) -> httpx.Client:
        return httpx.Client(timeout=timeout, **args)

    def send(
        self,
        call: Call[T],
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> ApiResponse[T]:
        """Send a prepared call: rate limit, sign, retry by the rule, check the envelope, parse.

        `deadline` (seconds; default: the client's) bounds the whole call, retries included.
        """
        auth = self._auth_for(call)
        attempts = _Attempts(self, call, max_retries)
        self._before_send(call)
        with deadlines.within(self.deadline if deadline is None else deadline):
            while True:
                slot = self._slot(call, attempts)
                try:
                    request = _build_request(self._http, self, call, timeout)
                    try:
                        response = self._http.send(request, auth=auth)
                    except httpx.HTTPError as exc:
                        if slot is not None:
                            slot.release()
                        self._sleep(self._failed(call, attempts, exc))
                        continue
                finally:
                    if slot is not None:
                        slot.release()
                self._after_receive(call, response)
                self._trace(response)
                try:
                    return self._finish(call, response)
                except ApiError as error:
                    self._sleep(attempts.after_api_error(error, response))
                except DecodeError as error:
                    attempts.after_decode_error(error, error.__cause__)

    def resolve_order(self, error: OrderStatusUnknownError, *, timeout: TimeoutTypes = None) -> Any:
        """Settle an `OrderStatusUnknownError`: ask the venue about the key the order was sent with.

        Returns the venue's record of the order (or transfer), meaning it was placed; raises the
        venue's `NotFoundError` when the venue does not know the key, meaning it was not placed (after a
        timeout, give the venue a moment to finish first). Raises `ConfigurationError` when the venue
        offers no lookup by key or no key was sent (`error.lookup` is None).
        """
        return self._resolved(error, self.send(self._lookup(error), timeout=timeout))

    def with_raw_response(self, method: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> ApiResponse[T]:
        """Call a facade method and also get its `httpx.Response`.

        `client.with_raw_response(client.public.get_ticker, symbol="BTC")` returns an `ApiResponse`
        whose `.parsed` is what `get_ticker` returns and whose `.http_response` has status and headers.
        """
        sink: list[httpx.Response] = []
        token = _raw_sink.set(sink)
        try:
            parsed = method(*args, **kwargs)
        finally:
            _raw_sink.reset(token)
        from .calls import ApiResponse

        return ApiResponse(parsed, sink[-1])

    def close(self) -> None:
        self._http.close()

    def __enter__(self: Self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient(_ClientCore):
    """Base of every generated `AsyncClient`.

    `transport="aiohttp"` (the `aiohttp` extra) sends through `venuekit.transports.aiohttp` and skips httpx's
    client machinery per request (cookie jar, redirects, event hooks): the SDK builds, signs and reads the
    request itself, with the same retries, rate limits, deadlines, error mapping and redaction. It is the choice
    for many concurrent calls; `httpx_args` then cannot name another transport, event hooks or cookies.
    """

    _http: httpx.AsyncClient

    def __init__(self, *args: Any, transport: str = "httpx", **kwargs: Any) -> None:
        if transport not in ("httpx", "aiohttp"):
            raise ConfigurationError(f"transport must be 'httpx' or 'aiohttp', got {transport!r}")
        self._transport_choice = transport
        self._direct: AiohttpTransport | None = None
        """The aiohttp transport the client sends through directly (transport="aiohttp"), else None."""
        self._direct_headers: list[tuple[str, str]] = []
        super().__init__(*args, **kwargs)

    def _make_http(self, timeout: TimeoutTypes, args: dict[str, Any]) -> httpx.AsyncClient:
        if self._transport_choice == "aiohttp":
            clash = sorted({"transport", "mounts", "event_hooks", "cookies", "follow_redirects", "params"} & set(args))
            if clash:
                raise ConfigurationError(f"transport='aiohttp' cannot be combined with httpx_args {clash}")
            from .transports.aiohttp import AiohttpTransport

            limits = args.pop("limits", None)
            connections = AIOHTTP_CONNECTIONS if limits is None else limits.max_connections or 0
            self._direct = AiohttpTransport(limit=connections)
            args["transport"] = self._direct
        # httpx's default pool stays: on loopback it ran ~10x more calls/s under 100 tasks than a keep-alive pool
        # of 100, which is httpx's slow path (benchmarks/RESULTS.md).
        http = httpx.AsyncClient(timeout=timeout, **args)
        if self._direct is not None:
            # The headers httpx's path sends with every request (`Host` first, then the client's), for `_exchange`.
            host = httpx.Request("GET", self.base_url).headers["Host"]
            self._direct_headers = [("Host", host), *http.headers.multi_items()]
        return http

    async def send(
        self,
        call: Call[T],
        *,
        timeout: TimeoutTypes = None,
        max_retries: int | None = None,
        deadline: float | None = None,
    ) -> ApiResponse[T]:
        """Send a prepared call: rate limit, sign, retry by the rule, check the envelope, parse.

        `deadline` (seconds; default: the client's) bounds the whole call, retries included.
        """
        auth = self._auth_for(call)
        attempts = _Attempts(self, call, max_retries)
        self._before_send(call)
        with deadlines.within(self.deadline if deadline is None else deadline):
            while True:
                limiter = self.rate_limiter
                slot = None if limiter is None else await self._slot_async(call, attempts, limiter)
                try:
                    try:
                        if self._direct is not None:
                            response = await self._exchange(call, auth, timeout)
                        else:
                            response = await self._attempt(_build_request(self._http, self, call, timeout), auth)
                    except httpx.HTTPError as exc:
                        if slot is not None:
                            slot.release()
                        await self._async_sleep(self._failed(call, attempts, exc))
                        continue
                finally:
                    if slot is not None:
                        slot.release()
                self._after_receive(call, response)
                self._trace(response)
                try:
                    return self._finish(call, response)
                except ApiError as error:
                    await self._async_sleep(attempts.after_api_error(error, response))
                except DecodeError as error:
                    attempts.after_decode_error(error, error.__cause__)

    async def _attempt(self, request: httpx.Request, auth: httpx.Auth | None) -> httpx.Response:
        left = deadlines.remaining()
        if self._deadline_at_socket or left is None:
            return await self._http.send(request, auth=auth)
        # A transport whose sockets the deadline cannot reach (aiohttp, a user's): bound the attempt whole.
        import asyncio

        try:
            return await asyncio.wait_for(self._http.send(request, auth=auth), max(left, 0.0))
        except asyncio.TimeoutError as exc:
            raise httpx.ReadTimeout("the call's deadline passed", request=request) from exc

    async def _exchange(self, call: Call[Any], auth: httpx.Auth | None, timeout: TimeoutTypes) -> httpx.Response:
        """One attempt through the aiohttp transport, without `httpx.AsyncClient.send` and, for an unsigned call,
        without an `httpx.Request`: the same URL and headers as httpx's path (the httpx client's headers, its
        `Host`, the call's `Content-Type`), the same body. A signer gets the `httpx.Request` httpx's path would
        give it, signed as httpx would run it, and what it yields is sent byte for byte. The transport bounds the
        attempt by the call's deadline itself."""
        direct = self._direct
        assert direct is not None  # only called with transport="aiohttp"
        phases = self._http.timeout if timeout is None else httpx.Timeout(timeout)
        method, url = call.operation.method, self._url(call)
        headers = self._direct_headers
        if call.content_type:
            headers = [*headers, ("Content-Type", call.content_type)]
        if auth is None:
            return await direct.exchange(method, url, headers, call.content, phases)
        from .transports.aiohttp import sendable_headers  # loaded with the transport: a dictionary look-up

        request = httpx.Request(method, url, headers=headers, content=call.content)
        flow = auth.async_auth_flow(request)
        try:
            request = await flow.__anext__()
            while True:
                response = await direct.exchange(
                    request.method, request.url, sendable_headers(request), request.content, phases, request=request
                )
                try:
                    request = await flow.asend(response)
                except StopAsyncIteration:
                    return response
                await response.aclose()
        finally:
            # As httpx does: a flow that holds something until the reply (GOPAX's per-key turn) lets go of it at
            # once, also when the attempt failed.
            await flow.aclose()

    async def resolve_order(self, error: OrderStatusUnknownError, *, timeout: TimeoutTypes = None) -> Any:
        """Settle an `OrderStatusUnknownError`, as `SyncClient.resolve_order` does."""
        return self._resolved(error, await self.send(self._lookup(error), timeout=timeout))

    async def with_raw_response(
        self, method: Callable[P, Awaitable[T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> ApiResponse[T]:
        """Await a facade method and get its `httpx.Response` too."""
        sink: list[httpx.Response] = []
        token = _raw_sink.set(sink)
        try:
            parsed = await method(*args, **kwargs)
        finally:
            _raw_sink.reset(token)
        from .calls import ApiResponse

        return ApiResponse(parsed, sink[-1])

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self: Self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
